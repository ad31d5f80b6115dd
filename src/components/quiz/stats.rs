//! The learner's progress: per topic accuracy, retention and due cards, the streak, and a small bar
//! chart of the last 14 days drawn as inline SVG (its layout is plain arithmetic on the tallies).

use yew::prelude::*;

use crate::components::ScrollRegion;
use crate::content::QuizTopic;
use crate::hooks::use_lang;
use crate::i18n::{QuizText, Text};
use crate::quiz::schedule::{DayTally, TopicStats};

#[derive(Properties, PartialEq)]
pub struct QuizStatsProps {
    /// Each topic with its name and figures.
    pub topics: Vec<(QuizTopic, Text, TopicStats)>,
    pub streak: u32,
    pub due_now: usize,
    pub leeches: usize,
    /// Oldest first, today last.
    pub days: Vec<DayTally>,
    /// Start a practice of one topic.
    pub on_practice: Callback<QuizTopic>,
}

fn percent(share: Option<f64>) -> String {
    share.map_or("–".to_owned(), |s| format!("{:.0}%", s * 100.0))
}

#[component]
pub fn QuizStats(props: &QuizStatsProps) -> Html {
    let lang = use_lang().lang;
    let rows = props.topics.iter().map(|(topic, name, stats)| {
        let on_practice = props.on_practice.clone();
        let topic = *topic;
        let name_text = lang.t(*name);
        html! {
            <tr key={format!("{topic:?}")}>
                <th scope="row">
                    <button type="button" class="link" onclick={move |_| on_practice.emit(topic)}>
                        <span class="visually-hidden">{ lang.t(QuizText::PracticeTopic) }{ ": " }</span>
                        { name_text }
                    </button>
                </th>
                <td class="num">{ format!("{} / {}", stats.seen, stats.questions) }</td>
                <td class="num">{ percent(stats.accuracy()) }</td>
                <td class="num">{ percent(stats.retention) }</td>
                <td class="num">{ stats.due }</td>
            </tr>
        }
    });
    html! {
        <section class="quiz-stats" aria-labelledby="quiz-stats-heading">
            <h2 id="quiz-stats-heading">{ lang.t(QuizText::StatsHeading) }</h2>
            <dl class="quiz-figures">
                <div><dt>{ lang.t(QuizText::DueNow) }</dt><dd>{ props.due_now }</dd></div>
                <div><dt>{ lang.t(QuizText::Streak) }</dt><dd>{ props.streak }{ lang.t(QuizText::DaysSuffix) }</dd></div>
                <div><dt>{ lang.t(QuizText::Leeches) }</dt><dd>{ props.leeches }</dd></div>
            </dl>
            { chart(&props.days, lang) }
            <p class="hint">{ lang.t(QuizText::TopicTableHint) }</p>
            <ScrollRegion name={lang.t(QuizText::StatsHeading)}>
                <table>
                    <thead><tr>
                        <th scope="col">{ lang.t(QuizText::StatsTopic) }</th>
                        <th scope="col">{ lang.t(QuizText::StatsSeen) }</th>
                        <th scope="col">{ lang.t(QuizText::StatsAccuracy) }</th>
                        <th scope="col">{ lang.t(QuizText::StatsRetention) }</th>
                        <th scope="col">{ lang.t(QuizText::StatsDue) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}

/// Bar heights for the chart: (right, wrong) in pixels of `height`, scaled to the busiest day.
pub fn bar_heights(days: &[DayTally], height: u32) -> Vec<(u32, u32)> {
    let most = days.iter().map(|d| d.answered).max().unwrap_or(0).max(1);
    days.iter()
        .map(|d| {
            let scale = |n: u32| n * height / most;
            let right = scale(d.right.min(d.answered));
            (right, scale(d.answered) - right)
        })
        .collect()
}

fn chart(days: &[DayTally], lang: crate::i18n::Lang) -> Html {
    const H: u32 = 60;
    const W: u32 = 14;
    let heights = bar_heights(days, H);
    let width = (W + 4) * days.len() as u32;
    let aria = format!(
        "{}. {}: {}",
        lang.t(QuizText::ChartTitle),
        lang.t(QuizText::ChartToday),
        days.last().map_or("0/0".to_owned(), |d| format!(
            "{} {}, {} {}",
            d.right,
            lang.t(QuizText::ChartRight),
            d.answered - d.right.min(d.answered),
            lang.t(QuizText::ChartWrong)
        ))
    );
    let bars = heights.iter().enumerate().map(|(i, &(right, wrong))| {
        let x = (i as u32 * (W + 4)).to_string();
        html! {
            <g key={i}>
                <rect class="bar-right" x={x.clone()} y={(H - right).to_string()} width={W.to_string()} height={right.to_string()} />
                <rect class="bar-wrong" x={x} y={(H - right - wrong).to_string()} width={W.to_string()} height={wrong.to_string()} />
            </g>
        }
    });
    html! {
        <figure class="quiz-chart">
            <figcaption>
                { lang.t(QuizText::ChartTitle) }
                <span class="legend"><span class="swatch bar-right"></span>{ lang.t(QuizText::ChartRight) }</span>
                <span class="legend"><span class="swatch bar-wrong"></span>{ lang.t(QuizText::ChartWrong) }</span>
            </figcaption>
            <svg viewBox={format!("0 0 {width} {H}")} width={width.to_string()} height={H.to_string()} role="img" aria-label={aria}>
                <line class="baseline" x1="0" y1={H.to_string()} x2={width.to_string()} y2={H.to_string()} />
                { for bars }
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_busiest_day_and_split_right_from_wrong() {
        let days = [
            DayTally {
                answered: 0,
                right: 0,
            },
            DayTally {
                answered: 10,
                right: 5,
            },
            DayTally {
                answered: 5,
                right: 5,
            },
        ];
        assert_eq!(bar_heights(&days, 60), vec![(0, 0), (30, 30), (30, 0)]);
        assert_eq!(bar_heights(&[], 60), vec![]);
    }
}
