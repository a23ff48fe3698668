// The "get images offline" route. Everything works without this file: each question is a GET
// form and each route an address. With it: the questions stay on one page (the next screen is
// fetched and swapped in, the address updated in place, focus moved to the new heading and the
// change announced), and the evidence note and the notice helper can be filled in.
//
// History: the address is replaced, never added, so the whole route is one entry in the tab's
// history. Back leads to where the person came from, not through every answer, and after the
// quick exit no entry holds the route (docs/get-it-offline.md). "Previous question" and "Change"
// go back inside the route.
//
// Privacy: what a person types in the note or the notice is composed here, on the device. The
// inputs have no name and the forms no action (submitting is prevented too), so nothing typed
// is in any request. Nothing is stored unless the person chooses "Keep on this device" after a
// warning; the quick exit (site.js) removes every key starting with "veiliginbeeld:".
(function () {
  "use strict";

  var NOTE_KEY = "veiliginbeeld:evidence-note";
  var root = document.querySelector("[data-offline-route]");
  if (!root) return;
  var status = root.querySelector("[data-offline-status]");

  function storage() {
    try {
      return window.localStorage;
    } catch (error) {
      return null; // storage switched off: keeping is simply not offered
    }
  }

  function setStatus(form, message) {
    var element = form.querySelector("[data-tool-status]");
    if (element) element.textContent = message || "";
  }

  function copy(form, text, button) {
    var done = function () { setStatus(form, button.getAttribute("data-copied")); };
    var failed = function () { setStatus(form, button.getAttribute("data-copy-failed")); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  }

  function labelOf(form, input) {
    var label = form.querySelector('label[for="' + input.id + '"]');
    return label ? label.textContent.trim() : "";
  }

  function showForm(tool) {
    var form = tool.querySelector("[data-tool-form]");
    var list = tool.querySelector("[data-tool-list]");
    if (!form) return null;
    form.hidden = false;
    if (list) list.hidden = true;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var print = form.querySelector("[data-tool-print]");
    if (print) print.addEventListener("click", function () { window.print(); });
    return form;
  }

  function setUpEvidenceNote(tool) {
    var form = showForm(tool);
    if (!form) return;
    var fields = Array.prototype.slice.call(form.querySelectorAll("[data-note-field]"));
    var store = storage();
    var keep = form.querySelector("[data-keep-ask]");
    var warning = form.querySelector("[data-keep-warning]");
    var forget = form.querySelector("[data-keep-forget]");
    var statusElement = form.querySelector("[data-tool-status]");

    function text() {
      return fields
        .filter(function (input) { return input.value.trim(); })
        .map(function (input) { return labelOf(form, input) + ": " + input.value.trim(); })
        .join("\n");
    }
    function save() {
      if (!store || !store.getItem(NOTE_KEY)) return;
      var values = {};
      fields.forEach(function (input) { values[input.id] = input.value; });
      store.setItem(NOTE_KEY, JSON.stringify(values));
    }
    function showKept(kept) {
      keep.hidden = kept;
      warning.hidden = true;
      forget.hidden = !kept;
    }

    if (!store) {
      keep.hidden = true;
    } else if (store.getItem(NOTE_KEY)) {
      try {
        var kept = JSON.parse(store.getItem(NOTE_KEY)) || {};
        fields.forEach(function (input) { if (typeof kept[input.id] === "string") input.value = kept[input.id]; });
      } catch (error) {
        store.removeItem(NOTE_KEY);
      }
      showKept(Boolean(store.getItem(NOTE_KEY)));
    }
    fields.forEach(function (input) { input.addEventListener("input", save); });
    keep.addEventListener("click", function () {
      warning.hidden = false;
      warning.querySelector("[data-keep-yes]").focus();
    });
    warning.querySelector("[data-keep-no]").addEventListener("click", function () {
      warning.hidden = true;
      keep.focus();
    });
    warning.querySelector("[data-keep-yes]").addEventListener("click", function () {
      store.setItem(NOTE_KEY, "{}");
      save();
      showKept(true);
      setStatus(form, statusElement.getAttribute("data-kept"));
      forget.focus();
    });
    forget.addEventListener("click", function () {
      store.removeItem(NOTE_KEY);
      showKept(false);
      setStatus(form, statusElement.getAttribute("data-forgotten"));
      keep.focus();
    });
    form.querySelector("[data-tool-copy]").addEventListener("click", function (event) {
      copy(form, text(), event.currentTarget);
    });
  }

  function setUpNoticeHelper(tool) {
    var form = showForm(tool);
    if (!form) return;
    var output = form.querySelector("[data-notice-output]");
    var reason = form.querySelector("[data-notice-reason]");
    function value(name) {
      var input = form.querySelector('[data-notice-field="' + name + '"]');
      return input ? input.value.trim() : "";
    }
    function attr(name) { return form.getAttribute("data-notice-" + name) || ""; }
    function compose() {
      var lines = [attr("title"), ""];
      if (value("platform")) lines.push(attr("to") + ": " + value("platform"), "");
      lines.push(attr("reason") + ":", reason.textContent.trim());
      if (value("details")) lines.push(value("details"));
      lines.push("", attr("urls") + ":");
      value("urls").split(/\s+/).filter(Boolean).forEach(function (url) { lines.push("- " + url); });
      lines.push("");
      if (form.querySelector('[data-notice-field="name"]')) {
        var sender = [value("name"), value("email")].filter(Boolean).join(", ");
        if (sender) lines.push(attr("sender") + ": " + sender, "");
      } else {
        lines.push(attr("no-name"), "");
      }
      lines.push(attr("statement"));
      output.value = lines.join("\n");
    }
    form.addEventListener("input", compose);
    compose();
    form.querySelector("[data-tool-copy]").addEventListener("click", function (event) {
      compose();
      copy(form, output.value, event.currentTarget);
    });
  }

  function setUpTools(scope) {
    scope.querySelectorAll("[data-evidence-note]").forEach(setUpEvidenceNote);
    scope.querySelectorAll("[data-notice-helper]").forEach(setUpNoticeHelper);
  }

  // One page: fetch the next screen (the same address a GET form would open) and swap it in.
  function show(url) {
    return window
      .fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").querySelector("[data-offline-route]");
        if (!next) {
          window.location.assign(url);
          return;
        }
        root.querySelector("[data-offline-content]").replaceWith(next.querySelector("[data-offline-content]"));
        window.history.replaceState({ offline: true }, "", url);
        var heading = root.querySelector("#offline-heading");
        if (status && heading) status.textContent = heading.textContent.trim();
        if (heading) heading.focus();
        setUpTools(root);
      })
      .catch(function () { window.location.assign(url); });
  }

  root.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-offline-form]");
    if (!form) return;
    event.preventDefault();
    // The action ends in #offline-heading (without JavaScript the new page opens at the question).
    var url = new URL(form.action);
    url.search = new URLSearchParams(new FormData(form)).toString();
    show(url.href);
  });
  root.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-offline-link]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    show(link.href);
  });
  setUpTools(root);
})();
