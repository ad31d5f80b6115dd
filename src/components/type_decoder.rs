use yew::prelude::*;

use crate::components::form_events::input_value;
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::{Lang, Text};
use crate::sim::decode::{self, DecodedName, Text as BilingualText};
use crate::units::format_gib;

#[derive(Properties, PartialEq)]
pub struct TypeDecoderProps {
    /// The name in the input (the page holds it, so picking a type in the explorer fills it in).
    pub name: String,
    pub on_change: Callback<String>,
}

fn pick(lang: Lang, text: &BilingualText) -> &str {
    match lang {
        Lang::En => &text.en,
        Lang::Ko => &text.ko,
    }
}

/// Type a name and see each part explained; a misspelt name gets the nearest real one suggested.
#[component]
pub fn TypeDecoder(props: &TypeDecoderProps) -> Html {
    let lang = use_lang();
    let on_input = {
        let on_change = props.on_change.clone();
        move |e: InputEvent| on_change.emit(input_value(&e))
    };
    let suggestion = |name: &'static str| {
        let on_change = props.on_change.clone();
        html! {
            <p class="suggestion">
                { lang.t(Text::DidYouMean) }{ " " }
                <button type="button" class="link" onclick={move |_| on_change.emit(name.to_owned())}>
                    <code>{ name }</code>
                </button>
                { if lang.lang == Lang::En { "?" } else { "" } }
            </p>
        }
    };
    let result = if props.name.trim().is_empty() {
        html! {}
    } else {
        match decode::decode(&props.name) {
            Ok(decoded) => html! {
                <>
                    { decoded_view(lang.lang, &decoded) }
                    if let Some(name) = decoded.suggestion { { suggestion(name) } }
                </>
            },
            Err(error) => html! {
                <>
                    <p class="field-error" id="decoder-error">{ pick(lang.lang, &error.message()).to_owned() }</p>
                    if let Some(name) = decode::suggest(&props.name) { { suggestion(name) } }
                </>
            },
        }
    };
    html! {
        <section class="decoder" aria-labelledby="decoder-heading">
            <h2 id="decoder-heading">{ lang.t(Text::DecoderHeading) }</h2>
            <div class="field">
                <label for="decoder-input">{ lang.t(Text::DecoderLabel) }</label>
                <input id="decoder-input" type="text" value={props.name.clone()} autocomplete="off"
                    spellcheck="false" placeholder="c7gn.xlarge" aria-describedby="decoder-hint"
                    oninput={on_input} />
                <span id="decoder-hint" class="hint">{ lang.t(Text::DecoderHint) }</span>
            </div>
            <div aria-live="polite">{ result }</div>
        </section>
    }
}

/// The name with each part underlined and the separators between them (`.`, `-`) kept, so
/// `u-3tb1.56xlarge` does not read as "u 3tb 1 56xlarge".
fn name_strip(decoded: &DecodedName) -> Html {
    let mut rest = decoded.name.as_str();
    let mut pieces = Vec::new();
    for part in &decoded.parts {
        let at = rest.find(part.text.as_str()).unwrap_or(0);
        if at > 0 {
            pieces.push(html! { <span class="name-sep">{ &rest[..at] }</span> });
        }
        pieces.push(html! { <span class="name-part">{ &part.text }</span> });
        rest = rest.get(at + part.text.len()..).unwrap_or_default();
    }
    pieces.into_iter().collect()
}

fn decoded_view(lang: Lang, decoded: &DecodedName) -> Html {
    let ladder = decode::size_ladder(&decoded.family);
    html! {
        <div class="decoded">
            <p class="decoded-name" aria-hidden="true">{ name_strip(decoded) }</p>
            <dl class="name-parts">
                { for decoded.parts.iter().map(|part| html! {
                    <>
                        <dt><code>{ &part.text }</code></dt>
                        <dd>{ pick(lang, &part.meaning).to_owned() }</dd>
                    </>
                }) }
            </dl>
            <p>{ pick(lang, &decoded.summary).to_owned() }</p>
            if !decoded.in_catalogue() {
                <p class="note">{ lang.t(Text::DecoderNotInCatalogue) }</p>
            }
            if ladder.len() > 1 {
                <h3>{ lang.t(Text::SizeLadderHeading) }{ format!(": {}", decoded.family) }</h3>
                <ScrollRegion name={lang.t(Text::SizeLadderHeading)}>
                    <table class="ladder">
                        <thead>
                            <tr>
                                <th scope="col">{ lang.t(Text::ColumnSize) }</th>
                                <th scope="col">{ lang.t(Text::ColumnVcpus) }</th>
                                <th scope="col">{ lang.t(Text::ColumnMemory) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for ladder.iter().map(|t| {
                                let current = t.name == decoded.name;
                                html! {
                                    <tr key={t.name.clone()} class={classes!(current.then_some("current"))}
                                        aria-current={current.then_some("true")}>
                                        <th scope="row"><code>{ &t.name }</code></th>
                                        <td class="num">{ t.vcpus }</td>
                                        <td class="num">{ format_gib(t.memory_mib) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </ScrollRegion>
            }
        </div>
    }
}
