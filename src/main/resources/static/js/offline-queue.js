// Minga offline queue: keeps JSON submissions in IndexedDB, each with a client-generated UUID, and sends them when
// the connection returns. The server stores a submission once per UUID, so sending twice is harmless.
// Reusable: MingaOfflineQueue.create({store: 'survey-responses', onChange: function (state) {...}}).
(function () {
  'use strict';
  var DB = 'minga-offline';

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function open(store) {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB + '-' + store, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore('queue', {keyPath: 'uuid'}); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function tx(db, mode, fn) {
    return new Promise(function (resolve, reject) {
      var t = db.transaction('queue', mode);
      var result = fn(t.objectStore('queue'));
      t.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : undefined); };
      t.onerror = function () { reject(t.error); };
    });
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var h = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (token && header) {
      h[header.content] = token.content;
    }
    return h;
  }

  function create(options) {
    var store = options.store || 'default';
    var onChange = options.onChange || function () {};
    var dbp = open(store);
    var sending = false;
    var lastError = null;

    function all() {
      return dbp.then(function (db) { return tx(db, 'readonly', function (s) { return s.getAll(); }); });
    }

    function remove(id) {
      return dbp.then(function (db) { return tx(db, 'readwrite', function (s) { return s.delete(id); }); });
    }

    function report(extra) {
      return all().then(function (items) {
        var state = {pending: items.length, items: items, online: navigator.onLine, error: lastError};
        if (extra) { Object.keys(extra).forEach(function (k) { state[k] = extra[k]; }); }
        onChange(state);
        return state;
      });
    }

    function sendOne(item) {
      return fetch(item.url, {method: 'POST', headers: csrf(), credentials: 'same-origin', body: JSON.stringify(item.body)})
        .then(function (res) {
          if (res.ok) {
            return remove(item.uuid).then(function () { return {sent: item}; });
          }
          if (res.status >= 400 && res.status < 500 && res.status !== 401 && res.status !== 403 && res.status !== 408 && res.status !== 429) {
            // the server refuses this submission as it is: keep it out of the queue and say why
            return res.json().catch(function () { return {}; }).then(function (problem) {
              return remove(item.uuid).then(function () { return {rejected: item, problem: problem}; });
            });
          }
          throw new Error('HTTP ' + res.status);
        });
    }

    function flush() {
      if (sending) { return Promise.resolve(); }
      sending = true;
      return all().then(function (items) {
        var chain = Promise.resolve();
        var rejected = [];
        items.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
        items.forEach(function (item) {
          chain = chain.then(function () {
            return sendOne(item).then(function (r) { if (r.rejected) { rejected.push(r); } lastError = null; });
          });
        });
        return chain.then(function () { return rejected; });
      }).then(function (rejected) {
        sending = false;
        return report({rejected: rejected});
      }, function (err) {
        sending = false;
        lastError = String(err && err.message || err);
        return report();
      });
    }

    function add(url, body) {
      body = body || {};
      if (!body.uuid) { body.uuid = uuid(); }
      var item = {uuid: body.uuid, url: url, body: body, queuedAt: Date.now()};
      return dbp.then(function (db) { return tx(db, 'readwrite', function (s) { return s.put(item); }); })
        .then(function () { return report(); })
        .then(function () { return navigator.onLine ? flush() : null; })
        .then(function () { return item; });
    }

    window.addEventListener('online', function () { flush(); });
    window.addEventListener('offline', function () { report(); });
    setInterval(function () { if (navigator.onLine) { flush(); } }, 30000);
    report();
    return {add: add, flush: flush, pending: all, uuid: uuid};
  }

  window.MingaOfflineQueue = {create: create, uuid: uuid};
})();
