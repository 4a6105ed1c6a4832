// The printable transcript: the Print button opens the browser's print dialog (no inline handlers,
// so the page keeps its strict Content-Security-Policy).
(() => {
  "use strict";
  const button = document.getElementById("print");
  if (button) button.addEventListener("click", () => window.print());
})();
