// Small progressive enhancements. Everything works without this file.
(function () {
  "use strict";

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
})();
