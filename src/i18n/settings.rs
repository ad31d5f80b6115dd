//! Strings of the settings (theme) and of the Your data page (export, import, reset).

texts! {
    SettingsText;
    ThemeLabel => "Theme", "테마";
    ThemeSystem => "System", "시스템 설정";
    ThemeLight => "Light", "밝게";
    ThemeDark => "Dark", "어둡게";

    DataIntro =>
        "Everything you do in EC2 Lab is kept in this browser only: your simulated world, your quiz progress and your settings. Export it to a file to keep it or move it to another browser, import it back, or start again.",
        "EC2 Lab에서 한 모든 것(시뮬레이션한 환경, 퀴즈 진행 상황, 설정)은 이 브라우저에만 저장됩니다. 파일로 내보내 보관하거나 다른 브라우저로 옮길 수 있고, 다시 가져오거나 처음부터 시작할 수도 있습니다.";
    FooterDataLink => "Your data: export, import, reset", "내 데이터: 내보내기, 가져오기, 초기화";
    ExportHeading => "Export", "내보내기";
    ExportIntro =>
        "One JSON file with your world, quiz progress and settings.",
        "환경, 퀴즈 진행 상황, 설정이 담긴 JSON 파일 하나를 만듭니다.";
    ExportButton => "Export to a file", "파일로 내보내기";
    ImportHeading => "Import", "가져오기";
    ImportIntro =>
        "Choose a file made by Export. It is checked first, and you see what it would replace before anything changes.",
        "내보내기로 만든 파일을 선택하세요. 먼저 파일을 검사하고, 무엇이 바뀌는지 보여 드린 뒤에만 적용합니다.";
    ImportFileLabel => "Backup file to import", "가져올 백업 파일";
    ImportRefused => "This file cannot be imported. Nothing was changed.", "이 파일은 가져올 수 없습니다. 아무것도 바뀌지 않았습니다.";
    ImportPreviewHeading => "What the import will replace", "가져오면 바뀌는 내용";
    DataColumnWhat => "What", "항목";
    ColumnNow => "Now", "현재";
    ColumnInFile => "In the file", "파일";
    RowInstances => "Instances", "인스턴스";
    RowVolumes => "EBS volumes", "EBS 볼륨";
    RowSnapshots => "Snapshots", "스냅샷";
    RowMyAmis => "My AMIs", "내 AMI";
    RowQuiz => "Quiz progress", "퀴즈 진행 상황";
    RowLanguage => "Language", "언어";
    RowTheme => "Theme", "테마";
    Present => "saved", "있음";
    Absent => "none", "없음";
    ImportConfirm => "Replace my data with this file", "이 파일로 내 데이터 바꾸기";
    Cancel => "Cancel", "취소";
    ResetHeading => "Start again", "처음부터 다시 시작";
    ResetIntro =>
        "Deletes your world, quiz progress and settings from this browser. Export first if you may want them back.",
        "이 브라우저에서 환경, 퀴즈 진행 상황, 설정을 삭제합니다. 나중에 되돌리고 싶다면 먼저 내보내세요.";
    ResetButton => "Reset everything…", "모두 초기화…";
    ResetConfirmQuestion =>
        "Delete everything EC2 Lab keeps in this browser? This cannot be undone.",
        "EC2 Lab이 이 브라우저에 저장한 모든 것을 삭제할까요? 되돌릴 수 없습니다.";
    ResetConfirm => "Delete everything", "모두 삭제";
}

use crate::i18n::Lang;
use crate::store::backup::ImportError;

/// Why a file was refused, in the learner's language (technical details kept as they are).
pub fn import_error(lang: Lang, error: &ImportError) -> String {
    match (lang, error) {
        (Lang::En, ImportError::NotABackup(why)) => {
            format!("It is not an EC2 Lab export ({why}).")
        }
        (Lang::Ko, ImportError::NotABackup(why)) => {
            format!("EC2 Lab에서 내보낸 파일이 아닙니다({why}).")
        }
        (Lang::En, ImportError::OtherApp(app)) => format!("It was made by \"{app}\", not EC2 Lab."),
        (Lang::Ko, ImportError::OtherApp(app)) => {
            format!("EC2 Lab이 아닌 \"{app}\"에서 만든 파일입니다.")
        }
        (Lang::En, ImportError::NewerFormat(n)) => {
            format!("It was made by a newer EC2 Lab (file format {n}); update this one first.")
        }
        (Lang::Ko, ImportError::NewerFormat(n)) => {
            format!("더 새로운 EC2 Lab에서 만든 파일입니다(파일 형식 {n}). 먼저 업데이트하세요.")
        }
        (Lang::En, ImportError::UnknownKey(key)) => format!("It holds an unknown item, {key}."),
        (Lang::Ko, ImportError::UnknownKey(key)) => {
            format!("알 수 없는 항목 {key}이(가) 있습니다.")
        }
        (Lang::En, ImportError::DamagedWorld(why)) => {
            format!("Its simulated world cannot be read ({why}).")
        }
        (Lang::Ko, ImportError::DamagedWorld(why)) => {
            format!("파일의 시뮬레이션 환경을 읽을 수 없습니다({why}).")
        }
        (Lang::En, ImportError::DamagedQuiz(why)) => {
            format!("Its quiz progress cannot be read ({why}).")
        }
        (Lang::Ko, ImportError::DamagedQuiz(why)) => {
            format!("파일의 퀴즈 진행 상황을 읽을 수 없습니다({why}).")
        }
        (Lang::En, ImportError::BadSetting { key, value }) => {
            format!("Its setting {key} has an unknown value, \"{value}\".")
        }
        (Lang::Ko, ImportError::BadSetting { key, value }) => {
            format!("설정 {key}의 값 \"{value}\"을(를) 알 수 없습니다.")
        }
    }
}
