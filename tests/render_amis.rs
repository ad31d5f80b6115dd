//! Rendering tests of the AMIs page (issue 6): the catalogue's tabs and columns, the create-image
//! form and its field error, an AMI's details and block device mapping, what deregistering leaves,
//! and the lineage diagram, in English and Korean, rendered natively around a prepared world.

mod support;

use ec2_lab::app::Shell;
use ec2_lab::components::amis::{
    AmiCatalog, AmiDetails, AmiLineage, AmiTab, CreateImageForm, ImageActions,
};
use ec2_lab::i18n::{AmiText, Lang, Localize};
use ec2_lab::sim::clock::MINUTE;
use ec2_lab::store::{persist, LabState, LAB_REGION};
use support::{without_markers, WithLab};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct PageProps {
    lang: Lang,
}

/// The whole app at `#/amis`, with a store (the shell alone has none; the app's provider gives it).
#[component]
fn AmisPageIn(props: &PageProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push("/amis");
    let state = LabState::new(persist::fresh_world(), None);
    html! {
        <Router {history}>
            <WithLab {state} lang={props.lang}>
                <Shell lang={props.lang} on_lang_change={Callback::noop()} />
            </WithLab>
        </Router>
    }
}

async fn render_page(lang: Lang) -> String {
    let html = LocalServerRenderer::<AmisPageIn>::with_props(PageProps { lang })
        .render()
        .await;
    without_markers(&html)
}

/// Which part of the page to render.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Catalog(AmiTab),
    Create,
    Details,
    Actions,
    Lineage,
}

#[derive(Properties, PartialEq)]
struct PartProps {
    state: LabState,
    image: String,
    lang: Lang,
    part: Part,
}

#[component]
fn PartWith(props: &PartProps) -> Html {
    let image = props.image.clone();
    let part = match props.part {
        Part::Catalog(tab) => html! {
            <AmiCatalog {tab} on_tab={Callback::noop()} selected={Some(image)} on_select={Callback::noop()} />
        },
        Part::Create => html! { <CreateImageForm on_created={Callback::noop()} /> },
        Part::Details => html! { <AmiDetails image_id={image} /> },
        Part::Actions => html! { <ImageActions image_id={image} /> },
        Part::Lineage => html! { <AmiLineage image_id={image} on_select={Callback::noop()} /> },
    };
    html! { <WithLab state={props.state.clone()} lang={props.lang}>{ part }</WithLab> }
}

async fn render(lab: &LabState, image: &str, lang: Lang, part: Part) -> String {
    let html = LocalServerRenderer::<PartWith>::with_props(PartProps {
        state: lab.clone(),
        image: image.to_string(),
        lang,
        part,
    })
    .render()
    .await;
    without_markers(&html)
}

fn settle(lab: &mut LabState) {
    while lab.world.advance_to_next(5 * MINUTE) {}
}

fn sh(lab: &mut LabState, id: &str, line: &str) {
    let out = lab.world.guest_exec(LAB_REGION, id, line).unwrap();
    assert_eq!(out.exit_code, 0, "{line}: {out:?}");
}

/// An m5d.large web server (nginx, a page on root EBS, a file on instance store) and an image of
/// it, still pending.
fn web_server_image() -> (LabState, String, String) {
    let mut lab = LabState::new(persist::fresh_world(), None);
    let image = ec2_lab::sim::ami::public_image_id(LAB_REGION, "al2023-x86_64").unwrap();
    lab.launch_from_image(&image, "m5d.large", 1);
    let id = lab.selected.clone().unwrap();
    settle(&mut lab);
    let store = lab.world.instance(&id).unwrap().instance_store[0]
        .guest_device
        .clone();
    sh(&mut lab, &id, "sudo dnf install -y nginx");
    sh(
        &mut lab,
        &id,
        "echo '<h1>golden</h1>' | sudo tee /usr/share/nginx/html/index.html",
    );
    sh(&mut lab, &id, &format!("sudo mkfs -t xfs {store} && sudo mkdir /scratch && sudo mount {store} /scratch && echo tmp | sudo tee /scratch/cache.txt"));
    let ami = lab
        .create_image(&id, "web-golden", "<b>nginx</b> & a page", false)
        .unwrap();
    (lab, id, ami)
}

#[tokio::test]
async fn the_page_has_tabs_the_catalogue_and_the_create_form() {
    let html = render_page(Lang::En).await;
    assert!(html.contains(r#"role="tablist""#));
    for tab in [
        AmiText::TabQuickStart,
        AmiText::TabMarketplace,
        AmiText::TabMine,
    ] {
        assert!(html.contains(tab.en()), "{tab:?}");
    }
    assert!(html.contains(r#"aria-selected="true""#));
    assert!(html.contains("al2023-ami-2023.6.20250218.2-kernel-6.1-x86_64"));
    assert!(html.contains(AmiText::CreateHeading.en()));
    assert!(html.contains(AmiText::SelectPrompt.en()));

    let html = render_page(Lang::Ko).await;
    assert!(html.contains("내 AMI"), "{html}");
    assert!(html.contains("이미지 생성"));
    assert!(html.contains("루트 디바이스 유형"));
    assert!(!html.contains(AmiText::TabQuickStartNote.en()));
}

#[tokio::test]
async fn my_amis_lists_the_new_image_pending_with_its_mapping_and_then_available() {
    let (mut lab, _, ami) = web_server_image();
    let html = render(&lab, &ami, Lang::En, Part::Catalog(AmiTab::Mine)).await;
    assert!(html.contains(&ami));
    assert!(html.contains("web-golden"));
    assert!(html.contains(r#"class="badge image-pending""#), "{html}");
    assert!(html.contains("/dev/xvda=snap-"), "{html}");
    assert!(
        html.contains("ephemeral0"),
        "the instance store mapping is listed"
    );
    assert!(html.contains(r#"aria-pressed="true""#));
    settle(&mut lab);
    let html = render(&lab, &ami, Lang::Ko, Part::Catalog(AmiTab::Mine)).await;
    assert!(html.contains("available · 사용 가능"), "{html}");
}

#[tokio::test]
async fn details_show_the_block_device_mapping_and_pending_snapshots_and_user_text_as_text() {
    let (mut lab, id, ami) = web_server_image();
    let html = render(&lab, &ami, Lang::En, Part::Details).await;
    assert!(html.contains(AmiText::PendingNote.en()));
    assert!(html.contains(AmiText::InstanceStoreNoData.en()));
    assert!(html.contains(&id), "source instance");
    assert!(
        html.contains("&lt;b&gt;nginx&lt;/b&gt; &amp; a page"),
        "{html}"
    );
    assert!(!html.contains("<b>nginx</b>"));
    assert!(html.contains(">pending<"), "snapshot still pending: {html}");
    settle(&mut lab);
    let html = render(&lab, &ami, Lang::En, Part::Details).await;
    assert!(!html.contains(AmiText::PendingNote.en()));
    assert!(html.contains(">completed<"), "{html}");
}

#[tokio::test]
async fn a_bad_name_gets_ec2s_error_next_to_the_field_not_a_banner() {
    let (mut lab, id, _) = web_server_image();
    assert_eq!(lab.create_image(&id, "ab", "", false), None);
    let html = render(&lab, "", Lang::En, Part::Create).await;
    assert!(html.contains(r#"aria-invalid="true""#), "{html}");
    let at = html.find(r#"id="create-image-name-error""#).unwrap();
    assert!(html[at..].contains("InvalidAMIName.Malformed"));
    assert!(!html.contains(r#"role="alert""#));
    assert!(html.contains(AmiText::RebootNote.en()));

    // A refusal that is not about the name is a banner with EC2's words.
    let mut lab = LabState::new(persist::fresh_world(), None);
    let image = ec2_lab::sim::ami::public_image_id(LAB_REGION, "al2023-x86_64").unwrap();
    lab.launch_from_image(&image, "t3.micro", 1);
    let pending = lab.selected.clone().unwrap();
    lab.create_image(&pending, "too-early", "", false);
    let html = render(&lab, "", Lang::Ko, Part::Create).await;
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains("IncorrectInstanceState"));
    assert!(html.contains("재부팅 안 함"));
}

#[tokio::test]
async fn actions_offer_launch_copy_and_deregister_and_say_what_deregistering_leaves() {
    let (mut lab, _, ami) = web_server_image();
    settle(&mut lab);
    let html = render(&lab, &ami, Lang::En, Part::Actions).await;
    assert!(
        html.contains(r#"<option value="t3.micro" selected"#),
        "{html}"
    );
    assert!(html.contains("ap-northeast-2"));
    assert!(html.contains(AmiText::DeregisterNote.en()));

    let snapshots: Vec<String> = lab
        .world
        .images()
        .find(|i| i.id == ami)
        .unwrap()
        .snapshot_ids()
        .map(String::from)
        .collect();
    lab.deregister_image(&ami);
    let html = render(&lab, &ami, Lang::En, Part::Actions).await;
    assert!(html.contains(AmiText::DeregisteredNotice.en()));
    for s in &snapshots {
        assert!(html.contains(s.as_str()), "{s} listed as remaining");
    }
    assert!(!html.contains(r#"id="ami-launch-count""#), "no launch form");
    let html = render(&lab, &ami, Lang::Ko, Part::Actions).await;
    assert!(html.contains(AmiText::DeregisteredNotice.ko()));

    // A public AMI: launch, but not deregister.
    let public = ec2_lab::sim::ami::public_image_id(LAB_REGION, "al2023-arm64").unwrap();
    let html = render(&lab, &public, Lang::En, Part::Actions).await;
    assert!(
        html.contains(r#"<option value="t4g.micro" selected"#),
        "{html}"
    );
    assert!(html.contains(AmiText::NotYours.en()));
}

#[tokio::test]
async fn the_lineage_draws_the_whole_chain_and_marks_instance_store_as_not_carried() {
    let (mut lab, id, ami) = web_server_image();
    settle(&mut lab);
    let base = lab.world.instance(&id).unwrap().image_id.clone();
    let launched = lab.launch_from_image(&ami, "t3.micro", 2);
    let copy = lab
        .copy_image(&ami, "ap-northeast-2", "web-golden")
        .unwrap();
    let html = render(&lab, &ami, Lang::En, Part::Lineage).await;
    let order = [
        AmiText::StageBase.en(),
        base.as_str(),
        AmiText::StageInstance.en(),
        id.as_str(),
        AmiText::StageSnapshots.en(),
        "snap-",
        AmiText::StageInstanceStore.en(),
        "ephemeral0",
        AmiText::StageImage.en(),
        ami.as_str(),
        AmiText::StageLaunched.en(),
        launched[0].as_str(),
        AmiText::StageCopies.en(),
        copy.as_str(),
    ];
    let mut at = 0;
    for piece in order {
        let found = html[at..]
            .find(piece)
            .unwrap_or_else(|| panic!("{piece} after {at}: {html}"));
        at += found + piece.len();
    }
    for i in &launched {
        assert!(
            html.contains(&format!(r#"aria-label="Open {i} in the Lab""#)),
            "{i}"
        );
    }
    assert!(html.contains(&format!(r#"aria-label="Show AMI {base}""#)));
    assert!(html.contains(r#"class="lineage""#));
    assert!(html.contains(r#"aria-current="true""#));

    let html = render(&lab, &ami, Lang::Ko, Part::Lineage).await;
    assert!(html.contains("인스턴스 스토어: 포함되지 않음"), "{html}");
    assert!(html.contains(&format!("실습에서 {} 열기", launched[1])));

    // The copy's lineage points back to its source.
    let html = render(&lab, &copy, Lang::En, Part::Lineage).await;
    assert!(html.contains(AmiText::StageCopiedFrom.en()));
    assert!(html.contains(&format!(r#"aria-label="Show AMI {ami}""#)));
}
