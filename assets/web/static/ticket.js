// Keeps the ticket page current: server-sent events where the browser has them, else asking
// every few seconds. The server sends the words; this only puts them in place.
(function () {
  "use strict";
  var box = document.getElementById("ticket");
  if (!box) { return; }
  var token = box.getAttribute("data-token");
  var lang = box.getAttribute("data-lang");
  var base = "/t/" + encodeURIComponent(token);
  var current = JSON.parse(document.getElementById("state").textContent);

  function show(state) {
    current = state;
    box.className = "ticket tone-" + state.tone;
    document.getElementById("headline").textContent = state.headline;
    document.getElementById("detail").textContent = state.detail;
    document.getElementById("survey").hidden = !state.survey;
    document.getElementById("live").hidden = state.final;
    document.getElementById("offline").hidden = true;
    if (state.tone === "go" && navigator.vibrate) { navigator.vibrate([300, 150, 300]); }
  }

  function offline() { document.getElementById("offline").hidden = false; }

  if (current.final) { return; }
  if (window.EventSource) {
    var source = new EventSource(base + "/events?lang=" + lang);
    source.onmessage = function (event) {
      var state = JSON.parse(event.data);
      show(state);
      if (state.final) { source.close(); }
    };
    source.onerror = offline;
    return;
  }
  // Old phones: ask every five seconds.
  var timer = setInterval(function () {
    var request = new XMLHttpRequest();
    request.open("GET", base + "/status?lang=" + lang);
    request.onload = function () {
      if (request.status === 200) {
        var state = JSON.parse(request.responseText);
        show(state);
        if (state.final) { clearInterval(timer); }
      } else { offline(); }
    };
    request.onerror = offline;
    request.send();
  }, 5000);
}());
