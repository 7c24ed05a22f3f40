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

  /* Filters: 城市 and 区县 follow the chosen 省份 at once (without the script, the form submits
     and the server lists that province's places); empty fields are left out of the URL. */
  var province = document.querySelector("select[name=province]");
  function narrow() {
    var chosen = province.value;
    var missing = false;
    document.querySelectorAll("select[data-follows=province]").forEach(function (select) {
      var shown = 0;
      Array.prototype.forEach.call(select.options, function (option) {
        var own = option.getAttribute("data-province");
        var keep = !option.value || !chosen || own === chosen;
        option.hidden = !keep;
        option.disabled = !keep;
        if (keep && option.value) shown += 1;
        if (!keep && option.selected) select.value = "";
      });
      if (chosen && !shown) missing = true;
    });
    return missing;
  }
  if (province) {
    narrow();
    province.addEventListener("change", function () {
      // The server listed another province's places only: ask it for this one's.
      if (narrow() && province.form) province.form.requestSubmit ? province.form.requestSubmit() : province.form.submit();
    });
  }
  document.querySelectorAll("form[method=get]").forEach(function (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && !field.value && !field.disabled) field.disabled = true;
      });
      setTimeout(function () {  // back-forward cache: give the fields back
        Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
      }, 0);
    });
  });
})();
