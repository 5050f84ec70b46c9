// Minga: lists that work on a phone (issue 17). Progressive enhancement of every table in the content:
// - each cell learns its column's heading (data-label), so that on a narrow screen CSS shows a row as a card of
//   "heading: value" lines, with the status, due date and actions visible and no sideways scroll of the page;
// - a scrollable table region can be reached and scrolled with the keyboard (tabindex, role and name), as WCAG asks.
// A table that must stay a grid (a matrix, a calendar) carries class "keep-table".
(function () {
  function headings(table) {
    var row = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!row) { return null; }
    var labels = [];
    Array.prototype.forEach.call(row.cells, function (th) {
      for (var i = 0; i < (th.colSpan || 1); i++) { labels.push(th.textContent.trim()); }
    });
    return labels;
  }
  function label(table) {
    var labels = headings(table);
    if (!labels || table.classList.contains('keep-table')) { return; }
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (tr) {
        var column = 0;
        Array.prototype.forEach.call(tr.cells, function (cell) {
          if (!cell.hasAttribute('data-label') && labels[column]) { cell.setAttribute('data-label', labels[column]); }
          column += cell.colSpan || 1;
        });
      });
    });
    table.classList.add('as-cards');
  }
  function name(region) {
    var table = region.querySelector('table');
    var caption = table && table.caption ? table.caption.textContent.trim() : '';
    if (caption) { return caption; }
    for (var el = region.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) { return el.textContent.trim(); }
    }
    var heading = document.querySelector('main h1');
    return heading ? heading.textContent.trim() : 'Tabla';
  }
  function enhance(root) {
    Array.prototype.forEach.call(root.querySelectorAll('main table'), label);
    Array.prototype.forEach.call(root.querySelectorAll('.table-scroll'), function (region) {
      if (!region.hasAttribute('tabindex')) { region.setAttribute('tabindex', '0'); }
      if (!region.hasAttribute('role')) { region.setAttribute('role', 'region'); }
      if (!region.hasAttribute('aria-label')) { region.setAttribute('aria-label', name(region)); }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:afterSettle', function (event) { enhance(event.target.ownerDocument || document); });
})();
