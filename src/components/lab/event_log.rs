use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{event_is_verbatim_english, event_text, Text};
use crate::sim::clock::clock_time;
use crate::store::use_lab;

const SHOWN: usize = 40;

/// Every action and state change with its simulated time, in the learner's language; API actions
/// with their AWS CLI command, which the learner can copy. Lines that are English in any language
/// (saved before events were structured, shell commands) are marked `lang="en"`.
#[component]
pub fn EventLog() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let events: Vec<_> = lab.world.events().rev().take(SHOWN).collect();
    html! {
        <section class="event-log" aria-labelledby="events-heading">
            <h2 id="events-heading">{ lang.t(Text::EventLogHeading) }</h2>
            if events.is_empty() {
                <p class="note">{ lang.t(Text::NoEvents) }</p>
            } else {
                <ol reversed=true>
                    { for events.into_iter().map(|e| html! {
                        <li key={e.seq}>
                            <time>{ clock_time(e.time) }</time>{ " " }
                            <span class="event-message"
                                lang={event_is_verbatim_english(&e.message).then_some("en")}>
                                { event_text(lang.lang, &e.message) }
                            </span>
                            if let Some(cli) = &e.cli {
                                <div class="cli-line">
                                    <code>{ cli }</code>
                                    <button type="button" class="icon-text"
                                        onclick={{ let cli = cli.clone(); move |_| crate::browser::copy_text(&cli) }}>
                                        { lang.t(Text::CopyCommand) }
                                    </button>
                                </div>
                            }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}
