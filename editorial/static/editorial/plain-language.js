// The plain-language (B1) check in the Wagtail editor. While an editor types,
// the text of every field in every site language is sent to the server, which
// answers with scores and advice (editorial/readability_views.py); for a
// language without a readability formula (Turkish, Arabic) it says so instead
// of giving a score. It only advises: nothing here stops saving or publishing.
(function () {
  "use strict";
  // The admin loads this in <head>: remember the script tag now, start when the form exists.
  var script = document.currentScript;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { start(script); });
  } else {
    start(script);
  }
})();

function start(script) {
  "use strict";
  var form = document.querySelector("form[data-edit-form]");
  if (!form || !script) return;
  var endpoint = script.getAttribute("data-endpoint");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]");
  var text = function (name) { return script.getAttribute("data-" + name) || ""; };
  // {"nl": "Dutch", "tr": "Turkish", …}: the site's languages, named in the admin's language.
  var names = JSON.parse(script.getAttribute("data-languages") || "{}");
  var suffix = "_(" + Object.keys(names).join("|") + ")";
  var inLanguage = new RegExp(suffix + "$");
  var languageLabel = new RegExp("\\s*\\[(" + Object.keys(names).join("|") + ")\\]\\s*", "i");

  var panel = document.createElement("aside");
  panel.className = "plain-language";
  panel.setAttribute("aria-labelledby", "plain-language-heading");
  panel.innerHTML = '<h2 id="plain-language-heading"></h2><div class="plain-language__body" aria-live="polite"></div>';
  panel.querySelector("h2").textContent = text("heading");
  form.insertBefore(panel, form.firstElementChild);
  var body = panel.querySelector(".plain-language__body");

  var languageField = function (element) {
    for (var node = element; node && node !== form; node = node.parentElement) {
      var path = node.getAttribute && node.getAttribute("data-contentpath");
      if (path && inLanguage.test(path)) return node;
    }
    return null;
  };

  var collect = function () {
    var fields = {};
    var labels = {};
    form.querySelectorAll("input[type=text], textarea, [contenteditable=true]").forEach(function (element) {
      var wrapper = languageField(element);
      if (!wrapper) return;
      var name = wrapper.getAttribute("data-contentpath");
      if (/^(slug|url_path|search_text)_/.test(name)) return;
      var value = element.isContentEditable ? element.innerText : element.value;
      if (!value || !value.trim()) return;
      fields[name] = fields[name] ? fields[name] + "\n\n" + value : value;
      var base = name.replace(inLanguage, "");
      var label = (element.id && form.querySelector('label[for="' + element.id + '"]')) ||
        wrapper.querySelector("label, .w-field__label");
      if (label && !labels[base]) labels[base] = label.textContent.replace(/\s*\*\s*$/, "").trim();
    });
    // Rich text as the Draftail editor keeps it (headings and links), for the accessibility hints.
    var richText = {};
    form.querySelectorAll("input[type=hidden][name]").forEach(function (input) {
      if (new RegExp(suffix + "(-|$)").test(input.name) && input.value.indexOf('{"blocks"') === 0) {
        richText[input.name] = input.value;
      }
    });
    return { fields: fields, labels: labels, richText: richText };
  };

  var render = function (result, labels) {
    body.textContent = "";
    var languages = Object.keys(result.languages || {});
    if (!languages.length) {
      body.textContent = text("empty");
      return;
    }
    languages.forEach(function (code) {
      var data = result.languages[code];
      var section = document.createElement("section");
      var heading = document.createElement("h3");
      var summary = document.createElement("p");
      if (!data.page) {
        // No formula for this language: the server says so, and there is no score to show.
        heading.textContent = names[code] || code;
        summary.className = "plain-language__summary plain-language__summary--no-formula";
        summary.textContent = data.explanation;
      } else {
        // Very plain or very hard texts score beyond the 0–100 scale; show them at its ends.
        var shown = data.page.score === null ? "" : ": " + Math.max(0, Math.min(100, Math.round(data.page.score)));
        heading.textContent = (names[code] || code) + shown;
        summary.className = "plain-language__summary plain-language__summary--" + data.page.level;
        summary.textContent = data.page.explanation;
      }
      section.appendChild(heading);
      section.appendChild(summary);
      var list = document.createElement("ul");
      Object.keys(data.fields).forEach(function (name) {
        var score = data.fields[name];
        if (score.level !== "hard") return;
        var item = document.createElement("li");
        var label = (labels[name] || name.replace(/_/g, " ")).replace(languageLabel, " ").trim();
        // The advice says what to do; the explanation is the fallback when there is none.
        item.textContent = label + ": " + (score.advice.length ? score.advice.join(" ") : score.explanation);
        list.appendChild(item);
      });
      var hints = (result.accessibility || {})[code] || {};
      Object.keys(hints).forEach(function (name) {
        hints[name].forEach(function (hint) {
          var item = document.createElement("li");
          item.className = "plain-language__accessibility";
          item.textContent = (labels[name] || name.replace(/_/g, " ")).replace(languageLabel, " ").trim() + ": " + hint;
          list.appendChild(item);
        });
      });
      if (list.children.length) section.appendChild(list);
      body.appendChild(section);
    });
  };

  var timer = null;
  var check = function () {
    var collected = collect();
    fetch(endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token ? token.value : "" },
      body: JSON.stringify({ path: window.location.pathname, fields: collected.fields, rich_text: collected.richText })
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) { if (result) render(result, collected.labels); })
      .catch(function () {});
  };
  form.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 600);
  });
  check();
}
