// The practice chat page (web/templates/practice.html): one websocket per conversation, resumed on
// reconnect, and one phase (chat/phase.js) that says what the page is doing; `moveTo` is the only
// way to change it, and it shows the new phase.
//
// A dropped connection: the page says so (#status and, by the box you type in, #composer-note),
// keeps what you are typing, and reconnects by itself. A reply that was on its way when the link
// dropped is kept (also across a reload, in sessionStorage) and sent again with the same id once
// the page is back; the server answers a reply it had already saved with the stored turn, so it is
// shown once. A reply the server turns down goes back into the box to send again.
//
// The modules: chat/socket.js (the socket and its retries), chat/bubbles.js (the conversation,
// from the page's <template>s), chat/view.js (the rest of the page), chat/controls.js (buttons and
// keys), chat/storage.js (the key and the reply on its way), chat/phase.js (the phases).

import { Bubbles } from "./chat/bubbles.js";
import { wireComposer, wireCopyLink, wireEndButton, wireHint, wireResume, wireUndo } from "./chat/controls.js";
import { CLOSED, CONNECTING, ENDED, OPEN, PAUSED, RECONNECTING, SENDING, checkMove, isLive } from "./chat/phase.js";
import { ChatSocket, socketUrl } from "./chat/socket.js";
import { showPlan } from "./chat/plan.js";
import { rememberConversation } from "./chat/remember.js";
import { Draft, PendingReply, readToken } from "./chat/storage.js";
import { View } from "./chat/view.js";

const REVEAL_AFTER = 500; // ms between a reply's chip and the person's answer

const root = document.getElementById("chat");
const sessionId = root.dataset.session;
const CLOSE_CODES = JSON.parse(document.getElementById("close-codes").textContent); // CloseCode, by name
// Closes after which trying again cannot help; any other close is followed by a new try.
const FINAL_CLOSES = new Set(["MISSING_TOKEN", "WRONG_TOKEN", "NOT_FOUND", "TAKEN_OVER"].map(closeCode));

const view = new View();
const bubbles = new Bubbles(document.getElementById("log"));
const pending = new PendingReply(sessionId); // the reply sent and not yet answered
const draft = new Draft(sessionId); // what is typed and not sent, kept across a reload
const token = readToken(sessionId);
const socket = token ? new ChatSocket(socketUrl(root.dataset.socket, token), { onMessage, onClose }) : null;

let phase = CONNECTING;
let conversation = null; // the latest state message: the scenario and the turns so far
let reveal = null; // the timer that shows the person's answer a moment after the reply's chip
let undoing = false; // "take that back" sent, its answer not in yet

function closeCode(name) {
  if (!(name in CLOSE_CODES)) throw new Error(`The page has no close code ${name}.`);
  return CLOSE_CODES[name];
}

// The one way the phase changes; the page then shows the new one.
function moveTo(next) {
  checkMove(phase, next);
  const previous = phase;
  phase = next;
  view.showPhase(next, previous, { failures: socket ? socket.failures : 0, pending: pending.value, canUndo: canUndo(), undoing, coachMode: coach() });
  showTyping();
}

function showTyping() { view.showTyping(phase === SENDING || reveal !== null); }

function firstName() { return conversation ? conversation.scenario.first_name : "They"; }

function coach() { return conversation !== null && conversation.session.mode === "coach"; }

// Coach mode lets the last kept reply be taken back, unless the person practising ended it themselves.
function canUndo() {
  if (!coach() || (conversation.end && conversation.end.outcome_kind === "stopped")) return false;
  return bubbles.keptReplies() > 0;
}

// --- what the server sends ----------------------------------------------------------------------

const HANDLERS = {
  state: onState, turn: onTurn, ended: onEnded, paused: onPaused, error: onError, undone: onUndone, hint: onHint,
};

function onMessage(message) {
  if (phase !== CLOSED) HANDLERS[message.type]?.(message);
}

// The whole conversation: the first message on every socket, and the answer to "resume".
function onState(message) {
  const first = conversation === null;
  if (!isLive(phase)) socket.settled();
  stopReveal(); // this message already holds any answer still being revealed
  conversation = message;
  if (first) { // listed on "Your practice", in this browser only
    const sc = message.scenario;
    rememberConversation(sessionId, token, {
      title: sc.title, person: sc.person, mode: message.session.mode, startedAt: message.session.created_at,
    });
  }
  view.showScenario(message);
  bubbles.showAll(message.turns, firstName());
  view.showMeters(message.meters, firstName());
  if (message.client && message.client.thought && coach()) {
    bubbles.addThought(bubbles.last(), message.client.thought, firstName());
  }
  let next = message.ended ? ENDED : message.session.paused ? PAUSED : OPEN;
  if (pending.value) next = resend(message.turns, next);
  moveTo(next);
  if (message.ended && message.end) view.showEnded(message.end, token, true);
  if (first && next === OPEN) view.reply.focus(); // ready to type, without tabbing past the page
}

// The reply that was on its way when the link dropped goes again with the same id: the server
// plays it once, or answers with the turn it had already saved (which this state then shows).
function resend(turns, next) {
  const learner = turns.filter((t) => t.speaker === "learner");
  const last = learner[learner.length - 1];
  const showing = Boolean(last) && last.text === pending.value.text.trim();
  if (next === ENDED && showing) {
    pending.clear();
    return next;
  }
  if (next !== OPEN) {
    giveBack();
    return next;
  }
  if (!showing) bubbles.addPending(pending.value.text, false);
  socket.send(replyMessage(pending.value));
  return SENDING;
}

function onTurn(message) {
  view.showError("");
  pending.clear();
  if (bubbles.has(message.learner.index)) { // a resent reply the server had saved: it is on the page already
    bubbles.dropPending();
    if (phase === SENDING && reveal === null) moveTo(OPEN);
    return;
  }
  bubbles.confirm(message);
  stopReveal();
  reveal = setTimeout(() => {
    reveal = null;
    if (bubbles.addAnswer(message, firstName())) view.showMeters(message.meters, firstName());
    if (phase === SENDING) moveTo(OPEN);
    else showTyping();
  }, REVEAL_AFTER);
  moveTo(phase === OPEN ? SENDING : phase);
}

// "What could I say?" answered: the aim and the starters, shown above the box.
function onHint(message) {
  view.showError("");
  view.showHint(message, (text) => view.useStarter(text));
}

// A reply was taken back: a state message with the conversation as it now stands follows.
function onUndone(message) {
  undoing = false;
  view.showError("");
  view.showUndone(message);
}

function onEnded(message) {
  if (conversation) conversation.end = message;
  moveTo(ENDED);
  view.showEnded(message, token, false);
}

function onPaused(message) {
  if (pending.value) giveBack();
  moveTo(PAUSED);
  view.showCrisis(message);
}

function onError(message) {
  view.showError(message.message);
  if (undoing) {
    undoing = false;
    moveTo(phase);
  }
  if (message.error === "taken_over") closeForGood();
  else if (phase === SENDING && pending.value) { // the reply did not go through
    giveBack();
    moveTo(OPEN);
  }
}

function onClose(event) {
  if (phase === CLOSED) return;
  if (FINAL_CLOSES.has(event.code)) {
    view.showError(event.reason || "This conversation can't be opened here.");
    closeForGood();
    return;
  }
  if (phase === ENDED) return; // nothing more to say on this conversation: no new socket
  socket.retryLater();
  moveTo(phase === CONNECTING ? CONNECTING : RECONNECTING);
  bubbles.markPendingWaiting();
}

function stopReveal() {
  clearTimeout(reveal);
  reveal = null;
}

// --- what the person does -----------------------------------------------------------------------

function submit() {
  if (phase !== OPEN) { // offline, or an answer is on its way: the text stays where it is
    if (phase === SENDING) view.showStillAnswering(firstName());
    view.reply.focus();
    return;
  }
  if (!view.reply.value.trim()) {
    view.showError("The reply is empty: type what you would say.");
    view.reply.focus();
    return;
  }
  const over = view.overLimit();
  if (over) { // refused whole, never cut: the person decides what to leave out
    view.showComposerNote(
      `That reply is ${over} characters over the ${view.limit}-character limit, so it was not sent. ` +
        "Say it more briefly, or send it in two parts.",
    );
    view.reply.focus();
    return;
  }
  view.showError("");
  pending.start(view.takeReply());
  draft.save("");
  view.hideHint();
  bubbles.addPending(pending.value.text, false).scrollIntoView({ block: "nearest" });
  socket.send(replyMessage(pending.value));
  moveTo(SENDING);
}

function undo() {
  if (undoing || !canUndo() || (phase !== OPEN && phase !== ENDED)) return;
  undoing = true;
  socket.send({ type: "undo" });
  moveTo(phase); // the buttons wait for the answer
  view.reply.focus();
}

function resume() {
  if (phase === PAUSED) {
    socket.send({ type: "resume" });
    moveTo(OPEN);
  } else {
    view.hideCrisis(); // the link is down: the state that follows the reconnect tells whether it is still paused
  }
  view.reply.focus();
}

// A reply that did not go through comes back to the box, so it can be sent again; the error above
// the box says why.
function giveBack() {
  const back = pending.value;
  pending.clear();
  bubbles.dropPending();
  view.giveBack(back.text);
  draft.save(view.reply.value);
}

function closeForGood() {
  if (pending.value) giveBack();
  moveTo(CLOSED);
  if (conversation === null) view.showGone(); // never opened: say so, and where to go from here
}

function replyMessage(reply) { return { type: "reply", text: reply.text, id: reply.id }; }

wireComposer(view, submit);
view.reply.value = view.reply.value || draft.read();
view.updateCount();
view.reply.addEventListener("input", () => draft.save(view.reply.value));
wireResume(resume);
wireUndo(undo);
wireHint(() => phase === OPEN && socket.send({ type: "hint" }));
wireEndButton(() => socket && socket.send({ type: "end" }));
wireCopyLink(token);
moveTo(CONNECTING);
showPlan(sessionId, token);
if (socket) socket.open();
else {
  view.showError("This link is missing its key. Open the conversation from the full link you were given, or start a new one.");
  moveTo(CLOSED);
  view.showGone();
}
