/*
 * The map of a Red MAS Bienestar: the shapes of its territories (MingaMap) and a marker for each located social asset
 * the network's GeoJSON lists, its member actors' in green, the assets and service places it ties in orange. Names are text, never HTML. No inline script (CSP).
 */
(function () {
  'use strict';

  function popup(p, memberLabel, kindLabels) {
    var box = document.createElement('div');
    if (kindLabels[p.kind]) {
      var kind = document.createElement('small');
      kind.textContent = kindLabels[p.kind];
      box.appendChild(kind);
      box.appendChild(document.createElement('br'));
    }
    var strong = document.createElement('strong');
    strong.textContent = p.name;
    box.appendChild(strong);
    if (p.place) {
      box.appendChild(document.createElement('br'));
      box.appendChild(document.createTextNode(p.place + (p.address ? ' · ' + p.address : '')));
    }
    if (p.actor) {
      box.appendChild(document.createElement('br'));
      box.appendChild(document.createTextNode((p.kind === 'member' ? memberLabel + ': ' : '') + p.actor
        + (p.role ? ' (' + p.role + ')' : '')));
    }
    if (p.territory) {
      box.appendChild(document.createElement('br'));
      box.appendChild(document.createTextNode(p.territory));
    }
    return box;
  }

  function draw(box) {
    var map = L.map(box, {keyboard: true});
    map.attributionControl.setPrefix(false);
    if (box.dataset.tileUrl) {
      L.tileLayer(box.dataset.tileUrl, {attribution: box.dataset.tileAttribution || '', maxZoom: 19}).addTo(map);
    }
    var ids = (box.dataset.territories || '').split(',').filter(function (x) { return x; });
    var shapes = Promise.all(ids.map(function (id) {
      return window.MingaMap.draw(box, '/api/v1/territories/' + id + '/geometry', {map: map})
        .catch(function () { return null; });
    }));
    fetch(box.dataset.points, {credentials: 'same-origin', headers: {'Accept': 'application/geo+json'}})
      .then(function (r) { return r.json(); })
      .then(function (collection) {
        var group = L.featureGroup();
        (collection.features || []).forEach(function (f) {
          var p = f.properties || {};
          var latLng = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
          var tied = p.kind === 'social-asset' || p.kind === 'service';
          var marker = p.kind === 'member'
            ? L.circleMarker(latLng, {radius: 9, color: '#1b5e20', fillColor: '#43a047', fillOpacity: 0.9})
            : tied
              ? L.circleMarker(latLng, {radius: 8, color: '#8a3b00', fillColor: '#e67e22', fillOpacity: 0.9})
              : L.circleMarker(latLng, {radius: 6, color: '#1d3b53', fillColor: '#2f6f9f', fillOpacity: 0.7});
          var tip = document.createElement('span');
          tip.textContent = p.name;
          marker.bindTooltip(tip);
          marker.bindPopup(popup(p, box.dataset.member || '',
            {'social-asset': box.dataset.tiedAsset || '', service: box.dataset.service || ''}));
          group.addLayer(marker);
        });
        group.addTo(map);
        shapes.then(function (drawn) {
          var any = drawn.some(function (d) { return d; });
          if (!any && group.getLayers().length) {
            map.fitBounds(group.getBounds(), {padding: [20, 20], maxZoom: 15});
          } else if (!any) {
            map.setView([4.6, -74.1], 10);
          }
        });
      })
      .catch(function () { map.setView([4.6, -74.1], 10); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('network-map');
    if (box && window.L && window.MingaMap) { draw(box); }
  });
})();
