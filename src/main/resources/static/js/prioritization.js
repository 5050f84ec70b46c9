// Minga: the map of a saved prioritisation, coloured by score (MingaMap, map.js). Reads its data from the map
// element's data attributes (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // Five classes of score, from "least need" to "act first"; colour-blind safe (ColorBrewer OrRd).
  var COLORS = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
  var NO_DATA = '#d9d9d9';

  function classOf(score) {
    return Math.min(4, Math.max(0, Math.floor(score / 20)));
  }

  function formatScore(score) {
    return Number(score).toLocaleString('es-CO', {maximumFractionDigits: 1});
  }

  function scored(s) {
    return s && s.score !== null && s.score !== undefined;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('prioritization-map');
    if (!el || !window.MingaMap) {
      return;
    }
    var scores = [];
    try {
      scores = JSON.parse(el.dataset.scores || '[]');
    } catch (e) {
      scores = [];
    }
    var byId = {};
    scores.forEach(function (s) { byId[String(s.id)] = s; });
    function of(feature) {
      return byId[String(feature.properties && feature.properties.id)];
    }
    var legendEl = document.getElementById('prioritization-legend');
    window.MingaMap.colored(el, {
      fillOpacity: 0.8,
      colorBy: function (feature) {
        var s = of(feature);
        return scored(s) ? COLORS[classOf(s.score)] : NO_DATA;
      },
      tooltip: function (feature) {
        var s = of(feature);
        var name = (s && s.name) || (feature.properties && feature.properties.name) || '';
        return scored(s)
          ? name + ' · ' + el.dataset.rankLabel + ' ' + s.rank + ' · ' + el.dataset.scoreLabel + ' ' + formatScore(s.score)
          : name + ' · ' + el.dataset.noData;
      }
    }).then(function (drawn) {
      if (drawn && legendEl) {
        window.MingaMap.legend(legendEl, el.dataset.legendTitle, COLORS.map(function (color, i) {
          return {color: color, label: (i * 20) + '–' + (i === 4 ? 100 : (i + 1) * 20)};
        }), {color: NO_DATA, label: el.dataset.noData});
      }
    });
  });
})();
