// The chat page: one websocket per conversation, resumed on reconnect. Every text from the
// conversation is inserted with textContent, never as HTML.
(() => {
  "use strict";
  const root = document.getElementById("chat");
  const sessionId = root.dataset.session;
  const $ = (id) => document.getElementById(id);
  const log = $("log"), status = $("status"), errorBox = $("error"), typing = $("typing");
  const form = $("composer"), reply = $("reply"), send = $("send"), endButton = $("end");
  const FINAL_CLOSES = { 4401: true, 4403: true, 4404: true, 4409: true };

  let token = readToken();
  let socket = null, state = null, ended = false, paused = false;
  let pending = null, retry = 0, endArmed = false, endTimer = null, closedForGood = false;

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

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function setStatus(text) { status.textContent = text; }
  function showError(text) { errorBox.textContent = text || ""; }
  function firstName() { return state ? state.scenario.first_name : "They"; }
  function coach() { return state && state.session.mode === "coach"; }

  function connect() {
    if (!token) {
      setStatus("");
      showError("This link is missing its key. Open the conversation from the full link you were given, or start a new one.");
      return;
    }
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(`${proto}//${location.host}/ws/sessions/${sessionId}?token=${encodeURIComponent(token)}`);
    socket.addEventListener("open", () => { retry = 0; setStatus("Connected."); });
    socket.addEventListener("message", (event) => onMessage(JSON.parse(event.data)));
    socket.addEventListener("close", onClose);
  }

  function onClose(event) {
    setComposer(false);
    if (FINAL_CLOSES[event.code]) {
      closedForGood = true;
      setStatus("");
      showError(event.reason || "This conversation can't be opened here.");
      return;
    }
    if (closedForGood) return;
    const wait = Math.min(8000, 500 * 2 ** retry++);
    setStatus(`Connection lost. Reconnecting in ${Math.round(wait / 1000) || 1} s… Your conversation is saved.`);
    setTimeout(connect, wait);
  }

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
    if (message.error === "taken_over") { closedForGood = true; setComposer(false); return; }
    if (pending) { reply.value = pending.text; pending = null; dropPendingBubble(); }
    setComposer(!ended && !paused);
  }

  function renderState(message) {
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
    if (pending) resendOrClear(message.turns);
    if (ended && message.end) renderEnded(message.end, true);
    setComposer(!ended && !paused);
    updateCount();
  }

  function resendOrClear(turns) {
    const learner = turns.filter((t) => t.speaker === "learner");
    const last = learner[learner.length - 1];
    if (last && last.text === pending.text.trim()) { pending = null; return; }
    const again = pending; pending = null;
    sendReply(again.text, again.id);
  }

  function appendTurn(turn) {
    if (turn.speaker === "client") {
      log.append(clientBubble(turn.text));
    } else {
      const bubble = learnerBubble(turn.text);
      if (turn.code) bubble.append(chip(turn));
      log.append(bubble);
    }
  }

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
    let bubble = log.querySelector(".msg.learner.pending");
    if (!bubble) { bubble = learnerBubble(message.learner.text); log.append(bubble); }
    bubble.classList.remove("pending");
    bubble.dataset.turn = String(message.turn);
    if (message.coding) bubble.append(chip(message.coding));
    pending = null;
    typing.hidden = false;
    setTimeout(() => {
      typing.hidden = true;
      const answer = clientBubble(message.client.text);
      answer.dataset.turn = String(message.turn);
      log.append(answer);
      if (message.client.thought) addThought(answer, message.client.thought);
      setMeters(message.meters);
      if (!ended && !paused) setComposer(true);
      answer.scrollIntoView({ block: "nearest" });
    }, 500);
  }

  function renderEnded(message, quiet) {
    ended = true;
    setComposer(false);
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
    dropPendingBubble();
    if (pending) { reply.value = pending.text; pending = null; updateCount(); }
    setComposer(false);
    const box = $("crisis");
    if (message && message.message) $("crisis-message").textContent = message.message;
    box.hidden = false;
    box.focus();
  }

  $("resume").addEventListener("click", () => {
    $("crisis").hidden = true;
    paused = false;
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "resume" }));
    reply.focus();
  });

  function setComposer(on) {
    reply.disabled = !on;
    send.disabled = !on;
    endButton.disabled = !on && !(state && !ended && !paused);
  }

  function dropPendingBubble() {
    const bubble = log.querySelector(".msg.learner.pending");
    if (bubble) bubble.remove();
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  }

  function sendReply(text, id) {
    pending = { text, id: id || newId() };
    const bubble = learnerBubble(text);
    bubble.classList.add("pending");
    log.append(bubble);
    setComposer(false);
    typing.hidden = false;
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: "reply", text, id: pending.id }));
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = reply.value;
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
  connect();
})();
