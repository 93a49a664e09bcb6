(function () {
  "use strict";
  // The page is complete without this script: the cluster rows and each article's highlighted text
  // sit in <noscript> elements, which a browser with scripting on reads as one plain text node
  // instead of building thousands of elements. The script turns that markup into elements only
  // when it is needed: a page of rows at a time, and an article when it is opened or quoted.
  var doc = document;
  var PAGE = 200;
  var ROW = /<li class="([^"]*)"><details id=g(\d+)><summary(?: data-n=(\d+))?(?: data-m=(\d+))?>([^<]*) <i>([^<]*)<\/i>/g;
  var parser = doc.createElement("template");
  var list = doc.getElementById("clusters");
  var source = doc.getElementById("rows");
  var controls = doc.getElementById("controls");
  var src = source ? source.textContent : "";
  var rows = [];
  var byAnchor = {};

  /** Elements from markup this page itself wrote (every text in it is escaped). */
  function parse(markup) {
    parser.innerHTML = markup;
    return parser.content;
  }

  function decode(s) {
    if (s.indexOf("&") < 0) { return s; }
    return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, function (m, e) {
      var k = e.toLowerCase();
      if (k.charAt(0) === "#") { return String.fromCodePoint(k.charAt(1) === "x" ? parseInt(k.slice(2), 16) : +k.slice(1)); }
      return { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" }[k];
    });
  }

  // One linear pass over the rows' markup: what filtering, sorting and paging need of each row.
  for (var match = ROW.exec(src), last = null; match; match = ROW.exec(src)) {
    if (last) { last.end = match.index; }
    last = { i: rows.length, key: " " + match[1] + " ", g: "g" + match[2], n: +(match[3] || 1), m: +(match[4] || 1),
      text: decode(match[5]), outlets: decode(match[6]), lower: null, start: match.index, end: src.length };
    rows.push(last);
    byAnchor[last.g] = last;
  }
  if (last) { last.end = Math.max(last.start, src.lastIndexOf("</ol>")); }

  /** Builds an article's highlighted text from its markup, once. */
  function materialize(article) {
    var box = article.querySelector(":scope > noscript");
    if (box) { box.replaceWith(parse(box.textContent)); }
  }

  function articleText(textId) {
    var box = doc.getElementById(textId);
    if (!box) {
      var article = doc.getElementById(textId.replace(/t$/, ""));
      if (article) { materialize(article); }
      box = doc.getElementById(textId);
    }
    return box ? box.textContent : null;
  }

  /** Quotes each claim of an opened row from its article, with the claim's spans marked. */
  function fill(details) {
    if (details.dataset.filled) { return; }
    details.dataset.filled = "1";
    var links = details.querySelectorAll("a[data-p]");
    for (var i = 0; i < links.length; i++) {
      // the link's target is a claim in an article ("#a3k17"); the pointer is the sentence's start
      // and length in that article's text, then each span's start and end in the sentence
      var p = links[i].dataset.p.split(" ");
      var text = articleText(links[i].getAttribute("href").slice(1).replace(/k\d+$/, "t"));
      if (text === null) { continue; }
      var s = +p[0];
      var sentence = text.slice(s, s + +p[1]);
      var quote = doc.createElement("blockquote");
      var pos = 0;
      for (var j = 2; j + 1 < p.length; j += 2) {
        var a = Math.max(pos, +p[j]);
        var b = Math.min(sentence.length, +p[j + 1]);
        if (b <= a) { continue; }
        if (a > pos) { quote.appendChild(doc.createTextNode(sentence.slice(pos, a))); }
        var mark = doc.createElement("mark");
        mark.textContent = sentence.slice(a, b);
        quote.appendChild(mark);
        pos = b;
      }
      if (sentence.length > pos) { quote.appendChild(doc.createTextNode(sentence.slice(pos))); }
      links[i].parentNode.appendChild(quote);
    }
  }

  function opened(d) {
    if (d.classList.contains("art")) { materialize(d); } else if (list && list.contains(d)) { fill(d); }
  }

  doc.addEventListener("toggle", function (e) {
    var t = e.target;
    if (t.tagName === "DETAILS" && t.open) { opened(t); }
  }, true);

  var view = rows;
  var page = 0;
  var q = doc.getElementById("q");
  var fs = doc.getElementById("fs");
  var fo = doc.getElementById("fo");
  var sort = doc.getElementById("sort");
  var shown = doc.getElementById("shown");
  var pager = doc.getElementById("pager");
  var range = doc.getElementById("range");
  var prev = doc.getElementById("prev");
  var next = doc.getElementById("next");
  var orders = {};

  function ordered() {
    var how = sort.value;
    if (!orders[how]) {
      var key = {
        "n-desc": function (a, b) { return b.n - a.n || a.i - b.i; },
        "n-asc": function (a, b) { return a.n - b.n || a.i - b.i; },
        "m-desc": function (a, b) { return b.m - a.m || b.n - a.n || a.i - b.i; },
        "text": function (a, b) { return a.text < b.text ? -1 : a.text > b.text ? 1 : a.i - b.i; }
      }[how];
      orders[how] = rows.slice().sort(key);
    }
    return orders[how];
  }

  function rowsMarkup(from, to) {
    var parts = [];
    for (var i = from; i < to; i++) { parts.push(src.slice(view[i].start, view[i].end)); }
    return parts.join("");
  }

  function render() {
    var from = page * PAGE;
    var to = Math.min(view.length, from + PAGE);
    list.replaceChildren(parse(rowsMarkup(from, to)));
    shown.textContent = view.length + " of " + rows.length + " clusters shown";
    pager.hidden = view.length <= PAGE;
    range.textContent = view.length ? "rows " + (from + 1) + "–" + to + " of " + view.length : "";
    prev.disabled = page === 0;
    next.disabled = to >= view.length;
  }

  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(function (w) { return w; });
    var status = fs.value ? " " + fs.value + " " : "";
    var outlet = fo.value === "" ? "" : " o" + fo.value + " ";
    view = ordered().filter(function (r) {
      if ((status && r.key.indexOf(status) < 0) || (outlet && r.key.indexOf(outlet) < 0)) { return false; }
      if (words.length && r.lower === null) { r.lower = (r.text + " " + r.outlets).toLowerCase(); }
      for (var w = 0; w < words.length; w++) {
        if (r.lower.indexOf(words[w]) < 0) { return false; }
      }
      return true;
    });
    page = 0;
    render();
  }

  /** Shows the page that holds a row, clearing the filters when they hide it. */
  function showRow(row) {
    var at = view.indexOf(row);
    if (at < 0) {
      q.value = "";
      fs.value = "";
      fo.value = "";
      apply();
      at = view.indexOf(row);
    }
    if (Math.floor(at / PAGE) !== page || !doc.getElementById(row.g)) {
      page = Math.floor(at / PAGE);
      render();
    }
  }

  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var el = doc.getElementById(id);
    if (!el && byAnchor[id] && list) { showRow(byAnchor[id]); }
    var art = /^(a\d+)(k\d+|t)$/.exec(id);
    if (!el && art && doc.getElementById(art[1])) { materialize(doc.getElementById(art[1])); }
    el = doc.getElementById(id);
    if (!el) { return; }
    for (var n = el; n; n = n.parentElement) {
      if (n.tagName === "DETAILS" && !n.open) { n.open = true; opened(n); }
    }
    el.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", reveal);

  // Print every row the filters let through, not just the page on screen, and every article.
  var printed = [];
  var paged = false;
  window.addEventListener("beforeprint", function () {
    paged = !!list && !list.hidden && view.length > PAGE;
    if (paged) { list.replaceChildren(parse(rowsMarkup(0, view.length))); }
    printed = Array.prototype.slice.call(doc.querySelectorAll("details:not([open])"));
    printed.forEach(function (d) { d.open = true; opened(d); });
  });
  window.addEventListener("afterprint", function () {
    printed.forEach(function (d) { d.open = false; });
    printed = [];
    if (paged) { render(); }
  });

  Array.prototype.forEach.call(doc.querySelectorAll("details.art[open]"), materialize);

  if (list && controls && rows.length) {
    controls.hidden = false;
    list.hidden = false;
    controls.addEventListener("submit", function (e) { e.preventDefault(); });
    var timer = 0;
    q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
    fs.addEventListener("change", apply);
    fo.addEventListener("change", apply);
    sort.addEventListener("change", apply);
    prev.addEventListener("click", function () { page--; render(); list.scrollIntoView(); });
    next.addEventListener("click", function () { page++; render(); list.scrollIntoView(); });
    doc.getElementById("expand").addEventListener("click", function () {
      Array.prototype.forEach.call(list.children, function (r) { var d = r.firstElementChild; d.open = true; fill(d); });
    });
    doc.getElementById("collapse").addEventListener("click", function () {
      Array.prototype.forEach.call(list.children, function (r) { r.firstElementChild.open = false; });
    });
    // a page brought back from history may have its controls restored: honour them
    if (q.value || fs.value || fo.value || sort.value !== "n-desc") { apply(); } else { render(); }
    source.remove();
  } else if (source) {
    source.replaceWith(parse(src));
  }
  reveal();
  performance.mark("corroborate-ready");
})();
