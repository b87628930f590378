// On a phone the sections scroll sideways in one row: bring the current one into view.
(function () {
  "use strict";
  var current = document.querySelector(".main-nav [aria-current]");
  if (!current) { return; }
  var row = current.closest("ul");
  if (row.scrollWidth > row.clientWidth) {
    var left = current.getBoundingClientRect().left - row.getBoundingClientRect().left;
    row.scrollLeft = left - (row.clientWidth - current.offsetWidth) / 2;
  }
}());
