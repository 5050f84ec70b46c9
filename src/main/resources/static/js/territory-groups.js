// Minga: the map of a saved clustering, each territory coloured by its group (MingaMap.colored, map.js). Reads its
// data from the map element's data attributes (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // Twelve qualitative colours, colour-blind safe (ColorBrewer Paired); grey for a territory in no group.
  var COLORS = ['#1f78b4', '#33a02c', '#e31a1c', '#ff7f00', '#6a3d9a', '#b15928',
    '#a6cee3', '#b2df8a', '#fb9a99', '#fdbf6f', '#cab2d6', '#ffff99'];
  var NO_DATA = '#d9d9d9';

  function colorOf(group) {
    return COLORS[(group - 1) % COLORS.length];
  }

  window.MingaMap.colored('groups-map', 'groups', {
    fillOpacity: 0.75,
    colorBy: function (g) {
      return g ? colorOf(g.group) : NO_DATA;
    },
    tooltip: function (g, name, el) {
      return g ? name + ' · ' + g.groupName : name + ' · ' + el.dataset.noData;
    },
    drawn: function (groups, el) {
      var legend = document.getElementById('groups-legend');
      if (!legend) {
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
      window.MingaMap.legend(legend, null, items, {color: NO_DATA, label: el.dataset.noData});
    }
  });
})();
