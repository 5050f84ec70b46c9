// Minga: the map of a saved prioritisation, coloured by score. Reads its data from the map element's
// data attributes (no inline scripts: the Content-Security-Policy forbids them).
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

  function legend(container, title, noDataLabel) {
    container.textContent = '';
    var strong = document.createElement('strong');
    strong.textContent = title;
    container.appendChild(strong);
    COLORS.forEach(function (color, i) {
      var item = document.createElement('span');
      var swatch = document.createElement('i');
      swatch.style.background = color;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + (i * 20) + '–' + (i === 4 ? 100 : (i + 1) * 20)));
      container.appendChild(item);
    });
    var none = document.createElement('span');
    var swatch = document.createElement('i');
    swatch.style.background = NO_DATA;
    none.appendChild(swatch);
    none.appendChild(document.createTextNode(' ' + noDataLabel));
    container.appendChild(none);
  }

  function draw(el, collection, scores) {
    var byId = {};
    scores.forEach(function (s) { byId[String(s.id)] = s; });
    var map = L.map(el, {attributionControl: !!el.dataset.tileUrl});
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, {attribution: el.dataset.tileAttribution || '', maxZoom: 18}).addTo(map);
    }
    var layer = L.geoJSON(collection, {
      style: function (feature) {
        var s = byId[String(feature.properties && feature.properties.id)];
        var scored = s && s.score !== null && s.score !== undefined;
        return {
          color: '#444', weight: 1, fillOpacity: 0.8,
          fillColor: scored ? COLORS[classOf(s.score)] : NO_DATA
        };
      },
      onEachFeature: function (feature, l) {
        var s = byId[String(feature.properties && feature.properties.id)];
        var name = (s && s.name) || (feature.properties && feature.properties.name) || '';
        var text = s && s.score !== null && s.score !== undefined
          ? name + ' · ' + el.dataset.rankLabel + ' ' + s.rank + ' · ' + el.dataset.scoreLabel + ' ' + formatScore(s.score)
          : name + ' · ' + el.dataset.noData;
        var tip = document.createElement('span');
        tip.textContent = text; // a territory's name is text a user typed, never HTML
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
    var el = document.getElementById('prioritization-map');
    if (!el) {
      return;
    }
    var scores = [];
    try {
      scores = JSON.parse(el.dataset.scores || '[]');
    } catch (e) {
      scores = [];
    }
    var legendEl = document.getElementById('prioritization-legend');
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
        draw(el, collection, scores);
        if (legendEl) {
          legend(legendEl, el.dataset.legendTitle, el.dataset.noData);
        }
      })
      .catch(function () {
        message(el, el.dataset.noGeometry);
      });
  });
})();
