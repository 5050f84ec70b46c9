// Minga: shared behaviour of every page (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  // Send the CSRF token with every HTMX request.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Fold and unfold the navigation on small screens.
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.nav-toggle');
    var nav = document.getElementById('app-nav');
    if (toggle && nav) {
      toggle.addEventListener('click', function () {
        var open = nav.classList.toggle('open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    }
  });
  // Type-ahead (fragments/choices.html and the header search): a field with data-choices asks that address, through
  // HTMX, for the options matching what is typed (after a pause), shows them as a list box under the field and lets
  // the arrows, Enter and Escape choose. A picker submits the chosen code or id in a hidden field and shows the
  // name; with data-multiple the code is added to a comma-separated list; the header search opens the record.
  // Without JavaScript each field is a plain text field that the server reads as it always has.
  function typeAhead(input) {
    if (input.dataset.choicesReady) { return; }
    input.dataset.choicesReady = 'true';
    var list = document.getElementById(input.id + '-choices');
    if (!list || typeof htmx === 'undefined') { return; }
    var search = input.dataset.search === 'true';
    var multiple = input.dataset.multiple === 'true';
    var hidden = null;
    if (!search && !multiple && input.name) {
      hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = input.name;
      hidden.value = input.value;
      input.removeAttribute('name');
      input.after(hidden);
    }
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    var timer = null;
    var asked = 0;
    var active = -1;
    function options() {
      return Array.prototype.filter.call(list.querySelectorAll('[role="option"]'), function (o) {
        return o.getAttribute('aria-disabled') !== 'true';
      });
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function mark(index) {
      var all = options();
      all.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0 && all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function term() {
      return multiple ? input.value.split(/[,;]/).pop().trim() : input.value.trim();
    }
    function choose(option) {
      if (search) {
        window.location.assign(option.dataset.href);
        return;
      }
      if (multiple) {
        var parts = input.value.split(/[,;]/).map(function (p) { return p.trim(); }).filter(Boolean);
        parts.pop();
        parts.push(option.dataset.value);
        input.value = parts.join(', ') + ', ';
      } else {
        input.value = option.dataset.label;
        if (hidden) { hidden.value = option.dataset.value; }
        var other = input.dataset.extraTarget && document.getElementById(input.dataset.extraTarget);
        if (other && option.dataset.extra) { other.value = option.dataset.extra; }
      }
      close();
      input.focus();
    }
    function ask() {
      var q = term();
      if (!q) { close(); list.innerHTML = ''; return; }
      var mine = ++asked;
      htmx.ajax('GET', input.dataset.choices, { target: list, swap: 'innerHTML', values: { q: q } }).then(function () {
        if (mine !== asked) { return; }
        list.querySelectorAll('[role="option"]').forEach(function (o, i) {
          o.id = list.id + '-' + i;
          o.setAttribute('aria-selected', 'false');
        });
        active = -1;
        var any = list.children.length > 0;
        list.hidden = !any;
        input.setAttribute('aria-expanded', any ? 'true' : 'false');
      });
    }
    input.addEventListener('input', function () {
      if (hidden) { hidden.value = input.value; }
      clearTimeout(timer);
      timer = setTimeout(ask, 250);
    });
    input.addEventListener('keydown', function (event) {
      var all = options();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) { if (all.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } else { return; } }
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        mark(all.length ? (active + step + all.length) % all.length : -1);
      } else if (event.key === 'Enter' && !list.hidden && active >= 0 && all[active]) {
        event.preventDefault();
        choose(all[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    list.addEventListener('mousedown', function (event) {
      var option = event.target.closest('[role="option"]');
      if (option && option.getAttribute('aria-disabled') !== 'true') {
        event.preventDefault();
        choose(option);
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }
  function typeAheads(root) {
    (root || document).querySelectorAll('input[data-choices]').forEach(typeAhead);
  }
  document.addEventListener('DOMContentLoaded', function () { typeAheads(document); });
  document.addEventListener('htmx:load', function (event) {
    if (event.target && event.target.querySelectorAll) { typeAheads(event.target); }
  });
  // Confirm what cannot be undone: a form with data-confirm="what will happen" asks first, in a dialog that names
  // it, and submits only on "Confirmar". Without JavaScript the form submits as it is (the server still checks).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.confirm || form.dataset.confirmed === 'true') {
      return;
    }
    if (typeof HTMLDialogElement !== 'function') {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
      return;
    }
    event.preventDefault();
    var submitter = event.submitter;
    var dialog = document.createElement('dialog');
    dialog.className = 'confirm';
    dialog.setAttribute('aria-labelledby', 'confirm-title');
    var title = document.createElement('h2');
    title.id = 'confirm-title';
    title.textContent = form.dataset.confirmTitle || '¿Confirma?';
    var text = document.createElement('p');
    text.textContent = form.dataset.confirm;
    var actions = document.createElement('footer');
    var yes = document.createElement('button');
    yes.type = 'button';
    yes.textContent = form.dataset.confirmYes || 'Confirmar';
    var no = document.createElement('button');
    no.type = 'button';
    no.className = 'secondary';
    no.textContent = 'Cancelar';
    actions.append(no, ' ', yes);
    var article = document.createElement('article');
    article.append(title, text, actions);
    dialog.append(article);
    document.body.appendChild(dialog);
    var close = function () { dialog.close(); dialog.remove(); };
    no.addEventListener('click', close);
    dialog.addEventListener('cancel', function () { dialog.remove(); });
    yes.addEventListener('click', function () {
      close();
      form.dataset.confirmed = 'true';
      if (submitter && submitter.name) {
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = submitter.name;
        hidden.value = submitter.value;
        form.appendChild(hidden);
      }
      form.submit();
    });
    dialog.showModal();
    no.focus();
  });
  // Drafts: a form marked data-draft keeps what the person types in this browser (per user and form, never
  // passwords, files or hidden fields), so a dropped connection or a closed tab loses nothing. The draft comes back
  // when the form is opened empty again, and goes once a submit succeeded (the server answered with a redirect to a
  // page without errors). A form the server refused comes back filled by the server: the draft stays until then.
  var DRAFTS = 'minga.draft.';
  function draftKey(form) {
    var user = document.querySelector('meta[name="minga-user"]');
    if (!user) { return null; }
    return DRAFTS + user.content + '.' + (form.dataset.draft || form.getAttribute('action') || location.pathname);
  }
  function kept(field) {
    return field.name && !field.disabled && ['password', 'hidden', 'file', 'submit', 'button']
      .indexOf(field.type) < 0 && field.autocomplete !== 'off';
  }
  function storeDraft(form) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!kept(f)) { return; }
      if (f.type === 'checkbox' || f.type === 'radio') {
        if (f.checked) { values.push([f.name, f.value]); }
      } else if (f.multiple) {
        Array.prototype.forEach.call(f.selectedOptions, function (o) { values.push([f.name, o.value]); });
      } else {
        values.push([f.name, f.value]);
      }
    });
    try {
      localStorage.setItem(draftKey(form), JSON.stringify({ at: new Date().toISOString(), values: values }));
    } catch (e) { /* storage full or forbidden: the form still works */ }
  }
  function restoreDraft(form, draft) {
    var byName = {};
    draft.values.forEach(function (v) { (byName[v[0]] = byName[v[0]] || []).push(v[1]); });
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!kept(f) || !(f.name in byName)) { return; }
      var vs = byName[f.name];
      if (f.type === 'checkbox' || f.type === 'radio') {
        f.checked = vs.indexOf(f.value) >= 0;
      } else if (f.multiple) {
        Array.prototype.forEach.call(f.options, function (o) { o.selected = vs.indexOf(o.value) >= 0; });
      } else {
        f.value = vs[0];
      }
    });
    var open = form.closest('details');
    if (open) { open.open = true; }
    var note = document.createElement('p');
    note.className = 'notice draft-notice';
    note.setAttribute('role', 'status');
    note.textContent = 'Se recuperó lo que escribió y no alcanzó a enviar (' +
      new Date(draft.at).toLocaleString('es-CO', { dateStyle: 'short', timeStyle: 'short' }) + '). ';
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'secondary outline';
    discard.textContent = 'Descartar borrador';
    discard.addEventListener('click', function () {
      localStorage.removeItem(draftKey(form));
      form.reset();
      note.remove();
    });
    note.appendChild(discard);
    form.insertAdjacentElement('afterbegin', note);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var refused = document.querySelector('.notice.error, .field-error') !== null;
    var pending = sessionStorage.getItem(DRAFTS + 'pending');
    if (pending) {
      sessionStorage.removeItem(DRAFTS + 'pending');
      var nav = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
      if (nav && nav.redirectCount > 0 && !refused) { localStorage.removeItem(pending); }
    }
    document.querySelectorAll('form[data-draft]').forEach(function (form) {
      var key = draftKey(form);
      if (!key) { return; }
      var saved = localStorage.getItem(key);
      if (saved && !form.querySelector('.field-error')) {
        try { restoreDraft(form, JSON.parse(saved)); } catch (e) { localStorage.removeItem(key); }
      }
      // A refusal listed above the form (after a redirect) names its fields: mark them in the form.
      document.querySelectorAll('.notice.error li[data-field]').forEach(function (li) {
        var field = form.elements.namedItem(li.dataset.field);
        if (field && field.setAttribute) {
          field.setAttribute('aria-invalid', 'true');
          var note = document.createElement('small');
          note.className = 'field-error';
          note.textContent = li.textContent;
          field.insertAdjacentElement('afterend', note);
        }
      });
      var timer = null;
      var later = function () { clearTimeout(timer); timer = setTimeout(function () { storeDraft(form); }, 400); };
      form.addEventListener('input', later);
      form.addEventListener('change', later);
      form.addEventListener('submit', function () {
        storeDraft(form);
        sessionStorage.setItem(DRAFTS + 'pending', key);
      });
    });
  });
  // "Deshacer" in a confirmation message is offered for a short time only (the server refuses it later anyway).
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-undo-seconds]').forEach(function (form) {
      setTimeout(function () { form.remove(); }, 1000 * parseInt(form.dataset.undoSeconds, 10));
    });
  });
  // The field worker's offline day (field-day.js) is personal data: erased at sign-out and once it expires, whatever
  // page is open. Only names of stores and an expiry time are read here; nothing personal is kept outside them.
  var FIELD_STORES = ['minga-field-day', 'minga-offline-field-changes'];

  function deleteStore(name) {
    return new Promise(function (resolve) {
      var r = indexedDB.deleteDatabase(name);
      r.onsuccess = r.onerror = function () { resolve(); };
      setTimeout(resolve, 3000); // a page that keeps it open gives it up on versionchange; do not wait for ever
    });
  }

  window.MingaFieldWipe = function () {
    localStorage.removeItem('minga.fieldDay.expiresAt');
    localStorage.removeItem('minga.fieldDay.pending');
    // the pages kept for offline use go (they were rendered for this user); scripts and styles stay
    var cached = window.caches ? caches.keys().then(function (names) {
      return Promise.all(names.map(function (name) {
        return caches.open(name).then(function (cache) {
          return cache.keys().then(function (requests) {
            return Promise.all(requests.filter(function (r) {
              return !/\.(js|css)$/.test(new URL(r.url).pathname);
            }).map(function (r) { return cache.delete(r); }));
          });
        });
      }));
    }) : Promise.resolve();
    return Promise.all(FIELD_STORES.map(deleteStore).concat([cached]));
  };

  document.addEventListener('DOMContentLoaded', function () {
    var expires = Number(localStorage.getItem('minga.fieldDay.expiresAt') || 0);
    if (expires && Date.now() > expires) {
      window.MingaFieldWipe();
    }
    var logout = document.querySelector('form.logout');
    if (!logout) { return; }
    logout.addEventListener('submit', function (event) {
      if (logout.dataset.wiped) { return; }
      event.preventDefault();
      var pending = Number(localStorage.getItem('minga.fieldDay.pending') || 0);
      if (pending > 0 && !window.confirm(logout.getAttribute('data-pending-message').replace('{0}', pending))) {
        return;
      }
      window.MingaFieldWipe().then(function () {
        logout.dataset.wiped = 'true';
        logout.submit();
      });
    });
  });
})();
