// What the "Your practice" page (web/static/my_practice.js) says, in plain words, from what the
// API gives for each conversation (GET /api/sessions/{id}): how it went, what the replies did, and
// how the latest conversations compare with the ones before. No side effects: the page, and the
// browser tests, call these.

export const OUTCOMES = {
  success: "agreed to a step",
  failure: "walked out",
  time_up: "ran out of time",
  stopped: "ended early",
};

export const STILL_GOING = "still going";
export const GONE = "no longer available";

// How a conversation went, from its API answer.
export function outcomeWords(session) {
  if (!session.ended) return STILL_GOING;
  return OUTCOMES[session.outcome_kind] || "ended";
}

export function modeWords(mode) {
  if (mode === "coach") return "coach mode";
  if (mode === "exam") return "exam mode";
  return "";
}

// What a conversation's replies did, or "" when there is nothing to count (no reply yet, or exam
// mode before the end, when the notes are still hidden).
export function tallyWords(summary) {
  if (!summary || !summary.replies) return "";
  const n = summary.replies;
  return `${n === 1 ? "Your 1 reply" : `Of your ${n} replies`}: ${whatTheyDid(summary.reflections, summary.questions, summary.non_adherent)}.`;
}

// "3 said back what you heard, 1 was a question and none told, warned or argued"
function whatTheyDid(reflections, questions, pushed) {
  const some = (k) => (k ? String(k) : "none");
  return joinAnd([
    `${some(reflections)} said back what you heard`,
    `${some(questions)} ${questions === 1 ? "was a question" : "were questions"}`,
    `${some(pushed)} told, warned or argued`,
  ]);
}

const GROUP = 3; // conversations in "your last 3" and in "the 3 before"
const CLEAR = 0.1; // a change smaller than one reply in ten is "about the same"

// Progress over time, from conversations newest first ({summary, outcome_kind}). Only those with
// counted replies are used. Returns {headline, details: [sentences]} or null when there is nothing
// to say yet.
export function progressWords(conversations) {
  const counted = conversations.filter((c) => c && c.summary && c.summary.replies > 0);
  if (!counted.length) return null;
  const recent = counted.slice(0, GROUP);
  const earlier = counted.slice(GROUP, GROUP * 2);
  const now = shares(recent);
  const which = recent.length === 1 ? "Your last conversation" : `Your last ${recent.length} conversations`;
  const details = [];

  let headline;
  if (earlier.length) {
    const before = shares(earlier);
    const against = earlier.length === 1 ? "the one before" : `the ${earlier.length} before`;
    const moves = [
      change(now.listened, before.listened, "listened more", "listened less"),
      change(now.told, before.told, "told less", "told more", true),
    ].filter(Boolean);
    if (!moves.length) moves.push(...[change(now.asked, before.asked, "asked more", "asked fewer questions")].filter(Boolean));
    headline = moves.length
      ? `${which}: you ${joinAnd(moves)}.`
      : `${which}: much the same as ${against}.`;
    details.push(
      `You said back what you heard in ${inTen(now.listened)} of your replies, ${compared(now.listened, before.listened)} ${against}.`,
      `You told them what to do, warned or argued in ${inTen(now.told)} of them, ${compared(now.told, before.told)} ${against}.`,
    );
  } else {
    headline = `${which}: ${summaryOf(now)}.`;
  }
  details.push(countWords(now));
  const agreed = recent.filter((c) => c.outcome_kind === "success").length;
  if (agreed) {
    details.push(
      recent.length === 1
        ? "It ended with them agreeing to a step."
        : `${agreed} of ${recent.length} ended with them agreeing to a step.`,
    );
  }
  if (now.told === 0) details.push("None of your replies told, warned or argued: that is what keeps people talking.");
  else if (now.listened <= now.asked) details.push("To listen more: after they speak, say back what you heard before you ask the next question.");
  return { headline, details };
}

function shares(group) {
  const sum = (key) => group.reduce((total, c) => total + (Number(c.summary[key]) || 0), 0);
  const replies = sum("replies");
  return {
    replies,
    reflections: sum("reflections"),
    questions: sum("questions"),
    pushed: sum("non_adherent"),
    listened: sum("reflections") / replies,
    asked: sum("questions") / replies,
    told: sum("non_adherent") / replies,
  };
}

function summaryOf(s) {
  if (s.told === 0 && s.listened > 0) return "you listened, and never told, warned or argued";
  if (s.listened > s.asked && s.listened > s.told) return "you listened more than you asked or told";
  if (s.told > s.listened) return "you told more than you listened";
  if (s.asked > s.listened) return "you asked more than you listened";
  return "a mix of listening, asking and telling";
}

function countWords(s) {
  return `In all, ${s.replies === 1 ? "1 reply" : `${s.replies} replies`}: ${whatTheyDid(s.reflections, s.questions, s.pushed)}.`;
}

// "you listened more" when the share went up clearly, the other words when it went down clearly.
// `lessIsBetter` only flips which words go with which direction.
function change(now, before, up, down, lessIsBetter = false) {
  const moved = now - before;
  if (Math.abs(moved) < CLEAR) return "";
  if (lessIsBetter) return moved < 0 ? up : down;
  return moved > 0 ? up : down;
}

function compared(now, before) {
  const a = Math.round(now * 10);
  const b = Math.round(before * 10);
  if (a === b) return "about the same as";
  return a > b ? `up from ${b} in 10 in` : `down from ${b} in 10 in`;
}

// 0.42 → "about 4 in 10"; 0 → "none"; 1 → "all".
function inTen(share) {
  if (share === 0) return "none";
  if (share === 1) return "all";
  const tens = Math.round(share * 10);
  if (tens === 0) return "fewer than 1 in 10";
  if (tens === 10) return "nearly all";
  return `about ${tens} in 10`;
}

function joinAnd(parts) {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
