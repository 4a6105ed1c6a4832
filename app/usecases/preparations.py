"""Before the meeting: impact letters and invitation plans, stored like conversations (a private
key, or an account), coached on every save, and a plan rehearsed with a refusal first."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import ValidationError
from sqlalchemy import Engine

from app.store import people
from app.store import preparations as repo
from app.store.db import forget_deleted, session_scope
from app.store.models import PracticeSession, Preparation, Turn, User, now
from app.usecases.conversations import Conversations, Started, hash_token
from app.usecases.errors import BadReply, Forbidden, NotFound, TakenOver, WrongToken
from app.usecases.review import Review
from dialogue.codes import Code
from dialogue.engine import ConversationSnapshot
from dialogue.letter import MOST_CHARS, LetterReport, coach_letter
from dialogue.plan import Comparison, PlanFields, PlanReport, check_plan, compare, fitting_scenario
from dialogue.scenario import Difficulty, RefusalKind

Kind = Literal["letter", "plan"]


@dataclass(frozen=True)
class Made:
    row: Preparation
    token: str


class Preparations:
    def __init__(self, database: Engine, conversations: Conversations, review: Review) -> None:
        self.database = database
        self.conversations = conversations
        self.review = review

    # --- reading what was written ---------------------------------------------------------

    @staticmethod
    def letter_text(text: object) -> str:
        """The letter if the coach can read it, else BadReply saying what to do."""
        if not isinstance(text, str):
            raise BadReply("Send the letter as text.")
        if any("\ud800" <= ch <= "\udfff" for ch in text):
            raise BadReply("The letter has a character that is not valid text in it (pasted, perhaps); type it again.")
        if len(text) > MOST_CHARS:
            raise BadReply(
                f"This is {len(text):,} characters; the coach reads up to {MOST_CHARS:,}. "
                "A letter works best at a page or less: cut it down and try again."
            )
        return text

    @staticmethod
    def plan_fields(body: object) -> PlanFields:
        try:
            return PlanFields.model_validate(body)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "the plan"
            raise BadReply(f"{where}: {first['msg']}. Nothing was saved; correct it and save again.") from None

    def coach(self, row: Preparation) -> LetterReport | PlanReport:
        if row.kind == "letter":
            return coach_letter(row.body)
        return check_plan(PlanFields.model_validate_json(row.body))

    @staticmethod
    def title_of(kind: str, body: str) -> str:
        if kind == "plan":
            fields = PlanFields.model_validate_json(body)
            who = fields.name or f"your {fields.relationship.value}"
            return f"Invitation plan for {who}"[:120]
        first = next((line.strip() for line in body.splitlines() if line.strip()), "")
        return (first[:60] + ("…" if len(first) > 60 else "")) or "A letter"

    # --- lifecycle ------------------------------------------------------------------------

    def make(self, kind: Kind, body: str, owner: User | None) -> Made:
        token = secrets.token_urlsafe(24)
        row = Preparation(
            id=secrets.token_hex(8),
            token_hash=hash_token(token),
            kind=kind,
            title=self.title_of(kind, body),
            body=body,
            owner_id=owner.id if owner else None,
        )
        with session_scope(self.database) as db:
            repo.add(db, row=row)
        return Made(row, token)

    def authorize(self, prep_id: str, token: str | None, kind: Kind) -> Preparation:
        with session_scope(self.database) as db:
            row = repo.get(db, prep_id=prep_id)
        if row is None or row.kind != kind:
            raise NotFound(f"There is no {kind} here. It may have been deleted, or the link is mistyped.")
        if not token or not hmac.compare_digest(row.token_hash, hash_token(token)):
            raise WrongToken(f"This link's key does not open that {kind}. Use the full link you were given.")
        return row

    def for_user(self, user: User, prep_id: str, kind: Kind) -> Preparation:
        """A letter or plan a signed-in person may see: their own, or a trainee's they supervise."""
        with session_scope(self.database) as db:
            row = repo.get(db, prep_id=prep_id)
        if row is None or row.kind != kind or not self.can_see(user, row):
            raise Forbidden(f"There is no {kind} with this id that you can see.")
        return row

    def can_see(self, user: User, row: Preparation) -> bool:
        if row.owner_id is None:
            return False
        if row.owner_id == user.id:
            return True
        with session_scope(self.database) as db:
            owner = people.get_user(db, user_id=row.owner_id)
            return owner is not None and owner.cohort_id in self.review.supervised(db, user)

    def save(self, row: Preparation, body: str, version: int | None) -> Preparation:
        """Save a new draft; `version` (when given) must be the one the writer last saw."""
        expected = row.version if version is None else version
        at = now()
        changes: dict[str, object] = {"body": body, "title": self.title_of(row.kind, body), "updated_at": at}
        with session_scope(self.database) as db:
            if not repo.save(db, prep_id=row.id, version=expected, changes=changes):
                if repo.get(db, prep_id=row.id) is None:
                    raise NotFound("This has been deleted, so it can't be saved. Copy your text somewhere safe.")
                raise TakenOver(
                    "This was changed in another window since you opened it. Reload to see the newest draft "
                    "(copy your text first if you want to keep it)."
                )
            saved = repo.get(db, prep_id=row.id)
        assert saved is not None
        return saved

    def delete(self, row: Preparation) -> None:
        with session_scope(self.database) as db:
            repo.remove(db, prep_id=row.id)
        forget_deleted(self.database)

    def purge(self, retention_days: int) -> int:
        with session_scope(self.database) as db:
            return repo.purge_anonymous(db, before=datetime.now(UTC) - timedelta(days=retention_days))

    def owned(self, owner_ids: list[int]) -> list[Preparation]:
        if not owner_ids:
            return []
        with session_scope(self.database) as db:
            return repo.owned_by(db, owner_ids=owner_ids)

    # --- rehearsing a plan -----------------------------------------------------------------

    def rehearse(
        self, row: Preparation, refusal: RefusalKind | None, difficulty: Difficulty | None, owner: User | None
    ) -> Started:
        """A conversation with the scenario that fits the plan best, opening with a refusal (the
        one chosen, or one at random) so the plan B is what gets practised."""
        if row.kind != "plan":
            raise NotFound("Only an invitation plan can be rehearsed.")
        fields = PlanFields.model_validate_json(row.body)
        scenario = fitting_scenario(self.conversations.library.scenarios(), fields.relationship, fields.substance)
        kinds = sorted(scenario.refusals)
        chosen = refusal if refusal in scenario.refusals else kinds[secrets.randbelow(len(kinds))]
        return self.conversations.start(
            scenario_id=scenario.id,
            mode="coach",
            difficulty=difficulty,
            owner_id=owner.id if owner else row.owner_id,
            refusal=chosen,
            plan_id=row.id,
        )

    def comparison(self, row: PracticeSession, turns: list[Turn]) -> Comparison | None:
        """What was said in a rehearsal beside the plan (None for a conversation that rehearses none)."""
        plan = self.plan_of(row.plan_id)
        if plan is None:
            return None
        refusal = ConversationSnapshot.model_validate_json(row.snapshot).refusal
        replies = [(t.text, Code(t.code)) for t in turns if t.speaker == "learner" and not t.undone and t.code]
        return compare(plan, refusal, replies)

    def plan_of(self, plan_id: str | None) -> PlanFields | None:
        """The plan a conversation rehearses, if it still exists."""
        if plan_id is None:
            return None
        with session_scope(self.database) as db:
            row = repo.get(db, prep_id=plan_id)
        return PlanFields.model_validate_json(row.body) if row is not None and row.kind == "plan" else None
