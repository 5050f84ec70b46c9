/*
 * Local management board map: the households of a territory clustered on the server (one circle per child territory,
 * sized by its households, red when some have a high or critical alert), or the households themselves once the
 * territory has no children (each opens its page, which is on the access log), and the field teams as squares.
 * Text goes in through textContent only: names typed by people are never read as HTML.
 */
(function () {
  'use strict';

  function el(tag, text, href) {
    var e = document.createElement(tag);
    e.textContent = text;
    if (href) { e.href = href; }
    return e;
  }

  function popup(lines, link, label) {
    var box = document.createElement('div');
    lines.forEach(function (l) { box.appendChild(el('div', l)); });
    if (link) { box.appendChild(el('a', label, link)); }
    return box;
  }

  function start() {
    var node = document.getElementById('board-map');
    if (!node || typeof L === 'undefined') { return; }
    fetch(node.dataset.api, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (b) {
        var map = L.map(node, {keyboard: true});
        map.attributionControl.setPrefix(false);
        var bounds = [];
        var max = Math.max.apply(null, [1].concat(b.clusters.map(function (c) { return c.households; })));
        b.clusters.forEach(function (c) {
          if (c.lat == null) { return; }
          var m = L.circleMarker([c.lat, c.lon], {
            radius: 6 + 24 * Math.sqrt(c.households / max),
            color: c.withSevereAlerts > 0 ? '#b00020' : '#2f6f9f', fillOpacity: 0.5
          }).addTo(map);
          m.bindTooltip(c.name + ': ' + c.households);
          m.bindPopup(popup([c.name, 'Hogares: ' + c.households, 'Priorizados: ' + c.priority,
            'Con alerta abierta: ' + c.withAlerts, 'Con alerta alta o crítica: ' + c.withSevereAlerts,
            'Con plan de cuidado activo: ' + c.withActivePlan].concat(c.approximate ? ['Ubicación aproximada'] : []),
            node.dataset.drill + '?territory=' + c.territoryId, 'Ver sus hogares'));
          bounds.push([c.lat, c.lon]);
        });
        b.households.forEach(function (h) {
          if (h.lat == null) { return; }
          var m = L.circleMarker([h.lat, h.lon], {radius: 5, color: h.openAlerts > 0 ? '#b00020' : '#2f6f9f'})
            .addTo(map);
          m.bindPopup(popup([h.code, 'Alertas abiertas: ' + h.openAlerts], node.dataset.household + h.id,
            'Abrir el hogar'));
          bounds.push([h.lat, h.lon]);
        });
        b.teams.forEach(function (t) {
          if (t.lat == null) { return; }
          var icon = L.divIcon({className: 'board-team-icon', html: '', iconSize: [14, 14]});
          L.marker([t.lat, t.lon], {icon: icon, keyboard: true, title: t.name}).addTo(map)
            .bindPopup(popup([t.name, (t.contactPhone || '') + ' ' + (t.contactEmail || ''),
              'Hogares: ' + t.households + ' · alertas: ' + t.openAlerts]));
          bounds.push([t.lat, t.lon]);
        });
        if (bounds.length) {
          map.fitBounds(bounds, {padding: [30, 30], maxZoom: 15});
        } else if (b.lat != null) {
          map.setView([b.lat, b.lon], 12);
        } else {
          map.setView([4.65, -74.1], 11);
        }
      });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
