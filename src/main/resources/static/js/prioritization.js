// Minga: the map of a saved prioritisation, coloured by score (MingaMap.colored, map.js). Reads its data from the
// map element's data attributes (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // Five classes of score, from "least need" to "act first"; colour-blind safe (ColorBrewer OrRd).
  var COLORS = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
  var NO_DATA = '#d9d9d9';

  function scored(s) {
    return s && s.score !== null && s.score !== undefined;
  }

  window.MingaMap.colored('prioritization-map', 'scores', {
    fillOpacity: 0.8,
    colorBy: function (s) {
      return scored(s) ? COLORS[Math.min(4, Math.max(0, Math.floor(s.score / 20)))] : NO_DATA;
    },
    tooltip: function (s, name, el) {
      return scored(s)
        ? name + ' · ' + el.dataset.rankLabel + ' ' + s.rank + ' · ' + el.dataset.scoreLabel + ' '
          + Number(s.score).toLocaleString('es-CO', {maximumFractionDigits: 1})
        : name + ' · ' + el.dataset.noData;
    },
    drawn: function (scores, el) {
      var legend = document.getElementById('prioritization-legend');
      if (legend) {
        window.MingaMap.legend(legend, el.dataset.legendTitle, COLORS.map(function (color, i) {
          return {color: color, label: (i * 20) + '–' + (i === 4 ? 100 : (i + 1) * 20)};
        }), {color: NO_DATA, label: el.dataset.noData});
      }
    }
  });
})();
