//! Strings of the settings (theme) and of the Your data page (export, import, reset).

texts! {
    SettingsText;
    ThemeLabel => "Theme", "테마";
    ThemeSystem => "System", "시스템 설정";
    ThemeLight => "Light", "밝게";
    ThemeDark => "Dark", "어둡게";
}
