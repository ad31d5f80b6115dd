//! Rendering tests of the storage lab (issue 6): the survival matrix before and after each action
//! with the learner's guesses marked, the instance shell, and the Volumes page's lists, rendered
//! natively around a store set up through its own actions.

mod support;

use ec2_lab::components::storage::{InstanceShell, SurvivalPanel};
use ec2_lab::i18n::Lang;
use ec2_lab::pages::VolumesPage;
use ec2_lab::sim::clock::MINUTE;
use ec2_lab::sim::survival::SurvivalItem;
use ec2_lab::sim::InstanceAction;
use ec2_lab::store::persist::fresh_world;
use ec2_lab::store::storage::StorageAction;
use ec2_lab::store::{LabAction, LabState};
use support::{without_markers, WithLab};
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Clone, Copy, PartialEq)]
enum Part {
    Survival,
    Shell,
    Volumes,
}

#[derive(Properties, PartialEq)]
struct PartProps {
    state: LabState,
    lang: Lang,
    part: Part,
}

#[component]
fn PartWith(props: &PartProps) -> Html {
    html! {
        <WithLab state={props.state.clone()} lang={props.lang}>
            { match props.part {
                Part::Survival => html! { <SurvivalPanel /> },
                Part::Shell => html! { <InstanceShell /> },
                Part::Volumes => html! { <VolumesPage /> },
            } }
        </WithLab>
    }
}

async fn render(state: &LabState, lang: Lang, part: Part) -> String {
    let html = LocalServerRenderer::<PartWith>::with_props(PartProps {
        state: state.clone(),
        lang,
        part,
    })
    .render()
    .await;
    without_markers(&html)
}

/// The experiment set up, with two guesses made for the reboot: RAM survives (wrong) and the
/// instance store survives (right).
fn experiment_with_guesses() -> (LabState, String) {
    let mut lab = LabState::new(fresh_world(), None);
    lab.apply(LabAction::Storage(StorageAction::StartExperiment));
    let id = lab.storage.experiment.as_ref().unwrap().instance_id.clone();
    let store = lab.world.instance(&id).unwrap().instance_store[0]
        .virtual_name
        .clone();
    for (item, survives) in [
        (SurvivalItem::Ram, true),
        (SurvivalItem::InstanceStore(store), true),
    ] {
        lab.apply(LabAction::Storage(StorageAction::Guess {
            instance_id: id.clone(),
            item,
            survives: Some(survives),
        }));
    }
    (lab, id)
}

#[tokio::test]
async fn before_an_action_the_matrix_offers_a_guess_per_row() {
    let (lab, _) = experiment_with_guesses();
    let html = render(&lab, Lang::En, Part::Survival).await;
    assert!(
        html.contains("No reboot, stop, hibernate or terminate of this instance yet."),
        "{html}"
    );
    assert!(
        html.contains(r#"aria-label="Your guess for RAM (/dev/shm)""#),
        "{html}"
    );
    assert!(
        html.contains(r#"aria-label="Your guess for Instance store ephemeral0""#),
        "{html}"
    );
    assert!(
        html.contains(r#"aria-label="Your guess for Public IPv4""#),
        "{html}"
    );
    // No Elastic IP: nothing to guess for it.
    assert!(!html.contains("Your guess for Elastic IP"), "{html}");
}

#[tokio::test]
async fn after_a_reboot_the_matrix_marks_each_guess() {
    let (mut lab, _) = experiment_with_guesses();
    lab.apply(LabAction::Storage(StorageAction::ExperimentNext));
    let html = render(&lab, Lang::En, Part::Survival).await;
    assert!(html.contains("Last action on i-"), "{html}");
    assert!(html.contains(": Reboot</h3>"), "{html}");
    assert!(html.contains("1 of 2 guesses right"), "{html}");
    assert!(html.contains("✗ wrong"), "{html}");
    assert!(html.contains("✓ right"), "{html}");
    assert!(html.contains("Reboot: RAM is erased."), "{html}");
    assert!(html.contains("Reboot: instance store data is preserved (ec2-facts 3.1)."));
    // Before: the RAM file; after: none.
    assert!(html.contains("<code>/dev/shm/ram.txt</code>"), "{html}");
    assert!(html.contains(r#"verdict-lost">erased"#), "{html}");
    assert!(html.contains(r#"verdict-kept">kept"#), "{html}");

    let ko = render(&lab, Lang::Ko, Part::Survival).await;
    assert!(ko.contains("예측 2개 중 1개 맞음"), "{ko}");
    assert!(ko.contains("재부팅: RAM이 지워집니다."), "{ko}");
    assert!(ko.contains("✗ 틀림") && ko.contains("✓ 맞음"), "{ko}");
}

#[tokio::test]
async fn stop_then_start_waits_for_the_start_then_shows_what_changed() {
    let (mut lab, id) = experiment_with_guesses();
    lab.apply(LabAction::Storage(StorageAction::ExperimentNext)); // reboot
    lab.apply(LabAction::Storage(StorageAction::ExperimentNext)); // stop
    let html = render(&lab, Lang::En, Part::Survival).await;
    assert!(
        html.contains("Stopped: start the instance to complete the stop and start."),
        "{html}"
    );
    lab.apply(LabAction::Act {
        ids: vec![id],
        action: InstanceAction::Start,
    });
    lab.apply(LabAction::Step);
    let html = render(&lab, Lang::En, Part::Survival).await;
    assert!(html.contains(": Stop, then start</h3>"), "{html}");
    assert!(html.contains("Stop/start: instance store data is erased (every block is reset)."));
    assert!(html.contains("Stop/start: the private IPv4 is kept."));
    assert!(html.contains(r#"verdict-changed">changed"#), "{html}");
}

#[tokio::test]
async fn the_shell_shows_the_commands_prepare_ran_and_says_when_it_cannot_reach_the_instance() {
    let (mut lab, id) = experiment_with_guesses();
    let html = render(&lab, Lang::En, Part::Shell).await;
    assert!(html.contains(&format!("Shell on {id}")), "{html}");
    assert!(html.contains("sudo mkfs -t xfs /dev/nvme"), "{html}");
    assert!(html.contains("sudo mount /dev/nvme"), "{html}");
    assert!(html.contains("# run for you"), "{html}");
    assert!(html.contains("Every data volume is already formatted and mounted."));
    lab.apply(LabAction::Act {
        ids: vec![id],
        action: InstanceAction::Stop,
    });
    let html = render(&lab, Lang::En, Part::Shell).await;
    assert!(
        html.contains(
            "The instance cannot be reached now (stopping): commands run again once it is running."
        ),
        "{html}"
    );
    let ko = render(&lab, Lang::Ko, Part::Shell).await;
    assert!(
        ko.contains("지금은 인스턴스에 접속할 수 없습니다(stopping · 중지 중)"),
        "{ko}"
    );
}

#[tokio::test]
async fn the_volumes_page_lists_volumes_snapshots_and_instance_store_apart() {
    let (mut lab, id) = experiment_with_guesses();
    let volume = lab.storage.experiment.as_ref().unwrap().volume_id.clone();
    lab.apply(LabAction::Storage(StorageAction::CreateSnapshot(
        volume.clone(),
    )));
    let snapshot = lab
        .world
        .snapshots()
        .find(|s| s.volume_id == volume)
        .unwrap()
        .id
        .clone();
    let html = render(&lab, Lang::En, Part::Volumes).await;
    assert!(html.contains(&format!("<code>{volume}</code>")), "{html}");
    assert!(
        html.contains(&format!(
            "<code>{id}</code> <code>/dev/sdf</code> (attached)"
        )),
        "{html}"
    );
    assert!(
        html.contains(&format!(r#"aria-label="Delete {volume} on termination""#)),
        "{html}"
    );
    assert!(html.contains(&format!("<code>{snapshot}</code>")), "{html}");
    assert!(
        html.contains(&format!("Create a volume from {snapshot} in us-east-1a")),
        "{html}"
    );
    assert!(html.contains("Instance store (ephemeral)"), "{html}");
    assert!(html.contains("<code>ephemeral0</code>"), "{html}");
    assert!(html.contains("75 GB NVMe"), "{html}");
    assert!(
        html.contains(&format!(r#"aria-label="Connect to {id}""#)),
        "{html}"
    );

    let ko = render(&lab, Lang::Ko, Part::Volumes).await;
    assert!(ko.contains("인스턴스 스토어(임시)"), "{ko}");
    assert!(ko.contains(&format!("{volume} 삭제")), "{ko}");
}

/// issue 9: with hundreds of instances the Volumes page held every volume and every instance (12,000
/// elements with 500); now 50 of each a page, the newest volume first, like the Lab's list.
#[tokio::test]
async fn the_volumes_page_shows_fifty_volumes_and_fifty_instances_a_page() {
    let mut lab = LabState::new(fresh_world(), None);
    for n in 0..59 {
        lab.launch_default(&format!("web-{n}"));
    }
    // A minute later, so its root volume is the newest.
    lab.world.advance(MINUTE);
    lab.launch_default("web-59");
    let newest = lab.selected.clone().unwrap();
    let newest_root = lab
        .world
        .instance(&newest)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_string();
    let html = render(&lab, Lang::En, Part::Volumes).await;
    let volume_rows = html.matches(r#"aria-label="Create snapshot vol-"#).count();
    assert_eq!(volume_rows, 50, "{html}");
    // Newest first: the first row is the last instance's root volume.
    let first_row = html
        .split(r#"aria-label="Create snapshot "#)
        .nth(1)
        .expect("a volume row");
    assert!(first_row.starts_with(&newest_root), "{first_row}");
    assert!(
        html.contains(r#"<nav aria-label="Volume pages" class="pager">"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<nav aria-label="Instance pages" class="pager">"#),
        "{html}"
    );
    assert_eq!(html.matches("1–50 of 60").count(), 2, "{html}");
    let connect_rows = html.matches(r#"aria-label="Connect to i-"#).count();
    assert_eq!(connect_rows, 50, "{html}");
    // The first page of instances is the first launched.
    assert!(html.contains(" web-0 · "), "{html}");
    assert!(!html.contains(" web-59 · "), "{html}");
}
