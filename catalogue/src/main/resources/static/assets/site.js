// Small comforts only: every function of the public site works without JavaScript.
document.documentElement.classList.add("js");
document.addEventListener("change", (event) => {
  // Filters and the language switch apply as soon as a choice changes (their submit buttons are hidden then).
  const control = event.target.closest("[data-auto-submit]");
  if (control && control.form) {
    control.form.requestSubmit();
  }
});
