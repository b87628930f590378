// Warn before leaving a page whose form has unsaved changes (forms marked data-warn-unsaved).
// Progressive enhancement: without JavaScript nothing changes; loaded as a file, so the CSP needs no inline script.
(function () {
  "use strict";
  var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-warn-unsaved]"));
  if (!forms.length) { return; }
  var dirty = new Set();

  // Listened to on the document: a field may sit outside its form's element and join it by its form attribute.
  function mark(event) {
    var form = event.target.form;
    if (form && forms.indexOf(form) !== -1) { dirty.add(form); }
  }
  document.addEventListener("input", mark);
  document.addEventListener("change", mark);

  forms.forEach(function (form) {
    // Scripts that rearrange a form (the resolution editor's move and indent buttons) announce it this way.
    form.addEventListener("ksors:changed", function () { dirty.add(form); });
    form.addEventListener("submit", function () { dirty.clear(); });
    // A form that came back with errors holds what was typed but is not saved yet.
    if (form.querySelector(".errorlist, .has-error")) { dirty.add(form); }
  });

  window.addEventListener("beforeunload", function (event) {
    if (!dirty.size) { return; }
    event.preventDefault();
    event.returnValue = "";  // the browser shows its own «Leave site? Changes you made may not be saved.»
  });
})();
