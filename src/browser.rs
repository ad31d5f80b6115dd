//! The few browser calls the app makes, each failing soft: a blocked `localStorage` (private mode,
//! quota) or a missing element must never panic the app.

use crate::store::backup::LANG_KEY;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn load_setting(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Returns false when the browser refused to store it.
pub fn save_setting(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove_setting(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn saved_lang() -> Option<String> {
    load_setting(LANG_KEY)
}

pub fn save_lang(code: &str) -> bool {
    save_setting(LANG_KEY, code)
}

/// `navigator.language`, e.g. "ko-KR".
pub fn browser_language() -> Option<String> {
    window()?.navigator().language()
}

/// Keeps `<html lang>` and the tab title in step with the UI language, for screen readers and fonts.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        document.set_title(title);
    }
}

/// Sets `<html data-theme>` (the stylesheet's switch between light and dark), or removes it to follow
/// the system.
pub fn set_document_theme(code: Option<&str>) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match code {
        Some(code) => root.set_attribute("data-theme", code),
        None => root.remove_attribute("data-theme"),
    };
}

/// A promise a start-up script left on `window` under this name, if there is one.
pub fn window_promise(name: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let window: wasm_bindgen::JsValue = window()?.into();
    let value = js_sys::Reflect::get(&window, &name.into()).ok()?;
    value.dyn_into::<js_sys::Promise>().ok()
}

/// True when the page has an element with this id.
pub fn has_element(id: &str) -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .is_some()
}

/// Removes the element with this id, if there is one.
pub fn remove_element(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.remove();
    }
}

pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Copies text to the clipboard; silently does nothing where the browser does not allow it.
pub fn copy_text(text: &str) {
    if let Some(window) = window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

/// Calls `f` when the page is hidden or left (`visibilitychange`, `pagehide`), the last moment a tab
/// can be relied on to run code: a reload, closing the tab, switching away on a phone. Stops listening
/// when the returned guard is dropped.
pub fn on_page_hidden(f: impl Fn() + 'static) -> Option<PageHiddenListener> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let window = window()?;
    let document = window.document()?;
    let callback = Closure::<dyn Fn()>::new(f);
    let function: &web_sys::js_sys::Function = callback.as_ref().unchecked_ref();
    window
        .add_event_listener_with_callback("pagehide", function)
        .ok()?;
    document
        .add_event_listener_with_callback("visibilitychange", function)
        .ok()?;
    Some(PageHiddenListener {
        window,
        document,
        callback,
    })
}

pub struct PageHiddenListener {
    window: web_sys::Window,
    document: web_sys::Document,
    callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for PageHiddenListener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        let function: &web_sys::js_sys::Function = self.callback.as_ref().unchecked_ref();
        let _ = self
            .window
            .remove_event_listener_with_callback("pagehide", function);
        let _ = self
            .document
            .remove_event_listener_with_callback("visibilitychange", function);
    }
}

/// Starts again from what storage holds (after an import or a reset).
pub fn reload_page() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}

/// The browser's clock as ISO 8601, e.g. "2026-11-27T23:10:00.000Z".
/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

pub fn now_iso() -> String {
    String::from(web_sys::js_sys::Date::new_0().to_iso_string())
}

/// Offers `text` as a file download named `file_name`.
pub fn download_text(file_name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = web_sys::js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The text of the first file chosen in a file input, if any could be read.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}
