// The chat page's buttons and keys. What a click means for the conversation is chat.js's call:
// these only turn clicks and keys into its callbacks.

const ARMED_FOR = 5000; // ms the End button waits for its second click

// With a keyboard, Enter sends and Shift+Enter starts a new line. On a touch screen (no Shift
// key) Enter starts a new line and the Send button sends. The count follows what is typed.
export function wireComposer(view, submit) {
  const form = document.getElementById("composer");
  const touch = window.matchMedia("(pointer: coarse)").matches;
  if (touch) document.getElementById("reply-help").textContent = "Tap Send to send; Enter starts a new line.";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  view.reply.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && !touch) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  view.reply.addEventListener("input", () => view.updateCount());
}

// "Take that back" by the box you type in, and "Take back my last reply" at the end (coach mode).
export function wireUndo(undo) {
  for (const id of ["undo", "undo-again"]) document.getElementById(id).addEventListener("click", undo);
}

// "What could I say?" (coach mode).
export function wireHint(ask) { document.getElementById("hint-button").addEventListener("click", ask); }

// "I'm safe, carry on practising", in the crisis help.
export function wireResume(resume) { document.getElementById("resume").addEventListener("click", resume); }

// Ending takes two clicks: the first asks "Yes, end it now", for five seconds.
export function wireEndButton(end) {
  const button = document.getElementById("end");
  let disarm = null; // the timer that puts the button back, while it waits for the second click
  const reset = () => {
    clearTimeout(disarm);
    disarm = null;
    button.textContent = "End conversation";
  };
  button.addEventListener("click", () => {
    if (disarm === null) {
      button.textContent = "Yes, end it now";
      disarm = setTimeout(reset, ARMED_FOR);
      return;
    }
    reset();
    end();
  });
}

// The page's own link with the key, for coming back later.
export function wireCopyLink(token) {
  const copied = document.getElementById("copied");
  document.getElementById("copy-link").addEventListener("click", async () => {
    const link = `${location.origin}${location.pathname}#token=${encodeURIComponent(token || "")}`;
    try {
      await navigator.clipboard.writeText(link);
      copied.textContent = "Copied.";
    } catch (e) {
      copied.textContent = link;
    }
  });
}
