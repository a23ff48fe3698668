// The plan on the experiment form (docs/ab-testing.md, "Planning"): while the expert types,
// the planning fields are sent to the server, which answers with the visitors needed per
// variant and the expected duration from the pages' own traffic, in words. The answer goes
// into a live region (aria-live="polite"), so a screen reader reads it after a pause.
(function () {
  "use strict";
  var start = function () {
    var panel = document.querySelector("[data-experiment-plan]");
    var form = panel && panel.closest("form");
    if (!panel || !form || !window.fetch) return;
    var region = panel.querySelector("[aria-live]");
    var names = ["slot", "weights", "baseline_rate", "minimum_detectable_effect", "alpha", "power", "audiences", "languages", "primary_goal", "minimum_agreement_difference"];
    var timer = null;
    var asked = 0;

    var query = function () {
      var params = new URLSearchParams();
      names.forEach(function (name) {
        form.querySelectorAll("[name='" + name + "']").forEach(function (field) {
          if ((field.type === "checkbox" || field.type === "radio") && !field.checked) return;
          if (field.value !== "") params.append(name, field.value);
        });
      });
      return params.toString();
    };

    var show = function (text) {
      if (region.textContent !== text) region.textContent = text;
    };

    var ask = function () {
      var mine = ++asked;
      fetch(panel.getAttribute("data-plan-url") + "?" + query(), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.json().then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (answer) {
          if (mine !== asked) return; // an older answer arrived after a newer question
          if (answer.ok) {
            show(answer.body.text);
          } else {
            var messages = [];
            Object.keys(answer.body.errors || {}).forEach(function (name) {
              messages = messages.concat(answer.body.errors[name]);
            });
            show(messages.join(" "));
          }
        })
        .catch(function () {
          if (mine === asked) show(panel.getAttribute("data-plan-failed"));
        });
    };

    var later = function (event) {
      if (!event.target || names.indexOf(event.target.name) === -1) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, 400); // wait until the typing pauses
    };
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    ask();
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
