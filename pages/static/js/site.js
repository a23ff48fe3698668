// Small progressive enhancements. Everything works without this file.
(function () {
  "use strict";

  // Nothing is counted when the browser asks not to be tracked (A/B and reach beacons alike).
  var optedOut = navigator.doNotTrack === "1" || navigator.globalPrivacyControl === true;
  var language = document.documentElement.lang || "nl";

  // Reach counts (docs/reach.md): one number more per page view and per help-seeking step,
  // sent with sendBeacon, which queues the request and returns at once, so leaving a page
  // (the quick exit above all) never waits for it. The server keeps no cookie, id, address
  // or browser; it reduces the referrer to a category and keeps only listed utm values.
  var reachPage = document.body.getAttribute("data-reach-page");
  // A page that says so (the self-help page for people worried about what they look at) sends no
  // help-seeking event: such an event would name the page in the reports (docs/prevention.md).
  var helpSeeking = ["help_page", "helpline_call", "helpline_chat", "helpline_website"];
  var countsHelpSeeking = document.body.getAttribute("data-reach-help-seeking") !== "off";
  var reach = function (event) {
    if (optedOut || !reachPage || !navigator.sendBeacon) return;
    if (!countsHelpSeeking && helpSeeking.indexOf(event) !== -1) return;
    var body = {
      page: Number(reachPage),
      event: event,
      language: language,
      audience: document.body.getAttribute("data-reach-audience") || "",
      referrer: document.referrer
    };
    var query = new URLSearchParams(window.location.search);
    ["utm_source", "utm_medium", "utm_campaign"].forEach(function (name) {
      if (query.get(name)) body[name] = query.get(name);
    });
    try {
      navigator.sendBeacon("/api/reach", JSON.stringify(body));
    } catch (error) {
      // a blocked beacon counts nothing and changes nothing else
    }
    if (guardrailEvents.indexOf(event) !== -1) guardrail(event);
  };

  // Guardrails of the A/B tests (docs/ab-testing.md): the same help-seeking steps and quick exit,
  // for the experiments this browser has seen. The server finds those and the variant in the
  // signed A/B cookies itself; this only says what happened. Also a sendBeacon: it never waits.
  var guardrailEvents = ["quick_exit", "help_page", "helpline_call", "helpline_chat", "helpline_website",
    "lesson_download"];
  var guardrail = function (event) {
    if (optedOut || !navigator.sendBeacon) return;
    var body = { event: event, language: language };
    if (reachPage) body.page = Number(reachPage);
    try {
      navigator.sendBeacon("/api/ab/guardrail", JSON.stringify(body));
    } catch (error) {
      // as above
    }
  };

  // One entry in the tab's history for the whole visit (docs/accessibility.md, "Quick exit and
  // the history"). A link or a GET form to another page of this site replaces the current entry
  // instead of adding one, so after the quick exit no earlier entry leads back into the site:
  // Back goes to where the visitor came from. Links to other sites, new tabs, downloads, clicks
  // with a modifier key and anything another script already handled keep the browser's own way.
  var ownPage = function (url) {
    return url.origin === window.location.origin && (url.protocol === "http:" || url.protocol === "https:");
  };
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest("a[href]");
    if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) return;
    var url = new URL(link.href);
    if (!ownPage(url)) return;
    event.preventDefault();
    var here = window.location;
    if (url.pathname === here.pathname && url.search === here.search && url.hash) {
      // A link within the page (the skip link, a table of contents): scroll there, in place.
      window.location.replace(url.href);
      var target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (target && target.hasAttribute("tabindex")) target.focus();
      return;
    }
    window.location.replace(url.href);
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.method || "get").toLowerCase() !== "get") return;
    if (form.target && form.target !== "_self") return;
    var url = new URL(form.action);
    if (!ownPage(url)) return;
    var data;
    try {
      data = new FormData(form, event.submitter);
    } catch (error) {
      data = new FormData(form);
    }
    event.preventDefault();
    url.search = new URLSearchParams(data).toString();
    window.location.replace(url.href);
  });

  // Quick exit (GOV.UK "Exit this page"). Without JavaScript the button is a
  // plain link. With it: the page is hidden at once, the address loses the
  // page and its answers, and the neutral site replaces this entry in the
  // history, so Back does not return here; Shift pressed 3 times also leaves.
  var exit = document.querySelector("[data-quick-exit]");
  if (exit) {
    var status = document.querySelector("[data-quick-exit-status]");
    var presses = 0;
    var timer = null;

    // A note someone chose to keep on this device (js/offline-route.js) goes with the page.
    var forgetKept = function () {
      ["localStorage", "sessionStorage"].forEach(function (name) {
        try {
          var store = window[name];
          for (var i = store.length - 1; i >= 0; i -= 1) {
            var key = store.key(i);
            if (key && key.indexOf("veiliginbeeld:") === 0) store.removeItem(key);
          }
        } catch (error) {
          // storage switched off: nothing was kept
        }
      });
    };

    var leave = function (event) {
      if (event) event.preventDefault();
      reach("quick_exit");
      forgetKept();
      document.documentElement.classList.add("is-exiting");
      if (status) status.textContent = exit.getAttribute("data-quick-exit-leaving");
      // While the neutral site loads (seconds on a slow phone), the address bar no longer shows
      // this page or the answers in its address.
      try {
        window.history.replaceState(null, "", "/");
      } catch (error) {
        // nothing to hide
      }
      window.location.replace(exit.href);
    };
    var say = function (message) {
      if (status) status.textContent = message || "";
    };

    exit.addEventListener("click", leave);
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") {
        // Only three Shift presses in a row count, so typing capitals never leaves.
        presses = 0;
        return;
      }
      presses += 1;
      window.clearTimeout(timer);
      if (presses >= 3) {
        presses = 0;
        leave();
        return;
      }
      say(exit.getAttribute(presses === 1 ? "data-quick-exit-two-more" : "data-quick-exit-one-more"));
      timer = window.setTimeout(function () {
        presses = 0;
        say("");
      }, 5000);
    });
    // Coming back from the browser cache must not show a blank page.
    window.addEventListener("pageshow", function () {
      document.documentElement.classList.remove("is-exiting");
    });
  }

  // Videos: the provider's player (a third-party request) loads only after a click.
  document.querySelectorAll("[data-video-frame]").forEach(function (frame) {
    var button = frame.querySelector("[data-video-load]");
    var template = frame.querySelector("template[data-video-embed]");
    if (!button || !template) return;
    button.addEventListener("click", function () {
      var player = template.content.cloneNode(true);
      frame.replaceChildren(player);
      var iframe = frame.querySelector("iframe");
      if (iframe) iframe.focus();
    });
  });

  // Lesson short links: a copy button. Without JavaScript (or clipboard
  // access) the link stays a selectable text field.
  document.querySelectorAll("[data-short-link]").forEach(function (box) {
    var input = box.querySelector("[data-short-link-input]");
    var button = box.querySelector("[data-short-link-copy]");
    var status = box.querySelector("[data-short-link-status]");
    if (!input || !button) return;
    button.hidden = false;
    input.addEventListener("focus", function () { input.select(); });
    button.addEventListener("click", function () {
      var done = function () { status.textContent = button.getAttribute("data-copied"); };
      var failed = function () {
        input.focus();
        input.select();
        status.textContent = button.getAttribute("data-copy-failed");
      };
      status.textContent = "";
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, failed);
      } else {
        input.select();
        try {
          if (document.execCommand("copy")) { done(); } else { failed(); }
        } catch (error) { failed(); }
      }
    });
  });

  // Reach: the view once the page has rendered (a cached page counts too), and the help steps.
  reach("view");
  // The help page is counted as help-seeking for the experiments seen before (server-checked).
  if (document.querySelector("[data-help-page]")) guardrail("help_page");
  document.querySelectorAll("[data-reach-event]").forEach(function (link) {
    link.addEventListener("click", function () { reach(link.getAttribute("data-reach-event")); });
  });
  document.querySelectorAll("a[data-download]").forEach(function (link) {
    link.addEventListener("click", function () { reach("lesson_download"); });
  });

  // A/B beacons (docs/ab-testing.md). The server decides the variant from the
  // visitor cookie; these only say "shown" and "goal reached". Nothing is sent
  // when the browser asks not to be tracked.
  var beacon = function (slug, kind, body) {
    return fetch("/api/ab/" + encodeURIComponent(slug) + "/" + kind, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(Object.assign({ language: language }, body || {}))
    }).catch(function () {});
  };
  if (!optedOut) {
    var exposures = {};
    var afterExposure = function (slug, body) {
      // A conversion counts only after the exposure, so wait for it when it is on this page.
      (exposures[slug] || Promise.resolve()).then(function () { beacon(slug, "conversion", body); });
    };
    document.querySelectorAll("[data-experiment]").forEach(function (slot) {
      var slug = slot.getAttribute("data-experiment");
      if (!exposures[slug]) exposures[slug] = beacon(slug, "exposure");
      slot.querySelectorAll("[data-ab-goal=cta]").forEach(function (link) {
        link.addEventListener("click", function () { afterExposure(slug, { goal: "cta" }); });
      });
    });
    var goalsScript = document.getElementById("ab-goals");
    if (goalsScript) {
      var goals = JSON.parse(goalsScript.textContent);
      (goals.page || []).forEach(function (slug) { afterExposure(slug, { goal: "page" }); });
      document.querySelectorAll("a[data-download]").forEach(function (link) {
        var slugs = (goals.download || {})[link.getAttribute("data-download")] || [];
        link.addEventListener("click", function () {
          slugs.forEach(function (slug) { afterExposure(slug, { goal: "download" }); });
        });
      });
    }
  }

  // Awareness questions (awareness/answers.py): the form posts without JavaScript and the page comes
  // back with the explanation; here the same fields go as JSON and the explanation (the same template,
  // rendered by the server) takes the form's place. "Shown" is said once a page, for the answer rate;
  // the server counts each at most once a visitor and day, and nothing for DNT, GPC or a bot.
  document.querySelectorAll("[data-awareness] form:not([data-preview])").forEach(function (form) {
    var fields = function (event) {
      var body = {};
      new FormData(form).forEach(function (value, name) { body[name] = value; });
      body.event = event;
      return body;
    };
    var post = function (body) {
      return fetch(form.getAttribute("action"), {
        method: "POST",
        credentials: "same-origin",
        keepalive: true,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body)
      });
    };
    if (!optedOut) post(fields("shown")).catch(function () {});
    form.addEventListener("submit", function (event) {
      if (!window.fetch) return;  // the form posts as it does without JavaScript
      event.preventDefault();
      post(fields("answer")).then(function (response) {
        if (!response.ok) throw new Error("not answered");
        return response.json();
      }).then(function (data) {
        var box = form.parentNode;
        box.innerHTML = data.html;
        var result = box.querySelector("[data-awareness-result]");
        if (result) result.focus();
      }).catch(function () { form.submit(); });
    });
  });
})();
