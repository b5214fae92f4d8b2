// checker serve: keys and verdicts in the browser. Served from /static (the Content-Security-Policy allows no
// inline script). Text from articles or from the server is only ever set with textContent, never as HTML.
(function () {
  "use strict";

  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = tokenMeta ? tokenMeta.getAttribute("content") : "";
  var status = document.getElementById("status");
  var REVIEWER_KEY = "checker-reviewer";

  function say(message, isError) {
    status.textContent = message;
    status.className = isError ? "error" : "";
    status.setAttribute("role", isError ? "alert" : "status");
  }

  function typing(target) {
    if (!target) return false;
    var tag = target.tagName;
    return tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT" || target.isContentEditable;
  }

  function follow(selector) {
    var link = document.querySelector(selector);
    if (link) window.location.href = link.getAttribute("href");
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function badge(verdict) {
    return el("span", "verdict-badge " + verdict, verdict);
  }

  // ---- the item page: verdict buttons, note, keys -------------------------------------------------------
  var form = document.querySelector("form.verdict");
  if (form) {
    var note = form.querySelector(".note");
    var reviewer = form.querySelector(".reviewer");
    try {
      var remembered = window.localStorage.getItem(REVIEWER_KEY);
      if (remembered) reviewer.value = remembered;
    } catch (e) { /* storage disabled: the server's default name stays */ }
    reviewer.addEventListener("change", function () {
      try { window.localStorage.setItem(REVIEWER_KEY, reviewer.value.trim()); } catch (e) { /* nothing to keep */ }
    });

    var show = function (saved) {
      var current = document.querySelector(".current-verdict");
      current.textContent = saved.verdict;
      var heading = document.querySelector("article.item h1 .verdict-badge");
      if (heading) heading.replaceWith(badge(saved.verdict));
      var history = document.querySelector("ul.history");
      var none = history.querySelector("li.none");
      if (none) none.remove();
      var li = el("li");
      li.appendChild(badge(saved.verdict));
      li.appendChild(document.createTextNode(" by "));
      li.appendChild(el("b", "", saved.reviewer));
      li.appendChild(document.createTextNode(" at "));
      li.appendChild(el("time", "", saved.at));
      if (saved.note) li.appendChild(document.createTextNode(" — " + saved.note));
      history.insertBefore(li, history.firstChild);
      document.body.setAttribute("data-last-saved", saved.id + ":" + saved.verdict);
    };

    // Verdicts are sent one after another, in the order given: a key pressed while the last one is still
    // being saved waits its turn, it is never dropped.
    var queue = Promise.resolve();
    var saved = 0;
    var post = function (verdict, noteText) {
      var body = new URLSearchParams();
      body.set("csrf", csrf);
      body.set("verdict", verdict);
      body.set("note", noteText);
      body.set("reviewer", reviewer.value);
      say("Saving " + verdict + "…", false);
      return fetch(form.getAttribute("action"), {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRF-Token": csrf }
      }).then(function (response) {
        return response.json().catch(function () {
          return { error: "the server answered " + response.status + " without saying why." };
        }).then(function (data) {
          if (!response.ok || !data.saved) throw new Error(data.error || ("the server answered " + response.status + "."));
          return data;
        });
      }).then(function (data) {
        show(data.saved);
        saved += 1;
        document.body.setAttribute("data-saved", String(saved));
        say("Saved: " + data.saved.verdict + " by " + data.saved.reviewer + " at " + data.saved.at + " (" + data.store + ")", false);
      }).catch(function (err) {
        var why = err && err.message ? err.message : String(err);
        if (err instanceof TypeError) why = "the server cannot be reached (" + why + ").";
        if (noteText && !note.value) note.value = noteText; // the note typed is not lost either
        say("Not saved — " + why + " Your " + verdict + " was not recorded; try again.", true);
        document.body.setAttribute("data-last-error", why);
      });
    };
    var send = function (verdict) {
      var noteText = note.value;
      note.value = "";
      queue = queue.then(function () { return post(verdict, noteText); });
    };

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.submitter;
      if (button && button.value) send(button.value);
    });

    var keys = { c: "confirmed", d: "dismissed", u: "unsure" };
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target)) {
        if (event.key === "Escape") event.target.blur();
        return;
      }
      var key = event.key.toLowerCase();
      if (keys[key]) { event.preventDefault(); send(keys[key]); }
      else if (key === "n") { event.preventDefault(); note.focus(); }
      else if (key === "j") { follow("nav.move a.next"); }
      else if (key === "k") { follow("nav.move a.prev"); }
    });
  }

  // ---- the items list: j/k move, Enter opens ---------------------------------------------------------------
  var table = document.getElementById("items-table");
  if (table && !form) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr.row"));
    var at = -1;
    var select = function (k) {
      if (!rows.length) return;
      if (at >= 0) rows[at].classList.remove("selected");
      at = Math.max(0, Math.min(rows.length - 1, k));
      rows[at].classList.add("selected");
      rows[at].scrollIntoView({ block: "nearest" });
    };
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (event.key === "j") select(at + 1);
      else if (event.key === "k") select(at - 1);
      else if (event.key === "Enter" && at >= 0) {
        var link = rows[at].querySelector("a.item-link");
        if (link) window.location.href = link.getAttribute("href");
      }
    });
  }
})();
