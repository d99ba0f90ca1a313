// Live voting: the projector redraws the open statement and its tally, and the ballot page
// reloads when another statement opens. Both pages work without it (they show the state at
// load time). The server sends each change as a server-sent event; EventSource reconnects and
// resends the last event's id by itself.
(function () {
  "use strict";
  var root = document.getElementById("projector") || document.getElementById("voting");
  if (!root || !window.EventSource) return;
  var lang = document.documentElement.lang || "en";
  var num = new Intl.NumberFormat(lang);
  var pct = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var source = new EventSource(root.getAttribute("data-live"));

  source.onmessage = function (ev) {
    var live;
    try { live = JSON.parse(ev.data); } catch (e) { return; }
    var openId = live.statement ? String(live.statement.id) : "";
    if (root.id === "voting") {
      if (openId !== root.getAttribute("data-open")) {
        source.close();
        window.location.reload();
      }
      return;
    }
    drawProjector(live, openId);
  };

  function span(cls, text) {
    var s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function drawProjector(live, openId) {
    var labels = JSON.parse(root.getAttribute("data-labels") || "{}");
    root.setAttribute("data-statement", openId);
    document.getElementById("projector-statement").textContent =
      live.statement ? live.statement.text : labels.none;
    var dl = document.createElement("dl");
    dl.className = "results";
    var t = live.tally;
    if (t) {
      t.counts.forEach(function (c) {
        var dt = document.createElement("dt");
        dt.textContent = labels[c.answer] || c.answer;
        var dd = document.createElement("dd");
        dd.setAttribute("data-answer", c.answer);
        var m = document.createElement("meter");
        m.min = 0;
        m.max = Math.max(t.total, 1);
        m.value = c.count;
        var share = t.total ? (c.count * 100) / t.total : 0;
        dd.append(m, " ", span("count", num.format(c.count)), " (", span("pct", pct.format(share) + "%"), ")");
        dl.append(dt, dd);
      });
    }
    document.getElementById("projector-bars").replaceChildren(dl);
    document.getElementById("projector-total").textContent = live.total_text || "";
  }
})();
