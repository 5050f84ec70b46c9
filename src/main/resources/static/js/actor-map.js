/*
 * Actor map: the network of alliances as an SVG graph (alliances in the centre ring, actors around), and
 * the social assets as markers over the territory's shape. Plain DOM, no inline script (CSP).
 */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }

  function short(label) {
    return label.length > 34 ? label.substring(0, 32) + '…' : label;
  }

  function drawNetwork(box) {
    fetch(box.dataset.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var alliances = data.nodes.filter(function (n) { return n.kind === 'alliance'; });
        var actors = data.nodes.filter(function (n) { return n.kind === 'actor'; });
        if (!alliances.length) {
          box.textContent = box.dataset.empty || '—';
          return;
        }
        var size = 760, c = size / 2, pos = {};
        var inner = alliances.length === 1 ? 0 : 120, outer = 300;
        alliances.forEach(function (n, i) {
          var a = 2 * Math.PI * i / alliances.length;
          pos[n.id] = {x: c + inner * Math.cos(a), y: c + inner * Math.sin(a)};
        });
        actors.forEach(function (n, i) {
          var a = 2 * Math.PI * i / actors.length - Math.PI / 2;
          pos[n.id] = {x: c + outer * Math.cos(a), y: c + outer * Math.sin(a)};
        });
        var svg = el('svg', {viewBox: '0 0 ' + size + ' ' + size, 'aria-hidden': 'true'});
        data.links.forEach(function (l) {
          var s = pos[l.source], t = pos[l.target];
          var line = el('line', {x1: s.x, y1: s.y, x2: t.x, y2: t.y});
          line.appendChild(el('title', {}, l.actorName + ' → ' + l.allianceName + (l.label ? ': ' + l.label : '')));
          svg.appendChild(line);
        });
        data.nodes.forEach(function (n) {
          var p = pos[n.id];
          var g = el('g', {});
          g.appendChild(el('circle', {cx: p.x, cy: p.y, r: n.kind === 'alliance' ? 11 : 7, 'class': n.kind}));
          var right = p.x >= c;
          g.appendChild(el('text', {x: p.x + (right ? 12 : -12), y: p.y + 4, 'text-anchor': right ? 'start' : 'end',
            'font-weight': n.kind === 'alliance' ? 'bold' : 'normal'}, short(n.label)));
          g.appendChild(el('title', {}, n.label + ' (' + n.group + ')'));
          svg.appendChild(g);
        });
        box.appendChild(svg);
      })
      .catch(function () { box.textContent = '—'; });
  }

  function drawAssets(box) {
    var map = L.map(box, {keyboard: true});
    map.attributionControl.setPrefix(false);
    if (box.dataset.tileUrl) {
      L.tileLayer(box.dataset.tileUrl, {attribution: box.dataset.tileAttribution || '', maxZoom: 19}).addTo(map);
    }
    var shape = window.MingaMap.draw(box, box.dataset.geometry, {map: map}).catch(function () { return null; });
    fetch(box.dataset.assets, {credentials: 'same-origin', headers: {'Accept': 'application/geo+json'}})
      .then(function (r) { return r.json(); })
      .then(function (collection) {
        // GeoJSON (RFC 7946): each asset a Point at [longitude, latitude]
        var group = L.featureGroup();
        (collection.features || []).forEach(function (f) {
          var a = f.properties || {};
          var m = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {title: a.name, alt: a.name, keyboard: true});
          var pop = document.createElement('div');
          var strong = document.createElement('strong');
          strong.textContent = a.name;
          pop.appendChild(strong);
          if (a.territory) { pop.appendChild(document.createTextNode(' — ' + a.territory)); }
          m.bindPopup(pop);
          group.addLayer(m);
        });
        group.addTo(map);
        shape.then(function (r) {
          if (!r && group.getLayers().length) {
            map.fitBounds(group.getBounds(), {padding: [20, 20], maxZoom: 15});
          } else if (!r) {
            map.setView([4.6, -74.1], 10);
          }
        });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var network = document.getElementById('alliance-network');
    if (network) { drawNetwork(network); }
    var assets = document.getElementById('asset-map');
    if (assets && window.L && window.MingaMap) { drawAssets(assets); }
  });
})();
