// Minga offline queue: keeps JSON submissions in IndexedDB, each with a client-generated UUID, and sends them when
// the connection returns. The server stores a submission once per UUID, so sending twice is harmless.
// Reusable: MingaOfflineQueue.create({store: 'survey-responses', onChange: function (state) {...}}).
// Options for personal data kept longer (the field worker's offline day): seal/unseal encrypt each body before it is
// written and decrypt it to send (MingaVault); batch sends the queue in order to one URL in chunks and drops the items
// the server answered: {url, size, body: function (bodies) {...}, settled: function (answer) {...}}.
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
      req.onsuccess = function () {
        // let a sign-out erase the store at once (deleteDatabase waits for open connections)
        req.result.onversionchange = function () { req.result.close(); };
        resolve(req.result);
      };
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
    // a page's own call: a 401 comes without the Basic challenge, so the browser shows no login box over the page
    var h = {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
    if (token && header) {
      h[header.content] = token.content;
    }
    return h;
  }

  function create(options) {
    var store = options.store || 'default';
    var onChange = options.onChange || function () {};
    var dbp = open(store);
    var seal = options.seal || function (body) { return Promise.resolve(body); };
    var unseal = options.unseal || function (sealed) { return Promise.resolve(sealed); };
    var batch = options.batch || null;
    var sending = false;
    var again = false;
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

    // Sends the queue in order in chunks to batch.url; the server answers each item by its uuid, and the items it
    // settled (applied, refused, kept aside as a conflict) leave the queue.
    function sendBatches(items) {
      var answers = [];
      var chain = Promise.resolve();
      for (var i = 0; i < items.length; i += (batch.size || 100)) {
        (function (chunk, left) {
          chain = chain.then(function () {
            return Promise.all(chunk.map(function (item) { return unseal(item.body); }));
          }).then(function (bodies) {
            return fetch(batch.url, {method: 'POST', headers: csrf(), credentials: 'same-origin',
              body: JSON.stringify(batch.body(bodies, left))});
          }).then(function (res) {
            if (!res.ok) { throw new Error('HTTP ' + res.status); }
            return res.json();
          }).then(function (answer) {
            var done = (answer.answers || []).filter(function (a) { return batch.settled(a); });
            answers = answers.concat(answer.answers || []);
            return Promise.all(done.map(function (a) { return remove(a.id); }));
          });
        })(items.slice(i, i + (batch.size || 100)), Math.max(0, items.length - i - (batch.size || 100)));
      }
      return chain.then(function () { return answers; });
    }

    function flush() {
      if (sending) {
        again = !!batch; // asked again while sending (the network came back meanwhile): send once more after
        return Promise.resolve();
      }
      sending = true;
      if (batch) {
        return all().then(function (items) {
          items.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
          return sendBatches(items);
        }).then(function (answers) {
          sending = false;
          lastError = null;
          return report({answers: answers});
        }, function (err) {
          sending = false;
          lastError = String(err && err.message || err);
          return report();
        }).then(function (state) {
          if (again) {
            again = false;
            return flush();
          }
          return state;
        });
      }
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
      if (!body.uuid && !body.id) { body.uuid = uuid(); }
      var item = {uuid: body.uuid || body.id, url: url, queuedAt: Date.now()};
      return seal(body).then(function (sealed) {
        item.body = sealed;
        return dbp;
      }).then(function (db) { return tx(db, 'readwrite', function (s) { return s.put(item); }); })
        .then(function () { return report(); })
        .then(function () { return navigator.onLine ? flush() : null; })
        .then(function () { return item; });
    }

    if (!options.manual) {
      window.addEventListener('online', function () { flush(); });
      setInterval(function () { if (navigator.onLine) { flush(); } }, 30000);
    }
    window.addEventListener('offline', function () { report(); });
    report();
    return {add: add, flush: flush, pending: all, uuid: uuid, report: report};
  }

  window.MingaOfflineQueue = {create: create, uuid: uuid};
})();
