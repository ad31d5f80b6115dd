//! Rendering tests of the Lab's lifecycle diagram in each state (which node is lit, which edge
//! buttons are enabled) and of its billing strip (issue 4), rendered natively with a store holding a
//! prepared world.

mod support;

use ec2_lab::components::lab::{BillingStrip, InstanceList, LifecycleDiagram};
use ec2_lab::i18n::Lang;
use ec2_lab::sim::ami::public_image_id;
use ec2_lab::sim::{RunInstancesRequest, StopOptions, World};
use ec2_lab::store::LabState;
use support::WithLab;
use yew::prelude::*;
use yew::LocalServerRenderer;

const REGION: &str = "us-east-1";

/// Which part of the Lab to render.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Diagram,
    Billing,
}

#[derive(Properties, PartialEq)]
struct DiagramProps {
    world: World,
    selected: String,
    lang: Lang,
    #[prop_or(Part::Diagram)]
    part: Part,
}

#[component]
fn DiagramWith(props: &DiagramProps) -> Html {
    let mut state = LabState::new(props.world.clone(), None);
    state.selected = Some(props.selected.clone());
    html! {
        <WithLab {state} lang={props.lang}>
            if props.part == Part::Diagram { <LifecycleDiagram /> } else { <BillingStrip /> }
        </WithLab>
    }
}

fn launched(hibernation: bool) -> (World, String) {
    let mut world = World::new(11);
    let image = public_image_id(REGION, "al2023-x86_64").unwrap();
    let mut request = RunInstancesRequest::new(REGION, &image, "m5.large");
    if hibernation {
        request = request.hibernating("/dev/xvda");
    }
    let id = world.run_instances(&request).unwrap().instance_ids[0].clone();
    (world, id)
}

fn settle(world: &mut World) {
    while world.advance_to_next(5 * 60 * 1000) {}
}

async fn render(world: &World, id: &str, lang: Lang) -> String {
    LocalServerRenderer::<DiagramWith>::with_props(DiagramProps {
        world: world.clone(),
        selected: id.to_owned(),
        lang,
        part: Part::Diagram,
    })
    .render()
    .await
}

/// The lit node's state id.
fn lit(html: &str) -> &str {
    let at = html.find(r#"aria-current="step""#).expect("a lit node");
    let rest = &html[at..];
    let start = rest.find(r#"class="node-id">"#).unwrap() + r#"class="node-id">"#.len();
    let end = rest[start..].find('<').unwrap();
    &rest[start..start + end]
}

/// The accessible names of the enabled edge buttons.
fn enabled(html: &str) -> Vec<String> {
    html.split("<button")
        .filter(|b| b.contains(r#"aria-disabled="false""#))
        .filter_map(|b| {
            let start = b.find(r#"aria-label=""#)? + r#"aria-label=""#.len();
            let end = b[start..].find('"')?;
            Some(b[start..start + end].to_owned())
        })
        .collect()
}

#[tokio::test]
async fn pending_lights_pending_and_offers_nothing() {
    let (world, id) = launched(false);
    let html = render(&world, &id, Lang::En).await;
    assert_eq!(lit(&html), "pending");
    assert!(enabled(&html).is_empty(), "{:?}", enabled(&html));
    assert!(html.contains("of the way to running"), "progress missing");
}

#[tokio::test]
async fn running_offers_reboot_stop_and_terminate_and_hibernate_only_if_launched_with_it() {
    let (mut world, id) = launched(false);
    settle(&mut world);
    let html = render(&world, &id, Lang::En).await;
    assert_eq!(lit(&html), "running");
    assert_eq!(
        enabled(&html),
        [
            "Reboot: running to rebooting",
            "Stop: running to stopping",
            "Terminate: running to shutting-down"
        ]
    );
    assert!(!html.contains("Hibernate"));

    let (mut world, id) = launched(true);
    settle(&mut world);
    let html = render(&world, &id, Lang::En).await;
    assert!(enabled(&html).contains(&"Hibernate: running to stopping".to_owned()));
}

/// ec2-facts 1.3: Start while stopping is refused; the diagram lists the real error.
#[tokio::test]
async fn stopping_offers_force_stop_and_explains_why_start_is_refused() {
    let (mut world, id) = launched(false);
    settle(&mut world);
    world
        .stop_instances(REGION, std::slice::from_ref(&id), StopOptions::default())
        .unwrap();
    let html = render(&world, &id, Lang::En).await;
    assert_eq!(lit(&html), "stopping");
    assert_eq!(enabled(&html), ["Force stop: stopping to stopped"]);
    assert!(html.contains("IncorrectInstanceState"), "{html}");
    assert!(html.contains("is not in a state from which it can be started."));
}

#[tokio::test]
async fn stopped_offers_start_and_terminate() {
    let (mut world, id) = launched(false);
    settle(&mut world);
    world
        .stop_instances(REGION, std::slice::from_ref(&id), StopOptions::default())
        .unwrap();
    settle(&mut world);
    let html = render(&world, &id, Lang::En).await;
    assert_eq!(lit(&html), "stopped");
    assert_eq!(
        enabled(&html),
        [
            "Start: stopped to pending",
            "Terminate: stopped to shutting-down"
        ]
    );
}

#[tokio::test]
async fn rebooting_is_lit_as_its_own_phase() {
    let (mut world, id) = launched(false);
    settle(&mut world);
    world
        .reboot_instances(REGION, std::slice::from_ref(&id))
        .unwrap();
    let html = render(&world, &id, Lang::En).await;
    assert_eq!(lit(&html), "rebooting");
    assert!(enabled(&html).is_empty());
}

#[tokio::test]
async fn terminated_is_final_and_in_korean_the_terms_are_korean() {
    let (mut world, id) = launched(false);
    settle(&mut world);
    world
        .terminate_instances(REGION, std::slice::from_ref(&id))
        .unwrap();
    let html = render(&world, &id, Lang::Ko).await;
    assert_eq!(lit(&html), "shutting-down");
    assert!(html.contains("종료 중"));
    settle(&mut world);
    let html = render(&world, &id, Lang::Ko).await;
    assert_eq!(lit(&html), "terminated");
    assert!(html.contains("종료됨"));
    assert!(enabled(&html).is_empty());
}

async fn render_billing(world: &World, id: &str) -> String {
    LocalServerRenderer::<DiagramWith>::with_props(DiagramProps {
        world: world.clone(),
        selected: id.to_owned(),
        lang: Lang::En,
        part: Part::Billing,
    })
    .render()
    .await
}

/// ec2-facts 1.1: a running instance is billed; a stopped one is not, but its EBS root volume still is.
#[tokio::test]
async fn billing_strip_lists_what_the_engine_bills_now() {
    let (mut world, id) = launched(false);
    let html = render_billing(&world, &id).await;
    assert!(
        !html.contains(&format!("<code>{id}</code>")),
        "pending is not billed: {html}"
    );
    let root = world
        .instance(&id)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_owned();
    assert!(html.contains(&format!("<code>{root}</code>")), "{html}");

    settle(&mut world);
    let html = render_billing(&world, &id).await;
    assert!(html.contains(&format!("<code>{id}</code>")), "{html}");
    assert!(html.contains("instance usage billed per second"), "{html}");

    world
        .stop_instances(REGION, std::slice::from_ref(&id), StopOptions::default())
        .unwrap();
    settle(&mut world);
    let html = render_billing(&world, &id).await;
    assert!(!html.contains(&format!("<code>{id}</code>")), "{html}");
    assert!(html.contains(&format!("<code>{root}</code>")), "{html}");
    assert!(html.contains("billed per GiB-month"), "{html}");
}

/// A busy world stays a short strip: one line per reason, the first five IDs and a count of the rest.
#[tokio::test]
async fn billing_strip_groups_many_resources_by_reason() {
    let mut world = World::new(12);
    let image = public_image_id(REGION, "al2023-x86_64").unwrap();
    let mut request = RunInstancesRequest::new(REGION, &image, "t3.micro");
    request.count = 8;
    let ids = world.run_instances(&request).unwrap().instance_ids;
    settle(&mut world);
    let html = render_billing(&world, &ids[0]).await;
    assert_eq!(
        html.matches("instance usage billed per second").count(),
        1,
        "{html}"
    );
    assert_eq!(html.matches("billed per GiB-month").count(), 1, "{html}");
    assert_eq!(html.matches(" and 3 more").count(), 2, "{html}");
    assert!(html.contains(&format!("<code>{}</code>", ids[0])), "{html}");
    assert!(
        !html.contains(&format!("<code>{}</code>", ids[7])),
        "{html}"
    );
}

async fn render_list(world: &World, selected: Option<String>) -> String {
    #[derive(Properties, PartialEq)]
    struct ListProps {
        state: LabState,
    }
    #[component]
    fn ListWith(props: &ListProps) -> Html {
        html! { <WithLab state={props.state.clone()} lang={Lang::En}><InstanceList /></WithLab> }
    }
    let mut state = LabState::new(world.clone(), None);
    state.selected = selected;
    LocalServerRenderer::<ListWith>::with_props(ListProps { state })
        .render()
        .await
}

/// Like the console, the list shows 50 instances a page, in launch order; a selected instance's page is
/// the one shown.
#[tokio::test]
async fn instance_list_pages_fifty_at_a_time_and_shows_the_selected_instances_page() {
    let mut world = World::new(13);
    let image = public_image_id(REGION, "al2023-x86_64").unwrap();
    let mut request = RunInstancesRequest::new(REGION, &image, "t3.micro");
    request.count = 60;
    let ids: Vec<String> = world.run_instances(&request).unwrap().instance_ids;

    let html = render_list(&world, None).await;
    assert_eq!(html.matches("aria-selected=").count(), 50);
    assert!(html.contains("1–50 of 60"), "{html}");
    assert!(html.contains(&ids[49]) && !html.contains(&ids[50]));

    let html = render_list(&world, Some(ids[55].clone())).await;
    assert!(html.contains("51–60 of 60"), "{html}");
    assert_eq!(html.matches("aria-selected=").count(), 10);
    assert!(html.contains(&ids[55]) && !html.contains(&ids[0]));
}
