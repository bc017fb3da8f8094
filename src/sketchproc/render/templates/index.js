/* Sorting and filtering of the ranking table; no libraries, works from file:// offline. */
(function () {
  "use strict";
  var table = document.getElementById("ranking");
  /* Each group (without and with a recommended exclusion) is sorted on its own: the
     separation of the excluded group must survive every sort. */
  var groups = Array.prototype.filter.call(table.tBodies, function (body) {
    return body.hasAttribute("data-group");
  });
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var filter = document.getElementById("filter");
  var count = document.getElementById("count");

  /* German display numbers ("192.000,00 €", "80,0 %") when a cell has no data-sort value. */
  function parseGerman(text) {
    var cleaned = text.replace(/[^0-9,.\-]/g, "").replace(/\./g, "").replace(",", ".");
    var value = parseFloat(cleaned);
    return isNaN(value) ? null : value;
  }

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.getAttribute("data-sort");
    if (!numeric) {
      return cell.textContent.trim();
    }
    if (raw === null) {
      return parseGerman(cell.textContent);
    }
    return raw === "" ? null : parseFloat(raw);
  }

  function compare(a, b, numeric) {
    if (numeric) {
      return a - b;
    }
    return a.localeCompare(b, "de", { numeric: true, sensitivity: "base" });
  }

  function sortBy(key, direction) {
    var index = -1;
    headers.forEach(function (th, i) {
      if (th.getAttribute("data-key") === key) { index = i; }
    });
    if (index < 0) { return; }
    var numeric = headers[index].getAttribute("data-type") === "num";
    var sign = direction === "desc" ? -1 : 1;
    groups.forEach(function (tbody) {
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (r1, r2) {
        var a = cellValue(r1, index, numeric);
        var b = cellValue(r2, index, numeric);
        /* Missing values stay at the bottom in both directions; ties keep the rank order. */
        if (a === null || b === null) {
          if (a === b) { return rankOf(r1) - rankOf(r2); }
          return a === null ? 1 : -1;
        }
        return sign * compare(a, b, numeric) || rankOf(r1) - rankOf(r2);
      });
      rows.forEach(function (row) { tbody.appendChild(row); });
    });
    headers.forEach(function (th, i) {
      if (i === index) {
        th.setAttribute("aria-sort", direction === "desc" ? "descending" : "ascending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }

  function rankOf(row) {
    return parseInt(row.getAttribute("data-rank"), 10) || 0;
  }

  /* The URL fragment (#sort=score-desc) carries the order, so a sorted view can be bookmarked. */
  function applyHash() {
    var match = /^#sort=([A-Za-z0-9_-]+)-(asc|desc)$/.exec(window.location.hash);
    if (match) { sortBy(match[1], match[2]); }
  }

  headers.forEach(function (th) {
    th.tabIndex = 0;
    function activate() {
      var next = th.getAttribute("aria-sort") === "ascending" ? "desc" : "asc";
      window.location.hash = "sort=" + th.getAttribute("data-key") + "-" + next;
    }
    th.addEventListener("click", activate);
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); activate(); }
    });
  });

  filter.addEventListener("input", function () {
    var query = filter.value.trim().toLowerCase();
    var shown = 0;
    var total = 0;
    groups.forEach(function (tbody) {
      Array.prototype.forEach.call(tbody.rows, function (row) {
        var visible = row.textContent.toLowerCase().indexOf(query) !== -1;
        row.hidden = !visible;
        total += 1;
        if (visible) { shown += 1; }
      });
    });
    /* The nouns come from the page (the server's plural helper), not from this script. */
    var noun = count.getAttribute(total === 1 ? "data-one" : "data-many");
    count.textContent = shown + " von " + total + " " + noun;
  });

  window.addEventListener("hashchange", applyHash);
  applyHash();
}());
