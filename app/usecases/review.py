"""What supervisors and trainees may see, and the review on top of it: human codes, comments,
summaries that use them, agreement with the coder, progress over time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session

from app.store import people, reviews
from app.store import repository as repo
from app.store.db import session_scope
from app.store.models import CodeReview, Comment, PracticeSession, Turn, User
from app.usecases.conversations import Conversations
from app.usecases.errors import Forbidden
from dialogue.agreement import Agreement, agreement
from dialogue.codes import Code
from dialogue.summary import SessionSummary

SORTS = ("date", "trainee", "scenario", "outcome", "replies", "rq", "pct_complex")


@dataclass(frozen=True)
class Filters:
    trainee: int | None = None
    scenario: str | None = None
    since: date | None = None
    until: date | None = None
    outcome: str | None = None
    mode: str | None = None
    sort: str = "date"
    descending: bool = True


@dataclass
class Listed:
    row: PracticeSession
    trainee: User
    summary: SessionSummary
    reviewed: int

    def key(self, sort: str) -> tuple[int, object]:
        value: object = {
            "date": self.row.created_at,
            "trainee": self.trainee.name.lower(),
            "scenario": self.row.scenario_id,
            "outcome": self.row.outcome_kind or "",
            "replies": self.summary.replies,
            "rq": self.summary.measure("rq").value,
            "pct_complex": self.summary.measure("pct_complex").value,
        }[sort]
        return (0, value) if value is not None else (1, 0)


@dataclass
class Reviewed:
    """A conversation with its turns, human codes and comments."""

    row: PracticeSession
    trainee: User | None
    turns: list[Turn]
    codes: dict[int, CodeReview]
    comments: dict[int, list[tuple[Comment, str]]] = field(default_factory=dict)
    summary: SessionSummary | None = None
    automatic: SessionSummary | None = None


class Review:
    def __init__(self, database: Engine, conversations: Conversations) -> None:
        self.database = database
        self.conversations = conversations

    # --- who may see what -----------------------------------------------------------------

    def supervised(self, db: Session, user: User) -> set[int]:
        if user.role != "supervisor":
            return set()
        return people.cohort_ids_of(db, supervisor_id=user.id or 0)

    def can_see(self, db: Session, user: User, row: PracticeSession) -> bool:
        if row.owner_id is None:
            return False
        if row.owner_id == user.id:
            return True
        owner = people.get_user(db, user_id=row.owner_id)
        return owner is not None and owner.cohort_id in self.supervised(db, user)

    def session_for(self, user: User, session_id: str) -> PracticeSession:
        with session_scope(self.database) as db:
            row = repo.get_session(db, session_id=session_id)
            if row is None or not self.can_see(db, user, row):
                raise Forbidden("There is no conversation with this id that you can see.")
            return row

    def can_supervise(self, user: User, cohort_id: int) -> bool:
        with session_scope(self.database) as db:
            return cohort_id in self.supervised(db, user)

    def trainee_for(self, viewer: User, user_id: int) -> User:
        """A trainee the viewer may see (themselves, or one in a cohort they supervise)."""
        with session_scope(self.database) as db:
            trainee = people.get_user(db, user_id=user_id)
            if trainee is None or trainee.role != "trainee":
                raise Forbidden("There is no trainee with this id that you can see.")
            if trainee.id != viewer.id and trainee.cohort_id not in self.supervised(db, viewer):
                raise Forbidden("There is no trainee with this id that you can see.")
            return trainee

    # --- lists -------------------------------------------------------------------------------

    def listing(self, viewer: User, filters: Filters) -> list[Listed]:
        with session_scope(self.database) as db:
            cohorts = self.supervised(db, viewer)
            trainees = {
                u.id: u
                for u in people.users_in_cohorts(db, cohort_ids=cohorts, plus_user_id=viewer.id or 0)
                if u.id is not None
            }
            rows = reviews.sessions_of(
                db,
                owner_ids=list(trainees),
                only_owner=filters.trainee,
                scenario=filters.scenario,
                since=filters.since,
                until=filters.until,
                outcome=filters.outcome,
                mode=filters.mode,
            )
            turns = reviews.turns_by_session(db, session_ids=[r.id for r in rows])
            codes = reviews.codes_by_session(db, session_ids=[r.id for r in rows])
        listed = [
            Listed(r, trainees[r.owner_id or 0], self._summary(r, turns[r.id], codes[r.id]), len(codes[r.id]))
            for r in rows
        ]
        listed.sort(key=lambda item: item.key(filters.sort), reverse=filters.descending)
        return listed

    def progress(self, trainee: User) -> list[Listed]:
        """The trainee's conversations, oldest first, with their summaries."""
        items = self.listing(trainee, Filters(sort="date", descending=False))
        return [item for item in items if item.trainee.id == trainee.id]

    # --- one conversation --------------------------------------------------------------------

    def reviewed(self, viewer: User, session_id: str) -> Reviewed:
        row = self.session_for(viewer, session_id)
        with session_scope(self.database) as db:
            turns = repo.list_turns(db, session_id=row.id)
            codes = reviews.codes_by_session(db, session_ids=[row.id])[row.id]
            comments = reviews.comments_by_turn(db, session_id=row.id)
            trainee = people.get_user(db, user_id=row.owner_id) if row.owner_id else None
        return Reviewed(
            row,
            trainee,
            turns,
            codes,
            comments,
            self._summary(row, turns, codes),
            self.conversations.summary(row, turns),
        )

    def _turn_for(self, viewer: User, turn_id: int) -> Turn:
        with session_scope(self.database) as db:
            turn = repo.get_turn(db, turn_id=turn_id)
            row = repo.get_session(db, session_id=turn.session_id) if turn else None
            if turn is None or row is None or not self.can_see(db, viewer, row) or viewer.role != "supervisor":
                raise Forbidden("There is no reply with this id that you can review.")
            return turn

    def set_code(self, viewer: User, turn_id: int, code: Code, reason: str) -> CodeReview:
        """Record the supervisor's code for a reply; a reason is needed when it differs."""
        turn = self._turn_for(viewer, turn_id)
        if turn.speaker != "learner":
            raise ValueError("Only the learner's replies are coded; comment on this turn instead.")
        reason = reason.strip()
        if code.value != turn.code and not reason:
            raise ValueError("Say why the code should be different: a reason is required for an override.")
        with session_scope(self.database) as db:
            return reviews.set_code_review(
                db,
                turn_id=turn_id,
                session_id=turn.session_id,
                code=code.value,
                reason=reason or "agrees",
                reviewer_id=viewer.id or 0,
            )

    def add_comment(self, viewer: User, turn_id: int, text: str) -> Comment:
        turn = self._turn_for(viewer, turn_id)
        text = text.strip()
        if not text:
            raise ValueError("The comment is empty: write what the trainee should hear.")
        if len(text) > 4000:
            raise ValueError("Keep a comment under 4,000 characters.")
        comment = Comment(turn_id=turn_id, session_id=turn.session_id, author_id=viewer.id or 0, text=text)
        with session_scope(self.database) as db:
            reviews.add_comment(db, comment=comment)
        return comment

    # --- summaries, agreement, export ------------------------------------------------------------

    def _summary(self, row: PracticeSession, turns: list[Turn], codes: dict[int, CodeReview]) -> SessionSummary:
        """The summary with the supervisor's codes where there are any."""
        return self.conversations.summary(row, turns, {turn_id: review.code for turn_id, review in codes.items()})

    def reviewed_pairs(self, cohort_id: int) -> list[tuple[Turn, CodeReview, list[Turn]]]:
        """Every reviewed reply in a cohort, with the turns before it (its context)."""
        with session_scope(self.database) as db:
            owners = people.user_ids_in_cohort(db, cohort_id=cohort_id)
            ids = reviews.session_ids_of(db, owner_ids=owners)
            codes = reviews.codes_by_session(db, session_ids=ids)
            turns = reviews.turns_by_session(db, session_ids=[i for i in ids if codes[i]])
        found = []
        for session_id, by_turn in codes.items():
            listed = turns.get(session_id, [])
            for turn in listed:
                if turn.id in by_turn:
                    found.append((turn, by_turn[turn.id], [t for t in listed if t.index < turn.index][-4:]))
        return found

    def agreement(self, cohort_id: int) -> Agreement:
        return agreement((turn.code or "OT", review.code) for turn, review, _ in self.reviewed_pairs(cohort_id))

    def cohort_sessions(self, supervisor: User, cohort_id: int) -> list[Listed]:
        return [item for item in self.listing(supervisor, Filters()) if item.trainee.cohort_id == cohort_id]
