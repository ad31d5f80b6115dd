// Runs before the first paint, while the WebAssembly downloads. The built index.html holds the home page
// pre-rendered in English and in Korean (scripts/postbuild.mjs); this picks the language and theme the
// app will start with (src/app.rs: initial_lang, initial_theme) so the page does not flash the wrong
// ones, and marks a deep link (#/lab, …) so the stylesheet shows only the header and footer until the
// app draws the page asked for. Nothing here is needed once the app runs; it removes the pre-render.
// Keep the storage keys and rules in step with src/store/backup.rs and src/app.rs.
(function () {
  var root = document.documentElement;
  function saved(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null; // storage blocked: the app falls back the same way
    }
  }
  var lang = saved("ec2-lab/v1/lang");
  if (lang !== "en" && lang !== "ko") {
    var tag = (navigator.language || "").split(/[-_]/)[0].toLowerCase();
    lang = tag === "ko" ? "ko" : "en";
  }
  root.lang = lang;
  var theme = saved("ec2-lab/v1/theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  var hash = window.location.hash;
  if (hash.indexOf("#/") !== 0) {
    // The router would make this very replacement as it starts (gloo-history's HashHistory), and then
    // draw the whole page a second time; done here, before the app, it costs nothing.
    window.history.replaceState(window.history.state, "", "#/");
  } else if (hash !== "#/") {
    root.setAttribute("data-deep-link", "");
  }

  // Resolves once the browser has shown the whole pre-rendered page: a frame has been drawn after the page
  // was parsed, and (where the browser reports it) the largest contentful paint has been recorded. The app
  // mounts then (src/lib.rs), so it never throws away a paint before the browser has shown and counted it.
  // No short timer: on a busy phone the first frame can come after the module is ready, and mounting first
  // made the app's copy of the page the largest paint, seconds later (Lighthouse: 5.3 s, not 1.2 s). A page
  // loaded out of sight draws nothing, so it mounts at once; the long timer only guards against a browser
  // that never reports a paint.
  window.ec2labShown = new Promise(function (resolve) {
    if (document.visibilityState === "hidden") return resolve();
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") resolve();
    });
    window.setTimeout(resolve, 3000);
    var waiting = 1;
    function done() {
      waiting -= 1;
      if (waiting === 0) resolve();
    }
    document.addEventListener("DOMContentLoaded", function () {
      window.requestAnimationFrame(function () {
        window.setTimeout(done, 0); // after the frame's paint
      });
    });
    try {
      if ((PerformanceObserver.supportedEntryTypes || []).indexOf("largest-contentful-paint") >= 0) {
        new PerformanceObserver(function (list, observer) {
          observer.disconnect();
          done();
        }).observe({ type: "largest-contentful-paint", buffered: true });
        waiting += 1; // only once observing (its entries arrive in a later task)
      }
    } catch (e) {
      // no PerformanceObserver: the frame alone
    }
  });
})();
