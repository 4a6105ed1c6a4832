// The invitation plan page (web/templates/plan.html): fill in the plan, save it (the first save
// gives it a private link), read the checks next to each part, print it, and start a rehearsal
// in which the person says no first.

import { Draft, Preparation, checkItem, sentenceItem, showCrisis, wireButtons } from "./common.js";

const root = document.getElementById("prep");
const prep = new Preparation(root);
const form = document.getElementById("editor");
const saved = document.getElementById("saved-note");
const error = document.getElementById("error");
const FIELDS = ["name", "relationship", "substance", "reason", "moment", "who_asks", "treatment_place", "treatment_phone",
  "treatment_when", "script", "plan_b_no", "plan_b_walkout", "call_after"];
const PRINTED = [["Why they might say yes", "reason"], ["When", "moment"], ["Who asks", "who_asks"], ["Treatment ready", "treatment"],
  ["What I will say", "script"], ["If they say no", "plan_b_no"], ["If they walk out", "plan_b_walkout"], ["Afterwards I will call", "call_after"]];
let draft = new Draft("plan", prep.id);

function values() { return Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value])); }

function fill(plan) { for (const name of FIELDS) if (plan[name] !== undefined) form.elements[name].value = plan[name]; }

function show(item) {
  const checks = item.report.checks;
  document.getElementById("checks").replaceChildren(...checks.map((check) => checkItem(check)));
  for (const check of checks) {
    const spot = form.querySelector(`.field-check[data-for="${check.name}"]`);
    if (spot) spot.replaceChildren(checkItem(check, "p"));
  }
  for (const part of ["script", "plan_b_no", "plan_b_walkout"]) {
    const list = form.querySelector(`[data-sentences="${part}"]`);
    list.replaceChildren(...item.report[part].filter((s) => s.flag).map(sentenceItem));
  }
  document.getElementById("report").hidden = false;
  document.getElementById("print").hidden = false;
  document.getElementById("delete").hidden = !item.can_edit;
  document.getElementById("keep-link").hidden = !prep.key;
  document.getElementById("rehearse").hidden = !item.can_edit;
  document.getElementById("rehearse-with").textContent = item.rehearse_with;
  const plan = item.plan;
  const treatment = [plan.treatment_place, plan.treatment_phone, plan.treatment_when].filter(Boolean).join(", ");
  const copy = [heading(item.title)];
  for (const [label, name] of PRINTED) {
    const text = name === "treatment" ? treatment : plan[name];
    if (!text) continue;
    copy.push(heading(label, "h2"));
    const p = document.createElement("p");
    p.textContent = text;
    copy.push(p);
  }
  document.getElementById("print-copy").replaceChildren(...copy);
  showCrisis(item.report.crisis);
}

function heading(text, tag = "h1") {
  const h = document.createElement(tag);
  h.textContent = text;
  return h;
}

async function open() {
  if (!prep.id) {
    const kept = draft.read();
    if (kept) fill(kept);
    form.elements.name.focus();
    return;
  }
  const answer = await prep.load();
  if (!answer.ok) {
    if ([401, 403, 404].includes(answer.status)) {
      form.hidden = true;
      const gone = document.getElementById("gone");
      gone.hidden = false;
      gone.focus();
    } else error.textContent = answer.message;
    return;
  }
  prep.remember(answer.data);
  const kept = draft.read();
  fill(kept && answer.data.can_edit ? kept : answer.data.plan);
  if (kept) saved.textContent = "You have changes that are not saved yet.";
  if (!answer.data.can_edit) {
    for (const name of FIELDS) form.elements[name].disabled = true;
    document.getElementById("save").hidden = true;
    document.getElementById("readonly-note").hidden = false;
  }
  show(answer.data);
}

form.addEventListener("input", () => {
  draft.write(values());
  saved.textContent = "Not saved yet.";
});

async function save() {
  error.textContent = "";
  saved.textContent = "Saving…";
  const wasNew = !prep.id;
  const answer = await prep.save({ plan: values() });
  if (!answer.ok) {
    saved.textContent = "";
    error.textContent = answer.message;
    return false;
  }
  draft.clear();
  if (wasNew) draft = new Draft("plan", prep.id);
  saved.textContent = "Saved.";
  show(answer.data);
  return true;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  if (await save()) document.getElementById("report").focus();
});

document.getElementById("rehearse-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  if (draft.read() && !(await save())) return; // rehearse what is on the screen
  const refusal = event.target.elements.refusal.value || null;
  const started = await prep.call("POST", `${prep.path}/rehearse`, { refusal });
  if (!started.ok) {
    error.textContent = started.message;
    return;
  }
  location.assign(started.data.practice_url);
});

wireButtons(prep, error);
open();
