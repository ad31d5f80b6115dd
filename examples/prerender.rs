//! Renders the home page, in English and in Korean, to static HTML for `scripts/postbuild.mjs` to put in
//! the built `index.html`. The browser then paints the page before the WebAssembly has downloaded; the
//! app replaces it when it starts (`ec2_lab::start`). Run by `scripts/lib.sh`'s `build_release`:
//! `cargo run --quiet --example prerender > target/prerender.html`.
//!
//! Only the home page is rendered: it is the one address with no hash, and it reads nothing from the
//! learner's saved state. A deep link (`#/lab`) shows the pre-rendered header and footer only
//! (`assets/boot.js` marks the page so the stylesheet hides the home page's content).

use ec2_lab::i18n::Lang;

// The same shell the rendering tests render; its component markers would stay in the page as comment
// nodes for nothing.
#[path = "../tests/support/shell_html.rs"]
mod shell_html;
use shell_html::{render_shell, without_markers};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut out = String::new();
    for lang in [Lang::En, Lang::Ko] {
        let html = render_shell("/", lang).await;
        out.push_str(&format!(
            "<div class=\"prerender-{code}\" lang=\"{code}\">{}</div>\n",
            without_markers(&html),
            code = lang.code()
        ));
    }
    print!("{out}");
}
