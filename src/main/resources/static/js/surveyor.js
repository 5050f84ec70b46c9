// Surveyor mode: each answered form goes to the offline queue (IndexedDB) and is sent when there is a connection.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('surveyor-form');
    if (!form) { return; }
    var status = document.getElementById('queue-status');
    var lastSaved = document.getElementById('last-saved');
    var url = form.getAttribute('data-submit');
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/offline-sw.js', {scope: '/'}).catch(function () {});
    }
    var queue = window.MingaOfflineQueue.create({
      store: 'survey-responses',
      onChange: function (state) {
        status.textContent = (state.online ? form.getAttribute('data-online') : form.getAttribute('data-offline'))
          + ' · ' + form.getAttribute('data-pending').replace('{0}', state.pending);
        status.setAttribute('data-pending', state.pending);
        if (state.rejected && state.rejected.length) {
          var p = state.rejected[0].problem || {};
          var msgs = (p.errors || []).map(function (e) { return e.message; }).join(' ');
          lastSaved.textContent = form.getAttribute('data-rejected') + ' ' + (msgs || p.detail || '');
        }
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var fields = {};
      new FormData(form).forEach(function (value, name) {
        if (name.indexOf('q.') !== 0 || value === '') { return; }
        (fields[name] = fields[name] || []).push(String(value));
      });
      var body = {
        territoryId: form.elements.territoryId && form.elements.territoryId.value ? Number(form.elements.territoryId.value) : null,
        groupName: form.elements.groupName ? form.elements.groupName.value : null,
        respondentName: form.elements.respondentName ? form.elements.respondentName.value : null,
        respondentContact: form.elements.respondentContact ? form.elements.respondentContact.value : null,
        answeredAt: new Date().toISOString(),
        fields: fields
      };
      queue.add(url, body).then(function (item) {
        lastSaved.textContent = form.getAttribute('data-saved').replace('{0}', item.uuid);
        form.reset();
        window.scrollTo(0, 0);
      });
    });
  });
})();
