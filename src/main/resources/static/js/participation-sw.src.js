// Minga surveyor service worker: keeps the surveyor pages and their assets so a trained surveyor can open a
// survey in the field without a connection. Answers are queued by offline-queue.js, never by this worker.
'use strict';
var CACHE = 'minga-surveyor-v1';
var ASSETS = ['/css/app.css', '/js/app.js', '/js/offline-queue.js', '/js/surveyor.js',
  '/webjars/picocss__pico/css/pico.min.css', '/webjars/htmx.org/dist/htmx.min.js'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(ASSETS); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') {
    return; // submissions go to the network (and to the queue when it fails)
  }
  var url = new URL(req.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (req.mode === 'navigate' && /^\/participation\/surveys\/\d+\/surveyor$/.test(url.pathname)) {
    event.respondWith(fetch(req).then(function (res) {
      if (res.ok) {
        var copy = res.clone();
        caches.open(CACHE).then(function (c) { c.put(req, copy); });
      }
      return res;
    }).catch(function () {
      return caches.match(req).then(function (hit) { return hit || new Response('Sin conexión', {status: 503}); });
    }));
    return;
  }
  if (ASSETS.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.match(req).then(function (hit) { return hit || fetch(req); }));
  }
});
