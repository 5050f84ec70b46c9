/*
 * Situation room map: colours the children of the territory by the chosen figure (darker = more; for a
 * "lower is better" figure darker still means more, the legend says which way is better) or by the score of the
 * latest prioritisation run; a click drills down to that territory's room.
 */
(function () {
  'use strict';

  function shade(t) {
    // light yellow to dark blue
    var a = [255, 237, 160], b = [8, 64, 129];
    var c = a.map(function (x, i) { return Math.round(x + (b[i] - x) * t); });
    return 'rgb(' + c.join(',') + ')';
  }

  function scale(values) {
    var nums = Object.keys(values).map(function (k) { return values[k]; }).filter(function (v) { return v !== null; });
    var max = Math.max.apply(null, nums.concat([0]));
    var min = Math.min.apply(null, nums.concat([max]));
    return function (v) {
      if (v === null || v === undefined) { return '#cccccc'; }
      return shade(max === min ? 1 : (v - min) / (max - min));
    };
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

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('dash-map');
    if (!el || !window.MingaMap) { return; }
    var values = parseValues(el.dataset.values);
    var drill = el.dataset.drill;
    var current = values;
    var colour = scale(values);
    var drawn = window.MingaMap.draw(el, el.dataset.geometry, {
      colorBy: function (f) { return colour(current[String(f.properties && f.properties.id)]); },
      tooltip: function (f) {
        var v = current[String(f.properties && f.properties.id)];
        return (f.properties && f.properties.name || '') + ': ' + (v === null || v === undefined ? 'sin dato' : v.toLocaleString('es'));
      }
    });
    drawn.then(function (res) {
      res.layer.eachLayer(function (l) {
        l.on('click', function () {
          var id = l.feature && l.feature.properties && l.feature.properties.id;
          if (id) { window.location.href = drill + (drill.indexOf('?') >= 0 ? '&' : '?') + 'territory=' + id; }
        });
      });
      var select = document.getElementById('dash-colour');
      if (select) {
        select.addEventListener('change', function () {
          var restyle = function () {
            colour = scale(current);
            res.layer.eachLayer(function (l) { if (l.setStyle) { l.setStyle({fillColor: colour(current[String(l.feature.properties.id)])}); } });
          };
          if (select.value === 'prioritization') {
            prioritization(el.dataset.jurisdiction, Object.keys(values)).then(function (p) { current = p; restyle(); });
          } else {
            current = values;
            restyle();
          }
        });
      }
    }).catch(function () {
      var note = document.getElementById('dash-map-note');
      if (note) { note.textContent = 'No hay geometría cargada para estos territorios; use la tabla.'; }
    });
  });
}());
