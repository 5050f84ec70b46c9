// Minga: the map of a saved clustering, each territory coloured by its group. Reads its data from the map element's
// data attributes (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // Twelve qualitative colours, colour-blind safe (ColorBrewer Paired); grey for a territory in no group.
  var COLORS = ['#1f78b4', '#33a02c', '#e31a1c', '#ff7f00', '#6a3d9a', '#b15928',
    '#a6cee3', '#b2df8a', '#fb9a99', '#fdbf6f', '#cab2d6', '#ffff99'];
  var NO_DATA = '#d9d9d9';

  function colorOf(group) {
    return COLORS[(group - 1) % COLORS.length];
  }

  function message(el, text) {
    el.classList.add('map-message');
    el.style.height = 'auto';
    el.style.minHeight = '0';
    el.textContent = '';
    var p = document.createElement('p');
    p.className = 'notice warning';
    p.textContent = text;
    el.appendChild(p);
  }

  function legend(container, groups, noDataLabel) {
    container.textContent = '';
    var seen = {};
    groups.forEach(function (g) {
      if (seen[g.group]) {
        return;
      }
      seen[g.group] = true;
      var item = document.createElement('span');
      var swatch = document.createElement('i');
      swatch.style.background = colorOf(g.group);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + g.groupName));
      container.appendChild(item);
    });
    var none = document.createElement('span');
    var swatch = document.createElement('i');
    swatch.style.background = NO_DATA;
    none.appendChild(swatch);
    none.appendChild(document.createTextNode(' ' + noDataLabel));
    container.appendChild(none);
  }

  function draw(el, collection, groups) {
    var byId = {};
    groups.forEach(function (g) { byId[String(g.id)] = g; });
    var map = L.map(el, {attributionControl: !!el.dataset.tileUrl});
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, {attribution: el.dataset.tileAttribution || '', maxZoom: 18}).addTo(map);
    }
    var layer = L.geoJSON(collection, {
      style: function (feature) {
        var g = byId[String(feature.properties && feature.properties.id)];
        return {color: '#444', weight: 1, fillOpacity: 0.75, fillColor: g ? colorOf(g.group) : NO_DATA};
      },
      onEachFeature: function (feature, l) {
        var g = byId[String(feature.properties && feature.properties.id)];
        var name = (g && g.name) || (feature.properties && feature.properties.name) || '';
        var tip = document.createElement('span');
        tip.textContent = g ? name + ' · ' + g.groupName : name + ' · ' + el.dataset.noData; // text, never HTML
        l.bindTooltip(tip);
      }
    }).addTo(map);
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds);
    } else {
      map.setView([4.6, -74.1], 10);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('groups-map');
    if (!el) {
      return;
    }
    var groups = [];
    try {
      groups = JSON.parse(el.dataset.groups || '[]');
    } catch (e) {
      groups = [];
    }
    var legendEl = document.getElementById('groups-legend');
    fetch(el.dataset.geometryUrl, {headers: {'Accept': 'application/geo+json, application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        if (!collection || !Array.isArray(collection.features) || collection.features.length === 0
            || typeof L === 'undefined') {
          message(el, el.dataset.noGeometry);
          return;
        }
        draw(el, collection, groups);
        if (legendEl) {
          legend(legendEl, groups, el.dataset.noData);
        }
      })
      .catch(function () {
        message(el, el.dataset.noGeometry);
      });
  });
})();
