// The scorecard page: fetches the server-rendered scorecard with the conversation's key, and
// deletes the conversation when asked (and then this browser forgets it: see chat/remember.js).

import { forgetConversation } from "./chat/remember.js";

const root = document.getElementById("scorecard");
const sessionId = root.dataset.session;
const $ = (id) => document.getElementById(id);
const key = `rapport:${sessionId}`;
const match = location.hash.match(/token=([^&]+)/);
let token = match ? decodeURIComponent(match[1]) : null;
try {
  if (token) sessionStorage.setItem(key, token); else token = sessionStorage.getItem(key);
} catch (e) { /* private mode */ }

const auth = { Authorization: `Bearer ${token}` };
$("back-to-chat").href = `/practice/${sessionId}#token=${encodeURIComponent(token || "")}`;

async function load() {
  if (!token) { $("panel").textContent = ""; $("error").textContent = "This link is missing its key. Open the scorecard from the full link."; return; }
  const response = await fetch(`/practice/${sessionId}/scorecard/panel`, { headers: auth });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    $("panel").textContent = "";
    $("error").textContent = problem.message || "The scorecard could not be loaded.";
    return;
  }
  $("panel").innerHTML = await response.text(); // rendered and escaped by the server
}

$("delete").addEventListener("click", () => { $("delete-confirm").hidden = false; $("delete-yes").focus(); });
$("delete-no").addEventListener("click", () => { $("delete-confirm").hidden = true; $("delete").focus(); });
$("delete-yes").addEventListener("click", async () => {
  const response = await fetch(`/api/sessions/${sessionId}`, { method: "DELETE", headers: auth });
  if (response.status === 204 || response.status === 404) {
    try { sessionStorage.removeItem(key); } catch (e) { /* ignore */ }
    forgetConversation(sessionId); // off "Your practice" too
    location.assign("/?deleted=1");
    return;
  }
  const problem = await response.json().catch(() => ({}));
  $("error").textContent = problem.message || "That didn't work. Please try again.";
});

load();
