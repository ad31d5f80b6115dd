use yew::prelude::*;

use crate::components::{TypeDecoder, TypeExplorer};
use crate::hooks::use_lang;
use crate::i18n::Text;

/// The instance-type explorer and name decoder (issue 5). Picking a type in the table decodes it.
#[component]
pub fn InstanceTypesPage() -> Html {
    let lang = use_lang();
    let name = use_state(|| "c7gn.xlarge".to_owned());
    let on_change = {
        let name = name.clone();
        Callback::from(move |next: String| name.set(next))
    };
    let on_pick = {
        let name = name.clone();
        Callback::from(move |next: String| {
            name.set(next);
            crate::browser::focus_element("decoder-input");
        })
    };
    html! {
        <>
            <h1>{ lang.t(Text::TypesTitle) }</h1>
            <p class="lead">{ lang.t(Text::TypesIntro) }</p>
            <TypeDecoder name={(*name).clone()} {on_change} />
            <TypeExplorer {on_pick} />
        </>
    }
}
