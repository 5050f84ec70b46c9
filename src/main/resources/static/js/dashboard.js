/*
 * Situation room map: colours the children of the territory by the chosen figure (darker = more; for a
 * "lower is better" figure darker still means more, the legend says which way is better) or by the score of the
 * latest prioritisation run; a click drills down to that territory's room.
 *
 * A child without a shape of its own is drawn with the shapes of its nearest descendants that have one (a zone by
 * its localidades), coloured as the child; children with no shape at all are named under the map, and when none
 * has a shape the map says so instead of showing an empty box.
 */
(function () {
  'use strict';

  var NO_DATA = '#ffffff';

  function shade(t) {
    // light yellow to dark blue
    var a = [255, 237, 160], b = [8, 64, 129];
    var c = a.map(function (x, i) { return Math.round(x + (b[i] - x) * t); });
    return 'rgb(' + c.join(',') + ')';
  }

  function range(values) {
    var nums = Object.keys(values).map(function (k) { return values[k]; })
      .filter(function (v) { return v !== null && v !== undefined && !isNaN(v); });
    if (!nums.length) { return null; }
    return {min: Math.min.apply(null, nums), max: Math.max.apply(null, nums)};
  }

  function scale(values) {
    var r = range(values);
    return function (v) {
      if (v === null || v === undefined || isNaN(v) || !r) { return NO_DATA; }
      return shade(r.max === r.min ? 1 : (v - r.min) / (r.max - r.min));
    };
  }

  function number(v) {
    return v.toLocaleString('es-CO', {maximumFractionDigits: 1});
  }

  function legend(values) {
    var box = document.getElementById('dash-legend');
    if (!box) { return; }
    var r = range(values);
    box.hidden = false;
    box.querySelector('.legend-low').textContent = r ? number(r.min) : '';
    box.querySelector('.legend-high').textContent = r ? number(r.max) : '';
    box.querySelector('.legend-scale').hidden = !r;
  }

  function parseValues(text) {
    var out = {};
    (text || '').split(',').forEach(function (pair) {
      if (!pair) { return; }
      var p = pair.split(':');
      out[p[0]] = p[1] === '' ? null : Number(p[1]);
    });
    return out;
  }

  function names() {
    var out = {};
    document.querySelectorAll('tr[data-territory]').forEach(function (row) {
      out[row.dataset.territory] = row.querySelector('td').textContent.trim();
    });
    return out;
  }

  function depth(path) {
    return (path || '').split('/').filter(Boolean).length;
  }

  /**
   * Keeps, for each child, its own shape or else its shallowest descendants' shapes, each tagged with the child;
   * the shapes stay in the order the server gave them.
   */
  function byChild(collection, childIds) {
    var keep = new Map(), shaped = {};
    childIds.forEach(function (child) {
      var own = collection.features.filter(function (f) { return String(f.properties.id) === child; });
      var below = collection.features.filter(function (f) {
        return String(f.properties.id) !== child && (f.properties.path || '').indexOf('/' + child + '/') >= 0;
      });
      var chosen = own;
      if (!own.length && below.length) {
        var top = Math.min.apply(null, below.map(function (f) { return depth(f.properties.path); }));
        chosen = below.filter(function (f) { return depth(f.properties.path) === top; });
      }
      chosen.forEach(function (f) { keep.set(f, child); });
      shaped[child] = chosen.length > 0;
    });
    var kept = collection.features.filter(function (f) { return keep.has(f); });
    kept.forEach(function (f) { f.properties.child = keep.get(f); });
    return {type: 'FeatureCollection', features: kept, attribution: collection.attribution, shaped: shaped};
  }

  function prioritization(jurisdiction, ids) {
    return fetch('/api/v1/prioritization/runs?size=50', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : {items: []}; })
      .then(function (page) {
        var runs = page.items || [];
        var next = function (i) {
          if (i >= runs.length) { return Promise.resolve({}); }
          return fetch('/api/v1/prioritization/runs/' + runs[i].id, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (run) {
              var out = {}, hit = false;
              if (run && String(run.jurisdictionId) === String(jurisdiction)) {
                (run.results || []).forEach(function (res) {
                  if (ids.indexOf(String(res.territoryId)) >= 0) { hit = true; out[res.territoryId] = res.score === null ? null : Number(res.score); }
                });
              }
              return hit ? out : next(i + 1);
            });
        };
        return next(0);
      });
  }

  function say(text) {
    var missing = document.getElementById('dash-map-missing');
    if (missing) { missing.textContent = text; missing.hidden = !text; }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('dash-map');
    if (!el || !window.MingaMap) { return; }
    var values = parseValues(el.dataset.values);
    var childIds = Object.keys(values);
    var childNames = names();
    var drill = el.dataset.drill;
    var current = values;
    var colour = scale(values);
    var shaped = {};
    var childOf = function (f) { return String(f.properties && (f.properties.child || f.properties.id)); };
    var drawn = window.MingaMap.draw(el, el.dataset.geometry, {
      fillOpacity: 0.75,
      prepare: function (collection) {
        var prepared = byChild(collection, childIds);
        shaped = prepared.shaped;
        if (!prepared.features.length) {
          var none = new Error('no shapes');
          none.noShapes = true;
          throw none;
        }
        return prepared;
      },
      colorBy: function (f) { return colour(current[childOf(f)]); },
      tooltip: function (f) {
        var child = childOf(f);
        var v = current[child];
        var name = childNames[child] || (f.properties && f.properties.name) || '';
        return name + ': ' + (v === null || v === undefined ? 'sin dato' : number(v));
      }
    });
    drawn.then(function (res) {
      legend(values);
      var without = childIds.filter(function (id) { return !shaped[id]; }).map(function (id) { return childNames[id] || id; });
      say(without.length ? 'Sin forma en el mapa (use la tabla): ' + without.join(', ') + '.' : '');
      res.layer.eachLayer(function (l) {
        l.on('click', function () {
          var id = l.feature && childOf(l.feature);
          if (id) { window.location.href = drill + (drill.indexOf('?') >= 0 ? '&' : '?') + 'territory=' + id; }
        });
      });
      var select = document.getElementById('dash-colour');
      if (select) {
        select.addEventListener('change', function () {
          var restyle = function () {
            colour = scale(current);
            legend(current);
            res.layer.eachLayer(function (l) { if (l.setStyle) { l.setStyle({fillColor: colour(current[childOf(l.feature)])}); } });
          };
          if (select.value === 'prioritization') {
            prioritization(el.dataset.jurisdiction, childIds).then(function (p) { current = p; restyle(); });
          } else {
            current = values;
            restyle();
          }
        });
      }
    }).catch(function () {
      el.hidden = true;
      var note = document.getElementById('dash-map-note');
      if (note) { note.hidden = true; }
      say(childIds.length
        ? 'Ninguno de estos territorios tiene forma cargada en el mapa: las cifras están en la tabla.'
        : 'Este territorio no tiene subdivisiones que mostrar en el mapa.');
    });
  });
}());
