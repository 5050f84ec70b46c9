// Import form: refuse files over the size limit before uploading them, and show that a long upload is on its way.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.import-form');
    if (!form) {
      return;
    }
    var input = form.querySelector('input[type="file"]');
    var button = form.querySelector('button[type="submit"]');
    var max = parseInt(form.getAttribute('data-max-bytes'), 10);
    function check() {
      var file = input && input.files && input.files[0];
      var tooBig = !!file && max > 0 && file.size > max;
      input.setCustomValidity(tooBig ? form.getAttribute('data-too-big') : '');
      return !tooBig;
    }
    if (input) {
      input.addEventListener('change', check);
    }
    form.addEventListener('submit', function (event) {
      if (!check()) {
        event.preventDefault();
        input.reportValidity();
        return;
      }
      if (button) {
        button.setAttribute('aria-busy', 'true');
        button.disabled = true;
        button.textContent = button.getAttribute('data-busy');
      }
    });
  });
})();
