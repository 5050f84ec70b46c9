/*
 * Minga maps: draws territory shapes (GeoJSON from /api/v1/territories/geometry) with Leaflet, with or
 * without a tile server, and answers "which territory is this point in" through the locate API.
 *
 * Reusable: MingaMap.draw(element, featureCollectionUrl, options) returns a Promise of
 * {map, layer, data}. Options: prepare(featureCollection) -> the collection to draw, colorBy(feature) -> CSS colour,
 * fillOpacity, tooltip(feature) -> text,
 * popup(feature) -> HTMLElement (false: none), tileUrl, tileAttribution, territoryHref ("/territories/").
 * MingaMap.colored(elementId, dataName, options) draws a page's map from its data attributes, or a warning instead;
 * MingaMap.legend and MingaMap.message are the pieces of such a page.
 */
(function () {
  'use strict';

  var DEFAULT_COLOR = '#2f6f9f';

  function text(tag, content, className) {
    var el = document.createElement(tag);
    el.textContent = content;
    if (className) {
      el.className = className;
    }
    return el;
  }

  /** Leaflet reads a string tooltip or popup as HTML; a text node never is. */
  function asText(content) {
    if (content instanceof Node) {
      return content;
    }
    return text('span', content == null ? '' : String(content));
  }

  function fetchJson(url) {
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/geo+json, application/json'}})
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          return {ok: response.ok, status: response.status, body: body};
        });
      });
  }

  function createMap(element, options) {
    var map = L.map(element, {zoomControl: true, attributionControl: true, keyboard: true});
    map.attributionControl.setPrefix(false);
    if (options.tileUrl) {
      L.tileLayer(options.tileUrl, {attribution: options.tileAttribution || '', maxZoom: 19}).addTo(map);
    }
    return map;
  }

  /** The feature collection at url; a refused answer is an Error with its status and the problem's detail. */
  function load(url) {
    return fetchJson(url).then(function (result) {
      if (!result.ok) {
        var error = new Error((result.body && result.body.detail) || ('HTTP ' + result.status));
        error.status = result.status;
        throw error;
      }
      return result.body;
    });
  }

  function draw(element, url, options) {
    options = options || {};
    var map = options.map || createMap(element, options);
    return load(url).then(function (body) {
      return render(map, body, options);
    });
  }

  /** Draws a collection already loaded, on a new map in element (or options.map). */
  function show(element, collection, options) {
    options = options || {};
    return render(options.map || createMap(element, options), collection, options);
  }

  function render(map, body, options) {
    var colorBy = options.colorBy || function () { return DEFAULT_COLOR; };
    var data = options.prepare ? options.prepare(body) : body;
    var layer = L.geoJSON(data, {
      style: function (feature) {
        var color = colorBy(feature) || DEFAULT_COLOR;
        return {color: '#1d3b53', weight: 1.2, fillColor: color, fillOpacity: options.fillOpacity || 0.45};
      },
      onEachFeature: function (feature, featureLayer) {
        var p = feature.properties || {};
        var tip = options.tooltip ? options.tooltip(feature) : p.name + (p.levelName ? ' (' + p.levelName + ')' : '');
        // a territory's name is text a user typed: Leaflet would insert a string as HTML, an element it does not
        featureLayer.bindTooltip(asText(tip), {sticky: true});
        if (options.popup !== false) {
          featureLayer.bindPopup(options.popup ? options.popup(feature) : defaultPopup(feature, options));
        }
      }
    }).addTo(map);
    if (data.attribution) {
      map.attributionControl.addAttribution(data.attribution);
    }
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, {padding: [8, 8]});
    } else {
      map.setView([4.6, -74.1], 10);
    }
    return {map: map, layer: layer, data: data};
  }

  /** Replaces a map element by a warning (no shapes, no Leaflet, the shapes did not load). */
  function message(element, content) {
    element.classList.add('map-message');
    element.style.height = 'auto';
    element.style.minHeight = '0';
    element.textContent = '';
    element.appendChild(text('p', content, 'notice warning'));
  }

  /**
   * A legend: an optional title, then a swatch and its words per item ({color, label}), and last the colour of the
   * territories without data.
   */
  function legend(container, title, items, noData) {
    container.textContent = '';
    if (title) {
      container.appendChild(text('strong', title));
    }
    items.concat([{color: noData.color, label: noData.label}]).forEach(function (item) {
      var entry = document.createElement('span');
      var swatch = document.createElement('i');
      swatch.style.background = item.color;
      entry.appendChild(swatch);
      entry.appendChild(document.createTextNode(' ' + item.label));
      container.appendChild(entry);
    });
  }

  /**
   * A page's map of territories coloured from data it carries, once the page is loaded: the element with id
   * elementId holds in data-{dataName} a JSON list of items with an id (a territory's), in data-geometry-url the
   * shapes, in data-no-geometry the warning shown when there are none, in data-tile-url/-attribution the tiles.
   * options.colorBy(item, feature) and options.tooltip(item, name, element) get the territory's item (undefined
   * when it has none); options.drawn(items, element) runs once the shapes are drawn (the legend).
   */
  function colored(elementId, dataName, options) {
    onLoad(function () {
      var element = document.getElementById(elementId);
      if (!element) {
        return;
      }
      var d = element.dataset;
      var items = [];
      try {
        items = JSON.parse(d[dataName] || '[]');
      } catch (e) {
        items = [];
      }
      var byId = {};
      items.forEach(function (item) { byId[String(item.id)] = item; });
      function itemOf(feature) {
        return byId[String(feature.properties && feature.properties.id)];
      }
      if (typeof L === 'undefined') {
        message(element, d.noGeometry);
        return;
      }
      load(d.geometryUrl).then(function (collection) {
        if (!collection || !Array.isArray(collection.features) || collection.features.length === 0) {
          message(element, d.noGeometry);
          return;
        }
        show(element, collection, {
          tileUrl: d.tileUrl, tileAttribution: d.tileAttribution, popup: false, fillOpacity: options.fillOpacity,
          colorBy: function (feature) { return options.colorBy(itemOf(feature), feature); },
          tooltip: function (feature) {
            var item = itemOf(feature);
            var name = (item && item.name) || (feature.properties && feature.properties.name) || '';
            return options.tooltip(item, name, element);
          }
        });
        if (options.drawn) {
          options.drawn(items, element);
        }
      }).catch(function () {
        message(element, d.noGeometry);
      });
    });
  }

  function onLoad(run) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', run);
    } else {
      run();
    }
  }

  function defaultPopup(feature, options) {
    var p = feature.properties || {};
    var box = document.createElement('div');
    box.appendChild(text('strong', p.name));
    if (p.levelName) {
      box.appendChild(document.createElement('br'));
      box.appendChild(text('span', p.levelName + (p.code ? ' · ' + p.code : '')));
    }
    if (options.territoryHref && p.id != null) {
      box.appendChild(document.createElement('br'));
      var a = text('a', options.openLabel || 'Ver el territorio');
      a.href = options.territoryHref + p.id;
      box.appendChild(a);
    }
    return box;
  }

  function locate(locateUrl, lat, lon) {
    var sep = locateUrl.indexOf('?') >= 0 ? '&' : '?';
    return fetchJson(locateUrl + sep + 'lat=' + encodeURIComponent(lat) + '&lon=' + encodeURIComponent(lon));
  }

  function initMapPage() {
    var element = document.getElementById('territory-map');
    if (!element || typeof L === 'undefined') {
      return;
    }
    var d = element.dataset;
    var status = document.getElementById('map-status');
    var result = document.getElementById('locate-result');
    var form = document.getElementById('locate-form');
    var marker = null;
    status.textContent = d.msgLoading;

    var drawn = draw(element, d.features, {
      tileUrl: d.tileUrl, tileAttribution: d.tileAttribution,
      territoryHref: d.territoryHref, openLabel: d.msgOpen
    });
    drawn.then(function (r) {
      var n = (r.data.features || []).length;
      status.textContent = n === 0 ? d.msgEmpty : n + ' ' + d.msgFound;
      if (r.data.attribution) {
        var note = document.getElementById('map-attribution');
        note.textContent = r.data.attribution;
        note.hidden = false;
      }
      r.map.on('click', function (e) {
        form.elements.lat.value = e.latlng.lat.toFixed(5);
        form.elements.lon.value = e.latlng.lng.toFixed(5);
        ask(r.map);
      });
    }).catch(function (e) {
      status.textContent = d.msgLoadError + ' ' + e.message;
    });

    function ask(map) {
      var lat = form.elements.lat.value;
      var lon = form.elements.lon.value;
      result.textContent = d.msgLocating;
      locate(d.locate, lat, lon).then(function (answer) {
        result.textContent = '';
        if (marker) {
          marker.remove();
          marker = null;
        }
        if (answer.ok) {
          var t = answer.body;
          var chain = (t.ancestors || []).map(function (a) { return a.name; }).concat([t.name]).join(' › ');
          var p = document.createElement('p');
          p.appendChild(document.createTextNode(d.msgIn + ' '));
          var link = text('a', t.name);
          link.href = d.territoryHref + t.id;
          p.appendChild(link);
          p.appendChild(document.createTextNode(' (' + t.levelName + ', ' + t.code + ').'));
          result.appendChild(p);
          result.appendChild(text('p', chain, 'hint'));
          if (map && isFinite(lat) && isFinite(lon)) {
            marker = L.circleMarker([Number(lat), Number(lon)],
              {radius: 7, color: '#8a1c1c', weight: 3, fillColor: '#ffffff', fillOpacity: 1}).addTo(map);
          }
        } else if (answer.status === 404) {
          result.appendChild(text('p', d.msgNotFound));
        } else {
          var errors = (answer.body && answer.body.errors) || [];
          var msg = errors.length ? errors.map(function (x) { return x.message; }).join(' ')
            : (answer.body && answer.body.detail) || ('HTTP ' + answer.status);
          result.appendChild(text('p', msg, 'error'));
        }
      }).catch(function (e) {
        result.textContent = e.message;
      });
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      drawn.then(function (r) { ask(r.map); }, function () { ask(null); });
    });
  }

  window.MingaMap = {draw: draw, show: show, load: load, colored: colored, message: message, legend: legend,
    locate: locate};
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initMapPage);
  } else {
    initMapPage();
  }
})();
