// What this tab keeps in sessionStorage (in private mode, in memory only): the conversation's key,
// taken from the link's #fragment, the reply on its way until the server has answered it, so
// that a reload while the link is down still sends it once the server is back, and what is typed
// in the box and not sent yet (the draft), so a reload does not lose it.

export function readToken(sessionId) {
  const key = `rapport:${sessionId}`;
  const match = location.hash.match(/token=([^&]+)/);
  if (match) {
    const value = decodeURIComponent(match[1]);
    try { sessionStorage.setItem(key, value); } catch (e) { /* private mode */ }
    return value;
  }
  try { return sessionStorage.getItem(key); } catch (e) { return null; }
}

// The reply sent and not yet answered, {id, text}, or null.
export class PendingReply {
  #key;
  value;

  constructor(sessionId) {
    this.#key = `rapport:pending:${sessionId}`;
    this.value = this.#load();
  }

  set(value) {
    this.value = value;
    try {
      if (value) sessionStorage.setItem(this.#key, JSON.stringify(value));
      else sessionStorage.removeItem(this.#key);
    } catch (e) { /* private mode: kept in memory only */ }
  }

  // A new reply, with the id that lets the server answer a resend of it once.
  start(text) { this.set({ text, id: newId() }); }

  clear() { this.set(null); }

  #load() {
    try {
      const kept = JSON.parse(sessionStorage.getItem(this.#key) || "null");
      return kept && typeof kept.id === "string" && typeof kept.text === "string" ? kept : null;
    } catch (e) { return null; }
  }
}

// What is typed in the box and not sent yet.
export class Draft {
  #key;

  constructor(sessionId) { this.#key = `rapport:draft:${sessionId}`; }

  read() {
    try { return sessionStorage.getItem(this.#key) || ""; } catch (e) { return ""; }
  }

  save(text) {
    try {
      if (text) sessionStorage.setItem(this.#key, text);
      else sessionStorage.removeItem(this.#key);
    } catch (e) { /* private mode: not kept */ }
  }
}

function newId() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}
