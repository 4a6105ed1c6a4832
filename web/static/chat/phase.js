// The chat page is in exactly one phase at a time. This module names the phases, says which may
// follow which and what each lets a person do; chat.js moves between them (its `moveTo`), and
// view.js shows them.

export const CONNECTING = "connecting"; // nothing shown yet: opening the socket (and trying again)
export const OPEN = "open"; // connected, waiting for the person's reply
export const SENDING = "sending"; // a reply is on its way, or its answer is being shown
export const PAUSED = "paused"; // a crisis pause: help is shown, and replies wait for "I'm safe"
export const RECONNECTING = "reconnecting"; // the link dropped; the conversation stays on the page
export const ENDED = "ended"; // the conversation is over: the debrief and the scorecard link
export const CLOSED = "closed"; // closed for good: no key, a wrong key, deleted, or taken over

// The phases with a socket open and the conversation on the page.
const LIVE = [OPEN, SENDING, PAUSED];

// Which phase may follow which (staying in a phase is always allowed: it shows it again).
// A state message, sent on every connect and after "resume", may lead to any live phase or the end.
const NEXT = {
  [CONNECTING]: [...LIVE, ENDED, CLOSED],
  [OPEN]: [...LIVE, RECONNECTING, ENDED, CLOSED],
  [SENDING]: [...LIVE, RECONNECTING, ENDED, CLOSED],
  [PAUSED]: [...LIVE, RECONNECTING, ENDED, CLOSED],
  [RECONNECTING]: [...LIVE, ENDED, CLOSED],
  [ENDED]: [OPEN, CLOSED], // open again after "take that back" (coach mode); closed when deleted or opened elsewhere
  [CLOSED]: [],
};

// What each phase lets a person do: type in the box, send, end the conversation, take the last
// reply back (coach mode, when there is one). Typing stays open while the link is down, so
// nothing typed is lost.
const NOTHING = { type: false, send: false, end: false, undo: false };
export const ALLOWS = {
  [CONNECTING]: NOTHING,
  [OPEN]: { type: true, send: true, end: true, undo: true },
  [SENDING]: { type: true, send: false, end: true, undo: false },
  [PAUSED]: NOTHING,
  [RECONNECTING]: { type: true, send: false, end: false, undo: false },
  [ENDED]: { ...NOTHING, undo: true },
  [CLOSED]: NOTHING,
};

export function isLive(phase) { return LIVE.includes(phase); }

// The conversation can go on: not ended and not closed for good.
export function isGoingOn(phase) { return phase !== ENDED && phase !== CLOSED; }

export function checkMove(from, to) {
  if (from !== to && !NEXT[from].includes(to)) throw new Error(`The chat cannot go from ${from} to ${to}.`);
}
