"""What supervisors and trainees may see, and the review on top of it: human codes, comments,
summaries that use them, agreement with the coder, progress over time."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import Engine
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.store.db import session_scope
from app.store.models import CodeReview, Cohort, Comment, PracticeSession, Turn, User
from app.usecases.conversations import Conversations, NotFound
from dialogue.agreement import Agreement, agreement
from dialogue.codes import Code
from dialogue.summary import SessionSummary

SORTS = ("date", "trainee", "scenario", "outcome", "replies", "rq", "pct_complex")


class Forbidden(NotFound):
    """Not yours to see: reported exactly like a conversation that does not exist."""


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
    def __init__(self, db: Engine, conversations: Conversations) -> None:
        self.db = db
        self.conversations = conversations

    # --- who may see what -----------------------------------------------------------------

    def supervised(self, db: Session, user: User) -> set[int]:
        if user.role != "supervisor":
            return set()
        found = db.exec(select(Cohort.id).where(Cohort.supervisor_id == user.id)).all()
        return {cohort_id for cohort_id in found if cohort_id is not None}

    def can_see(self, db: Session, user: User, row: PracticeSession) -> bool:
        if row.owner_id is None:
            return False
        if row.owner_id == user.id:
            return True
        owner = db.get(User, row.owner_id)
        return owner is not None and owner.cohort_id in self.supervised(db, user)

    def session_for(self, user: User, session_id: str) -> PracticeSession:
        with session_scope(self.db) as db:
            row = db.get(PracticeSession, session_id)
            if row is None or not self.can_see(db, user, row):
                raise Forbidden("There is no conversation with this id that you can see.")
            return row

    def can_supervise(self, user: User, cohort_id: int) -> bool:
        with session_scope(self.db) as db:
            return cohort_id in self.supervised(db, user)

    def trainee_for(self, viewer: User, user_id: int) -> User:
        """A trainee the viewer may see (themselves, or one in a cohort they supervise)."""
        with session_scope(self.db) as db:
            trainee = db.get(User, user_id)
            if trainee is None or trainee.role != "trainee":
                raise Forbidden("There is no trainee with this id that you can see.")
            if trainee.id != viewer.id and trainee.cohort_id not in self.supervised(db, viewer):
                raise Forbidden("There is no trainee with this id that you can see.")
            return trainee

    # --- lists -------------------------------------------------------------------------------

    def listing(self, viewer: User, filters: Filters) -> list[Listed]:
        with session_scope(self.db) as db:
            cohorts = self.supervised(db, viewer)
            trainees = {
                u.id: u
                for u in db.exec(select(User).where(col(User.cohort_id).in_(cohorts) | (User.id == viewer.id)))
                if u.id is not None
            }
            query = select(PracticeSession).where(col(PracticeSession.owner_id).in_(list(trainees)))
            query = _filtered(query, filters)
            rows = list(db.exec(query))
            turns = _turns_by_session(db, [r.id for r in rows])
            codes = _codes_by_session(db, [r.id for r in rows])
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
        with session_scope(self.db) as db:
            turns = list(db.exec(select(Turn).where(Turn.session_id == row.id).order_by(col(Turn.index))))
            codes = _codes_by_session(db, [row.id])[row.id]
            comments: dict[int, list[tuple[Comment, str]]] = defaultdict(list)
            query = (
                select(Comment, User.name)
                .join(User, col(User.id) == Comment.author_id)
                .where(Comment.session_id == row.id)
                .order_by(col(Comment.created_at))
            )
            for comment, name in db.exec(query):
                comments[comment.turn_id].append((comment, name))
            trainee = db.get(User, row.owner_id) if row.owner_id else None
        return Reviewed(
            row,
            trainee,
            turns,
            codes,
            dict(comments),
            self._summary(row, turns, codes),
            self.conversations.summary(row, turns),
        )

    def _turn_for(self, viewer: User, turn_id: int) -> Turn:
        with session_scope(self.db) as db:
            turn = db.get(Turn, turn_id)
            row = db.get(PracticeSession, turn.session_id) if turn else None
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
        with session_scope(self.db) as db:
            review = db.exec(select(CodeReview).where(CodeReview.turn_id == turn_id)).first()
            review = review or CodeReview(
                turn_id=turn_id, session_id=turn.session_id, code="", reason="", reviewer_id=0
            )
            review.code, review.reason, review.reviewer_id = code.value, reason or "agrees", viewer.id or 0
            db.add(review)
            return review

    def add_comment(self, viewer: User, turn_id: int, text: str) -> Comment:
        turn = self._turn_for(viewer, turn_id)
        text = text.strip()
        if not text:
            raise ValueError("The comment is empty: write what the trainee should hear.")
        if len(text) > 4000:
            raise ValueError("Keep a comment under 4,000 characters.")
        with session_scope(self.db) as db:
            comment = Comment(turn_id=turn_id, session_id=turn.session_id, author_id=viewer.id or 0, text=text)
            db.add(comment)
            return comment

    # --- summaries, agreement, export ------------------------------------------------------------

    def _summary(self, row: PracticeSession, turns: list[Turn], codes: dict[int, CodeReview]) -> SessionSummary:
        """The summary with the supervisor's codes where there are any."""
        return self.conversations.summary(row, turns, {turn_id: review.code for turn_id, review in codes.items()})

    def reviewed_pairs(self, cohort_id: int) -> list[tuple[Turn, CodeReview, list[Turn]]]:
        """Every reviewed reply in a cohort, with the turns before it (its context)."""
        with session_scope(self.db) as db:
            owners = [u for u in db.exec(select(User.id).where(User.cohort_id == cohort_id)).all() if u is not None]
            query = select(PracticeSession.id).where(col(PracticeSession.owner_id).in_(owners))
            ids = list(db.exec(query).all())
            codes = _codes_by_session(db, ids)
            turns = _turns_by_session(db, [i for i in ids if codes[i]])
        found = []
        for session_id, reviews in codes.items():
            listed = turns.get(session_id, [])
            for turn in listed:
                if turn.id in reviews:
                    found.append((turn, reviews[turn.id], [t for t in listed if t.index < turn.index][-4:]))
        return found

    def agreement(self, cohort_id: int) -> Agreement:
        return agreement((turn.code or "OT", review.code) for turn, review, _ in self.reviewed_pairs(cohort_id))

    def cohort_sessions(self, supervisor: User, cohort_id: int) -> list[Listed]:
        return [item for item in self.listing(supervisor, Filters()) if item.trainee.cohort_id == cohort_id]


def _filtered(query: SelectOfScalar[PracticeSession], f: Filters) -> SelectOfScalar[PracticeSession]:
    q = query
    if f.trainee is not None:
        q = q.where(PracticeSession.owner_id == f.trainee)
    if f.scenario:
        q = q.where(PracticeSession.scenario_id == f.scenario)
    if f.since:
        q = q.where(col(PracticeSession.created_at) >= datetime.combine(f.since, time.min, tzinfo=UTC))
    if f.until:
        q = q.where(col(PracticeSession.created_at) <= datetime.combine(f.until, time.max, tzinfo=UTC))
    if f.outcome:
        if f.outcome == "open":
            q = q.where(col(PracticeSession.ended_at).is_(None))
        else:
            q = q.where(PracticeSession.outcome_kind == f.outcome)
    if f.mode:
        q = q.where(PracticeSession.mode == f.mode)
    return q


def _turns_by_session(db: Session, ids: list[str]) -> dict[str, list[Turn]]:
    found: dict[str, list[Turn]] = defaultdict(list)
    if ids:
        query = select(Turn).where(col(Turn.session_id).in_(ids)).order_by(col(Turn.session_id), col(Turn.index))
        for turn in db.exec(query):
            found[turn.session_id].append(turn)
    return found


def _codes_by_session(db: Session, ids: list[str]) -> dict[str, dict[int, CodeReview]]:
    found: dict[str, dict[int, CodeReview]] = defaultdict(dict)
    if ids:
        for review in db.exec(select(CodeReview).where(col(CodeReview.session_id).in_(ids))):
            found[review.session_id][review.turn_id] = review
    return found
