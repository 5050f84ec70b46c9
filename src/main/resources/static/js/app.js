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
})();
