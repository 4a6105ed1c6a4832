// The letters and invitation plans this browser remembers (chat/remember.js), each a link with its
// own key, on the "Your practice" page; and a note after one was deleted.

import { rememberedPreparations } from "../chat/remember.js";

const KIND_WORDS = { letter: "Impact letter", plan: "Invitation plan" };
const deleted = new URLSearchParams(location.search).get("deleted");
if (deleted === "letter" || deleted === "plan") {
  const note = document.getElementById("deleted-note");
  note.textContent = `Your ${deleted} has been deleted. Nothing of it is left on this server.`;
  note.hidden = false;
}
const prepared = rememberedPreparations();
if (prepared.length) {
  const list = document.getElementById("prepared");
  for (const item of prepared) {
    const li = document.createElement("li");
    li.className = "practice-item";
    const link = document.createElement("a");
    link.href = `/${item.kind}s/${encodeURIComponent(item.id)}#key=${encodeURIComponent(item.key)}`;
    link.textContent = item.title || KIND_WORDS[item.kind];
    const meta = document.createElement("span");
    meta.className = "muted";
    meta.textContent = ` · ${KIND_WORDS[item.kind]}`;
    li.append(link, meta);
    list.append(li);
  }
  document.getElementById("prepared-section").hidden = false;
}
