use yew::prelude::*;
use yew_router::Routable;

use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::route::Route;

#[component]
pub fn NotFoundPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ lang.t(Text::NotFoundTitle) }</h1>
            <p>{ lang.t(Text::NotFoundBody) }</p>
            <p><a href={format!("#{}", Route::Home.to_path())}>{ lang.t(Text::BackHome) }</a></p>
        </>
    }
}
