// The evidence of an authorization taken on a phone (issue 27): a photo of the signed form from the camera
// (<input type=file accept=image/* capture>), made smaller in the browser (at most 1280 px, JPEG), or a signature
// drawn with the finger on a canvas (PNG). Both give {mediaType, data} with data in base64, which the offline queue
// keeps sealed in the vault until it is sent. MingaEvidence.photo(file), MingaEvidence.pad(canvas, clearButton).
(function () {
  'use strict';

  var MAX_SIDE = 1280;

  function base64Of(dataUrl) { return dataUrl.slice(dataUrl.indexOf(',') + 1); }

  function photo(file) {
    return new Promise(function (resolve, reject) {
      var img = new Image();
      var url = URL.createObjectURL(file);
      img.onload = function () {
        var scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
        var c = document.createElement('canvas');
        c.width = Math.round(img.naturalWidth * scale);
        c.height = Math.round(img.naturalHeight * scale);
        c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
        URL.revokeObjectURL(url);
        resolve({mediaType: 'image/jpeg', data: base64Of(c.toDataURL('image/jpeg', 0.7))});
      };
      img.onerror = function () { URL.revokeObjectURL(url); reject(new Error('not an image')); };
      img.src = url;
    });
  }

  // A signature pad: pointer strokes on the canvas; signed() tells whether anything was drawn.
  function pad(canvas, clear) {
    var ctx = canvas.getContext('2d');
    var drawing = false;
    var drawn = false;
    function reset() {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.strokeStyle = '#111';
      drawn = false;
    }
    function at(e) {
      var r = canvas.getBoundingClientRect();
      return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
    }
    canvas.style.touchAction = 'none';
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true;
      var p = at(e);
      ctx.beginPath();
      ctx.moveTo(p[0], p[1]);
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = at(e);
      ctx.lineTo(p[0], p[1]);
      ctx.stroke();
      drawn = true;
    });
    ['pointerup', 'pointerleave', 'pointercancel'].forEach(function (ev) {
      canvas.addEventListener(ev, function () { drawing = false; });
    });
    if (clear) { clear.addEventListener('click', reset); }
    reset();
    return {
      signed: function () { return drawn; },
      reset: reset,
      image: function () { return {mediaType: 'image/png', data: base64Of(canvas.toDataURL('image/png'))}; }
    };
  }

  window.MingaEvidence = {photo: photo, pad: pad};
})();
