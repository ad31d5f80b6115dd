//! The server renderer's component markers (`<!--<[Link]>-->`) taken out of its HTML. Shared by the
//! rendering tests (tests/support) and the home page pre-render (examples/prerender.rs).

/// HTML without the renderer's component markers.
pub fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    out
}
