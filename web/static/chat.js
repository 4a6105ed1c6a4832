// The chat page: one websocket per conversation, resumed on reconnect. Every text from the
// conversation is inserted with textContent, never as HTML.
//
// A dropped connection: the page says so (#status and, by the box you type in, #composer-note),
// keeps what you are typing, and reconnects by itself. A reply that was on its way when the link
// dropped is kept (also across a reload, in sessionStorage) and sent again with the same id once
// the page is back; the server answers a reply it had already saved with the stored turn, so it is
// shown once. A reply the server turns down goes back into the box to send again.
(() => {
  "use strict";
  const root = document.getElementById("chat");
  const sessionId = root.dataset.session;
  const $ = (id) => document.getElementById(id);
  const log = $("log"), status = $("status"), errorBox = $("error"), typing = $("typing");
  const form = $("composer"), reply = $("reply"), send = $("send"), endButton = $("end");
  const note = $("composer-note");
  const FINAL_CLOSES = { 4401: true, 4403: true, 4404: true, 4409: true };
  const STILL_TRYING_AFTER = 5; // failed attempts before the status says so
  const PENDING_KEY = `rapport:pending:${sessionId}`;

  let token = readToken();
  let socket = null, state = null, ended = false, paused = false;
  let connected = false, everConnected = false, closedForGood = false;
  let retry = 0, reconnectTimer = null, revealTimer = null;
  let pending = readPending(); // {id, text}: a reply sent and not yet answered
  let endArmed = false, endTimer = null;

  function readToken() {
    const key = `rapport:${sessionId}`;
    const match = location.hash.match(/token=([^&]+)/);
    if (match) {
      const value = decodeURIComponent(match[1]);
      try { sessionStorage.setItem(key, value); } catch (e) { /* private mode */ }
      return value;
    }
    try { return sessionStorage.getItem(key); } catch (e) { return null; }
  }

  function readPending() {
    try {
      const kept = JSON.parse(sessionStorage.getItem(PENDING_KEY) || "null");
      return kept && typeof kept.id === "string" && typeof kept.text === "string" ? kept : null;
    } catch (e) { return null; }
  }

  function setPending(value) {
    pending = value;
    try {
      if (value) sessionStorage.setItem(PENDING_KEY, JSON.stringify(value));
      else sessionStorage.removeItem(PENDING_KEY);
    } catch (e) { /* private mode: kept in memory only */ }
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function setStatus(text, kind) {
    status.textContent = text;
    status.dataset.state = kind;
  }
  function showError(text) { errorBox.textContent = text || ""; }
  function firstName() { return state ? state.scenario.first_name : "They"; }
  function coach() { return state && state.session.mode === "coach"; }

  // --- the connection ---------------------------------------------------------------------------

  function connect() {
    reconnectTimer = null;
    if (!token) {
      setStatus("", "closed");
      showError("This link is missing its key. Open the conversation from the full link you were given, or start a new one.");
      return;
    }
    if (closedForGood) return;
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(`${proto}//${location.host}/ws/sessions/${sessionId}?token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.addEventListener("message", (event) => { if (ws === socket) onMessage(JSON.parse(event.data)); });
    ws.addEventListener("close", (event) => { if (ws === socket) onClose(event); });
  }

  function onClose(event) {
    socket = null;
    connected = false;
    typing.hidden = true;
    if (FINAL_CLOSES[event.code]) {
      closedForGood = true;
      setStatus("", "closed");
      showError(event.reason || "This conversation can't be opened here.");
      if (pending) giveBack(pending);
      updateComposer();
      return;
    }
    if (closedForGood) return;
    retry += 1;
    if (retry === 1 || retry === STILL_TRYING_AFTER) showReconnecting();
    updateComposer();
    markPendingWaiting();
    const wait = Math.min(4000, 250 * 2 ** retry);
    reconnectTimer = setTimeout(connect, wait);
  }

  function showReconnecting() {
    const saved = everConnected ? " Your conversation so far is saved." : "";
    const text = retry >= STILL_TRYING_AFTER
      ? `Still trying to reconnect. It may be your internet connection or ours; we'll keep trying.${saved}`
      : `The connection dropped. Reconnecting…${saved}`;
    setStatus(text, "reconnecting");
  }

  function reconnectNow() {
    if (connected || closedForGood || socket) return;
    clearTimeout(reconnectTimer);
    connect();
  }
  window.addEventListener("online", reconnectNow);

  function onMessage(message) {
    switch (message.type) {
      case "state": return renderState(message);
      case "turn": return renderTurn(message);
      case "ended": return renderEnded(message);
      case "paused": return renderPaused(message);
      case "error": return onError(message);
      default: return undefined;
    }
  }

  function onError(message) {
    typing.hidden = true;
    showError(message.message);
    if (message.error === "taken_over") { closedForGood = true; updateComposer(); return; }
    if (pending) giveBack(pending);
    updateComposer();
  }

  // --- what the server sends --------------------------------------------------------------------

  function renderState(message) {
    if (!connected) { // the first message on a new socket (a `state` also follows "resume")
      setStatus(everConnected ? "Connected again. Everything is as you left it." : "Connected.", "connected");
      connected = true;
      everConnected = true;
      retry = 0;
    }
    clearTimeout(revealTimer); // this message already holds any answer still being revealed
    revealTimer = null;
    state = message;
    const sc = message.scenario;
    document.title = `${sc.title} · Rapport`;
    $("title").textContent = sc.title;
    $("who").textContent = `${sc.person}, ${sc.relationship}`;
    $("you-are").textContent = sc.you_are;
    $("goal").textContent = sc.goal;
    $("setting").textContent = sc.setting;
    const tips = $("tips");
    tips.replaceChildren(...sc.tips.map((tip) => el("li", null, tip)));
    $("typing-name").textContent = sc.first_name;
    $("mode-note").textContent = coach()
      ? "Coach mode: each reply gets a short note."
      : "Exam mode: you'll see how each reply was coded on the scorecard.";
    reply.maxLength = message.limits.max_reply_chars;
    log.replaceChildren();
    for (const turn of message.turns) appendTurn(turn);
    setMeters(message.meters);
    const last = message.client;
    if (last && last.thought && coach()) addThought(log.lastElementChild, last.thought);
    ended = message.ended;
    paused = message.session.paused;
    $("crisis").hidden = !paused;
    typing.hidden = true;
    if (pending) resend(message.turns);
    if (ended && message.end) renderEnded(message.end, true);
    updateComposer();
    updateCount();
  }

  // The reply that was on its way when the link dropped goes again with the same id: the server
  // plays it once, or answers with the turn it had already saved (which this state then shows).
  function resend(turns) {
    const learner = turns.filter((t) => t.speaker === "learner");
    const last = learner[learner.length - 1];
    const showing = Boolean(last) && last.text === pending.text.trim();
    if (ended && showing) { setPending(null); return; }
    if (ended || paused) { giveBack(pending); return; }
    if (!showing) log.append(pendingBubble(pending.text));
    transmit();
  }

  function appendTurn(turn) {
    let item;
    if (turn.speaker === "client") {
      item = clientBubble(turn.text);
    } else {
      item = learnerBubble(turn.text);
      if (turn.code) item.append(chip(turn));
    }
    item.dataset.index = String(turn.index);
    log.append(item);
  }

  function shown(index) { return log.querySelector(`.msg[data-index="${index}"]`) !== null; }

  function clientBubble(text) {
    const item = el("li", "msg client");
    item.append(el("span", "who", firstName()), el("span", "text", text));
    return item;
  }

  function learnerBubble(text) {
    const item = el("li", "msg learner");
    item.append(el("span", "who", "You"), el("span", "text", text));
    return item;
  }

  function pendingBubble(text) {
    const item = learnerBubble(text);
    item.classList.add("pending");
    if (!connected) item.append(el("span", "pending-note", "Not sent yet: it will go as soon as we're reconnected."));
    return item;
  }

  function markPendingWaiting() {
    const bubble = log.querySelector(".msg.learner.pending");
    if (bubble && !bubble.querySelector(".pending-note")) {
      bubble.append(el("span", "pending-note", "Not sent yet: it will go as soon as we're reconnected."));
      bubble.scrollIntoView({ block: "nearest" });
    }
  }

  function chip(coding) {
    const verdict = coding.verdict || "okay";
    const box = el("p", `chip ${verdict}`);
    const mark = { good: "✓", okay: "•", rethink: "✗" }[verdict] || "•";
    box.append(el("span", "mark", mark), el("strong", "label", coding.label), document.createTextNode(`: ${coding.feedback || ""}`));
    if (verdict !== "good" && coding.suggestion) {
      const tryInstead = el("span", "try");
      tryInstead.append(el("strong", null, "Try instead: "), document.createTextNode(`“${coding.suggestion}”`));
      box.append(tryInstead);
    }
    box.dataset.code = coding.code || "";
    return box;
  }

  function addThought(item, thought) {
    if (!item || !thought) return;
    const old = log.querySelector(".thought");
    if (old) old.remove();
    item.append(el("p", "thought", `${firstName()} thinks: ${thought}`));
  }

  function setMeters(meters) {
    const box = $("meters");
    if (!meters) { box.hidden = true; return; }
    box.hidden = false;
    for (const name of ["rapport", "resistance"]) {
      $(`${name}-meter`).value = meters[name];
      $(`${name}-value`).textContent = `${meters[name]} of 10`;
    }
  }

  function renderTurn(message) {
    showError("");
    setPending(null);
    if (shown(message.learner.index)) { // a resent reply the server had saved: it is on the page already
      dropPendingBubble();
      typing.hidden = true;
      updateComposer();
      return;
    }
    let bubble = log.querySelector(".msg.learner.pending");
    if (!bubble) { bubble = learnerBubble(message.learner.text); log.append(bubble); }
    bubble.classList.remove("pending");
    for (const old of bubble.querySelectorAll(".pending-note")) old.remove();
    bubble.dataset.index = String(message.learner.index);
    bubble.dataset.turn = String(message.turn);
    if (message.coding) bubble.append(chip(message.coding));
    typing.hidden = false;
    clearTimeout(revealTimer);
    revealTimer = setTimeout(() => {
      revealTimer = null;
      typing.hidden = true;
      if (!shown(message.client.index)) {
        const answer = clientBubble(message.client.text);
        answer.dataset.index = String(message.client.index);
        answer.dataset.turn = String(message.turn);
        log.append(answer);
        if (message.client.thought) addThought(answer, message.client.thought);
        setMeters(message.meters);
        answer.scrollIntoView({ block: "nearest" });
      }
      updateComposer();
    }, 500);
    updateComposer();
  }

  function renderEnded(message, quiet) {
    ended = true;
    updateComposer();
    const box = $("ended");
    const delay = quiet ? 0 : 700;
    setTimeout(() => {
      $("debrief").textContent = message.debrief || "You ended the conversation. Your scorecard shows how it went.";
      $("scorecard-link").href = `${message.scorecard_url}#token=${encodeURIComponent(token)}`;
      box.hidden = false;
      if (!quiet) box.focus();
    }, delay);
  }

  function renderPaused(message) {
    paused = true;
    typing.hidden = true;
    if (pending) giveBack(pending);
    updateComposer();
    const box = $("crisis");
    if (message && message.message) $("crisis-message").textContent = message.message;
    const first = message && message.kind ? document.querySelector(`#helplines [data-first-for="${message.kind}"]`) : null;
    if (first) first.parentNode.prepend(first);  // the help for this kind of danger comes first
    box.hidden = false;
    box.focus();
  }

  $("resume").addEventListener("click", () => {
    $("crisis").hidden = true;
    paused = false;
    updateComposer();
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "resume" }));
    reply.focus();
  });

  // --- the box you type in ----------------------------------------------------------------------

  // What you can do: type whenever the conversation is open (also while reconnecting, so nothing
  // you type is lost); send when connected and nothing is waiting for an answer.
  function updateComposer() {
    const open = state !== null && !ended && !paused && !closedForGood;
    const waiting = pending !== null || revealTimer !== null;
    reply.disabled = !open;
    send.disabled = !(open && connected && !waiting);
    endButton.disabled = !(open && connected);
    if (open && !connected) {
      note.textContent = pending
        ? "You're offline for a moment. Your last reply will be sent as soon as we're reconnected; you can keep typing."
        : "You're offline for a moment. You can keep typing; Send works again as soon as we're reconnected.";
      note.hidden = false;
    } else {
      note.textContent = "";
      note.hidden = true;
    }
  }

  // A reply that did not go through comes back to the box (before anything typed since), so it
  // can be sent again; the error above the box says why.
  function giveBack(back) {
    setPending(null);
    dropPendingBubble();
    const draft = reply.value;
    reply.value = draft.trim() ? `${back.text}\n${draft}` : back.text;
    updateCount();
  }

  function dropPendingBubble() {
    const bubble = log.querySelector(".msg.learner.pending");
    if (bubble) bubble.remove();
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  }

  function transmit() {
    typing.hidden = !connected;
    if (socket && socket.readyState === WebSocket.OPEN && pending) {
      socket.send(JSON.stringify({ type: "reply", text: pending.text, id: pending.id }));
    }
    updateComposer();
  }

  function sendReply(text) {
    setPending({ text, id: newId() });
    const bubble = pendingBubble(text);
    log.append(bubble);
    bubble.scrollIntoView({ block: "nearest" });
    transmit();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = reply.value;
    if (send.disabled) { // offline, or an answer is on its way: the text stays where it is
      if (connected && !reply.disabled) {
        note.textContent = `${firstName()} is still answering. Send this once the answer is in.`;
        note.hidden = false;
      }
      reply.focus();
      return;
    }
    if (!text.trim()) { showError("The reply is empty: type what you would say."); reply.focus(); return; }
    showError("");
    reply.value = "";
    updateCount();
    sendReply(text);
  });

  reply.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  function updateCount() {
    const limit = reply.maxLength > 0 ? reply.maxLength : 1000;
    $("count").textContent = `${reply.value.length} / ${limit} characters`;
  }
  reply.addEventListener("input", updateCount);

  endButton.addEventListener("click", () => {
    if (!endArmed) {
      endArmed = true;
      endButton.textContent = "Yes, end it now";
      endTimer = setTimeout(() => { endArmed = false; endButton.textContent = "End conversation"; }, 5000);
      return;
    }
    clearTimeout(endTimer);
    endArmed = false;
    endButton.textContent = "End conversation";
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "end" }));
  });

  $("copy-link").addEventListener("click", async () => {
    const link = `${location.origin}/practice/${sessionId}#token=${encodeURIComponent(token || "")}`;
    try { await navigator.clipboard.writeText(link); $("copied").textContent = "Copied."; }
    catch (e) { $("copied").textContent = link; }
  });

  window.rapportChat = { resume: () => socket && socket.send(JSON.stringify({ type: "resume" })) };
  setStatus("Connecting…", "connecting");
  connect();
})();
