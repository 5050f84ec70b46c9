// Where fairs were held: the barrios of the jurisdiction, those with a fair in the year highlighted.
(function () {
  'use strict';
  function init() {
    var el = document.getElementById('fair-map');
    if (!el || !window.MingaMap) { return; }
    var held = (el.getAttribute('data-held') || '').split(',').filter(function (c) { return c; });
    window.MingaMap.draw(el, el.getAttribute('data-url'), {
      colorBy: function (f) { return held.indexOf((f.properties || {}).code) >= 0 ? '#c0392b' : '#9aa7b0'; },
      tooltip: function (f) {
        var p = f.properties || {};
        return p.name + (held.indexOf(p.code) >= 0 ? ' — jornada realizada' : '');
      }
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
