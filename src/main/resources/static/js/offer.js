/* Offer pages: print buttons (no inline JavaScript under the CSP). */
(function () {
  'use strict';
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-print]');
    if (button) {
      window.print();
    }
  });
})();
