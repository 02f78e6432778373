// Review page: select a claim to highlight its evidence; keyboard shortcuts.
// Everything works without this script (plain forms and links).
(function () {
  "use strict";
  const claims = Array.from(document.querySelectorAll("li.claim"));
  if (!claims.length) return;
  let current = -1;

  function marksOf(id) {
    return Array.from(document.querySelectorAll("mark[data-claims]")).filter(
      (mark) => mark.dataset.claims.trim().split(/\s+/).includes(String(id)));
  }

  function select(index, scroll) {
    if (index < 0 || index >= claims.length) return;
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    claims.forEach((c) => c.classList.remove("current"));
    current = index;
    const claim = claims[index];
    claim.classList.add("current");
    const marks = marksOf(claim.dataset.claim);
    marks.forEach((m) => m.classList.add("active"));
    if (scroll !== false) {
      claim.scrollIntoView({ block: "nearest" });
      if (marks.length) marks[0].scrollIntoView({ block: "center" });
    }
  }

  claims.forEach((claim, index) => {
    claim.addEventListener("click", (event) => {
      if (event.target.closest("button, a")) return;
      select(index);
    });
  });

  const fromHash = claims.findIndex((c) => "#" + c.id === window.location.hash);
  const firstPending = claims.findIndex((c) => c.classList.contains("pending"));
  select(fromHash >= 0 ? fromHash : Math.max(firstPending, 0));

  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
    const claim = claims[current];
    const press = (key) => {
      const control = claim && claim.querySelector('[data-key="' + key + '"]');
      if (control) { control.click(); event.preventDefault(); }
    };
    switch (event.key) {
      case "j": select(current + 1); event.preventDefault(); break;
      case "k": select(current - 1); event.preventDefault(); break;
      case "a": press("a"); break;
      case "r": press("r"); break;
      case "e": press("e"); break;
      case "A": {
        const all = document.querySelector('[data-key="A"]');
        if (all) { all.click(); event.preventDefault(); }
        break;
      }
    }
  });
})();
