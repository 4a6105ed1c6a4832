// The review page, in place: saving a code, agreeing with the coder, and adding, editing or
// deleting a comment go over the JSON API without reloading the page. Each form says "Saved"
// or what went wrong right next to it (an aria-live note), and nothing the supervisor chose is
// undone when a save fails. Without JavaScript the same forms post and come back to the turn.
// (An ES module with no inline code: the page keeps its strict Content-Security-Policy.)

const transcript = document.getElementById("transcript");
const template = document.getElementById("comment-template");

const OFFLINE = "Rapport could not be reached, so this is not saved yet. Everything you chose is still here: try again in a moment.";
const SIGNED_OUT = "You have been signed out, so this is not saved yet. Sign in again in another tab, then press the button here again: what you chose stays on this page.";
const GONE = "This is no longer here to change (it may have been deleted). Reload the page to see the conversation as it is now.";

/** Send JSON to the API with the page's CSRF token; answers {ok, data} or {ok: false, message}. */
async function send(form, method, url, body) {
  const headers = { "X-CSRF-Token": form.elements.csrf_token.value, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, message: OFFLINE };
  }
  if (response.ok) {
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    return { ok: true, data };
  }
  const problem = await response.json().catch(() => ({}));
  if (response.status === 401) return { ok: false, message: SIGNED_OUT };
  if (response.status === 404) return { ok: false, message: GONE };
  return { ok: false, status: response.status, message: problem.message || OFFLINE };
}

/** Write into a form's note: "saved" or "problem" (a problem also marks the given fields). */
function say(note, text, kind, fields = []) {
  if (!note) return;
  if (kind === "saved") {
    // Only the latest "Saved" in a turn: an older one next to another form would read as news.
    const turn = note.closest("li.turn-review");
    for (const old of turn ? turn.querySelectorAll(".save-note.saved") : []) {
      if (old !== note) say(old, "", null);
    }
  }
  note.classList.remove("saved", "problem", "working");
  if (kind) note.classList.add(kind);
  note.textContent = text;
  for (const field of fields) {
    if (kind === "problem") field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
  }
}

function busy(form, on) {
  for (const button of form.querySelectorAll("button")) button.disabled = on;
  form.setAttribute("aria-busy", on ? "true" : "false");
}

// --- the summaries and the supervisor's code, after a code is saved -----------------------------

let refreshes = 0;
const waiting = new Set(); // turns whose "Supervisor: …" line is still to be refreshed

/** Fetch this page again and put its fresh summaries and the saved turns' "Supervisor: …" lines
 *  in place; the forms are left alone, so nothing typed or chosen is lost. */
async function refresh(turnId) {
  waiting.add(turnId);
  const mine = ++refreshes;
  let html;
  try {
    const response = await fetch(location.pathname, { headers: { Accept: "text/html" } });
    if (!response.ok) return;
    html = await response.text();
  } catch {
    return; // the code is saved; the summary catches up on the next save or reload
  }
  if (mine !== refreshes) return; // a later save's refresh is on its way
  const fresh = new DOMParser().parseFromString(html, "text/html"); // parsed, never run
  for (const id of ["summaries", ...[...waiting].map((turn) => `human-${turn}`)]) {
    const now = document.getElementById(id);
    const next = fresh.getElementById(id);
    if (now && next) now.replaceWith(document.importNode(next, true));
  }
  waiting.clear();
}

// --- codes ----------------------------------------------------------------------------------------

async function saveCode(form, agree) {
  const turnId = form.dataset.turn;
  const select = form.elements.code;
  const reason = form.elements.reason;
  const note = document.getElementById(`code-note-${turnId}`);
  say(note, "Saving…", "working");
  busy(form, true);
  const result = agree
    ? await send(form, "POST", `/api/review/turns/${turnId}/agree`)
    : await send(form, "PUT", `/api/review/turns/${turnId}/code`, { code: select.value, reason: reason.value });
  busy(form, false);
  if (!result.ok) {
    // Keep the code and the reason as they are, and say what to do next to them.
    const needsReason = result.status === 422 && !agree && !reason.value.trim();
    say(note, result.message, "problem", needsReason ? [reason] : []);
    if (needsReason) reason.focus();
    return;
  }
  if (agree) {
    select.value = form.dataset.auto;
    reason.value = "";
  }
  say(note, agree ? "Saved: you agree with the coder." : "Saved.", "saved", [reason]);
  await refresh(turnId);
}

// --- comments -------------------------------------------------------------------------------------

function newComment(id, text) {
  const item = template.content.firstElementChild.cloneNode(true);
  item.id = `comment-${id}`;
  item.dataset.comment = id;
  item.querySelector(".comment-text").textContent = text;
  item.querySelector("form.edit-comment").action = `/review/comments/${id}/edit`;
  item.querySelector("form.delete-comment").action = `/review/comments/${id}/delete`;
  const input = item.querySelector("form.edit-comment input[name=text]");
  input.value = text;
  input.setAttribute("aria-describedby", `edit-note-${id}`);
  item.querySelector(".save-note").id = `edit-note-${id}`;
  return item;
}

async function addComment(form) {
  const turnId = form.dataset.turn;
  const input = form.elements.text;
  const note = document.getElementById(`comment-note-${turnId}`);
  say(note, "Saving…", "working");
  busy(form, true);
  const result = await send(form, "POST", `/api/review/turns/${turnId}/comments`, { text: input.value.trim() });
  busy(form, false);
  if (!result.ok) {
    say(note, result.message, "problem", [input]);
    input.focus();
    return;
  }
  document.getElementById(`comments-${turnId}`).append(newComment(result.data.id, result.data.text));
  input.value = "";
  say(note, "Comment saved.", "saved", [input]);
}

async function editComment(form) {
  const item = form.closest(".comment-item");
  const id = item.dataset.comment;
  const input = form.elements.text;
  const note = document.getElementById(`edit-note-${id}`);
  say(note, "Saving…", "working");
  busy(form, true);
  const result = await send(form, "PUT", `/api/review/comments/${id}`, { text: input.value.trim() });
  busy(form, false);
  if (!result.ok) {
    say(note, result.message, "problem", [input]);
    input.focus();
    return;
  }
  item.querySelector(".comment-text").textContent = result.data.text;
  input.value = result.data.text;
  const details = item.querySelector("details.comment-edit");
  details.open = false;
  details.querySelector("summary").focus();
  say(note, "Comment saved.", "saved", [input]);
}

function confirming(form, on) {
  form.querySelector("[data-delete]").hidden = on;
  form.querySelector(".confirm").hidden = !on;
  (on ? form.querySelector("[data-confirm]") : form.querySelector("[data-delete]")).focus();
}

async function deleteComment(form, submitter) {
  if (!submitter || !submitter.hasAttribute("data-confirm")) {
    confirming(form, true); // ask once: "Delete this comment?"
    return;
  }
  const item = form.closest(".comment-item");
  const id = item.dataset.comment;
  const list = item.closest(".comments");
  const turnId = list.id.replace("comments-", "");
  const note = document.getElementById(`edit-note-${id}`);
  busy(form, true);
  const result = await send(form, "DELETE", `/api/review/comments/${id}`);
  busy(form, false);
  if (!result.ok) {
    say(note, result.message, "problem");
    confirming(form, false);
    return;
  }
  item.remove();
  const addInput = document.querySelector(`form.add-comment[data-turn="${turnId}"] input[name=text]`);
  say(document.getElementById(`comment-note-${turnId}`), "Comment deleted.", "saved");
  if (addInput) addInput.focus();
}

// --- wiring ---------------------------------------------------------------------------------------

if (transcript) {
  transcript.addEventListener("submit", (event) => {
    const form = event.target;
    const submitter = event.submitter;
    if (form.matches("form.override")) {
      event.preventDefault();
      saveCode(form, Boolean(submitter && submitter.hasAttribute("data-agree")));
    } else if (form.matches("form.add-comment")) {
      event.preventDefault();
      addComment(form);
    } else if (form.matches("form.edit-comment")) {
      event.preventDefault();
      editComment(form);
    } else if (form.matches("form.delete-comment")) {
      event.preventDefault();
      deleteComment(form, submitter);
    }
  });

  transcript.addEventListener("click", (event) => {
    const keep = event.target.closest("[data-keep]");
    if (keep) confirming(keep.closest("form"), false);
  });

  // A "Saved." goes away once the supervisor changes something again; a problem stays until the
  // next save says how it went.
  transcript.addEventListener("input", (event) => {
    const scope = event.target.closest(".comment-item") || event.target.closest("form");
    const note = scope && scope.querySelector(".save-note.saved");
    if (note) say(note, "", null);
  });
}
