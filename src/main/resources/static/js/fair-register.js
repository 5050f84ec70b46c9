// Registration at a fair's stand: each registration gets a UUID on the device and goes through the shared offline
// queue (offline-queue.js), so it is kept while the connection is down and stored once when it returns.
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  function init() {
    var form = $('fair-register');
    if (!form || !window.MingaOfflineQueue) { return; }
    if ('serviceWorker' in navigator) { // so the page opens again without a connection
      navigator.serviceWorker.register('/offline-sw.js', {scope: '/'}).catch(function () {});
    }
    var message = $('reg-message');
    var status = $('queue-status');

    function say(text, kind) {
      message.textContent = text;
      message.className = 'notice ' + (kind || 'success');
    }

    var rejections = 0;
    var queue = window.MingaOfflineQueue.create({
      store: 'fair-registrations',
      onChange: function (state) {
        status.setAttribute('data-pending', String(state.pending));
        $('queue-count').textContent = String(state.pending);
        $('queue-offline').hidden = state.online;
        if ((state.rejected || []).length) { rejections++; }
        (state.rejected || []).forEach(function (r) {
          var p = r.problem || {};
          var detail = (p.errors || []).map(function (e) { return e.message; }).join(' ');
          say((p.detail || 'El registro fue rechazado.') + ' ' + detail, 'error');
        });
      }
    });

    function showServices() {
      var actor = form.actorId.value;
      Array.prototype.forEach.call(form.querySelectorAll('.service-option'), function (el) {
        var mine = el.getAttribute('data-actor') === actor;
        el.hidden = !mine;
        if (!mine) { el.querySelector('input').checked = false; }
      });
    }
    form.actorId.addEventListener('change', showServices);
    showServices();

    form.documentNumber.addEventListener('input', function () {
      $('personId').value = '';
      $('person-found').textContent = '';
    });

    $('find-person').addEventListener('click', function () {
      var url = form.getAttribute('data-people') + '?documentType=' + encodeURIComponent(form.documentType.value)
        + '&documentNumber=' + encodeURIComponent(form.documentNumber.value);
      if (!navigator.onLine) {
        $('person-found').textContent = 'Sin conexión: si la persona no está registrada, llene sus datos con la autorización; al enviar se busca por el documento.';
        $('new-person').open = true;
        return;
      }
      fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (res) { return res.json().then(function (body) { return {ok: res.ok, body: body}; }); })
        .then(function (r) {
          if (r.ok) {
            $('personId').value = r.body.id;
            $('person-found').textContent = 'Persona registrada: ' + r.body.name;
            $('new-person').open = false;
          } else {
            $('personId').value = '';
            $('person-found').textContent = r.body.detail || 'No se encontró la persona.';
            $('new-person').open = true;
          }
        })
        .catch(function () { $('new-person').open = true; });
    });

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var services = Array.prototype.map.call(form.querySelectorAll('input[name="serviceIds"]:checked'),
        function (c) { return Number(c.value); });
      if (!services.length) {
        say('Marque al menos un servicio recibido.', 'error');
        return;
      }
      function val(name) { var v = form.elements[name].value; return v === '' ? null : v; }
      var body = {
        uuid: window.MingaOfflineQueue.uuid(),
        actorId: Number(form.actorId.value),
        serviceIds: services,
        personId: val('personId') ? Number(val('personId')) : null,
        documentType: val('documentType'),
        documentNumber: val('documentNumber'),
        firstName: val('firstName'),
        lastName: val('lastName'),
        birthDate: val('birthDate'),
        sex: val('sex'),
        populationGroups: val('populationGroups'),
        phone: val('phone'),
        authorized: form.elements.authorized.checked,
        authorizationEvidence: val('authorizationEvidence'),
        satisfaction: val('satisfaction') ? Number(val('satisfaction')) : null,
        needCategory: val('needCategory'),
        needDescription: val('needDescription'),
        shareAuthorized: form.elements.shareAuthorized.checked,
        sensitiveAuthorized: form.elements.sensitiveAuthorized.checked
      };
      var before = rejections;
      queue.add(form.getAttribute('data-url'), body).then(function () {
        if (rejections !== before) { return; }
        say(navigator.onLine ? 'Registro enviado.' : 'Registro guardado en el dispositivo; se enviará al volver la conexión.');
        var actor = form.actorId.value;
        form.reset();
        form.actorId.value = actor;
        $('personId').value = '';
        $('person-found').textContent = '';
        showServices();
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
