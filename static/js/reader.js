/* Reader tools on case pages: font size remembered across pages, print, copy link and citation.
   The page reads fine without this script; the tools stay hidden until it runs. */
(function () {
  "use strict";
  var KEY = "showcase-font-size";
  var root = document.documentElement;

  function apply(size) {
    root.setAttribute("data-font-size", size);
    document.querySelectorAll("[data-font-size]").forEach(function (button) {
      if (button.tagName === "BUTTON") {
        button.setAttribute("aria-pressed", String(button.getAttribute("data-font-size") === size));
      }
    });
  }

  function remembered() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function copy(text, button) {
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied") || "已复制";
      setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else {
      fallback(text);
      done();
    }
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  apply(remembered() || "medium");

  document.querySelectorAll("[data-reader-tools], [data-copy-from]").forEach(function (el) { el.hidden = false; });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-font-size")) {
      var size = button.getAttribute("data-font-size");
      try { localStorage.setItem(KEY, size); } catch (e) { /* private mode: this page only */ }
      apply(size);
    } else if (button.hasAttribute("data-print")) {
      window.print();
    } else if (button.hasAttribute("data-copy")) {
      copy(button.getAttribute("data-copy"), button);
    } else if (button.hasAttribute("data-copy-from")) {
      copy(document.getElementById(button.getAttribute("data-copy-from")).textContent.trim(), button);
    }
  });
})();
