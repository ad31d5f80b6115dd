//! Strings with numbers in them, where word order differs between the languages. Each is a `match`
//! over both languages, so neither can be missing.

use super::Lang;
use crate::units::group_thousands;

/// "579 of 1,395 types match; showing 50."
/// The button that adds the next rows of the type table.
pub fn show_more(lang: Lang, rows: usize) -> String {
    match lang {
        Lang::En => format!("Show {rows} more"),
        Lang::Ko => format!("{rows}개 더 보기"),
    }
}

pub fn types_matching(lang: Lang, matching: usize, total: usize, shown: usize) -> String {
    let (m, t, s) = (
        group_thousands(matching),
        group_thousands(total),
        group_thousands(shown),
    );
    match lang {
        Lang::En if matching == shown => format!("{m} of {t} types match."),
        Lang::En => format!("{m} of {t} types match; showing {s}."),
        Lang::Ko if matching == shown => format!("전체 {t}개 중 {m}개 유형이 일치합니다."),
        Lang::Ko => format!("전체 {t}개 중 {m}개 유형이 일치합니다. {s}개를 표시합니다."),
    }
}

/// "Compare m5d.large" (the accessible name of a row's compare checkbox).
pub fn compare_type(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Compare {name}"),
        Lang::Ko => format!("{name} 비교"),
    }
}

/// "Remove m5d.large from the comparison".
pub fn remove_from_comparison(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Remove {name} from the comparison"),
        Lang::Ko => format!("비교에서 {name} 제거"),
    }
}

/// "Sort by vCPUs".
pub fn sort_by(lang: Lang, column: &str) -> String {
    match lang {
        Lang::En => format!("Sort by {column}"),
        Lang::Ko => format!("{column} 기준 정렬"),
    }
}

/// "The instance is running, not stopped."
pub fn not_from_here(lang: Lang, current: &str, from: &str) -> String {
    match lang {
        Lang::En => format!("The instance is {current}, not {from}."),
        Lang::Ko => format!("인스턴스가 {from} 상태가 아니라 {current} 상태입니다."),
    }
}

/// "Select i-0abc…" (the accessible name of a row's checkbox).
pub fn select_instance(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Select {id}"),
        Lang::Ko => format!("{id} 선택"),
    }
}

/// "Stop: unavailable" as a diagram button's accessible name.
pub fn edge_button_name(lang: Lang, action: &str, from: &str, to: &str, available: bool) -> String {
    match (lang, available) {
        (Lang::En, true) => format!("{action}: {from} to {to}"),
        (Lang::En, false) => format!("{action}: {from} to {to} (unavailable now)"),
        (Lang::Ko, true) => format!("{action}: {from}에서 {to}(으)로"),
        (Lang::Ko, false) => format!("{action}: {from}에서 {to}(으)로 (지금은 불가)"),
    }
}

/// "42% of the way to running".
pub fn progress_toward(lang: Lang, percent: u32, to: &str) -> String {
    match lang {
        Lang::En => format!("{percent}% of the way to {to}"),
        Lang::Ko => format!("{to}까지 {percent}% 진행"),
    }
}

/// "51–100 of 500" under a paged list.
pub fn rows_shown(lang: Lang, first: usize, last: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("{first}–{last} of {total}"),
        Lang::Ko => format!("전체 {total}개 중 {first}–{last}"),
    }
}

/// Under a long command output shown in part: "99,700 more lines not shown."
pub fn lines_not_shown(lang: Lang, hidden: usize) -> String {
    let n = group_thousands(hidden);
    match lang {
        Lang::En if hidden == 1 => "1 more line not shown.".to_string(),
        Lang::En => format!("{n} more lines not shown."),
        Lang::Ko => format!("{n}줄이 더 있습니다."),
    }
}

/// The button that shows the rest of a long output: "Show all 100,000 lines".
pub fn show_all_lines(lang: Lang, total: usize) -> String {
    let n = group_thousands(total);
    match lang {
        Lang::En => format!("Show all {n} lines"),
        Lang::Ko => format!("{n}줄 모두 보기"),
    }
}

/// " and 495 more" after a short list of IDs.
pub fn and_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!(" and {n} more"),
        Lang::Ko => format!(" 외 {n}개"),
    }
}

/// "262 s" / "262초": a whole number of seconds.
pub fn seconds(lang: Lang, seconds: f64) -> String {
    match lang {
        Lang::En => format!("{seconds:.0} s"),
        Lang::Ko => format!("{seconds:.0}초"),
    }
}

/// "12.0 instance-seconds, 0.01 EBS GiB-hours".
pub fn usage_so_far(lang: Lang, instance_seconds: f64, ebs_gib_hours: f64) -> String {
    match lang {
        Lang::En => {
            format!("{instance_seconds:.0} instance-seconds, {ebs_gib_hours:.3} EBS GiB-hours")
        }
        Lang::Ko => format!("인스턴스 {instance_seconds:.0}초, EBS {ebs_gib_hours:.3} GiB-시간"),
    }
}

/// "The instance is now running (실행 중)." for screen readers.
pub fn current_state_is(lang: Lang, id: &str, term: &str) -> String {
    match lang {
        Lang::En => format!("The instance is now {id}."),
        Lang::Ko => format!("인스턴스는 지금 {term}({id}) 상태입니다."),
    }
}

/// The Korean console's word for an API state (product.md).
pub fn state_term(state: crate::sim::LifecycleState) -> super::Text {
    use super::Text;
    use crate::sim::LifecycleState as S;
    match state {
        S::Pending => Text::StatePending,
        S::Running => Text::StateRunning,
        S::Stopping => Text::StateStopping,
        S::Stopped => Text::StateStopped,
        S::ShuttingDown => Text::StateShuttingDown,
        S::Terminated => Text::StateTerminated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally_in_both_languages() {
        assert_eq!(
            types_matching(Lang::En, 579, 1395, 50),
            "579 of 1,395 types match; showing 50."
        );
        assert_eq!(
            types_matching(Lang::En, 3, 1395, 3),
            "3 of 1,395 types match."
        );
        assert_eq!(
            types_matching(Lang::Ko, 579, 1395, 50),
            "전체 1,395개 중 579개 유형이 일치합니다. 50개를 표시합니다."
        );
        assert_eq!(show_more(Lang::En, 25), "Show 25 more");
        assert_eq!(show_more(Lang::Ko, 25), "25개 더 보기");
    }
}
