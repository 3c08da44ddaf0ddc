// Drafts that survive a lost connection (issue 18): what is typed in the review and
// complaint forms is kept in this browser's localStorage as it is typed, and put back when
// the page is opened again. Nothing leaves the phone: the draft is sent only as the form
// itself, when the person presses send. Hidden fields (the CSRF token), passwords and files
// are never kept. The receipt and "sent" pages name the draft to delete (`data-draft-sent`);
// a refused or failed send keeps it. Without JavaScript none of this runs and the forms
// work as before.
(function () {
  "use strict";
  var PREFIX = "fairrecruit-draft:";
  var store = null;
  try {
    store = window.localStorage;
    store.getItem(PREFIX);
  } catch (e) {
    store = null;
  }
  if (!store) return;

  var sent = document.querySelector("[data-draft-sent]");
  if (sent) store.removeItem(PREFIX + sent.getAttribute("data-draft-sent"));

  var form = document.querySelector("form[data-draft]");
  if (!form) return;
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  }
  var key = PREFIX + form.getAttribute("data-draft");
  var ui = document.querySelector("[data-draft-ui]");
  var remove = document.querySelector("[data-draft-delete]");
  var restored = document.querySelector("[data-draft-restored]");
  var SKIP = { hidden: 1, password: 1, file: 1, submit: 1, button: 1, reset: 1, image: 1 };

  function kept(el) {
    return el.name && !el.disabled && !SKIP[el.type] && !el.closest(".hp");
  }
  function fields() {
    return Array.prototype.filter.call(form.elements, kept);
  }
  function collect() {
    var values = {};
    fields().forEach(function (el) {
      var list = values[el.name] || (values[el.name] = []);
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) list.push(el.value);
      } else {
        list.push(el.value);
      }
    });
    return values;
  }
  function apply(values) {
    var seen = {};
    fields().forEach(function (el) {
      var list = values[el.name];
      if (!Array.isArray(list)) return;
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = list.indexOf(el.value) !== -1;
      } else {
        var i = seen[el.name] || 0;
        seen[el.name] = i + 1;
        if (typeof list[i] === "string") el.value = list[i];
      }
      // A folded section with something restored in it is opened.
      var fold = el.closest("details");
      if (fold && el.value && changed(el)) fold.open = true;
    });
  }
  function changed(el) {
    if (el.type === "checkbox" || el.type === "radio") return el.checked && !el.defaultChecked;
    if (el.tagName === "SELECT") {
      var option = el.options[el.selectedIndex];
      return !option || !option.defaultSelected;
    }
    return el.value !== el.defaultValue;
  }
  function read() {
    try {
      var draft = JSON.parse(store.getItem(key) || "null");
      return draft && typeof draft.values === "object" ? draft : null;
    } catch (e) {
      return null;
    }
  }
  function show() {
    if (remove) remove.hidden = !store.getItem(key);
  }
  var timer = null;
  function save() {
    timer = null;
    try {
      store.setItem(key, JSON.stringify({ saved: Date.now(), values: collect() }));
    } catch (e) {
      // Full or refused storage: the form still works; nothing is kept.
    }
    show();
  }
  function later() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 400);
  }
  function flush() {
    if (timer) {
      clearTimeout(timer);
      save();
    }
  }

  if (ui) ui.hidden = false;
  var draft = read();
  // After a refused send the server shows back what it received: its values win.
  if (draft && form.getAttribute("data-draft-restore") === "yes") {
    apply(draft.values);
    if (restored) restored.hidden = false;
  }
  show();
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("submit", flush);
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") flush();
  });
  if (remove) {
    remove.addEventListener("click", function () {
      if (timer) clearTimeout(timer);
      timer = null;
      store.removeItem(key);
      form.reset();
      if (restored) restored.hidden = true;
      show();
      var first = fields()[0];
      if (first) first.focus();
    });
  }
})();
