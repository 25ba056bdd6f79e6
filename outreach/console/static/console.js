// Small comforts for the review page; every page works without this file.
"use strict";
document.addEventListener("keydown", function (event) {
  var form = document.querySelector("form.decide");
  if (!form || event.ctrlKey || event.metaKey || event.altKey) return;
  var tag = (event.target && event.target.tagName) || "";
  if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
  var action = { a: "accept", s: "skip" }[event.key];
  if (!action) return;
  var button = form.querySelector('button[value="' + action + '"]');
  if (button) {
    event.preventDefault();
    button.click();
  }
});
