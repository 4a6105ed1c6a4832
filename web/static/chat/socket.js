// The chat socket: one at a time, opened again after a drop with a growing pause (up to 4 s), and
// at once when the browser says it is back online. Frames and closes from a socket that has
// already been replaced are ignored. Whether a close is final is the page's call (chat.js).

const LONGEST_PAUSE = 4000; // ms

// The socket's address: the path the server gave the page (from its route), on this page's own
// host (the Content-Security-Policy allows no other), with the conversation's key.
export function socketUrl(path, token) {
  const url = new URL(path, location.href);
  url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
  url.searchParams.set("token", token);
  return url.href;
}

export class ChatSocket {
  #url;
  #socket = null;
  #retry = null;
  #onMessage;
  #onClose;
  failures = 0; // closes since the conversation was last shown: paces the tries and the status

  constructor(url, { onMessage, onClose }) {
    this.#url = url;
    this.#onMessage = onMessage;
    this.#onClose = onClose;
    window.addEventListener("online", () => this.#retryNow());
  }

  open() {
    this.#retry = null;
    const ws = new WebSocket(this.#url);
    this.#socket = ws;
    ws.addEventListener("message", (event) => {
      if (ws === this.#socket) this.#onMessage(JSON.parse(event.data));
    });
    ws.addEventListener("close", (event) => {
      if (ws !== this.#socket) return;
      this.#socket = null;
      this.#onClose(event);
    });
  }

  // After a close that is not final: try again after a pause that doubles with every failure.
  retryLater() {
    this.failures += 1;
    this.#retry = setTimeout(() => this.open(), Math.min(LONGEST_PAUSE, 250 * 2 ** this.failures));
  }

  // The server has shown the conversation on this socket: the next drop starts the pauses afresh.
  settled() { this.failures = 0; }

  // Sends when the socket is open; false when it is not (the close that follows says why).
  send(message) {
    if (!this.#socket || this.#socket.readyState !== WebSocket.OPEN) return false;
    this.#socket.send(JSON.stringify(message));
    return true;
  }

  #retryNow() {
    if (this.#retry === null) return; // connected, connecting, or closed for good
    clearTimeout(this.#retry);
    this.open();
  }
}
