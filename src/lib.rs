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
pub mod sim;
pub mod store;
pub mod units;

/// Mounts the app on `<body>`, in place of the pre-rendered home page the built `index.html` carries
/// (`examples/prerender.rs`). Both happen in one task, so the browser never paints an empty page.
pub fn start() {
    browser::remove_element(PRERENDER_ID);
    yew::Renderer::<app::App>::new().render();
}

/// The element `scripts/postbuild.mjs` wraps the pre-rendered page in.
pub const PRERENDER_ID: &str = "prerender";
