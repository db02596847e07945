// Enhancements for the chooser. Every page works without this file: it only adds a live "answered" count,
// a "clear answer" button per question (without script, "Clear all answers" starts over), a copy-link button and the
// system share sheet where the browser has one.
(function () {
  "use strict";

  function countAnswered(form) {
    var names = {};
    var answered = 0;
    form.querySelectorAll("input[type=radio]").forEach(function (input) {
      names[input.name] = true;
    });
    Object.keys(names).forEach(function (name) {
      var chosen = form.querySelector("input[type=radio][name=\"" + name + "\"]:checked");
      if (chosen && chosen.value !== "") {
        answered += 1;
      }
    });
    return answered;
  }

  function enhanceQuestionnaire(form) {
    var progress = form.querySelector("[data-progress]");
    var count = form.querySelector("[data-answered]");
    if (!progress || !count) {
      return;
    }
    var update = function () { count.textContent = String(countAnswered(form)); };
    progress.hidden = false;
    update();
    form.addEventListener("change", update);

    form.querySelectorAll("[data-clear]").forEach(function (button) {
      var name = button.getAttribute("data-clear");
      button.hidden = false;
      button.addEventListener("click", function () {
        form.querySelectorAll("input[name=\"" + name + "\"]").forEach(function (input) { input.checked = false; });
        update();
      });
    });

    // Coming back with the browser's Back button restores the choices; count them again.
    window.addEventListener("pageshow", update);
  }

  function enhanceShare() {
    var status = document.querySelector("[data-copy-status]");
    var copyButton = document.querySelector("[data-copy-target]");
    var shareButton = document.querySelector("[data-share-title]");
    var field = copyButton ? document.getElementById(copyButton.getAttribute("data-copy-target")) : null;
    var say = function (text) { if (status) { status.textContent = text; } };

    if (copyButton && field && navigator.clipboard) {
      copyButton.hidden = false;
      copyButton.addEventListener("click", function () {
        navigator.clipboard.writeText(field.value).then(
          function () { say("Link copied."); },
          function () { field.select(); say("Copying was blocked; the link is selected, so press Ctrl+C or ⌘C."); });
      });
    }

    if (shareButton && field && navigator.share) {
      shareButton.hidden = false;
      shareButton.addEventListener("click", function () {
        navigator.share({ title: shareButton.getAttribute("data-share-title"), url: field.value }).catch(function () { });
      });
    }

    if (field) {
      field.addEventListener("focus", function () { field.select(); });
    }
  }

  document.querySelectorAll("form[data-chooser]").forEach(enhanceQuestionnaire);
  enhanceShare();
})();
