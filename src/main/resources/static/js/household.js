/*
 * Characterisation form: show a question only when its condition holds (data-show-if = the code of an earlier
 * question, data-show-value = the answer that shows it). Hidden questions are disabled so their answers are not
 * sent; the server checks the same conditions, so the form still works without this script.
 */
(function () {
  'use strict';

  function answers(form, code) {
    var values = [];
    var inputs = form.querySelectorAll('[name="a.' + code + '"]');
    Array.prototype.forEach.call(inputs, function (input) {
      if (input.disabled) {
        return;
      }
      if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) {
        return;
      }
      if (input.value !== '') {
        values.push(input.value.toLowerCase());
      }
    });
    return values;
  }

  function update(form) {
    // in document order, so that a question hidden by an earlier one hides the questions that depend on it
    Array.prototype.forEach.call(form.querySelectorAll('.question[data-show-if]'), function (question) {
      var want = String(question.getAttribute('data-show-value')).toLowerCase();
      var shown = answers(form, question.getAttribute('data-show-if')).indexOf(want) >= 0;
      question.hidden = !shown;
      Array.prototype.forEach.call(question.querySelectorAll('input, select, textarea'), function (input) {
        input.disabled = !shown;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form.characterization'), function (form) {
      form.addEventListener('change', function () {
        update(form);
      });
      update(form);
    });
  });
})();
