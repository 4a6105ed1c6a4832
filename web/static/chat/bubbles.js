// The conversation on the page (#log): one bubble per turn, cloned from the <template> elements
// the server rendered from web/templates/_turn.html (the review page shows turns with the same
// macros). Every text from the conversation goes in with textContent, never as HTML.

const NOT_SENT_YET = "Not sent yet: it will go as soon as we're reconnected.";

export class Bubbles {
  #log;
  #turn;
  #chips;

  constructor(log) {
    this.#log = log;
    this.#turn = document.getElementById("turn-template").content.firstElementChild;
    this.#chips = new Map(
      [...document.querySelectorAll("template.chip-template")].map((t) => [t.dataset.verdict, t.content.firstElementChild]),
    );
  }

  // Every turn so far, as the server has it. The log is a live region: redrawn whole (on every
  // connect, and after "take that back") it is quiet for a moment, so a screen reader does not
  // read the whole conversation out again.
  showAll(turns, firstName) {
    this.#log.setAttribute("aria-live", "off");
    setTimeout(() => this.#log.setAttribute("aria-live", "polite"), 0);
    this.#log.replaceChildren();
    for (const turn of turns) {
      const item = this.#bubble(turn.speaker, turn.speaker === "client" ? firstName : "You", turn.text);
      if (turn.speaker === "learner" && turn.code) item.append(this.#chip(turn));
      if (turn.undone) markUndone(item, turn.speaker);
      item.dataset.index = String(turn.index);
      this.#log.append(item);
    }
  }

  // Replies on the page that count (not taken back, not still on their way).
  keptReplies() { return this.#log.querySelectorAll(".msg.learner:not(.undone):not(.pending)").length; }

  has(index) { return this.#log.querySelector(`.msg[data-index="${index}"]`) !== null; }

  // A reply on its way; `waiting` when the link is down, so it says it has not gone yet.
  addPending(text, waiting) {
    const item = this.#bubble("learner", "You", text);
    item.classList.add("pending");
    if (waiting) item.append(note());
    this.#log.append(item);
    return item;
  }

  markPendingWaiting() {
    const item = this.#pending();
    if (item && !item.querySelector(".pending-note")) {
      item.append(note());
      item.scrollIntoView({ block: "nearest" });
    }
  }

  dropPending() { this.#pending()?.remove(); }

  // The server's answer to a reply: the reply's bubble (the pending one, if shown) gets its place
  // in the conversation and, in coach mode, its chip.
  confirm(message) {
    let item = this.#pending();
    if (!item) {
      item = this.#bubble("learner", "You", message.learner.text);
      this.#log.append(item);
    }
    item.classList.remove("pending");
    for (const old of item.querySelectorAll(".pending-note")) old.remove();
    item.dataset.index = String(message.learner.index);
    item.dataset.turn = String(message.turn);
    if (message.coding) item.append(this.#chip(message.coding));
  }

  // The person's answer (unless it is on the page already); true when it was added.
  addAnswer(message, firstName) {
    if (this.has(message.client.index)) return false;
    const item = this.#bubble("client", firstName, message.client.text);
    item.dataset.index = String(message.client.index);
    item.dataset.turn = String(message.turn);
    this.#log.append(item);
    this.addThought(item, message.client.thought, firstName);
    item.scrollIntoView({ block: "nearest" });
    return true;
  }

  // What the person is thinking (coach mode): shown under their latest line only.
  addThought(item, thought, firstName) {
    if (!item || !thought) return;
    this.#log.querySelector(".thought")?.remove();
    const line = document.createElement("p");
    line.className = "thought";
    line.textContent = `${firstName} thinks: ${thought}`;
    item.append(line);
  }

  last() { return this.#log.lastElementChild; }

  #pending() { return this.#log.querySelector(".msg.learner.pending"); }

  #bubble(speaker, who, text) {
    const item = this.#turn.cloneNode(true);
    item.classList.add(speaker);
    item.querySelector(".who").textContent = who;
    item.querySelector(".text").textContent = text;
    return item;
  }

  #chip(coding) {
    const box = (this.#chips.get(coding.verdict) || this.#chips.get("okay")).cloneNode(true);
    box.querySelector(".label").textContent = coding.label;
    box.querySelector(".feedback").textContent = coding.feedback || "";
    if (box.classList.contains("good") || !coding.suggestion) box.querySelector(".try").remove();
    else box.querySelector(".suggestion").textContent = coding.suggestion;
    box.dataset.code = coding.code || "";
    return box;
  }
}

// A reply taken back ("try that again") stays on the page, struck through, with the person's answer to it.
function markUndone(item, speaker) {
  item.classList.add("undone");
  const line = document.createElement("span");
  line.className = "undone-note";
  line.textContent = speaker === "learner" ? "taken back, then tried again" : "(before the reply was taken back)";
  item.querySelector(".text").after(" ", line);
}

function note() {
  const line = document.createElement("span");
  line.className = "pending-note";
  line.textContent = NOT_SENT_YET;
  return line;
}
