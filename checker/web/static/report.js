// checker check --html: the one script of the self-contained report, inlined and allowed by its hash in the
// page's Content-Security-Policy. It shows one view at a time (#overview, #items, #item-ID), filters and pages
// the items list, takes verdicts with the keys of the app (c, d, u, n, j, k) and keeps them in this browser
// (localStorage) until "Download my verdicts" writes them as a CSV that `checker review --import` reads.
// Nothing is fetched, and text is only ever set with textContent, never as HTML.
(function () {
  "use strict";

  var PAGE_SIZE = 50;
  var body = document.body;
  body.classList.add("js");
  var storageKey = "checker-verdicts:" + body.getAttribute("data-report");
  var REVIEWER_KEY = "checker-reviewer";
  var status = document.getElementById("status");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#items-table tbody tr.row"));
  var agreementRows = Array.prototype.slice.call(document.querySelectorAll("#agreements-table tbody tr"));
  var order = rows.map(function (r) { return r.getAttribute("data-id"); });
  var facts = {};
  rows.forEach(function (r) {
    facts[r.getAttribute("data-id")] = {
      row: r,
      kind: r.getAttribute("data-kind"),
      verdict: r.getAttribute("data-verdict"),
      score: parseFloat(r.getAttribute("data-score")),
      reasons: JSON.parse(r.getAttribute("data-reasons")),
      sources: JSON.parse(r.getAttribute("data-sources"))
    };
  });
  var mine = load();
  var current = null;
  var selected = -1;
  var visible = rows;

  function say(message, isError) {
    status.textContent = message;
    status.className = isError ? "error" : "";
    status.setAttribute("role", isError ? "alert" : "status");
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function badge(verdict) { return el("span", "verdict-badge " + verdict, verdict); }

  function load() {
    try {
      var data = JSON.parse(window.localStorage.getItem(storageKey) || "{}");
      return data && typeof data === "object" ? data : {};
    } catch (e) { return {}; }
  }

  function save() {
    try { window.localStorage.setItem(storageKey, JSON.stringify(mine)); return true; }
    catch (e) { return false; }
  }

  function verdictOf(id) { return mine[id] ? mine[id].verdict : facts[id].verdict; }

  function count() {
    var n = Object.keys(mine).length;
    document.getElementById("mine-count").textContent = n ? n + " chosen here" : "";
    return n;
  }

  // ---- views --------------------------------------------------------------------------------------------
  function route() {
    var hash = window.location.hash.slice(1);
    var query = "";
    var q = hash.indexOf("?");
    if (q >= 0) { query = hash.slice(q + 1); hash = hash.slice(0, q); }
    try { hash = decodeURIComponent(hash); } catch (e) { hash = ""; }
    var target = hash ? document.getElementById(hash) : null;
    if (!target || !target.classList.contains("view")) target = document.getElementById("overview");
    if (current && current !== target) current.classList.remove("shown");
    target.classList.add("shown");
    current = target;
    body.setAttribute("data-view", target.id);
    if (target.id === "items") applyFilters(new URLSearchParams(query));
    if (target.classList.contains("item")) place(target);
    window.scrollTo(0, 0);
  }

  // ---- the items list -----------------------------------------------------------------------------------
  var form = document.getElementById("filters");

  function fill(name, values) {
    var fields = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < fields.length; i++) fields[i].value = values[i] || "";
  }

  function applyFilters(params) {
    var kind = params.get("kind") || "";
    var reason = params.get("reason") || "";
    var verdict = params.get("verdict") || "";
    var sources = params.getAll("source").filter(Boolean);
    var minText = params.get("min_score") || "";
    var minScore = parseFloat(minText);
    var page = parseInt(params.get("page") || "1", 10) || 1;
    fill("kind", [kind]); fill("reason", [reason]); fill("verdict", [verdict]);
    fill("source", sources); fill("min_score", [minText]);
    visible = rows.filter(function (row) {
      var f = facts[row.getAttribute("data-id")];
      if (kind && f.kind !== kind) return false;
      if (reason && f.reasons.indexOf(reason) < 0) return false;
      if (verdict && verdictOf(row.getAttribute("data-id")) !== verdict) return false;
      if (!isNaN(minScore) && f.score < minScore) return false;
      for (var i = 0; i < sources.length; i++) if (f.sources.indexOf(sources[i]) < 0) return false;
      return true;
    });
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    page = Math.min(Math.max(1, page), pages);
    var start = (page - 1) * PAGE_SIZE;
    rows.forEach(function (r) { r.hidden = true; r.classList.remove("selected"); });
    visible.slice(start, start + PAGE_SIZE).forEach(function (r, k) {
      r.hidden = false;
      r.querySelector(".rank").textContent = String(start + k + 1);
    });
    var agreementsToo = (!kind || kind === "agreement") && !reason && !verdict && isNaN(minScore);
    agreementRows.forEach(function (r) {
      var have = JSON.parse(r.getAttribute("data-sources"));
      r.hidden = !agreementsToo || sources.some(function (s) { return have.indexOf(s) < 0; });
    });
    document.getElementById("shown-count").textContent = String(visible.length);
    pager(page, pages, params);
    selected = -1;
  }

  function pager(page, pages, params) {
    var box = document.getElementById("pages");
    while (box.firstChild) box.removeChild(box.firstChild);
    if (pages < 2) return;
    var go = function (n) {
      return function () {
        params.set("page", String(n));
        window.location.hash = "items?" + params.toString();
      };
    };
    if (page > 1) { var prev = el("button", "", "← previous"); prev.type = "button"; prev.addEventListener("click", go(page - 1)); box.appendChild(prev); }
    box.appendChild(el("span", "current", "page " + page + " of " + pages));
    if (page < pages) { var next = el("button", "", "next →"); next.type = "button"; next.addEventListener("click", go(page + 1)); box.appendChild(next); }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    var fields = form.querySelectorAll("select, input");
    for (var i = 0; i < fields.length; i++) if (fields[i].value) params.append(fields[i].name, fields[i].value);
    var q = params.toString();
    window.location.hash = "items" + (q ? "?" + q : "");
  });

  function selectRow(k) {
    var shown = visible.filter(function (r) { return !r.hidden; });
    if (!shown.length) return;
    if (selected >= 0 && shown[selected]) shown[selected].classList.remove("selected");
    selected = Math.max(0, Math.min(shown.length - 1, k));
    shown[selected].classList.add("selected");
    shown[selected].scrollIntoView({ block: "nearest" });
  }

  // ---- verdicts -----------------------------------------------------------------------------------------
  // One verdict form for the whole file, moved into the item shown (a form per item makes a big file slow).
  var vform = document.getElementById("verdict-form");
  var noteField = vform.querySelector(".note");
  var reviewerField = vform.querySelector(".reviewer");
  reviewerField.placeholder = "your name";
  try { reviewerField.value = window.localStorage.getItem(REVIEWER_KEY) || ""; } catch (e) { reviewerField.value = ""; }
  reviewerField.addEventListener("change", function () {
    try { window.localStorage.setItem(REVIEWER_KEY, reviewerField.value.trim()); } catch (e) { /* kept for this page only */ }
  });

  function place(section) {
    var slot = section.querySelector(".verdict-slot");
    if (slot && vform.parentNode !== slot) { slot.appendChild(vform); noteField.value = ""; }
    vform.hidden = false;
  }

  function show(section, id, v) {
    section.querySelector(".current-verdict").textContent = v.verdict;
    var heading = section.querySelector("h1 .verdict-badge");
    if (heading) heading.replaceWith(badge(v.verdict));
    var history = section.querySelector("ul.history");
    var none = history.querySelector("li.none");
    if (none) none.remove();
    var li = el("li");
    li.appendChild(badge(v.verdict));
    li.appendChild(document.createTextNode(" by "));
    li.appendChild(el("b", "", v.reviewer || "you"));
    li.appendChild(document.createTextNode(" at "));
    li.appendChild(el("time", "", v.at));
    li.appendChild(document.createTextNode((v.note ? " — " + v.note : "") + " (in this browser; download to keep)"));
    history.insertBefore(li, history.firstChild);
    var row = facts[id].row;
    var cell = row.querySelector("td.verdict");
    while (cell.firstChild) cell.removeChild(cell.firstChild);
    cell.appendChild(badge(v.verdict));
    row.className = "row verdict-" + v.verdict;
  }

  function decide(section, verdict) {
    var id = section.getAttribute("data-id");
    var note = noteField.value.trim();
    if (!note && mine[id] && mine[id].note) note = mine[id].note; // as in the store: no note keeps the last one
    var at = new Date().toISOString().replace(/\.\d+Z$/, "+00:00");
    var v = { verdict: verdict, note: note, reviewer: reviewerField.value.trim(), at: at };
    mine[id] = v;
    var kept = save();
    show(section, id, v);
    noteField.value = "";
    var n = count();
    say((kept ? "Noted in this browser: " : "Noted for this page only (the browser keeps nothing for files): ") +
        verdict + " on " + id + ". " + n + " verdict(s) to download with “Download my verdicts”.", !kept);
  }

  vform.addEventListener("submit", function (event) {
    event.preventDefault();
    var section = vform.closest("section.item");
    if (section && event.submitter && event.submitter.value) decide(section, event.submitter.value);
  });

  // Verdicts chosen earlier in this browser, shown again.
  order.forEach(function (id) {
    if (!mine[id]) return;
    var section = document.getElementById("item-" + id);
    if (section) show(section, id, mine[id]);
  });
  Object.keys(mine).forEach(function (id) { if (!facts[id]) delete mine[id]; });
  count();

  // ---- the CSV for `checker review --import` ------------------------------------------------------------
  function cell(value) {
    var s = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@]/.test(s)) s = "'" + s; // a spreadsheet must not run it as a formula (the import takes it off)
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  document.getElementById("download").addEventListener("click", function () {
    var ids = order.filter(function (id) { return mine[id]; });
    if (!ids.length) {
      say("No verdict chosen in this page yet: open an item and press c, d or u (or click the buttons).", true);
      return;
    }
    var lines = ["id,verdict,note,reviewer,reviewed_at"];
    ids.forEach(function (id) {
      var v = mine[id];
      lines.push([id, v.verdict, v.note, v.reviewer, v.at].map(cell).join(","));
    });
    var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = "checker-verdicts.csv";
    body.appendChild(link);
    link.click();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 2000);
    say("Downloaded " + ids.length + " verdict(s) as checker-verdicts.csv: run `checker review FOLDER --import checker-verdicts.csv`.", false);
  });

  // ---- keys ---------------------------------------------------------------------------------------------
  var KEYS = { c: "confirmed", d: "dismissed", u: "unsure" };
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    if (t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT")) {
      if (event.key === "Escape") t.blur();
      return;
    }
    var key = event.key.toLowerCase();
    if (current && current.classList.contains("item")) {
      if (KEYS[key]) { event.preventDefault(); decide(current, KEYS[key]); }
      else if (key === "n") { event.preventDefault(); noteField.focus(); }
      else if (key === "j" || key === "k") {
        var link = current.querySelector(key === "j" ? "nav.move a.next" : "nav.move a.prev");
        if (link) window.location.hash = link.getAttribute("href").slice(1);
      }
    } else if (current && current.id === "items") {
      if (key === "j") selectRow(selected + 1);
      else if (key === "k") selectRow(selected - 1);
      else if (event.key === "Enter" && selected >= 0) {
        var shown = visible.filter(function (r) { return !r.hidden; });
        var open = shown[selected] && shown[selected].querySelector("a.item-link");
        if (open) window.location.hash = open.getAttribute("href").slice(1);
      }
    }
  });

  window.addEventListener("hashchange", route);
  route();
})();
