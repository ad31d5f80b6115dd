use yew::prelude::*;

use super::action_label;
use crate::diagram::{
    edge_status, edges_for, Edge, Node, Trigger, Unavailable, NODE_HEIGHT, NODE_WIDTH, VIEW_BOX,
    VIEW_HEIGHT, VIEW_WIDTH,
};
use crate::hooks::use_lang;
use crate::i18n::{
    current_state_is, edge_button_name, lifecycle_refusal_gloss, not_from_here, progress_toward,
    Lang, Text,
};
use crate::sim::Instance;
use crate::store::{use_lab, LabAction};

const BUTTON_HEIGHT: f64 = 30.0;

/// The instance lifecycle as a live state machine (issue 4): the selected instance's state lit, the
/// others dimmed; each action edge a button, enabled only when EC2 would take it now; transitional
/// states show their progress as the simulated clock runs.
#[component]
pub fn LifecycleDiagram() -> Html {
    let lang = use_lang();
    let reason = use_state(|| None::<String>);
    let scroll_ref = use_node_ref();
    let store = use_lab();
    // On a phone the diagram is wider than its box and scrolls sideways: keep the lit state in view
    // as the instance moves (after Terminate it is at the far right).
    let lit_x = store.as_ref().and_then(|s| {
        let lab = s.read();
        let i = lab
            .selected
            .as_deref()
            .and_then(|id| lab.world.instance(id))?;
        Some(Node::of_phase(i.phase(lab.world.now()).phase).centre().0)
    });
    {
        let scroll_ref = scroll_ref.clone();
        use_effect_with(lit_x, move |x| {
            if let (Some(x), Some(el)) = (x, scroll_ref.cast::<web_sys::Element>()) {
                let (scroll, client) = (f64::from(el.scroll_width()), f64::from(el.client_width()));
                if scroll > client {
                    el.set_scroll_left((x / VIEW_WIDTH * scroll - client / 2.0).max(0.0) as i32);
                }
            }
        });
    }
    let Some(store) = store else {
        return html! {};
    };
    let lab = store.read();
    let world = &lab.world;
    let instance: Option<&Instance> = lab.selected.as_deref().and_then(|id| world.instance(id));
    let view = instance.map(|i| i.phase(world.now()));
    let current = view.map(|v| Node::of_phase(v.phase));

    let node = |n: Node| {
        let (cx, cy) = n.centre();
        let (x, y) = (cx - NODE_WIDTH / 2.0, cy - NODE_HEIGHT / 2.0);
        let is_current = current == Some(n);
        let progress = view.filter(|_| is_current).and_then(|v| v.progress);
        let class = classes!(
            "node",
            if n.is_reached() {
                "reached"
            } else {
                "transitional"
            },
            is_current.then_some("current"),
            (current.is_some() && !is_current).then_some("dimmed"),
        );
        html! {
            <g class={class} aria-current={is_current.then_some("step")}>
                <rect x={x.to_string()} y={y.to_string()} width={NODE_WIDTH.to_string()}
                    height={NODE_HEIGHT.to_string()} rx="10" />
                // Centred alone (English), or above the Korean term.
                <text x={cx.to_string()} y={(if lang.lang == Lang::Ko { cy - 4.0 } else { cy + 5.0 }).to_string()}
                    class="node-id">{ n.id() }</text>
                if lang.lang == Lang::Ko {
                    <text x={cx.to_string()} y={(cy + 14.0).to_string()} class="node-term">{ lang.t(n.term()) }</text>
                }
                if is_current {
                    <text x={(x + 8.0).to_string()} y={(y - 6.0).to_string()} class="now-marker">{ "● " }{ lang.t(Text::DiagramNow) }</text>
                }
                if let Some(p) = progress {
                    <rect class="progress-track" x={(x + 8.0).to_string()} y={(y + NODE_HEIGHT - 8.0).to_string()}
                        width={(NODE_WIDTH - 16.0).to_string()} height="4" rx="2" />
                    <rect class="progress-bar" x={(x + 8.0).to_string()} y={(y + NODE_HEIGHT - 8.0).to_string()}
                        width={((NODE_WIDTH - 16.0) * p).to_string()} height="4" rx="2" />
                }
            </g>
        }
    };

    // Action edges that share a label position (stop and hibernate) are laid side by side.
    let edges: Vec<Edge> = edges_for(instance).collect();
    // (action, EC2's English refusal, what it means in the learner's language when not English).
    let mut unavailable: Vec<(String, String, Option<&str>)> = Vec::new();
    let mut buttons = Vec::new();
    for (index, edge) in edges.iter().enumerate() {
        let (_, (lx, ly)) = edge.geometry();
        let Trigger::Action(action) = edge.trigger else {
            continue;
        };
        let siblings: Vec<&Edge> = edges
            .iter()
            .filter(|e| {
                e.from == edge.from && e.to == edge.to && matches!(e.trigger, Trigger::Action(_))
            })
            .collect();
        let slot = siblings.iter().position(|e| *e == edge).unwrap_or(0) as f64;
        let offset = (slot - (siblings.len() as f64 - 1.0) / 2.0) * (BUTTON_HEIGHT + 4.0);
        let label = lang.t(action_label(action));
        let status = instance.map(|i| edge_status(world, i, *edge));
        let available = matches!(status, Some(Ok(())));
        // EC2's refusal is English; in Korean, what it means goes beside it (and alone, with the
        // code, in the button's tooltip, which cannot mark part of itself as English).
        let refusal = match &status {
            Some(Err(Unavailable::Refused(e))) => Some((
                format!("{}: {}", e.code, e.message),
                lifecycle_refusal_gloss(lang.lang, &e.code),
                e.code.clone(),
            )),
            _ => None,
        };
        let why = match &status {
            Some(Err(Unavailable::Refused(_))) => refusal.as_ref().map(|(english, gloss, _)| {
                gloss.map_or_else(|| english.clone(), |g| format!("{english} {g}"))
            }),
            Some(Err(Unavailable::NotFromHere { current })) => {
                Some(not_from_here(lang.lang, current.id(), edge.from.id()))
            }
            Some(Err(Unavailable::NoEffect)) => Some(lang.t(Text::NoEffectNow).to_owned()),
            Some(Ok(())) | None => None,
        };
        // List refusals that teach something; "not from here" would repeat for every edge.
        if let (Some((english, gloss, _)), Some(_)) = (&refusal, current) {
            unavailable.push((label.to_owned(), english.clone(), *gloss));
        }
        let onclick = {
            let (store, reason, why) = (store.clone(), reason.clone(), why.clone());
            let id = instance.map(|i| i.id.clone());
            move |_| match (&id, &why) {
                (Some(id), None) => {
                    reason.set(None);
                    store.dispatch(LabAction::Act {
                        ids: vec![id.clone()],
                        action,
                    });
                }
                (_, Some(why)) => reason.set(Some(why.clone())),
                (None, None) => {}
            }
        };
        let title = match &refusal {
            Some((_, Some(gloss), code)) => Some(format!("{gloss} ({code})")),
            _ => why.clone(),
        };
        let name = edge_button_name(lang.lang, label, edge.from.id(), edge.to.id(), available);
        // HTML buttons laid over the SVG (Yew would create them in the SVG namespace inside a
        // foreignObject, where they are neither drawn nor buttons), placed in the SVG's proportions.
        let style = format!(
            "left:{:.2}%;top:{:.2}%",
            lx / VIEW_WIDTH * 100.0,
            (ly + offset) / VIEW_HEIGHT * 100.0
        );
        buttons.push(html! {
            <button key={index} type="button" {style}
                class={classes!("edge-button", (!available).then_some("unavailable"))}
                aria-disabled={(!available).to_string()} aria-label={name} {title}
                disabled={instance.is_none()} {onclick}>
                { label }
            </button>
        });
    }

    let paths = edges.iter().filter(|e| {
        // One arrow per pair of nodes.
        edges.iter().find(|o| o.from == e.from && o.to == e.to) == Some(*e)
    }).map(|e| {
        let (d, (lx, ly)) = e.geometry();
        let auto = e.trigger == Trigger::Time
            && !edges.iter().any(|o| o.from == e.from && o.to == e.to && o.trigger != Trigger::Time);
        html! {
            <>
                <path d={d} class={classes!("edge", (e.trigger == Trigger::Time).then_some("timed"))} marker-end="url(#arrow)" />
                if auto {
                    <text x={lx.to_string()} y={ly.to_string()} class="edge-auto">{ lang.t(Text::ByItself) }</text>
                }
            </>
        }
    });

    // The SVG is a picture; what it shows is said in words for screen readers.
    let current_text = current.map(|n| current_state_is(lang.lang, n.id(), lang.t(n.term())));
    let progress_text = view.and_then(|v| {
        let p = v.progress?;
        let to = match current? {
            Node::Pending | Node::Rebooting => "running",
            Node::Stopping => "stopped",
            Node::ShuttingDown => "terminated",
            _ => return None,
        };
        Some(progress_toward(lang.lang, (p * 100.0).round() as u32, to))
    });

    html! {
        <section class="diagram" aria-labelledby="diagram-heading">
            <h2 id="diagram-heading">
                { lang.t(Text::DiagramHeading) }
                if let Some(i) = instance { { ": " }<code>{ &i.id }</code> }
            </h2>
            if instance.is_none() {
                <p class="note">{ lang.t(Text::DiagramNoSelection) }</p>
            }
            <div class="diagram-scroll" ref={scroll_ref}><div class="diagram-canvas">
            <svg viewBox={VIEW_BOX} class="lifecycle" aria-hidden="true">
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 L10 5 L0 10 z" class="arrow-head" />
                    </marker>
                </defs>
                { for paths }
                { for Node::ALL.into_iter().map(node) }
            </svg>
            <div class="edge-buttons" role="group" aria-label={lang.t(Text::DiagramActions)}>{ for buttons }</div>
            </div></div>
            <p class="sr-only">{ current_text }</p>
            <p class="status" role="status">
                { progress_text.unwrap_or_default() }
            </p>
            if let Some(why) = &*reason {
                <p class="field-error" role="alert">{ why }</p>
            }
            <ul class="legend">
                <li><span class="swatch reached" aria-hidden="true"></span>{ lang.t(Text::LegendReached) }</li>
                <li><span class="swatch transitional" aria-hidden="true"></span>{ lang.t(Text::LegendTransitional) }</li>
                <li>{ lang.t(Text::RebootingIsAPhase) }</li>
            </ul>
            if !unavailable.is_empty() {
                <h3>{ lang.t(Text::WhyNotNow) }</h3>
                <ul class="why-not">
                    { for unavailable.iter().map(|(label, why, gloss)| html! {
                        <li>
                            <strong>{ label }</strong>{ ": " }<span lang="en">{ why }</span>
                            if let Some(gloss) = gloss { { " " }{ *gloss } }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
