// The "Your practice" page (web/templates/my_practice.html): the conversations this browser
// remembers (chat/remember.js, in localStorage), each asked about with its own key
// (GET /api/sessions/{id}), with how it went, links to reopen it and to its scorecard, and a
// delete button (DELETE, after a confirm step); and, above them, progress in plain words
// (my_practice/words.js). Nothing about the list is sent to the server but each conversation's own
// key, to that conversation's own address.

import { forgetAll, forgetConversation, rememberedConversations } from "./chat/remember.js";
import { GONE, modeWords, outcomeWords, progressWords, tallyWords } from "./my_practice/words.js";

const $ = (id) => document.getElementById(id);
const AT_ONCE = 4; // questions to the server at a time
const GONE_STATUSES = new Set([401, 403, 404]); // deleted, expired, or a key that no longer opens it

const items = new Map(); // id → {entry, element, session, gone}

function start() {
  const remembered = rememberedConversations();
  $("status").textContent = "";
  if (!remembered.length) {
    showEmpty();
    return;
  }
  $("list-section").hidden = false;
  const list = $("conversations");
  for (const entry of remembered) {
    const element = render(entry);
    list.append(element);
    items.set(entry.id, { entry, element, session: null, gone: false });
  }
  $("status").textContent = `Checking ${count(remembered.length, "conversation")}…`;
  lookUpAll(remembered).then(() => {
    $("status").textContent = `${count(items.size, "conversation")} in this browser.`;
    showProgress();
  });
}

// --- one conversation ---------------------------------------------------------------------

function render(entry) {
  const element = $("conversation-template").content.firstElementChild.cloneNode(true);
  const find = (name) => element.querySelector(`.${name}`);
  element.dataset.session = entry.id;
  const titleId = `title-${entry.id}`;
  find("title").id = titleId;
  find("title").textContent = entry.title || "A practice conversation";
  find("person").textContent = entry.person ? `with ${entry.person}` : "";
  showWhen(find("when"), entry.startedAt);
  find("mode").textContent = modeWords(entry.mode);
  const key = `#token=${encodeURIComponent(entry.token)}`;
  const path = `/practice/${encodeURIComponent(entry.id)}`;
  find("reopen").href = `${path}${key}`;
  find("scorecard").href = `${path}/scorecard${key}`;
  for (const name of ["reopen", "scorecard", "delete", "remove", "delete-yes"]) find(name).setAttribute("aria-describedby", titleId);

  find("delete").addEventListener("click", () => {
    find("confirm").hidden = false;
    find("delete-yes").focus();
  });
  find("delete-no").addEventListener("click", () => {
    find("confirm").hidden = true;
    find("delete").focus();
  });
  find("delete-yes").addEventListener("click", () => remove(entry, element, true));
  find("remove").addEventListener("click", () => remove(entry, element, false));
  return element;
}

function showWhen(node, iso) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) {
    node.textContent = "";
    return;
  }
  node.dateTime = date.toISOString();
  node.textContent = date.toLocaleString(undefined, { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" });
}

async function lookUpAll(entries) {
  const queue = [...entries];
  const worker = async () => {
    while (queue.length) await lookUp(queue.shift());
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, worker));
}

async function lookUp(entry) {
  const item = items.get(entry.id);
  if (!item) return;
  const find = (name) => item.element.querySelector(`.${name}`);
  let response;
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(entry.id)}`, { headers: auth(entry) });
  } catch (e) {
    find("outcome-words").textContent = "couldn't check just now (are you offline?)";
    return;
  }
  if (GONE_STATUSES.has(response.status)) {
    showGone(item);
    return;
  }
  if (!response.ok) {
    find("outcome-words").textContent = "couldn't check just now; try again in a moment";
    return;
  }
  const session = await response.json().catch(() => null);
  if (!session) return;
  item.session = session;
  find("outcome-words").textContent = outcomeWords(session);
  item.element.dataset.outcome = session.ended ? session.outcome_kind || "ended" : "open";
  if (!entry.title && session.title) find("title").textContent = session.title;
  if (!entry.mode) find("mode").textContent = modeWords(session.mode);
  if (!entry.startedAt) showWhen(find("when"), session.created_at);
  find("tally").textContent = tallyWords(session.summary);
  if (session.mode === "exam" && !session.ended) {
    find("scorecard").hidden = true; // exam mode: everything at the end
    find("tally").textContent = "Exam mode: how your replies went shows when it ends.";
  }
}

function showGone(item) {
  const find = (name) => item.element.querySelector(`.${name}`);
  item.gone = true;
  item.element.classList.add("gone");
  item.element.dataset.outcome = "gone";
  find("outcome-words").textContent = GONE;
  find("tally").textContent = "It was deleted, or removed after a long time unused. Nothing of it is left to open.";
  for (const name of ["reopen", "scorecard", "delete"]) find(name).hidden = true;
  find("confirm").hidden = true;
  find("remove").hidden = false;
}

// Delete on the server (when `deleting`), then forget it here; or only forget it.
async function remove(entry, element, deleting) {
  const find = (name) => element.querySelector(`.${name}`);
  find("error").textContent = "";
  const title = find("title").textContent;
  if (deleting) {
    let response;
    try {
      response = await fetch(`/api/sessions/${encodeURIComponent(entry.id)}`, { method: "DELETE", headers: auth(entry) });
    } catch (e) {
      find("error").textContent = "That didn't work: you seem to be offline. Please try again.";
      return;
    }
    if (response.status === 403) {
      find("error").textContent = "This browser's key no longer opens that conversation, so it can't be deleted from here.";
      showGone(items.get(entry.id));
      return;
    }
    if (response.status !== 204 && response.status !== 404) {
      const problem = await response.json().catch(() => ({}));
      find("error").textContent = problem.message || "That didn't work. Please try again.";
      return;
    }
  }
  forgetConversation(entry.id);
  items.delete(entry.id);
  element.remove();
  $("status").textContent = deleting
    ? `Deleted "${title}". Nothing of it is left on the server.`
    : `Removed "${title}" from this list.`;
  if (!items.size) showEmpty();
  else showProgress();
  $(items.size ? "list-title" : "empty-title").focus();
}

function auth(entry) { return { Authorization: `Bearer ${entry.token}` }; }

// --- the whole list -----------------------------------------------------------------------

function showProgress() {
  const known = [...items.values()]
    .filter((item) => item.session && !item.gone)
    .map((item) => ({ summary: item.session.summary, outcome_kind: item.session.outcome_kind }));
  const words = progressWords(known);
  $("progress").hidden = !words;
  if (!words) return;
  $("progress-headline").textContent = words.headline;
  const list = $("progress-details");
  list.replaceChildren(...words.details.map((text) => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }));
}

function showEmpty() {
  $("list-section").hidden = true;
  $("progress").hidden = true;
  $("empty").hidden = false;
}

function count(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

$("forget-all").addEventListener("click", () => {
  $("forget-all-confirm").hidden = false;
  $("forget-all-yes").focus();
});
$("forget-all-no").addEventListener("click", () => {
  $("forget-all-confirm").hidden = true;
  $("forget-all").focus();
});
$("forget-all-yes").addEventListener("click", () => {
  if (!forgetAll()) {
    $("status").textContent = "This browser would not let the list be cleared.";
    return;
  }
  items.clear();
  $("conversations").replaceChildren();
  $("forget-all-confirm").hidden = true;
  showEmpty();
  $("status").textContent = "This browser no longer remembers any conversation. The conversations themselves were not deleted.";
});

start();
