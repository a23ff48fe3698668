// The report's "Print or save as PDF" button; without JavaScript the browser's own print works the same.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
