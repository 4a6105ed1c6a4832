// A rehearsal of an invitation plan shows the plan B on the chat page: the one for how the person
// said no (for a walk-out, the walk-out plan). A conversation that rehearses no plan shows nothing.

export async function showPlan(sessionId, token) {
  if (!token) return;
  let response;
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/plan`, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    return;
  }
  if (!response.ok) return;
  const plan = await response.json();
  const put = (id, text) => { document.getElementById(id).textContent = text || "(not written yet)"; };
  put("plan-b-text", plan.plan_b);
  put("plan-script", plan.script);
  put("plan-reason", plan.reason);
  put("plan-treatment", plan.treatment);
  document.getElementById("plan-b-refusal").textContent = plan.refusal_words ? `${plan.person} ${plan.refusal_words} first. What you planned to do:` : "What you planned to do:";
  document.getElementById("plan-b").hidden = false;
}
