//! Rendering tests of the Lab's event log (issue 8): each line in the learner's language, with
//! lines saved before events were structured shown as the English they were, marked as English.

mod support;

use ec2_lab::components::lab::{EventLog, InstanceDetails, LifecycleDiagram};
use ec2_lab::i18n::{has_hangul, Lang};
use ec2_lab::sim::ami::public_image_id;
use ec2_lab::sim::{RunInstancesRequest, StopOptions, World};
use ec2_lab::store::LabState;
use support::{without_markers, WithLab};
use yew::prelude::*;
use yew::LocalServerRenderer;

const REGION: &str = "us-east-1";

#[derive(Properties, PartialEq)]
struct LogProps {
    world: World,
    lang: Lang,
    /// Render the selected instance's details, or its diagram, instead of the log.
    #[prop_or_default]
    selected: Option<String>,
    #[prop_or_default]
    diagram: bool,
}

#[component]
fn LogWith(props: &LogProps) -> Html {
    let mut state = LabState::new(props.world.clone(), None);
    state.selected = props.selected.clone();
    html! {
        <WithLab {state} lang={props.lang}>
            if props.diagram { <LifecycleDiagram /> }
            else if props.selected.is_some() { <InstanceDetails /> }
            else { <EventLog /> }
        </WithLab>
    }
}

async fn render(world: &World, lang: Lang) -> String {
    render_props(LogProps {
        world: world.clone(),
        lang,
        selected: None,
        diagram: false,
    })
    .await
}

async fn render_props(props: LogProps) -> String {
    let html = LocalServerRenderer::<LogWith>::with_props(props)
        .render()
        .await;
    without_markers(&html)
}

/// A t2.micro launched, running, then stopped: API calls and state changes.
fn stopped_instance() -> (World, String) {
    let mut world = World::new(5);
    let image = public_image_id(REGION, "al2023-x86_64").unwrap();
    let id = world
        .run_instances(&RunInstancesRequest::new(REGION, &image, "t2.micro"))
        .unwrap()
        .instance_ids[0]
        .clone();
    while world.advance_to_next(5 * 60 * 1000) {}
    world
        .stop_instances(REGION, std::slice::from_ref(&id), StopOptions::default())
        .unwrap();
    while world.advance_to_next(5 * 60 * 1000) {}
    (world, id)
}

/// The text of each `event-message` span, with its `lang` attribute if any.
fn lines(html: &str) -> Vec<(Option<String>, String)> {
    html.split("<span ")
        .skip(1)
        .filter_map(|rest| {
            let open_end = rest.find('>')?;
            let attrs = &rest[..open_end];
            if !attrs.contains(r#"class="event-message""#) {
                return None;
            }
            let lang = attrs
                .split("lang=\"")
                .nth(1)
                .map(|l| l[..l.find('"').unwrap()].to_string());
            let text = &rest[open_end + 1..];
            let text = text[..text.find("</span>")?].trim().to_string();
            Some((lang, text))
        })
        .collect()
}

#[tokio::test]
async fn the_log_speaks_korean_with_ids_and_api_names_kept() {
    let (world, id) = stopped_instance();
    let html = render(&world, Lang::Ko).await;
    let lines = lines(&html);
    assert!(lines.len() >= 6, "{lines:#?}");
    for (lang, text) in &lines {
        assert_eq!(lang, &None, "{text}");
        assert!(has_hangul(text), "an English line in Korean: {text}");
    }
    let texts: Vec<&str> = lines.iter().map(|(_, t)| t.as_str()).collect();
    // Newest first.
    assert!(
        texts.contains(
            &format!("{id}: 중지 중(stopping) → 중지됨(stopped) (Client.UserInitiatedShutdown)")
                .as_str()
        ),
        "{texts:#?}"
    );
    assert!(texts.contains(&format!("{id}: 대기 중(pending) → 실행 중(running)").as_str()));
    assert!(texts.contains(&format!("StopInstances: {id} 중지").as_str()));
    assert!(texts
        .iter()
        .any(|t| t.starts_with("RunInstances: ami-") && t.contains("t2.micro 인스턴스 1개 시작")));
    // The CLI command stays as it is.
    assert!(html.contains(&format!(
        "<code>aws ec2 stop-instances --instance-ids {id}</code>"
    )));
    assert!(html.contains("이벤트"), "the heading is Korean too");
}

#[tokio::test]
async fn the_log_in_english_is_the_engines_lines() {
    let (world, id) = stopped_instance();
    let texts: Vec<String> = lines(&render(&world, Lang::En).await)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert!(texts.contains(&format!("{id}: pending → running")));
    assert!(texts.contains(&format!("StopInstances: {id}")));
    assert!(texts.iter().all(|t| !has_hangul(t)));
}

#[tokio::test]
async fn lines_saved_before_events_were_structured_show_as_marked_english() {
    let (world, id) = stopped_instance();
    // The old saved format: every message its English line.
    let mut old: serde_json::Value = serde_json::from_str(&world.to_json()).unwrap();
    for event in old["events"]["events"].as_array_mut().unwrap() {
        let line = match event["message"]["event"].as_str() {
            Some("instance-state-changed") => format!(
                "{}: {} → {}",
                event["message"]["instance_id"].as_str().unwrap(),
                event["message"]["from"].as_str().unwrap(),
                event["message"]["to"].as_str().unwrap()
            ),
            _ => continue,
        };
        event["message"] = serde_json::Value::String(line);
    }
    let old_world = World::from_json(&old.to_string()).unwrap();
    let lines = lines(&render(&old_world, Lang::Ko).await);
    let legacy = (Some("en".to_string()), format!("{id}: pending → running"));
    assert!(lines.contains(&legacy), "{lines:#?}");
    // The others are still structured, so still Korean.
    assert!(lines
        .iter()
        .any(|(lang, t)| lang.is_none() && t == &format!("StopInstances: {id} 중지")));
}

/// The instance details show the API's English state reason as the console does, and in Korean
/// what it means beside it.
#[tokio::test]
async fn the_state_reason_is_glossed_in_korean() {
    let (world, id) = stopped_instance();
    let details = |lang| LogProps {
        world: world.clone(),
        lang,
        selected: Some(id.clone()),
        diagram: false,
    };
    let ko = render_props(details(Lang::Ko)).await;
    assert!(ko.contains(
        "<code>Client.UserInitiatedShutdown: User initiated shutdown</code> 사용자가 중지 또는 종료를 요청했습니다."
    ), "{ko}");
    let en = render_props(details(Lang::En)).await;
    assert!(
        en.contains("<code>Client.UserInitiatedShutdown: User initiated shutdown</code></dd>"),
        "{en}"
    );
}

/// The diagram lists EC2's refusals as they are, marked as English, with what they mean in Korean;
/// the edge's tooltip (which cannot mark part of itself as English) has the Korean and the code.
#[tokio::test]
async fn the_diagrams_refusals_are_glossed_in_korean() {
    let (world, id) = stopped_instance();
    let diagram = |lang| LogProps {
        world: world.clone(),
        lang,
        selected: Some(id.clone()),
        diagram: true,
    };
    let ko = render_props(diagram(Lang::Ko)).await;
    let english = format!(
        "IncorrectInstanceState: The instance '{id}' is not in a state from which it can be rebooted."
    );
    assert!(
        ko.contains(&format!(
            r#"<span lang="en">{}</span> 인스턴스의 지금 상태에서는 이 작업을 할 수 없습니다."#,
            english
        )),
        "{ko}"
    );
    assert!(ko.contains(
        r#"title="인스턴스의 지금 상태에서는 이 작업을 할 수 없습니다. (IncorrectInstanceState)""#
    ));
    let en = render_props(diagram(Lang::En)).await;
    assert!(!has_hangul(&en));
    assert!(en.contains("is not in a state from which it can be rebooted."));
}
