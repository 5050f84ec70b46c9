// Minga's service worker for the pages used in the field without a connection: a survey in surveyor mode, the
// registration page of a fair's stand and the field worker's offline day (a shell: its households are in IndexedDB,
// encrypted, never in this cache). It keeps those pages (as last loaded online) and their assets, so they open
// again with the connection down. What people submit is queued by offline-queue.js, never by this worker.
'use strict';
var CACHE = 'minga-offline-v4';
var ASSETS = ['/css/app.css', '/js/app.js', '/js/offline-queue.js', '/js/surveyor.js', '/js/fair-register.js',
  '/js/offline-vault.js', '/js/alert-rules.js', '/js/evidence-capture.js', '/js/field-day.js', '/js/lists.js',
  '/webjars/picocss__pico/css/pico.min.css', '/webjars/htmx.org/dist/htmx.min.js'];
var OFFLINE_PAGES = [/^\/participation\/surveys\/\d+\/surveyor$/, /^\/fairs\/\d+\/register$/, /^\/field-day$/];

function offlinePage(path) {
  return OFFLINE_PAGES.some(function (re) { return re.test(path); });
}

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
  if (req.mode === 'navigate' && offlinePage(url.pathname)) {
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
