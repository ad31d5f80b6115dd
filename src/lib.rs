//! EC2 Lab: a faithful EC2 simulator (`sim`, pure Rust, no browser APIs) and the Yew app around it.
//!
//! Layout: `app` (root and shell), `route` (the pages' URLs), `pages/` (one per route),
//! `components/` (shared pieces), `hooks/`, `i18n/` (Korean and English strings), `browser`
//! (the few browser calls, failing soft), `sim/` (the engine).

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod diagram;
pub mod hooks;
pub mod i18n;
pub mod launch;
pub mod pages;
pub mod quiz;
pub mod route;
pub mod serde_fields;
pub mod sim;
pub mod sorting;
pub mod store;
pub mod units;

/// Mounts the app on `<body>`, in place of the pre-rendered home page the built `index.html` carries
/// (`examples/prerender.rs`). Removing it and mounting happen in one task, so the browser never paints
/// an empty page; and they wait until the browser has shown the pre-rendered page (`assets/boot.js`:
/// `ec2labShown`), so the learner's first sight of the page is never thrown away unseen, and Chrome
/// counts it as the largest contentful paint instead of the app's identical copy a moment later.
/// The mount is a task of its own after the module's start-up; the pre-render stays in place until it,
/// so a frame drawn in between still shows the page.
pub fn start() {
    let mount = || {
        browser::remove_element(PRERENDER_ID);
        yew::Renderer::<app::App>::new().render();
    };
    match browser::window_promise("ec2labShown") {
        Some(shown) if browser::has_element(PRERENDER_ID) => {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(shown).await;
                // The first render in a task of its own, not the module's start-up's: on a phone each
                // is long, and apart neither holds up a tap or a frame for as long as both together.
                gloo_timers::callback::Timeout::new(0, mount).forget();
            })
        }
        _ => mount(),
    }
}

/// The element `scripts/postbuild.mjs` wraps the pre-rendered page in.
pub const PRERENDER_ID: &str = "prerender";
