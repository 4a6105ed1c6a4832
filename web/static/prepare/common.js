// What the letter and plan pages share: the key from the link's #fragment (kept in this tab and
// remembered in this browser's list), calls to the API with it (or, signed in, with the account),
// what is typed and not saved yet (kept across a reload), and the safety net's help box.
// (ES modules with no inline code: the pages keep their strict Content-Security-Policy.)

import { rememberPreparation, forgetPreparation } from "../chat/remember.js";

const OFFLINE = "Rapport could not be reached, so this is not saved yet. Your words are still here: try again in a moment.";

export class Preparation {
  constructor(root) {
    this.root = root;
    this.kind = root.dataset.kind; // letter or plan
    this.id = root.dataset.id || null;
    this.key = this.id ? readKey(this.kind, this.id) : null;
    this.version = null;
  }

  get path() { return `/api/${this.kind}s${this.id ? `/${encodeURIComponent(this.id)}` : ""}`; }

  headers(write) {
    const headers = { Accept: "application/json" };
    if (write) headers["Content-Type"] = "application/json";
    if (this.key) headers.Authorization = `Bearer ${this.key}`;
    else if (write) headers["X-CSRF-Token"] = this.root.dataset.csrf;
    return headers;
  }

  // {ok, status, data} or {ok: false, status, message}
  async call(method, path, body) {
    let response;
    try {
      response = await fetch(path, { method, headers: this.headers(body !== undefined || method !== "GET"), body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      return { ok: false, status: 0, message: OFFLINE };
    }
    if (response.ok) return { ok: true, status: response.status, data: response.status === 204 ? null : await response.json() };
    const problem = await response.json().catch(() => ({}));
    return { ok: false, status: response.status, message: problem.message || OFFLINE };
  }

  load() { return this.call("GET", this.path); }

  // Save (the first save makes it and gives it a key); the answer is the coached letter or plan.
  async save(body) {
    if (!this.id) {
      const made = await this.call("POST", `/api/${this.kind}s`, body);
      if (!made.ok) return made;
      this.id = made.data.id;
      this.key = made.data.key;
      this.root.dataset.id = this.id;
      keepKey(this.kind, this.id, this.key);
      history.replaceState(null, "", `/${this.kind}s/${encodeURIComponent(this.id)}#key=${encodeURIComponent(this.key)}`);
      const item = made.data[this.kind];
      this.remember(item);
      return { ok: true, status: 201, data: item };
    }
    const saved = await this.call("PUT", this.path, { ...body, version: this.version });
    if (saved.ok) this.remember(saved.data);
    return saved;
  }

  remember(item) {
    this.version = item.version;
    if (this.key) rememberPreparation({ kind: this.kind, id: this.id, key: this.key, title: item.title, updated_at: item.updated_at });
  }

  async remove() {
    const done = await this.call("DELETE", this.path);
    if (done.ok || done.status === 404) {
      forgetPreparation(this.id);
      new Draft(this.kind, this.id).clear();
    }
    return done;
  }

  link() { return `${location.origin}/${this.kind}s/${encodeURIComponent(this.id)}#key=${encodeURIComponent(this.key)}`; }
}

function storageKey(kind, id) { return `rapport:${kind}:${id}`; }

function readKey(kind, id) {
  const match = location.hash.match(/key=([^&]+)/);
  if (match) {
    const value = decodeURIComponent(match[1]);
    keepKey(kind, id, value);
    return value;
  }
  try { return sessionStorage.getItem(storageKey(kind, id)); } catch { return null; }
}

function keepKey(kind, id, key) {
  try { sessionStorage.setItem(storageKey(kind, id), key); } catch { /* private mode */ }
}

// What is typed and not saved yet, per letter or plan ("new" before the first save), so a reload loses nothing.
export class Draft {
  constructor(kind, id) { this.key = `rapport:draft:${kind}:${id || "new"}`; }
  read() { try { const v = localStorage.getItem(this.key); return v === null ? null : JSON.parse(v); } catch { return null; } }
  write(value) { try { localStorage.setItem(this.key, JSON.stringify(value)); } catch { /* full or private */ } }
  clear() { try { localStorage.removeItem(this.key); } catch { /* private mode */ } }
}

// The safety net's box: shown (and focused) when the server saw danger in the words.
export function showCrisis(crisis) {
  const box = document.getElementById("crisis");
  if (!box || !crisis) return;
  box.hidden = false;
  box.focus();
  document.getElementById("crisis-ok").onclick = () => { box.hidden = true; };
}

// One sentence as the coach read it: the words, what it does, and for a flagged one why and a kinder way.
const PARTS = { love: "Love", incident: "A specific time", ask: "Your ask", bottom_line: "Your bottom line" };
const FLAGS = { label: "A label", diagnosis: "A diagnosis", blame: "Blame", threat: "A threat", lecture: "A lecture" };

export function sentenceItem(sentence) {
  const li = document.createElement("li");
  li.className = `sentence ${sentence.flag ? "flagged" : "fine"}`;
  li.dataset.flag = sentence.flag || "";
  const text = document.createElement("p");
  text.className = "said";
  text.textContent = sentence.text;
  li.append(text);
  const note = document.createElement("p");
  note.className = "chip";
  if (sentence.flag) {
    note.classList.add("rethink");
    const mark = document.createElement("strong");
    mark.textContent = `${FLAGS[sentence.flag]}. `;
    note.append(mark, sentence.feedback);
    if (sentence.suggestion) {
      const kinder = document.createElement("span");
      kinder.className = "try";
      kinder.textContent = `Kinder: ${sentence.suggestion}`;
      note.append(kinder);
    }
  } else {
    const parts = sentence.parts.filter((p) => p in PARTS).map((p) => PARTS[p]);
    if (!parts.length) return li;
    note.classList.add("good");
    const mark = document.createElement("strong");
    mark.textContent = `${parts.join(" · ")}. `;
    note.append(mark);
    if (sentence.parts.includes("bottom_line")) note.append(sentence.feedback);
  }
  li.append(note);
  return li;
}

export function checkItem(check, tag = "li") {
  const li = document.createElement(tag);
  li.className = `check ${check.ok ? "ok" : "todo"}`;
  li.dataset.check = check.name;
  const mark = document.createElement("span");
  mark.className = "mark";
  mark.textContent = check.ok ? "✓" : "!";
  mark.setAttribute("aria-label", check.ok ? "Done:" : "To work on:");
  li.append(mark, ` ${check.message}`);
  return li;
}

// The page's Print, Delete (with its confirm step) and Copy link buttons.
export function wireButtons(prep, error) {
  const $ = (id) => document.getElementById(id);
  $("print").addEventListener("click", () => window.print());
  $("delete").addEventListener("click", () => { $("confirm-delete").hidden = false; });
  $("delete-no").addEventListener("click", () => { $("confirm-delete").hidden = true; });
  $("delete-yes").addEventListener("click", async () => {
    const done = await prep.remove();
    if (done.ok || done.status === 404) location.assign(`/my-practice?deleted=${prep.kind}`);
    else error.textContent = done.message;
  });
  wireCopy(prep);
}

function wireCopy(prep) {
  const button = document.getElementById("copy-link");
  button.addEventListener("click", async () => {
    const note = document.getElementById("copied");
    try { await navigator.clipboard.writeText(prep.link()); note.textContent = "Copied."; } catch { note.textContent = prep.link(); }
  });
}
