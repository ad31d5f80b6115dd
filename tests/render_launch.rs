//! Rendering tests of the launch wizard (issue 5), natively, around a prepared store: defaults,
//! an instance-store type, hibernation on a type that lacks it, an invalid type with its
//! suggestion and the Launch button's blockers, an arm64 AMI on an x86_64 type, and Korean.

mod support;

use ec2_lab::components::LaunchWizard;
use ec2_lab::i18n::Lang;
use ec2_lab::launch::{image_choices, LaunchEdit, LaunchForm};
use ec2_lab::sim::ami::public_image_id;
use ec2_lab::store::{persist, LabState, LAB_REGION};
use support::{without_markers, WithLab};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct Props {
    form: Option<LaunchForm>,
    lang: Lang,
}

#[component]
fn Wizard(props: &Props) -> Html {
    let state = LabState::new(persist::fresh_world(), None);
    let history = AnyHistory::from(MemoryHistory::new());
    html! {
        <Router {history}>
            <WithLab {state} lang={props.lang}>
                <LaunchWizard initial={props.form.clone()} />
            </WithLab>
        </Router>
    }
}

/// A form from the given AMI with edits applied.
fn form(key: &str, edits: Vec<LaunchEdit>) -> Option<LaunchForm> {
    let world = persist::fresh_world();
    let images = image_choices(&world, LAB_REGION);
    let id = public_image_id(LAB_REGION, key).unwrap();
    let mut f = LaunchForm::new(images.iter().find(|i| i.id == id));
    for e in edits {
        f.apply(e);
    }
    Some(f)
}

async fn render(form: Option<LaunchForm>, lang: Lang) -> String {
    let html = LocalServerRenderer::<Wizard>::with_props(Props { form, lang })
        .render()
        .await;
    without_markers(&html)
}

#[tokio::test]
async fn defaults_offer_amazon_linux_on_t2_micro_with_the_command_and_an_enabled_launch() {
    let html = render(None, Lang::En).await;
    let image = public_image_id(LAB_REGION, "al2023-x86_64").unwrap();
    for group in [
        "Quick Start (AWS-provided)",
        "AWS Marketplace (examples)",
        "My AMIs",
    ] {
        assert!(html.contains(group), "{group}");
    }
    assert!(html.contains("You have no AMIs yet."));
    assert!(
        html.contains("instance-store"),
        "root device types are shown"
    );
    assert!(html.contains("arm64"), "architectures are shown");
    assert!(html.contains(&format!(
        "aws ec2 run-instances --image-id {image} --instance-type t2.micro"
    )));
    assert!(html.contains(r#"aria-disabled="false""#));
    assert!(!html.contains("Launch is blocked by:"));
    assert!(html.contains("This type has no instance store volumes."));
    assert!(html.contains("Explore instance types"));
}

#[tokio::test]
async fn m5d_large_shows_its_fixed_ephemeral_instance_store() {
    let html = render(
        form(
            "al2023-x86_64",
            vec![LaunchEdit::InstanceType("m5d.large".into())],
        ),
        Lang::En,
    )
    .await;
    assert!(html.contains("Instance store (ephemeral)"));
    assert!(html.contains("ephemeral0"));
    assert!(html.contains("75 GB NVMe SSD"));
    assert!(html.contains("fixed by the type"));
    assert!(
        html.contains("ephemeral0 · Instance store (ephemeral) · 75 GB NVMe SSD"),
        "in the summary"
    );
}

#[tokio::test]
async fn hibernation_on_a_type_that_lacks_it_is_disabled_and_says_why() {
    let html = render(
        form(
            "al2023-x86_64",
            vec![LaunchEdit::InstanceType("c5n.large".into())],
        ),
        Lang::En,
    )
    .await;
    assert!(html.contains("c5n.large does not support hibernation."));
    assert!(html.contains("Not available with this choice"));
    let checkbox = html
        .split("<input")
        .find(|tag| tag.contains(r#"id="hibernation""#))
        .and_then(|tag| tag.split('>').next())
        .unwrap();
    assert!(
        checkbox.contains("disabled"),
        "the box is disabled: {checkbox}"
    );
}

#[tokio::test]
async fn an_invalid_type_gets_the_suggestion_and_blocks_the_launch() {
    let html = render(
        form(
            "al2023-x86_64",
            vec![
                LaunchEdit::InstanceType("t2.mircro".into()),
                LaunchEdit::Count("0".into()),
            ],
        ),
        Lang::En,
    )
    .await;
    assert!(html.contains("t2.mircro is not an instance type."));
    assert!(html.contains("Did you mean"));
    assert!(html.contains("<code>t2.micro</code>"));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains(r#"aria-disabled="true""#));
    assert!(html.contains(r#"aria-describedby="launch-blockers""#));
    assert!(html.contains("Launch is blocked by:"));
    assert!(html.contains("Instance type: t2.mircro is not an instance type."));
    assert!(html.contains("Number of instances: From 1 to 100."));
    assert!(html.contains("The command appears once nothing blocks the launch."));
    assert!(!html.contains("aws ec2 run-instances"));
}

#[tokio::test]
async fn an_arm64_ami_on_an_x86_64_type_is_explained() {
    let html = render(form("al2023-arm64", vec![]), Lang::En).await;
    assert!(html.contains("An arm64 AMI cannot run on this type (i386, x86_64)."));
    assert!(html.contains("The AMI is arm64, but this type runs i386, x86_64."));
}

#[tokio::test]
async fn korean_uses_the_consoles_words() {
    let html = render(
        form(
            "al2023-x86_64",
            vec![
                LaunchEdit::InstanceType("c5n.large".into()),
                LaunchEdit::Hibernation(true),
            ],
        ),
        Lang::Ko,
    )
    .await;
    for word in [
        "이름 및 태그",
        "빠른 시작(AWS 제공)",
        "내 AMI",
        "스토리지 구성",
        "고급 세부 정보",
        "종료 방지",
        "중지 방지",
        "인스턴스 개수",
        "가용 영역",
        "요약",
        "c5n.large 유형은 최대 절전 모드를 지원하지 않습니다.",
        "시작을 막는 문제:",
    ] {
        assert!(html.contains(word), "{word}");
    }
}
