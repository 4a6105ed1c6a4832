"""Exports for records: one conversation as JSON or CSV, a cohort as CSV, and reviewed replies as
JSON Lines in the `rapport code` input format plus the human code."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import Response

from app.web.deps import AccountsDep, PageSupervisor, PageUser, ReviewDep, RowId, own_cohort, reviewed_or_404
from app.web.schemas import ContextLine, ReviewedReply, ReviewedSession

router = APIRouter(include_in_schema=False)


def _download(body: str, media_type: str, filename: str) -> Response:
    """An attachment named as RFC 6266 says: an ASCII `filename` for old clients (anything else, and
    quotes and backslashes, made `_`) and the real name in `filename*` (RFC 5987, UTF-8)."""
    plain = re.sub(r"[^A-Za-z0-9._-]", "_", filename)
    disposition = f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"
    return Response(body, media_type=media_type, headers={"Content-Disposition": disposition})


# A cell a spreadsheet would run as a formula: OWASP's CSV-injection guidance (a leading = + - @, tab or CR).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: a leading ' before anything that could start a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([cell(v) for v in row] for row in rows)
    return out.getvalue()


@router.get("/review/sessions/{session_id}/export.json", name="export_json")
def export_json(session_id: str, me: PageUser, review: ReviewDep) -> Response:
    item = reviewed_or_404(review, me, session_id)
    body = json.dumps(ReviewedSession.of(item).model_dump(mode="json"), indent=2, ensure_ascii=False)
    return _download(body, "application/json", f"rapport-{session_id}.json")


TURN_COLUMNS = [
    "index", "speaker", "text", "code", "human_code", "human_reason", "mi_adherence", "evidence", "roadblock",
    "feedback", "talk_type", "state_before", "state_after", "undone", "comments", "created_at",
]  # fmt: skip


@router.get("/review/sessions/{session_id}/export.csv", name="export_csv")
def export_csv(session_id: str, me: PageUser, review: ReviewDep) -> Response:
    item = reviewed_or_404(review, me, session_id)
    turns = ReviewedSession.of(item).model_dump(mode="json")["turns"]
    rows = [
        [
            *(t.get(c) for c in TURN_COLUMNS[:-2]),
            " | ".join(f"{c['author']}: {c['text']}" for c in t["comments"]),
            t["created_at"],
        ]
        for t in turns
    ]
    return _download(_csv(TURN_COLUMNS, rows), "text/csv", f"rapport-{session_id}.csv")


@router.get("/review/cohorts/{cohort_id}/sessions.csv", name="export_cohort")
def export_cohort(cohort_id: RowId, me: PageSupervisor, review: ReviewDep, accounts: AccountsDep) -> Response:
    cohort = own_cohort(review, accounts, me, cohort_id)
    header = [
        "session", "trainee", "email", "scenario", "mode", "difficulty", "started", "outcome", "replies",
        "rq", "pct_complex", "pct_open", "pct_adherent", "adherent", "non_adherent", "change_talk", "reviewed",
    ]  # fmt: skip
    rows = []
    for item in review.cohort_sessions(me, cohort_id):
        s = item.summary
        rows.append(
            [
                item.row.id,
                item.trainee.name,
                item.trainee.email,
                item.row.scenario_id,
                item.row.mode,
                item.row.difficulty,
                item.row.created_at.isoformat(),
                item.row.outcome_kind or "open",
                s.replies,
                s.measure("rq").value,
                s.measure("pct_complex").value,
                s.measure("pct_open").value,
                s.measure("pct_adherent").value,
                s.adherent,
                s.non_adherent,
                s.change_talk,
                item.reviewed,
            ]
        )
    return _download(_csv(header, rows), "text/csv", f"rapport-cohort-{cohort.name}.csv")


@router.get("/review/cohorts/{cohort_id}/reviewed.jsonl", name="export_reviewed")
def export_reviewed(cohort_id: RowId, me: PageSupervisor, review: ReviewDep, accounts: AccountsDep) -> Response:
    """One line per reviewed reply: {"id", "text", "context", "human_code", "automatic_code", …}."""
    own_cohort(review, accounts, me, cohort_id)
    lines = []
    for turn, human, before in review.reviewed_pairs(cohort_id):
        reply = ReviewedReply(
            id=f"{turn.session_id}-{turn.index}",
            text=turn.text,
            context=[
                ContextLine(speaker="client" if t.speaker == "client" else "therapist", text=t.text) for t in before
            ],
            human_code=human.code,
            human_reason=human.reason,
            automatic_code=turn.code,
            scenario_state=turn.state_before,
        )
        lines.append(json.dumps(reply.model_dump(mode="json"), ensure_ascii=False))
    body = "".join(line + "\n" for line in lines)
    return _download(body, "application/x-ndjson", f"rapport-reviewed-{cohort_id}.jsonl")
