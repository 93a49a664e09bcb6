(function () {
  "use strict";
  var doc = document;
  var list = doc.getElementById("clusters");
  var controls = doc.getElementById("controls");
  var rows = list ? Array.prototype.slice.call(list.children) : [];
  var prepared = false;

  function prepare() {
    if (prepared) { return; }
    prepared = true;
    rows.forEach(function (r, i) {
      var sum = r.firstElementChild.firstElementChild;
      r.i = i;
      r.n = +(sum.dataset.n || 1);
      r.m = +(sum.dataset.m || 1);
    });
  }
  var texts = null;

  function fill(details) {
    if (details.dataset.filled) { return; }
    details.dataset.filled = "1";
    var links = details.querySelectorAll("a[data-p]");
    for (var i = 0; i < links.length; i++) {
      var p = links[i].dataset.p.split(" ");
      var box = doc.getElementById(p[0]);
      if (!box) { continue; }
      var s = +p[1];
      var sentence = box.textContent.slice(s, s + +p[2]);
      var quote = doc.createElement("blockquote");
      var pos = 0;
      for (var j = 3; j + 1 < p.length; j += 2) {
        var a = Math.max(pos, +p[j]);
        var b = Math.min(sentence.length, +p[j + 1]);
        if (b <= a) { continue; }
        if (a > pos) { quote.appendChild(doc.createTextNode(sentence.slice(pos, a))); }
        var m = doc.createElement("mark");
        m.textContent = sentence.slice(a, b);
        quote.appendChild(m);
        pos = b;
      }
      if (sentence.length > pos) { quote.appendChild(doc.createTextNode(sentence.slice(pos))); }
      links[i].parentNode.appendChild(quote);
    }
  }

  doc.addEventListener("toggle", function (e) {
    var t = e.target;
    if (t.tagName === "DETAILS" && t.open && t.parentNode && t.parentNode.parentNode === list) { fill(t); }
  }, true);

  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var el = doc.getElementById(id);
    if (!el) { return; }
    for (var n = el; n; n = n.parentElement) {
      if (n.tagName === "DETAILS" && !n.open) { n.open = true; fill(n); }
      if (n.tagName === "LI" && n.hidden) { n.hidden = false; }
    }
    if (el.tagName === "DETAILS") { el.open = true; fill(el); }
    el.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", reveal);

  if (!list || !controls) { return; }
  controls.hidden = false;
  controls.addEventListener("submit", function (e) { e.preventDefault(); });
  var q = doc.getElementById("q");
  var fs = doc.getElementById("fs");
  var fo = doc.getElementById("fo");
  var sort = doc.getElementById("sort");
  var shown = doc.getElementById("shown");

  function apply() {
    prepare();
    var words = q.value.toLowerCase().split(/\s+/).filter(function (w) { return w; });
    var status = fs.value;
    var outlet = fo.value === "" ? "" : "o" + fo.value;
    if (words.length && !texts) {
      texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    }
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!status || r.classList.contains(status)) && (!outlet || r.classList.contains(outlet));
      for (var w = 0; ok && w < words.length; w++) {
        if (texts[r.i].indexOf(words[w]) < 0) { ok = false; }
      }
      r.hidden = !ok;
      if (ok) { n++; }
    }
    shown.textContent = n + " of " + rows.length + " clusters shown";
  }

  function order() {
    prepare();
    var how = sort.value;
    var key = {
      "n-desc": function (a, b) { return b.n - a.n || a.i - b.i; },
      "n-asc": function (a, b) { return a.n - b.n || a.i - b.i; },
      "m-desc": function (a, b) { return b.m - a.m || b.n - a.n || a.i - b.i; },
      "text": function (a, b) {
        var x = a.firstElementChild.firstElementChild.firstChild.nodeValue;
        var y = b.firstElementChild.firstElementChild.firstChild.nodeValue;
        return x < y ? -1 : x > y ? 1 : a.i - b.i;
      }
    }[how];
    var sorted = rows.slice().sort(key);
    var frag = doc.createDocumentFragment();
    sorted.forEach(function (r) { frag.appendChild(r); });
    list.appendChild(frag);
  }

  var timer = 0;
  q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  fs.addEventListener("change", apply);
  fo.addEventListener("change", apply);
  sort.addEventListener("change", order);
  doc.getElementById("expand").addEventListener("click", function () {
    rows.forEach(function (r) { if (!r.hidden) { var d = r.firstElementChild; d.open = true; fill(d); } });
  });
  doc.getElementById("collapse").addEventListener("click", function () {
    rows.forEach(function (r) { r.firstElementChild.open = false; });
  });
  var printed = [];
  window.addEventListener("beforeprint", function () {
    printed = Array.prototype.slice.call(doc.querySelectorAll("details:not([open])"));
    printed.forEach(function (d) { d.open = true; fill(d); });
  });
  window.addEventListener("afterprint", function () {
    printed.forEach(function (d) { d.open = false; });
    printed = [];
  });
  shown.textContent = rows.length + " clusters";
  reveal();
})();
