// Surveys: show a conditional question only while the answer it depends on is chosen, and keep
// the results page live by reloading its charts every few seconds. Both pages work without it:
// conditional questions then stay visible with their "answer only if" hint, and the results are
// those at load time.
(function () {
  "use strict";
  var form = document.getElementById("survey-answer");
  if (form) {
    var blocks = form.querySelectorAll("[data-cond-q]");
    var update = function () {
      blocks.forEach(function (b) {
        var q = b.getAttribute("data-cond-q");
        var v = b.getAttribute("data-cond-v");
        var picked = form.querySelector('[name="q' + q + '"][value="' + v + '"]:checked');
        var parent = document.getElementById("q" + q + "-block");
        var shown = picked && !(parent && parent.hidden);
        b.hidden = !shown;
        var hint = b.querySelector(".cond-hint");
        if (hint) hint.hidden = true;
      });
    };
    form.addEventListener("change", update);
    update();
  }
  var live = document.getElementById("survey-live");
  if (live && window.fetch) {
    var src = live.getAttribute("data-src");
    setInterval(function () {
      if (document.hidden) return;
      fetch(src, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null && html !== live.innerHTML) live.innerHTML = html; })
        .catch(function () {});
    }, 5000);
  }
})();
