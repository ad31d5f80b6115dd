use web_sys::HtmlElement;
use yew::prelude::*;

use super::{mapping_summary, owner_text, state_badge};
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::AmiText;
use crate::sim::ami::{Image, ImageCategory};
use crate::sim::clock::gmt;
use crate::store::{use_lab, LAB_REGION};

/// The console's three kinds of AMI, one tab each (ec2-facts 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmiTab {
    QuickStart,
    Marketplace,
    Mine,
}

impl AmiTab {
    pub const ALL: [AmiTab; 3] = [AmiTab::QuickStart, AmiTab::Marketplace, AmiTab::Mine];

    fn label(self) -> AmiText {
        match self {
            AmiTab::QuickStart => AmiText::TabQuickStart,
            AmiTab::Marketplace => AmiText::TabMarketplace,
            AmiTab::Mine => AmiText::TabMine,
        }
    }

    fn note(self) -> AmiText {
        match self {
            AmiTab::QuickStart => AmiText::TabQuickStartNote,
            AmiTab::Marketplace => AmiText::TabMarketplaceNote,
            AmiTab::Mine => AmiText::TabMineNote,
        }
    }

    fn slug(self) -> &'static str {
        match self {
            AmiTab::QuickStart => "quick-start",
            AmiTab::Marketplace => "marketplace",
            AmiTab::Mine => "mine",
        }
    }

    /// Public images are listed in the Lab's Region; yours in every Region (copies included).
    fn shows(self, image: &Image) -> bool {
        match self {
            AmiTab::QuickStart => {
                image.category == ImageCategory::QuickStart && image.region == LAB_REGION
            }
            AmiTab::Marketplace => {
                image.category == ImageCategory::Marketplace && image.region == LAB_REGION
            }
            AmiTab::Mine => image.category == ImageCategory::Custom,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AmiCatalogProps {
    pub tab: AmiTab,
    pub on_tab: Callback<AmiTab>,
    pub selected: Option<String>,
    pub on_select: Callback<String>,
}

/// The AMI catalogue: a tab per kind of AMI, each a table of its images with the console's columns.
/// The tabs follow the ARIA tabs pattern (arrow keys move between them).
#[component]
pub fn AmiCatalog(props: &AmiCatalogProps) -> Html {
    let lang = use_lang();
    let tab_refs = use_memo((), |_| {
        [NodeRef::default(), NodeRef::default(), NodeRef::default()]
    });
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let world = &lab.world;
    let current = props.tab;
    let on_key = {
        let (on_tab, tab_refs) = (props.on_tab.clone(), tab_refs.clone());
        move |e: KeyboardEvent| {
            let at = AmiTab::ALL.iter().position(|t| *t == current).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => (at + 1) % 3,
                "ArrowLeft" => (at + 2) % 3,
                "Home" => 0,
                "End" => 2,
                _ => return,
            };
            e.prevent_default();
            on_tab.emit(AmiTab::ALL[next]);
            if let Some(el) = tab_refs[next].cast::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    let mut images: Vec<&Image> = world
        .images()
        .filter(|i| current.shows(i) && world.image_visible(i))
        .collect();
    crate::sorting::sort_by(&mut images, |a, b| {
        b.creation_date
            .cmp(&a.creation_date)
            .then(a.name.cmp(&b.name))
    });
    let panel_id = format!("ami-panel-{}", current.slug());
    html! {
        <section class="ami-catalog" aria-labelledby="ami-catalog-heading">
            <h2 id="ami-catalog-heading">{ lang.t(AmiText::CatalogHeading) }</h2>
            <div class="ami-tabs" role="tablist" aria-label={lang.t(AmiText::TabsLabel)} onkeydown={on_key}>
                { for AmiTab::ALL.iter().enumerate().map(|(n, &tab)| {
                    let selected = tab == current;
                    let onclick = {
                        let on_tab = props.on_tab.clone();
                        move |_| on_tab.emit(tab)
                    };
                    html! {
                        <button type="button" role="tab" id={format!("ami-tab-{}", tab.slug())}
                            ref={tab_refs[n].clone()}
                            aria-selected={selected.to_string()}
                            aria-controls={format!("ami-panel-{}", tab.slug())}
                            tabindex={if selected { "0" } else { "-1" }}
                            {onclick}>
                            { lang.t(tab.label()) }
                        </button>
                    }
                }) }
            </div>
            <div role="tabpanel" id={panel_id} aria-labelledby={format!("ami-tab-{}", current.slug())}>
                <p class="note">{ lang.t(current.note()) }</p>
                if images.is_empty() {
                    <p>{ lang.t(AmiText::NoOwnedImages) }</p>
                } else {
                    <ScrollRegion name={lang.t(current.label())}>
                        <table class="ami-table">
                            <caption class="sr-only">{ lang.t(current.label()) }</caption>
                            <thead><tr>
                                <th scope="col">{ lang.t(AmiText::ColAmiId) }</th>
                                <th scope="col">{ lang.t(AmiText::ColAmiName) }</th>
                                <th scope="col">{ lang.t(AmiText::ColOwner) }</th>
                                <th scope="col">{ lang.t(AmiText::ColArchitecture) }</th>
                                <th scope="col">{ lang.t(AmiText::ColRootDevice) }</th>
                                <th scope="col">{ lang.t(AmiText::ColState) }</th>
                                <th scope="col">{ lang.t(AmiText::ColCreated) }</th>
                                if current == AmiTab::Mine { <th scope="col">{ lang.t(AmiText::ColRegion) }</th> }
                                <th scope="col">{ lang.t(AmiText::ColBlockDevices) }</th>
                            </tr></thead>
                            <tbody>
                                { for images.iter().map(|image| {
                                    let selected = props.selected.as_deref() == Some(image.id.as_str());
                                    let onclick = {
                                        let (on_select, id) = (props.on_select.clone(), image.id.clone());
                                        move |_| on_select.emit(id.clone())
                                    };
                                    html! {
                                        <tr class={classes!(selected.then_some("selected"))}>
                                            <td>
                                                <button type="button" class="link mono" aria-pressed={selected.to_string()} {onclick}>
                                                    { &image.id }
                                                </button>
                                            </td>
                                            <td class="ami-name">{ &image.name }</td>
                                            // The labels name the values when a phone shows each image as a card (styles/phone.css).
                                            <td data-label={lang.t(AmiText::ColOwner)}>{ owner_text(&lang, image.owner) }</td>
                                            <td data-label={lang.t(AmiText::ColArchitecture)}>{ &image.architecture }</td>
                                            <td data-label={lang.t(AmiText::ColRootDevice)}>{ image.root_device_type.as_str() }</td>
                                            <td data-label={lang.t(AmiText::ColState)}>{ state_badge(&lang, image.state) }</td>
                                            <td class="nowrap" data-label={lang.t(AmiText::ColCreated)}>{ gmt(image.creation_date) }</td>
                                            if current == AmiTab::Mine { <td data-label={lang.t(AmiText::ColRegion)}>{ &image.region }</td> }
                                            <td class="mono small" data-label={lang.t(AmiText::ColBlockDevices)}>{ mapping_summary(image) }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </ScrollRegion>
                }
            </div>
        </section>
    }
}
