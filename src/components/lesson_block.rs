use yew::prelude::*;

use super::lesson_text::{plain_text, rich_text};
use super::LessonCallout;
use crate::content::lessons::Block;
use crate::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct LessonBlockProps {
    pub block: &'static Block,
    /// Names a table that has no caption of its own (the section's heading): every table gets a
    /// caption, shown only for screen readers when it would repeat the heading.
    pub fallback_caption: &'static str,
}

/// One block of a lesson section: paragraph, bullets, steps, table, callout or code.
#[component]
pub fn LessonBlock(props: &LessonBlockProps) -> Html {
    let lang = use_lang().lang;
    match props.block {
        Block::Paragraph { text } => html! { <p>{ rich_text(text.get(lang)) }</p> },
        Block::Bullets { items } => html! {
            <ul class="lesson-list-items">
                { for items.iter().map(|item| html! { <li>{ rich_text(item.get(lang)) }</li> }) }
            </ul>
        },
        Block::Steps { items } => html! {
            <ol class="lesson-steps">
                { for items.iter().map(|item| html! { <li>{ rich_text(item.get(lang)) }</li> }) }
            </ol>
        },
        Block::Table {
            caption,
            header,
            rows,
        } => {
            let (caption, caption_class) = match caption {
                Some(caption) => (caption.get(lang), None),
                None => (props.fallback_caption, Some("visually-hidden")),
            };
            html! {
                // Scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too.
                <div class="table-scroll lesson-table" tabindex="0" role="region" aria-label={plain_text(caption)}>
                    <table>
                        <caption class={classes!(caption_class)}>{ rich_text(caption) }</caption>
                        <thead>
                            <tr>
                                { for header.iter().map(|cell| html! {
                                    <th scope="col">{ rich_text(cell.get(lang)) }</th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr>
                                    { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                        html! { <th scope="row">{ rich_text(cell.get(lang)) }</th> }
                                    } else {
                                        html! { <td>{ rich_text(cell.get(lang)) }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        }
        Block::Callout { tone, title, text } => html! {
            <LessonCallout
                tone={*tone}
                title={title.as_ref().map(|title| title.get(lang))}
                text={text.get(lang)}
            />
        },
        Block::Code { code, caption } => html! {
            <figure class="code-block">
                <pre translate="no"><code>{ code.as_str() }</code></pre>
                if let Some(caption) = caption {
                    <figcaption>{ rich_text(caption.get(lang)) }</figcaption>
                }
            </figure>
        },
    }
}
