// The conversations this browser remembers, for the "Your practice" page (/my-practice): kept in
// localStorage under one key, as a JSON list, newest first, at most MAX. Each entry holds the
// conversation's id and key (the part of its link after "#token="), and what the list shows:
// {id, token, title, person, mode, startedAt}. Nothing here is sent anywhere; the page asks the
// server about each conversation with its own key.
//
// Private mode, storage turned off or full, and a list someone edited by hand are all survived:
// reading gives what can be read (or nothing), writing does what it can and says whether it did.

export const STORAGE_KEY = "rapport:remembered";
export const MAX = 200;

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;
const MODES = new Set(["coach", "exam"]);

// Every remembered conversation, newest first. Never throws.
export function rememberedConversations() {
  let raw = null;
  try { raw = localStorage.getItem(STORAGE_KEY); } catch (e) { return []; }
  if (!raw) return [];
  let list;
  try { list = JSON.parse(raw); } catch (e) { return []; }
  if (!Array.isArray(list)) return [];
  const seen = new Set();
  const kept = [];
  for (const item of list) {
    const entry = clean(item);
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      kept.push(entry);
    }
  }
  return kept.slice(0, MAX);
}

// Remember a conversation (or update what is remembered of it: the key, and any detail given).
// info: {title, person, mode, startedAt}; startedAt an ISO time or a Date (now when left out).
// Returns true when it was stored.
export function rememberConversation(sessionId, token, info = {}) {
  const fresh = clean({ id: sessionId, token, ...pick(info || {}) });
  if (!fresh) return false;
  const list = rememberedConversations();
  const at = list.findIndex((entry) => entry.id === fresh.id);
  if (at >= 0) {
    const known = list[at];
    // The first start time stays: reopening an old conversation does not make it new.
    list[at] = { ...known, ...withoutEmpty(fresh), startedAt: known.startedAt || fresh.startedAt };
  } else {
    list.unshift({ ...fresh, startedAt: fresh.startedAt || new Date().toISOString() });
  }
  return save(newestFirst(list));
}

// Forget a conversation (only in this browser: the conversation itself is not touched).
export function forgetConversation(sessionId) {
  const list = rememberedConversations();
  const left = list.filter((entry) => entry.id !== String(sessionId));
  if (left.length === list.length) return true;
  return save(left);
}

// Forget every conversation this browser remembers.
export function forgetAll() {
  try {
    localStorage.removeItem(STORAGE_KEY);
    return true;
  } catch (e) { return false; }
}

function pick(info) {
  return { title: info.title, person: info.person, mode: info.mode, startedAt: info.startedAt };
}

// One entry as it may be kept, or null when it is not one.
function clean(item) {
  if (!item || typeof item !== "object") return null;
  const id = String(item.id ?? "");
  const token = String(item.token ?? "");
  if (!ID.test(id) || !TOKEN.test(token)) return null;
  return {
    id,
    token,
    title: text(item.title, 300),
    person: text(item.person, 120),
    mode: MODES.has(item.mode) ? item.mode : "",
    startedAt: time(item.startedAt),
  };
}

function text(value, limit) {
  return typeof value === "string" ? value.trim().slice(0, limit) : "";
}

function time(value) {
  const date = value instanceof Date ? value : typeof value === "string" && value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
}

function withoutEmpty(entry) {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== ""));
}

function newestFirst(list) {
  // Stable: entries without a time keep their place relative to each other.
  return list
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => (b.entry.startedAt || "").localeCompare(a.entry.startedAt || "") || a.position - b.position)
    .map(({ entry }) => entry);
}

// Write the list, dropping the oldest when storage is full. Returns true when it was written.
function save(list) {
  let kept = list.slice(0, MAX);
  while (true) {
    try {
      if (kept.length) localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
      else localStorage.removeItem(STORAGE_KEY);
      return true;
    } catch (e) {
      if (kept.length <= 1) return false; // private mode or storage turned off
      kept = kept.slice(0, Math.floor(kept.length / 2)); // full: keep the newest half
    }
  }
}

// Letters and invitation plans this browser remembers, under their own key, the same way:
// {kind, id, key, title, updated_at}, newest first, at most MAX.
export const PREPARED_KEY = "rapport:prepared";
const KINDS = new Set(["letter", "plan"]);

export function rememberedPreparations() {
  let list;
  try { list = JSON.parse(localStorage.getItem(PREPARED_KEY) || "[]"); } catch (e) { return []; }
  if (!Array.isArray(list)) return [];
  return list.filter((item) => item && KINDS.has(item.kind) && ID.test(String(item.id)) && TOKEN.test(String(item.key)))
    .map((item) => ({ kind: item.kind, id: item.id, key: item.key, title: String(item.title || "").slice(0, 200), updated_at: String(item.updated_at || "") }))
    .slice(0, MAX);
}

export function rememberPreparation(entry) {
  const rest = rememberedPreparations().filter((item) => item.id !== entry.id);
  try { localStorage.setItem(PREPARED_KEY, JSON.stringify([entry, ...rest].slice(0, MAX))); return true; } catch (e) { return false; }
}

export function forgetPreparation(id) {
  try { localStorage.setItem(PREPARED_KEY, JSON.stringify(rememberedPreparations().filter((item) => item.id !== id))); } catch (e) { /* private mode */ }
}
