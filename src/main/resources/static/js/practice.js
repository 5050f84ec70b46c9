// Practice form: saves the draft as the author types, counts words against limits, shows the questions of
// the chosen level, and adds rows to indicator tables.
(function () {
  'use strict';
  var form = document.getElementById('practice-form');
  if (!form) { return; }
  var status = document.getElementById('autosave-status');
  var timer = null;
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function say(template, value) {
    if (status) { status.textContent = (template || '').replace('{0}', value || ''); }
  }

  function save() {
    var data = new FormData(form);
    data.delete('action');
    var headers = { 'X-Autosave': 'true', 'Accept': 'application/json' };
    if (csrf && csrfHeader) { headers[csrfHeader.content] = csrf.content; }
    say(status && status.dataset.saving);
    fetch(form.dataset.autosave, { method: 'POST', body: new URLSearchParams(data), headers: headers, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (res.ok) {
          form.querySelector('input[name="version"]').value = res.body.version;
          var skipped = res.body.errors || [];
          mark(skipped);
          say(skipped.length ? status.dataset.partial : status.dataset.saved, res.body.savedAt);
        } else {
          var msgs = (res.body.errors || []).map(function (e) { return e.message; }).join(' ');
          say(status.dataset.failed, msgs);
        }
      })
      .catch(function () { say(status.dataset.failed, ''); });
  }

  // The fields the server left as they were: each gets its message next to it and aria-invalid.
  function mark(errors) {
    form.querySelectorAll('.autosave-error').forEach(function (el) { el.remove(); });
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    errors.forEach(function (e) {
      var key = (e.field || '').replace(/^answers\./, '');
      var box = key !== e.field ? document.getElementById('item-' + key) : document.getElementById(e.field);
      if (!box) { return; }
      var inputs = box.matches('input, select, textarea') ? [box] : box.querySelectorAll('input, select, textarea');
      inputs.forEach(function (input) { input.setAttribute('aria-invalid', 'true'); });
      var note = document.createElement('small');
      note.className = 'field-error autosave-error';
      note.textContent = e.message;
      box.insertAdjacentElement(box.matches('input, select, textarea') ? 'afterend' : 'beforeend', note);
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);

  function countWords(text) {
    var m = (text || '').match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu);
    return m ? m.length : 0;
  }
  document.querySelectorAll('.word-count').forEach(function (counter) {
    var field = document.getElementById(counter.dataset.for);
    if (!field) { return; }
    var max = parseInt(field.dataset.maxWords, 10);
    var update = function () {
      var n = countWords(field.value);
      counter.textContent = n + ' / ' + max + ' palabras';
      counter.classList.toggle('field-error', n > max);
    };
    field.addEventListener('input', update);
    update();
  });

  function applyLevel() {
    var chosen = form.querySelector('input[data-level-question]:checked');
    var level = chosen ? chosen.value : '1';
    document.querySelectorAll('[data-levels]').forEach(function (el) {
      var levels = el.dataset.levels.split(',');
      el.hidden = levels.indexOf(level) < 0;
    });
  }
  if (form.querySelector('input[data-level-question]')) {
    form.addEventListener('change', applyLevel);
    applyLevel();
  }

  document.querySelectorAll('.add-row').forEach(function (button) {
    button.addEventListener('click', function () {
      var table = button.parentElement.querySelector('table');
      var body = table.tBodies[0];
      var last = body.rows[body.rows.length - 1];
      var clone = last.cloneNode(true);
      var index = body.rows.length;
      clone.querySelectorAll('input').forEach(function (input) {
        input.value = '';
        input.name = input.name.replace(/\.(\d+)\.([^.]+)$/, '.' + index + '.$2');
      });
      body.appendChild(clone);
      clone.querySelector('input').focus();
    });
  });
})();
