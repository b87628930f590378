// Item numbers are links to their own anchor (#p7б). Without JavaScript they still work: the address bar
// shows the link. With it, a click also copies the full address and says so.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-copy-link]");
    if (!link || !navigator.clipboard) { return; }
    var url = window.location.href.split("#")[0] + link.getAttribute("href");
    navigator.clipboard.writeText(url).then(function () {
      link.classList.add("copied");
      link.setAttribute("data-copied", document.documentElement.lang === "en" ? "Link copied" : "Ссылка скопирована");
      window.setTimeout(function () { link.classList.remove("copied"); }, 1800);
    }, function () {});
  });
}());
