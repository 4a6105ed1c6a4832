// Everything on the chat page around the conversation itself: the scenario brief and meters, the
// status line, the box you type in, the crisis help and the end. `showPhase` shows a phase; the
// other functions show what one message brought.

import { ALLOWS, CLOSED, CONNECTING, ENDED, OPEN, PAUSED, RECONNECTING, SENDING } from "./phase.js";

const STILL_TRYING_AFTER = 5; // failed tries before the status says so
const $ = (id) => document.getElementById(id);

export class View {
  status = $("status");
  reply = $("reply");
  limit = 1000; // the longest reply, from the server's state message
  #send = $("send");
  #end = $("end");
  #undo = $("undo");
  #hintButton = $("hint-button");
  #undoAgain = $("undo-again");
  #note = $("composer-note");
  #typing = $("typing");
  #crisis = $("crisis");
  #composer = $("composer");

  // previous: the phase before; failures: tries since the link was last up; pending: a reply on its way.
  // canUndo: coach mode with a kept reply to take back; undoing: "take that back" is on its way;
  // coachMode: hints ("What could I say?") are offered.
  showPhase(phase, previous, { failures, pending, canUndo, undoing, coachMode }) {
    const allows = ALLOWS[phase];
    this.reply.disabled = !allows.type;
    this.#send.disabled = !allows.send;
    this.#end.disabled = !allows.end;
    for (const button of [this.#undo, this.#undoAgain]) {
      button.hidden = !canUndo;
      button.disabled = !(allows.undo && canUndo) || undoing;
    }
    this.#hintButton.hidden = !coachMode;
    this.#hintButton.disabled = !(allows.send && coachMode);
    if (!allows.type) this.hideHint();
    if (phase !== ENDED) $("ended").hidden = true;
    this.#showNote(phase === RECONNECTING ? offlineNote(pending) : "");
    this.#showStatus(phase, previous, failures);
    if (phase === PAUSED) this.#crisis.hidden = false;
    else if ([OPEN, SENDING, ENDED].includes(phase)) this.#crisis.hidden = true; // kept while the link is down
    // While the practice is paused the box you type in stops floating over the page, so nothing of
    // the help (and its "carry on" button) is ever hidden under it.
    // So does it once the conversation has ended, so the end box (and "take back") stays in view,
    // and once it is closed for good ("opened in another window"), so that notice is not covered.
    this.#composer.classList.toggle("at-rest", !this.#crisis.hidden || phase === ENDED || phase === CLOSED);
  }

  showTyping(on) { this.#typing.hidden = !on; }

  showError(text) { $("error").textContent = text || ""; }

  // What "take that back" did, said in the status line (a live region).
  showUndone(message) { this.#setStatus(message.message, "connected"); }

  showStillAnswering(firstName) { this.#showNote(`${firstName} is still answering. Send this once the answer is in.`); }

  // The scenario's brief, the mode and the reply limit, from a state message.
  showScenario(state) {
    const sc = state.scenario;
    document.title = `${sc.title} · Rapport`;
    $("title").textContent = sc.title;
    $("who").textContent = `${sc.person}, ${sc.relationship}`;
    $("you-are").textContent = sc.you_are;
    $("goal").textContent = sc.goal;
    $("setting").textContent = sc.setting;
    $("tips").replaceChildren(...sc.tips.map((tip) => {
      const item = document.createElement("li");
      item.textContent = tip;
      return item;
    }));
    $("typing-name").textContent = sc.first_name;
    $("mode-note").textContent = state.session.mode === "coach"
      ? "Coach mode: each reply gets a short note."
      : `Exam mode: how ${sc.first_name} feels is hidden, as it would be in a real conversation. ` +
        "You'll see how each reply was coded on the scorecard.";
    this.limit = state.limits.max_reply_chars; // not maxLength: that would cut a pasted reply silently
    this.updateCount();
  }

  // Coach mode: the two meters, whole numbers, and what they mean in words ("Danny is getting
  // defensive and doesn't feel heard yet"). Exam mode hides them, as a real conversation would.
  showMeters(meters, firstName) {
    const box = $("meters");
    box.hidden = !meters;
    $("meter-words").hidden = !meters;
    if (!meters) return;
    for (const name of ["rapport", "resistance"]) {
      $(`${name}-meter`).value = meters[name];
      $(`${name}-value`).textContent = `${Math.round(meters[name])} of 10`;
    }
    $("meter-words").textContent = meterWords(meters, firstName);
  }

  // A crisis pause: the server's words, the help for this kind of danger first, and focus on it.
  showCrisis(message) {
    if (message.message) $("crisis-message").textContent = message.message;
    const first = message.kind ? document.querySelector(`#helplines [data-first-for="${message.kind}"]`) : null;
    if (first) first.parentNode.prepend(first);
    this.#crisis.hidden = false;
    this.#crisis.focus();
  }

  hideCrisis() { this.#crisis.hidden = true; }

  // A link that opens no conversation (a wrong or deleted one, or no key): a clear page, not a
  // heading that says "Opening…" for ever.
  showGone() {
    $("title").textContent = "This conversation can't be opened";
    document.title = "Conversation not found · Rapport";
    for (const id of ["brief", "meters", "composer", "keep-link"]) $(id).hidden = true;
    this.showError("");
    $("gone").hidden = false;
    $("gone").focus();
  }

  // "What could I say?": what to aim for, and sentence starters that go into the box when chosen.
  showHint(message, choose) {
    $("hint-aim").textContent = message.aim;
    $("hint-starters").replaceChildren(...message.starters.map((text) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.textContent = text;
      button.addEventListener("click", () => choose(text.replace(/…$/, " ")));
      item.append(button);
      return item;
    }));
    $("hint").hidden = false;
  }

  hideHint() { $("hint").hidden = true; }

  // A starter chosen: it goes into the box, before anything already typed, ready to finish.
  useStarter(text) {
    const typed = this.reply.value.trim();
    this.reply.value = typed ? `${text}${typed}` : text;
    this.updateCount();
    this.reply.focus();
    this.reply.setSelectionRange(this.reply.value.length, this.reply.value.length);
  }

  // A word by the box itself (where the floating box cannot cover it), e.g. a reply over the limit.
  showComposerNote(text) { this.#showNote(text); }

  // The debrief and the scorecard link; `quiet` when the page opens on an ended conversation.
  showEnded(end, token, quiet) {
    const box = $("ended");
    setTimeout(() => {
      $("debrief").textContent = end.debrief || "You ended the conversation. Your scorecard shows how it went.";
      $("scorecard-link").href = `${end.scorecard_url}#token=${encodeURIComponent(token)}`;
      box.hidden = false;
      if (!quiet) box.focus();
    }, quiet ? 0 : 700);
  }

  // A reply that did not go through goes back into the box, before anything typed since.
  giveBack(text) {
    const draft = this.reply.value;
    this.reply.value = draft.trim() ? `${text}\n${draft}` : text;
    this.updateCount();
  }

  // The reply in the box, taken out of it to send.
  takeReply() {
    const text = this.reply.value;
    this.reply.value = "";
    this.updateCount();
    return text;
  }

  updateCount() {
    const count = $("count");
    const over = this.overLimit();
    const length = this.reply.value.trim().length;
    count.textContent = over
      ? `${length} / ${this.limit} characters: ${over} too many to send`
      : `${length} / ${this.limit} characters`;
    count.classList.toggle("over", over > 0);
  }

  // How many characters the reply in the box is over the limit (0 when it fits).
  overLimit() { return Math.max(0, this.reply.value.trim().length - this.limit); }

  #showNote(text) {
    this.#note.textContent = text;
    this.#note.hidden = !text;
  }

  #showStatus(phase, previous, failures) {
    if (phase === CLOSED) this.#setStatus("", "closed");
    else if (phase === RECONNECTING || (phase === CONNECTING && failures > 0)) {
      this.#setStatus(reconnectingText(failures, phase === RECONNECTING), "reconnecting");
    } else if (phase === CONNECTING) this.#setStatus("Connecting…", "connecting");
    else if (previous === CONNECTING) this.#setStatus("Connected.", "connected");
    else if (previous === RECONNECTING) this.#setStatus("Connected again. Everything is as you left it.", "connected");
  }

  // Only a change is written: the status is a live region, and each write is read out again.
  #setStatus(text, kind) {
    if (this.status.textContent !== text) this.status.textContent = text;
    this.status.dataset.state = kind;
  }
}

// The meters in plain words: how open the person is (resistance) and how heard they feel (rapport).
export function meterWords(meters, firstName) {
  const r = meters.resistance;
  const open = r >= 8.5 ? "is close to walking away" : r >= 6 ? "is getting defensive" : r >= 3.5 ? "is guarded" : "is open to talking";
  const h = meters.rapport;
  const heard = h >= 7 ? "feels heard" : h >= 4 ? "is starting to feel heard" : "doesn't feel heard yet";
  return `${firstName} ${open} and ${heard}.`;
}

function reconnectingText(failures, saved) {
  const kept = saved ? " Your conversation so far is saved." : "";
  return failures >= STILL_TRYING_AFTER
    ? `Still trying to reconnect. It may be your internet connection or ours; we'll keep trying.${kept}`
    : `The connection dropped. Reconnecting…${kept}`;
}

function offlineNote(pending) {
  return pending
    ? "You're offline for a moment. Your last reply will be sent as soon as we're reconnected; you can keep typing."
    : "You're offline for a moment. You can keep typing; Send works again as soon as we're reconnected.";
}
