// Resolution editor: move, indent and add items, and show the deadline window while typing.
// Everything here is a shortcut: without JavaScript the form works through its own fields.
(function () {
  "use strict";
  var form = document.getElementById("resolution-editor");
  if (!form) { return; }
  var list = form.querySelector("[data-items]");
  var total = form.querySelector("input[name='items-TOTAL_FORMS']");
  var template = document.getElementById("item-template");

  form.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });

  function rows() { return Array.prototype.slice.call(list.querySelectorAll("[data-item]")); }
  function field(row, name) { return row.querySelector("[name$='-" + name + "']"); }

  function renumber() {
    rows().forEach(function (row, index) {
      var order = field(row, "ORDER");
      if (order) { order.value = index + 1; }
      var level = field(row, "level");
      row.className = "editor-item level-" + (level ? level.value : 0);
    });
    form.dispatchEvent(new CustomEvent("ksors:changed"));
  }

  // The outline: a link opens the item it points to; the buttons open or fold every item at once.
  function openItem(id) {
    var row = id && document.getElementById(id);
    var body = row && row.querySelector(".editor-item-body");
    if (body) { body.open = true; }
  }
  form.querySelectorAll("[data-outline-link]").forEach(function (link) {
    link.addEventListener("click", function () { openItem(link.getAttribute("href").slice(1)); });
  });
  openItem(window.location.hash.slice(1));
  form.querySelectorAll("[data-expand]").forEach(function (button) {
    button.addEventListener("click", function () {
      var open = button.dataset.expand === "open";
      list.querySelectorAll(".editor-item-body").forEach(function (body) { body.open = open; });
    });
  });

  list.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    var row = button.closest("[data-item]");
    if (button.dataset.move === "up" && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (button.dataset.move === "down" && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    } else if (button.dataset.level) {
      var level = field(row, "level");
      var next = Math.max(0, Math.min(2, parseInt(level.value, 10) + parseInt(button.dataset.level, 10)));
      level.value = String(next);
    } else {
      return;
    }
    renumber();
    button.focus();
  });

  list.addEventListener("change", function (event) {
    if (event.target.name && /-level$/.test(event.target.name)) { renumber(); }
  });

  // Keep a folded item's one-line summary in step with its number.
  list.addEventListener("input", function (event) {
    if (!/-label$/.test(event.target.name || "")) { return; }
    var shown = event.target.closest("[data-item]").querySelector("[data-item-label]");
    if (shown) { shown.textContent = event.target.value; }
  });

  var addButton = form.querySelector("[data-add-item]");
  if (addButton && template && total) {
    addButton.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      list.insertAdjacentHTML("beforeend", html);
      total.value = String(index + 1);
      var added = list.lastElementChild;
      added.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });
      renumber();
      var label = field(added, "label");
      if (label) { label.focus(); }
    });
  }

  // The normalised window of a typed deadline, from the same parser the server uses.
  var url = form.dataset.deadlineUrl;
  var reference = form.querySelector("[name='adopted_on']");
  var timers = new WeakMap();
  list.addEventListener("input", function (event) {
    var input = event.target;
    if (!/-deadline_text$/.test(input.name || "")) { return; }
    var output = input.closest("[data-item]").querySelector("[data-window]");
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () {
      var query = "?text=" + encodeURIComponent(input.value) + "&reference=" + encodeURIComponent(reference ? reference.value : "");
      fetch(url + query, { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          output.textContent = data.recognised ? data.display : (input.value ? "не распознано — укажите даты вручную" : "—");
        })
        .catch(function () { output.textContent = "—"; });
    }, 300));
  });
})();
