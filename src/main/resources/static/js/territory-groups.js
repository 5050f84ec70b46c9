// Minga: the map of a saved clustering, each territory coloured by its group (MingaMap, map.js). Reads its data from
// the map element's data attributes (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // Twelve qualitative colours, colour-blind safe (ColorBrewer Paired); grey for a territory in no group.
  var COLORS = ['#1f78b4', '#33a02c', '#e31a1c', '#ff7f00', '#6a3d9a', '#b15928',
    '#a6cee3', '#b2df8a', '#fb9a99', '#fdbf6f', '#cab2d6', '#ffff99'];
  var NO_DATA = '#d9d9d9';

  function colorOf(group) {
    return COLORS[(group - 1) % COLORS.length];
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('groups-map');
    if (!el || !window.MingaMap) {
      return;
    }
    var groups = [];
    try {
      groups = JSON.parse(el.dataset.groups || '[]');
    } catch (e) {
      groups = [];
    }
    var byId = {};
    groups.forEach(function (g) { byId[String(g.id)] = g; });
    function of(feature) {
      return byId[String(feature.properties && feature.properties.id)];
    }
    var legendEl = document.getElementById('groups-legend');
    window.MingaMap.colored(el, {
      fillOpacity: 0.75,
      colorBy: function (feature) {
        var g = of(feature);
        return g ? colorOf(g.group) : NO_DATA;
      },
      tooltip: function (feature) {
        var g = of(feature);
        var name = (g && g.name) || (feature.properties && feature.properties.name) || '';
        return g ? name + ' · ' + g.groupName : name + ' · ' + el.dataset.noData;
      }
    }).then(function (drawn) {
      if (!drawn || !legendEl) {
        return;
      }
      var seen = {};
      var items = [];
      groups.forEach(function (g) {
        if (!seen[g.group]) {
          seen[g.group] = true;
          items.push({color: colorOf(g.group), label: g.groupName});
        }
      });
      window.MingaMap.legend(legendEl, null, items, {color: NO_DATA, label: el.dataset.noData});
    });
  });
})();
