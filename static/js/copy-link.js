// Item numbers are links to their own anchor (#p7б). Without JavaScript they still work: the address bar
// shows the link. With it, a click also copies the full address and says so — beside the number for the eye,
// in a status region for screen readers (a pseudo-element's text is not reliably announced).
(function () {
  "use strict";
  // Present from the start (the script is deferred): a live region added together with its text is often missed.
  var status = document.createElement("span");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);
  function announce(text) { status.textContent = text; }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-copy-link]");
    if (!link || !navigator.clipboard) { return; }
    var url = window.location.href.split("#")[0] + link.getAttribute("href");
    var text = document.documentElement.lang === "en" ? "Link copied" : "Ссылка скопирована";
    navigator.clipboard.writeText(url).then(function () {
      link.classList.add("copied");
      link.setAttribute("data-copied", text);
      announce(text);
      window.setTimeout(function () { link.classList.remove("copied"); }, 1800);
    }, function () {});
  });
}());
