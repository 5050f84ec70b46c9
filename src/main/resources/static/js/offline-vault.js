// Minga's vault for the personal data a field worker takes offline: AES-GCM with a key derived from the worker's
// password (PBKDF2, SHA-256, a random salt per prepared day). The key lives only in this page's memory and cannot be
// exported; what is written to IndexedDB is ciphertext, plus when it expires and whose it is (no personal data).
// MingaVault.derive(password, salt?) -> {key, salt}; seal(key, object) -> {iv, data}; open(key, sealed) -> object.
(function () {
  'use strict';
  var ITERATIONS = 310000;
  var DB = 'minga-field-day';
  var enc = new TextEncoder();
  var dec = new TextDecoder();

  function derive(password, salt) {
    salt = salt || crypto.getRandomValues(new Uint8Array(16));
    return crypto.subtle.importKey('raw', enc.encode(password), 'PBKDF2', false, ['deriveKey'])
      .then(function (base) {
        return crypto.subtle.deriveKey({name: 'PBKDF2', salt: salt, iterations: ITERATIONS, hash: 'SHA-256'}, base,
          {name: 'AES-GCM', length: 256}, false, ['encrypt', 'decrypt']);
      }).then(function (key) { return {key: key, salt: salt}; });
  }

  function seal(key, value) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return crypto.subtle.encrypt({name: 'AES-GCM', iv: iv}, key, enc.encode(JSON.stringify(value)))
      .then(function (data) { return {iv: iv, data: data}; });
  }

  function open(key, sealed) {
    return crypto.subtle.decrypt({name: 'AES-GCM', iv: sealed.iv}, key, sealed.data)
      .then(function (plain) { return JSON.parse(dec.decode(plain)); });
  }

  function db() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore('vault'); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function put(name, value) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction('vault', 'readwrite');
        t.objectStore('vault').put(value, name);
        t.oncomplete = function () { d.close(); resolve(); };
        t.onerror = function () { d.close(); reject(t.error); };
      });
    });
  }

  function get(name) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction('vault', 'readonly');
        var r = t.objectStore('vault').get(name);
        t.oncomplete = function () { d.close(); resolve(r.result); };
        t.onerror = function () { d.close(); reject(t.error); };
      });
    });
  }

  window.MingaVault = {derive: derive, seal: seal, open: open, put: put, get: get, DB: DB};
})();
