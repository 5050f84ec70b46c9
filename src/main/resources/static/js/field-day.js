// A field worker's offline day (/field-day). Prepare: the visit list of the worker's territories is downloaded with
// the worker's password (HTTP Basic, checked by the server) and kept in IndexedDB encrypted with a key derived from
// that password (MingaVault). A worker signed in through the government's identity provider has no Minga password:
// they choose a field-day passphrase (typed twice, never sent anywhere), the day comes over their session, and the
// key is derived from the passphrase the same way. Offline: visits, characterisations (the instrument's conditions and required answers),
// new persons with their authorization and care-plan actions are queued, encrypted, in the offline queue, and the
// jurisdiction's alert rules are evaluated here (MingaAlertRules). Online: the queue goes to /api/v1/field-day/sync,
// which applies each change once; conflicts come back to be resolved here. Everything typed by people is shown with
// textContent, never as HTML.
(function () {
  'use strict';
  var main, username, deviceId, key = null, day = null, queue = null, current = null, signature = null;
  var SYNC = '/api/v1/field-day/sync';
  var PASSPHRASE_MIN = 10;
  var viaProvider = false;

  function $(id) { return document.getElementById(id); }

  function t(name) {
    var s = main.getAttribute('data-msg-' + name) || name;
    for (var i = 1; i < arguments.length; i++) { s = s.split('{' + (i - 1) + '}').join(String(arguments[i])); }
    return s;
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function show(id, on) { $(id).hidden = !on; }

  function todayIn(zone) {
    return new Intl.DateTimeFormat('en-CA', {timeZone: zone || 'America/Bogota', year: 'numeric', month: '2-digit',
      day: '2-digit'}).format(new Date());
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    // X-Requested-With: a 401 then comes without the Basic challenge, so the browser shows no login box
    var h = {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
    if (token && header) { h[header.content] = token.content; }
    return h;
  }

  // ---- the vault: the day and the queue, sealed with the key ----

  function salt() {
    return MingaVault.get('salt').then(function (s) {
      if (s) { return s; }
      s = crypto.getRandomValues(new Uint8Array(16));
      return MingaVault.put('salt', s).then(function () { return s; });
    });
  }

  function keyFrom(password) {
    return salt().then(function (s) { return MingaVault.derive(password, s); }).then(function (k) { return k.key; });
  }

  function wipe() {
    return window.MingaFieldWipe ? window.MingaFieldWipe() : Promise.resolve();
  }

  // the passphrase of a worker signed in through the identity provider: long enough, and typed the same twice
  // (nobody can check it later: a typo would seal the day with a key nobody knows)
  function passphraseProblem(secret) {
    if (secret.length < PASSPHRASE_MIN) { return t('passphrase-short', PASSPHRASE_MIN); }
    if (secret !== $('fd-passphrase-again').value) { return t('passphrase-mismatch'); }
    return null;
  }

  function prepare(password) {
    var status = $('fd-status');
    var request;
    if (viaProvider) {
      var problem = passphraseProblem(password);
      if (problem) { status.textContent = problem; return Promise.resolve(); }
      // the session the provider opened: the passphrase never leaves this page
      request = {headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
        credentials: 'same-origin', cache: 'no-store'};
    } else {
      var auth = 'Basic ' + btoa(unescape(encodeURIComponent(username + ':' + password)));
      request = {headers: {'Authorization': auth, 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
        credentials: 'omit', cache: 'no-store'};
    }
    return fetch('/api/v1/field-day?deviceId=' + encodeURIComponent(deviceId), request)
      .then(function (res) {
        if (res.status === 401) { throw new Error(t(viaProvider ? 'signed-out' : 'wrong-password')); }
        if (!res.ok) { return res.json().catch(function () { return {}; }).then(function (p) { throw new Error(p.detail || 'HTTP ' + res.status); }); }
        return res.json();
      })
      .then(function (fetched) {
        return keyFrom(password).then(function (k) {
          key = k;
          return MingaVault.seal(key, fetched);
        }).then(function (sealed) {
          sealed.username = username;
          sealed.preparedAt = fetched.preparedAt;
          sealed.expiresAt = fetched.expiresAt;
          return MingaVault.put('day', sealed);
        }).then(function () {
          localStorage.setItem('minga.fieldDay.expiresAt', String(Date.parse(fetched.expiresAt)));
          day = fetched;
          return opened();
        });
      })
      .catch(function (err) { status.textContent = t('prepare-failed', err.message); });
  }

  function unlock(password) {
    return MingaVault.get('day').then(function (sealed) {
      return keyFrom(password).then(function (k) {
        return MingaVault.open(k, sealed).then(function (d) { key = k; day = d; return opened(); });
      });
    }).catch(function () { $('fd-status').textContent = t('wrong-password'); });
  }

  function opened() {
    show('fd-prepare', true);
    show('fd-unlock', false);
    show('fd-day', true);
    $('fd-password').value = '';
    $('fd-passphrase-again').value = '';
    $('fd-unlock-password').value = '';
    return queue.pending().then(function (items) {
      items.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
      return Promise.all(items.map(function (i) { return MingaVault.open(key, i.body); }));
    }).then(function (changes) {
      changes.forEach(applyLocally);
      renderList();
      main.setAttribute('data-state', 'open');
      return queue.report();
    });
  }

  // ---- what the worker did offline, reflected in the day ----

  function household(id) {
    return day.households.filter(function (h) { return h.id === id; })[0];
  }

  function member(h, ref) {
    return h.members.filter(function (m) { return String(m.id) === String(ref); })[0];
  }

  function applyLocally(c) {
    var h = household(c.householdId);
    if (!h) { return; }
    if (c.kind === 'PERSON') {
      var p = c.person;
      h.members.push({id: 'c:' + c.id, changeId: c.id, name: [p.firstName, p.lastName].join(' '), birthDate: p.birthDate,
        sex: p.sex, disability: false, disabilityCertified: false, relation: p.relation, answers: {},
        documentType: p.documentType, documentNumber: p.documentNumber, offline: true});
    } else if (c.kind === 'CHARACTERIZATION') {
      var ch = c.characterization;
      var target = ch.personChange ? member(h, 'c:' + ch.personChange) : ch.personId ? member(h, ch.personId) : null;
      if (target) { Object.assign(target.answers = target.answers || {}, ch.answers); }
      else { Object.assign(h.householdAnswers = h.householdAnswers || {}, ch.answers); }
    } else if (c.kind === 'ACTION_STATUS' && h.carePlan) {
      h.carePlan.actions.forEach(function (a) { if (a.id === c.action.actionId) { a.status = c.action.status; a.offline = true; } });
    } else if (c.kind === 'ALERT') {
      h.alerts.forEach(function (a) { if (a.id === c.alert.alertId) { a.status = c.alert.status; a.offline = true; } });
    } else if (c.kind === 'REFERRAL') {
      h.offlineReferrals = (h.offlineReferrals || 0) + 1;
    } else if (c.kind === 'VISIT') {
      h.offlineVisits = (h.offlineVisits || 0) + 1;
      if (c.visit.nextVisitOn) { h.nextVisitOn = c.visit.nextVisitOn; }
    }
  }

  function record(change) {
    change.id = MingaOfflineQueue.uuid();
    applyLocally(change);
    return queue.add(SYNC, change).then(function () { renderHousehold(); });
  }

  // ---- the list and one household ----

  function renderList() {
    var list = $('fd-list');
    list.textContent = '';
    if (!day.households.length) { list.appendChild(el('li', t('none'))); }
    day.households.forEach(function (h) {
      var b = el('button', t('household', h.code), {type: 'button', 'class': 'outline', 'data-household': h.code});
      b.addEventListener('click', function () { openHousehold(h.id); });
      var li = el('li');
      li.appendChild(b);
      var bits = [h.address || ''];
      if (h.nextVisitOn) { bits.push(t('next-visit', h.nextVisitOn)); }
      if (h.alerts.length) { bits.push(t('alerts', h.alerts.length)); }
      li.appendChild(el('small', ' ' + bits.filter(Boolean).join(' · ')));
      list.appendChild(li);
    });
  }

  function rulesOf(h) {
    return day.jurisdictions.filter(function (j) { return j.jurisdictionId === h.jurisdictionId; })[0]
      || {instruments: [], rules: [], zone: 'America/Bogota'};
  }

  function openHousehold(id) {
    current = household(id);
    show('fd-prepare', false);
    show('fd-day', false);
    show('fd-household', true);
    $('fd-predicted').textContent = '';
    renderHousehold();
    renderInstrument();
    window.scrollTo(0, 0);
  }

  function renderHousehold() {
    var h = current;
    if (!h) { return; }
    $('fd-household-h').textContent = t('household', h.code);
    $('fd-household-where').textContent = [h.address, h.nextVisitOn ? t('next-visit', h.nextVisitOn) : '',
      h.offlineVisits ? h.offlineVisits + ' ' + t('pending-visit') : ''].filter(Boolean).join(' · ');
    var ms = $('fd-members');
    ms.textContent = '';
    h.members.forEach(function (m) {
      ms.appendChild(el('li', m.name + (m.birthDate ? ' · ' + m.birthDate : '') + (m.offline ? ' · ' + t('new-person') : '')));
    });
    var as = $('fd-alerts');
    as.textContent = '';
    h.alerts.forEach(function (a) { as.appendChild(alertItem(a)); });
    renderRespondents();
    renderReferral();
    renderActions();
  }

  function renderRespondents() {
    var sel = $('fd-respondent');
    var keep = sel.value;
    sel.textContent = '';
    current.members.forEach(function (m) { sel.appendChild(el('option', m.name, {value: String(m.id)})); });
    if (keep) { sel.value = keep; }
  }

  // An open alert taken in hand or closed offline, from the version the day holds.
  function alertItem(a) {
    var li = el('li', a.ruleName + ' · ' + a.detail + (a.offline ? ' · ' + t('saved') : ''));
    var sel = el('select', null, {'aria-label': a.ruleName, 'data-alert': String(a.id)});
    ['EN_GESTION', 'CERRADA'].forEach(function (s) {
      sel.appendChild(el('option', main.getAttribute('data-status-a-' + s.toLowerCase()) || s, {value: s}));
    });
    var note = el('input', null, {'aria-label': t('alert-note'), placeholder: t('alert-note'), maxlength: '1000'});
    var go = el('button', t('alert-go'), {type: 'button', 'class': 'small'});
    go.addEventListener('click', function () {
      record({kind: 'ALERT', householdId: current.id, alert: {alertId: a.id, status: sel.value,
        note: note.value.trim() || null, version: a.version, seenStatus: a.status}});
    });
    [sel, note, go].forEach(function (x) { li.appendChild(x); });
    return li;
  }

  // The people of the household (offline ones too) and the services of the offer cached with the day.
  function renderReferral() {
    var who = $('fd-r-person');
    who.textContent = '';
    current.members.forEach(function (m) { who.appendChild(el('option', m.name, {value: String(m.id)})); });
    var svc = $('fd-r-service');
    if (svc.getAttribute('data-jurisdiction') === String(current.jurisdictionId)) { return; }
    svc.textContent = '';
    (rulesOf(current).services || []).forEach(function (x) {
      svc.appendChild(el('option', x.name + ' · ' + x.providerName, {value: String(x.id)}));
    });
    svc.setAttribute('data-jurisdiction', String(current.jurisdictionId));
  }

  function referralSubmitted() {
    var who = $('fd-r-person').value;
    var offline = who.indexOf('c:') === 0;
    record({kind: 'REFERRAL', householdId: current.id, referral: {personId: offline ? null : Number(who),
      personChange: offline ? who.slice(2) : null, needCategory: $('fd-r-need').value,
      needDescription: $('fd-r-description').value.trim(), serviceId: Number($('fd-r-service').value),
      shareEvidence: $('fd-r-share').value.trim()}}).then(function () {
      $('fd-referral-form').reset();
      $('fd-predicted').textContent = t('referral-saved');
    });
  }

  function renderActions() {
    var plan = current.carePlan;
    show('fd-plan-box', !!plan);
    var ul = $('fd-actions');
    ul.textContent = '';
    if (!plan) { return; }
    plan.actions.forEach(function (a) {
      var li = el('li');
      li.appendChild(el('p', a.action + ' (' + a.responsibleName + ', ' + a.dueOn + ')'));
      var label = el('label', a.need, {'for': 'fd-action-' + a.id});
      var sel = el('select', null, {id: 'fd-action-' + a.id, 'data-action': String(a.id)});
      ['PENDIENTE', 'EN_CURSO', 'CUMPLIDA', 'NO_CUMPLIDA'].forEach(function (s) {
        var o = el('option', main.getAttribute('data-status-' + s.toLowerCase()) || s, {value: s});
        sel.appendChild(o);
      });
      sel.value = a.status;
      sel.addEventListener('change', function () {
        record({kind: 'ACTION_STATUS', householdId: current.id,
          action: {planId: plan.id, actionId: a.id, status: sel.value, version: a.version}});
      });
      li.appendChild(label);
      li.appendChild(sel);
      ul.appendChild(li);
    });
  }

  // ---- the characterisation form, built from the instrument's version ----

  function instrument() {
    var id = Number($('fd-instrument').value);
    return rulesOf(current).instruments.filter(function (i) { return i.id === id; })[0];
  }

  function renderInstrument() {
    var sel = $('fd-instrument');
    if (!sel.options.length || sel.getAttribute('data-jurisdiction') !== String(current.jurisdictionId)) {
      sel.textContent = '';
      rulesOf(current).instruments.forEach(function (i) {
        sel.appendChild(el('option', i.name + ' (v' + i.currentVersion + ')', {value: String(i.id), 'data-code': i.code}));
      });
      sel.setAttribute('data-jurisdiction', String(current.jurisdictionId));
    }
    var inst = instrument();
    var box = $('fd-questions');
    box.textContent = '';
    $('fd-char-errors').textContent = '';
    if (!inst) { return; }
    show('fd-respondent-box', inst.subject === 'PERSON');
    inst.definition.sections.forEach(function (s) {
      var fs = el('fieldset');
      fs.appendChild(el('legend', s.title));
      (s.questions || []).forEach(function (q) { fs.appendChild(question(q)); });
      box.appendChild(fs);
    });
    conditions();
  }

  function question(q) {
    var div = el('div', null, {'class': 'question', 'data-code': q.code});
    var id = 'fd-q-' + q.code;
    var text = q.text + (q.required ? ' *' : '') + (q.sensitive ? ' (' + t('sensitive') + ')' : '');
    if (q.type === 'YES_NO' || q.type === 'MULTIPLE') {
      var fs = el('fieldset');
      fs.appendChild(el('legend', text));
      var opts = q.type === 'YES_NO' ? [['true', t('yes')], ['false', t('no')]] : q.options.map(function (o) { return [o, o]; });
      opts.forEach(function (o, i) {
        var l = el('label');
        var input = el('input', null, {type: q.type === 'YES_NO' ? 'radio' : 'checkbox', name: 'a.' + q.code, value: o[0],
          id: id + '-' + i});
        l.appendChild(input);
        l.appendChild(document.createTextNode(' ' + o[1]));
        fs.appendChild(l);
      });
      div.appendChild(fs);
      return div;
    }
    div.appendChild(el('label', text, {'for': id}));
    var field;
    if (q.type === 'SINGLE') {
      field = el('select', null, {id: id, name: 'a.' + q.code});
      field.appendChild(el('option', '', {value: ''}));
      q.options.forEach(function (o) { field.appendChild(el('option', o, {value: o})); });
    } else {
      field = el('input', null, {id: id, name: 'a.' + q.code,
        type: q.type === 'NUMBER' ? 'text' : q.type === 'DATE' ? 'date' : 'text'});
      if (q.type === 'NUMBER') { field.setAttribute('inputmode', 'decimal'); }
    }
    div.appendChild(field);
    return div;
  }

  function raw(q) {
    var inputs = document.querySelectorAll('#fd-questions [name="a.' + q.code + '"]');
    if (q.type === 'MULTIPLE') {
      return Array.prototype.filter.call(inputs, function (i) { return i.checked; }).map(function (i) { return i.value; });
    }
    if (q.type === 'YES_NO') {
      var on = Array.prototype.filter.call(inputs, function (i) { return i.checked; })[0];
      return on ? on.value === 'true' : null;
    }
    return inputs.length ? inputs[0].value.trim() : '';
  }

  // InstrumentDefinition.visible: the condition's answer equals (or, for a multiple choice, contains) the value
  function visible(q, answers) {
    if (!q.showIf) { return true; }
    var a = answers[q.showIf.question];
    var want = q.showIf.equals;
    if (a === null || a === undefined) { return false; }
    if (Array.isArray(a)) { return a.some(function (x) { return String(x) === String(want); }); }
    return String(a).toLowerCase() === String(want).toLowerCase();
  }

  // InstrumentDefinition.normalise: in order, hidden questions skipped, required ones checked, values typed
  function collect(inst) {
    var out = {};
    var errors = [];
    inst.definition.sections.forEach(function (s) {
      (s.questions || []).forEach(function (q) {
        if (!visible(q, out)) { return; }
        var v = raw(q);
        var empty = v === null || v === '' || (Array.isArray(v) && !v.length);
        if (empty) {
          if (q.required) { errors.push(t('required', q.text)); }
          return;
        }
        if (q.type === 'NUMBER') {
          var n = Number(String(v).replace(',', '.'));
          if (isNaN(n)) { errors.push(q.text + ': ' + v); return; }
          v = n;
        }
        out[q.code] = v;
      });
    });
    return {answers: out, errors: errors};
  }

  function conditions() {
    var inst = instrument();
    if (!inst) { return; }
    var answers = collect(inst).answers;
    var shownSoFar = {};
    inst.definition.sections.forEach(function (s) {
      (s.questions || []).forEach(function (q) {
        var on = visible(q, shownSoFar);
        var div = document.querySelector('#fd-questions .question[data-code="' + q.code + '"]');
        div.hidden = !on;
        Array.prototype.forEach.call(div.querySelectorAll('input, select'), function (i) { i.disabled = !on; });
        if (on && answers[q.code] !== undefined) { shownSoFar[q.code] = answers[q.code]; }
      });
    });
  }

  // ---- the alert rules, here as on the server ----

  function predict(h) {
    var j = rulesOf(h);
    var facts = {members: h.members, householdAnswers: h.householdAnswers || {}};
    var lines = [];
    j.rules.forEach(function (rule) {
      var firings = MingaAlertRules.evaluate(rule, facts, todayIn(j.zone));
      if (firings === null) { lines.push(t('rule-pending', rule.name)); return; }
      firings.forEach(function (f) {
        var open = h.alerts.some(function (a) {
          return a.ruleId === rule.id && String(a.personId || '') === String(f.personId || '');
        });
        if (!open) { lines.push(t('predicted', rule.name, f.detail)); }
      });
    });
    var box = $('fd-predicted');
    box.textContent = '';
    (lines.length ? lines : [t('no-alerts')]).forEach(function (l) {
      box.appendChild(el('p', l, {'class': 'predicted-alert'}));
    });
  }

  // ---- synchronisation, answers and conflicts ----

  function showAnswers(answers) {
    var box = $('fd-results');
    box.textContent = '';
    var ul = el('ul');
    answers.forEach(function (a) {
      var word = a.status === 'APLICADO' ? t('applied') : a.status === 'CONFLICTO' ? t('conflict') : t('rejected');
      ul.appendChild(el('li', word + (a.message ? ': ' + a.message : ''), {'data-status': a.status}));
      ((a.created || {}).alerts || []).forEach(function (al) {
        ul.appendChild(el('li', t('server-alerts', al.rule, al.detail), {'class': 'server-alert'}));
      });
    });
    box.appendChild(ul);
    return conflicts();
  }

  function conflicts() {
    if (!navigator.onLine) { return Promise.resolve(); }
    return fetch('/api/v1/field-day/conflicts', {headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
      credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) {
        var ul = $('fd-conflict-list');
        ul.textContent = '';
        show('fd-conflicts', list.length > 0);
        list.forEach(function (c) { ul.appendChild(conflictItem(c)); });
      }).catch(function () {});
  }

  function conflictItem(c) {
    var li = el('li', null, {'data-conflict': c.id});
    li.appendChild(el('p', c.message));
    li.appendChild(el('p', t('device') + ': ' + summary(c.device)));
    li.appendChild(el('p', t('server') + ': ' + JSON.stringify(c.server)));
    var mine = el('button', t('mine'), {type: 'button', 'class': 'small'});
    var theirs = el('button', t('theirs'), {type: 'button', 'class': 'small outline secondary'});
    mine.addEventListener('click', function () { resolve(c, true); });
    theirs.addEventListener('click', function () { resolve(c, false); });
    // a closed alert takes no more changes: the worker's version stays here until they drop it
    if (c.kind === 'ALERT' && c.server.status === 'CERRADA') { li.appendChild(el('p', t('alert-closed'))); }
    else { li.appendChild(mine); }
    li.appendChild(theirs);
    return li;
  }

  function summary(change) {
    var p = change.visit || change.characterization || change.action || change.alert || change.referral
      || change.person || {};
    return JSON.stringify(p);
  }

  // Keeping one's own version sends it again over the server's; keeping the server's drops it (a visit is still
  // recorded, without touching the household's schedule). Both send a new change that names the one it resolves.
  function resolve(c, mine) {
    var d = JSON.parse(JSON.stringify(c.device));
    d.id = MingaOfflineQueue.uuid();
    d.resolves = c.id;
    if (d.kind === 'VISIT') {
      if (mine) { d.visit.seenNextVisitOn = c.server.nextVisitOn; } else { d.visit.nextVisitOn = null; }
    } else if (!mine) {
      return fetch('/api/v1/field-day/conflicts/' + c.id + '/discard', {method: 'POST', headers: csrf(),
        credentials: 'same-origin'}).then(conflicts);
    } else if (c.server.keptPersonId) {
      // the person was merged meanwhile: the change goes to the person kept
      var target = d.characterization || d.referral;
      target.personId = c.server.keptPersonId;
      target.personChange = null;
    } else if (d.kind === 'ACTION_STATUS') {
      d.action.version = c.server.version;
    } else if (d.kind === 'ALERT') {
      d.alert.version = c.server.version;
      d.alert.seenStatus = c.server.status;
    } else if (d.kind === 'CHARACTERIZATION') {
      d.characterization.instrumentVersion = c.server.instrumentVersion;
    }
    return queue.add(SYNC, d).then(function () { return queue.flush(); });
  }

  function status(state) {
    var s = $('fd-status');
    var parts = [state.online ? t('online') : t('offline'), t('pending', state.pending)];
    // the session ended (signed out elsewhere, expired): the changes stay on the device until the worker signs in
    if (state.error === 'HTTP 401') { parts.push(t('signed-out')); }
    if (day) {
      parts.push(t('prepared', new Date(day.preparedAt).toLocaleString('es-CO'), day.households.length,
        new Date(day.expiresAt).toLocaleString('es-CO')));
    }
    s.textContent = parts.join(' · ');
    s.setAttribute('data-pending', String(state.pending));
    localStorage.setItem('minga.fieldDay.pending', String(state.pending));
    s.setAttribute('data-online', String(state.online));
    s.setAttribute('data-signed-out', String(state.error === 'HTTP 401'));
    if (state.answers && state.answers.length) { showAnswers(state.answers); }
  }

  // ---- the forms ----

  function wire() {
    $('fd-prepare-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var flushFirst = key ? queue.flush() : Promise.resolve();
      flushFirst.then(function () { return prepare($('fd-password').value); });
    });
    $('fd-unlock-form').addEventListener('submit', function (e) {
      e.preventDefault();
      unlock($('fd-unlock-password').value);
    });
    $('fd-back').addEventListener('click', function () {
      current = null;
      show('fd-prepare', true);
      show('fd-household', false);
      show('fd-day', true);
      renderList();
    });
    $('fd-sync').addEventListener('click', function () { queue.flush(); });
    $('fd-instrument').addEventListener('change', renderInstrument);
    $('fd-questions').addEventListener('change', conditions);
    $('fd-visit-form').addEventListener('submit', function (e) {
      e.preventDefault();
      record({kind: 'VISIT', householdId: current.id, visit: {visitedAt: new Date().toISOString(),
        outcome: $('fd-outcome').value, notes: $('fd-notes').value, nextVisitOn: $('fd-next').value || null,
        seenNextVisitOn: current.nextVisitOn || null}}).then(function () {
        $('fd-visit-form').reset();
        $('fd-predicted').textContent = t('visit-saved');
      });
    });
    $('fd-char-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var inst = instrument();
      var got = collect(inst);
      $('fd-char-errors').textContent = got.errors.join(' ');
      if (got.errors.length) { return; }
      var who = inst.subject === 'PERSON' ? $('fd-respondent').value : null;
      var offlinePerson = who && who.indexOf('c:') === 0;
      record({kind: 'CHARACTERIZATION', householdId: current.id, characterization: {instrumentId: inst.id,
        instrumentVersion: inst.currentVersion, personId: who && !offlinePerson ? Number(who) : null,
        personChange: offlinePerson ? who.slice(2) : null, answeredOn: todayIn(rulesOf(current).zone),
        answers: got.answers}}).then(function () {
        predict(current);
        renderInstrument();
      });
    });
    $('fd-person-form').addEventListener('submit', function (e) {
      e.preventDefault();
      personSubmitted();
    });
    $('fd-referral-form').addEventListener('submit', function (e) {
      e.preventDefault();
      referralSubmitted();
    });
    signature = MingaEvidence.pad($('fd-p-signature'), $('fd-p-signature-clear'));
  }

  function personSubmitted() {
    var v = function (id) { return $(id).value.trim(); };
    var birth = v('fd-p-birth');
    var guardian = $('fd-p-guardian').checked;
    var minor = birth && MingaAlertRules && ageOf(birth) < 18;
    if (minor && (!guardian || !v('fd-p-grantor') || !v('fd-p-guardian-relation'))) {
      $('fd-person-errors').textContent = t('minor');
      return;
    }
    $('fd-person-errors').textContent = '';
    var name = v('fd-p-first') + ' ' + v('fd-p-last');
    var file = $('fd-p-photo').files[0];
    var image = file ? MingaEvidence.photo(file) : Promise.resolve(signature.signed() ? signature.image() : null);
    image.then(function (evidence) {
      return personRecorded(v, guardian, name, evidence);
    }, function () { $('fd-person-errors').textContent = t('bad-photo'); });
  }

  // The new person with their authorization and its image (photo or signature), sealed in the vault with the change.
  function personRecorded(v, guardian, name, evidence) {
    var birth = v('fd-p-birth');
    return record({kind: 'PERSON', householdId: current.id, evidence: evidence, person: {relation: v('fd-p-relation') || null,
      documentType: $('fd-p-doctype').value, documentNumber: v('fd-p-doc') || null, firstName: v('fd-p-first'),
      lastName: v('fd-p-last'), birthDate: birth, sex: $('fd-p-sex').value,
      authorization: {grantedByName: guardian ? v('fd-p-grantor') : (v('fd-p-grantor') || name), byGuardian: guardian,
        guardianRelation: guardian ? v('fd-p-guardian-relation') : null, channel: 'PRESENCIAL',
        purposes: t('purposes'), evidence: v('fd-p-evidence'), sensitiveData: $('fd-p-sensitive').checked,
        grantedAt: new Date().toISOString()}}}).then(function () {
      $('fd-person-form').reset();
      signature.reset();
      predict(current);
    });
  }

  function ageOf(birth) {
    var b = birth.split('-').map(Number);
    var n = new Date();
    var years = n.getFullYear() - b[0];
    if (n.getMonth() + 1 < b[1] || (n.getMonth() + 1 === b[1] && n.getDate() < b[2])) { years--; }
    return years;
  }

  document.addEventListener('DOMContentLoaded', function () {
    main = document.querySelector('main.field-day');
    if (!main) { return; }
    username = main.getAttribute('data-username');
    viaProvider = main.getAttribute('data-key-source') === 'passphrase';
    deviceId = localStorage.getItem('minga.deviceId');
    if (!deviceId) {
      deviceId = MingaOfflineQueue.uuid();
      localStorage.setItem('minga.deviceId', deviceId);
    }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/offline-sw.js', {scope: '/'}).catch(function () {});
    }
    queue = MingaOfflineQueue.create({
      store: 'field-changes',
      seal: function (body) { return key ? MingaVault.seal(key, body) : Promise.reject(new Error('locked')); },
      unseal: function (sealed) { return key ? MingaVault.open(key, sealed) : Promise.reject(new Error('locked')); },
      batch: {url: SYNC, size: 100, settled: function () { return true; },
        body: function (changes, left) { return {deviceId: deviceId, pending: left, changes: changes}; }},
      onChange: status
    });
    wire();
    MingaVault.get('day').then(function (sealed) {
      var expired = sealed && (sealed.username !== username || Date.now() > Date.parse(sealed.expiresAt));
      if (expired) { return wipe().then(function () { location.reload(); return null; }); }
      return sealed;
    }).then(function (sealed) {
      show('fd-unlock', !!sealed);
      main.setAttribute('data-state', sealed ? 'locked' : 'empty');
    });
  });
})();
