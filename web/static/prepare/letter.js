// The letter coach page (web/templates/letter.html): write or paste the letter, save it (the
// first save gives it a private link), and read it back sentence by sentence with the checks.
// What is typed and not saved is kept in this browser until it is saved.

import { Draft, Preparation, checkItem, sentenceItem, showCrisis, wireButtons } from "./common.js";

const root = document.getElementById("prep");
const prep = new Preparation(root);
const form = document.getElementById("editor");
const box = document.getElementById("text");
const saved = document.getElementById("saved-note");
const error = document.getElementById("error");
let draft = new Draft("letter", prep.id);

function show(letter) {
  document.getElementById("checks").replaceChildren(...letter.report.checks.map((check) => checkItem(check)));
  document.getElementById("sentences").replaceChildren(...letter.report.sentences.map(sentenceItem));
  const report = document.getElementById("report");
  report.hidden = false;
  document.getElementById("print").hidden = false;
  document.getElementById("delete").hidden = !letter.can_edit;
  document.getElementById("keep-link").hidden = !prep.key;
  const copy = document.getElementById("print-copy");
  copy.replaceChildren(...letter.text.split(/\n/).filter((line) => line.trim()).map((line) => {
    const p = document.createElement("p");
    p.textContent = line;
    return p;
  }));
  showCrisis(letter.report.crisis);
}

function readOnly() {
  box.readOnly = true;
  document.getElementById("save").hidden = true;
  document.getElementById("readonly-note").hidden = false;
}

async function open() {
  if (!prep.id) {
    const kept = draft.read();
    if (kept) box.value = kept;
    box.focus();
    return;
  }
  const answer = await prep.load();
  if (!answer.ok) {
    if (answer.status === 401 || answer.status === 403 || answer.status === 404) {
      form.hidden = true;
      const gone = document.getElementById("gone");
      gone.hidden = false;
      gone.focus();
    } else error.textContent = answer.message;
    return;
  }
  prep.remember(answer.data);
  const kept = draft.read();
  box.value = kept !== null && answer.data.can_edit ? kept : answer.data.text;
  if (kept !== null && kept !== answer.data.text) saved.textContent = "You have changes that are not saved yet.";
  if (!answer.data.can_edit) readOnly();
  show(answer.data);
}

box.addEventListener("input", () => {
  draft.write(box.value);
  saved.textContent = "Not saved yet.";
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.textContent = "";
  if (!box.value.trim()) {
    error.textContent = "The letter is empty: write or paste it first.";
    box.focus();
    return;
  }
  saved.textContent = "Saving…";
  const wasNew = !prep.id;
  const answer = await prep.save({ text: box.value });
  if (!answer.ok) {
    saved.textContent = "";
    error.textContent = answer.message;
    return;
  }
  draft.clear();
  if (wasNew) draft = new Draft("letter", prep.id);
  saved.textContent = "Saved.";
  show(answer.data);
  document.getElementById("report").focus();
});

wireButtons(prep, error);
open();
