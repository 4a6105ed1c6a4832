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
from app.usecases.errors import ExamOpen, Forbidden
from dialogue.agreement import Agreement, agreement
from dialogue.codes import Code
from dialogue.summary import SessionSummary

SORTS = ("queue", "date", "trainee", "scenario", "outcome", "replies", "rq", "pct_complex", "reviewed")
# The review page's own order: conversations nobody has reviewed yet first, then the newest.
QUEUE = "queue"

# Cohen's kappa over fewer reviewed replies than this moves a long way with each new one: too few
# to judge the coder by.
ENOUGH_REVIEWED = 20

# How a conversation ended, in the words a supervisor would use (by the ending's kind).
OUTCOME_WORDS = {
    "failure": "walked out",
    "success": "agreed to a step",
    "time_up": "ran out of time",
    "stopped": "ended early",
    "open": "still going",
}


def outcome_words(kind: str | None) -> str:
    return OUTCOME_WORDS.get(kind or "open", kind or OUTCOME_WORDS["open"])


def enough_reviewed(result: Agreement) -> bool:
    """Whether enough replies were reviewed for kappa to say much about the coder."""
    return result.n >= ENOUGH_REVIEWED


@dataclass(frozen=True)
class Filters:
    trainee: int | None = None
    scenario: str | None = None
    since: date | None = None
    until: date | None = None
    outcome: str | None = None
    mode: str | None = None
    reviewed: bool | None = None  # True: only those with a reviewed reply; False: only those without
    sort: str = "date"
    descending: bool = True


@dataclass
class Listed:
    row: PracticeSession
    trainee: User
    summary: SessionSummary
    reviewed: int
    scenario_title: str = ""

    @property
    def outcome_words(self) -> str:
        return outcome_words(self.row.outcome_kind)

    def key(self, sort: str) -> tuple[int, object]:
        value: object = {
            "queue": (self.reviewed == 0, self.row.created_at),
            "date": self.row.created_at,
            "trainee": self.trainee.name.lower(),
            "scenario": (self.scenario_title or self.row.scenario_id).lower(),
            "outcome": self.outcome_words,
            "replies": self.summary.replies,
            "rq": self.summary.measure("rq").value,
            "pct_complex": self.summary.measure("pct_complex").value,
            "reviewed": self.reviewed,
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


EXAM_OPEN = (
    "This exam is still going: its codes, notes and scores appear when it ends. Finish the conversation, "
    "then come back here."
)
PROBLEMS = {
    "empty_comment": "The comment is empty: write what the trainee should hear.",
    "long_comment": "Keep a comment under 4,000 characters.",
    "not_coded": "Only the learner's replies are coded; comment on this turn instead.",
    "no_reason": "Say why the code should be different: a reason is required for an override.",
    "not_agreeable": "Only the learner's coded replies can be agreed with; comment on this turn instead.",
    "not_saved": "That was not saved. Check what you entered, then try again.",
}
"""What a review form can get wrong, by code: the page after a form shows `?problem=CODE`'s words,
never text from the link."""
AGREES = "agrees"  # the reason stored when the supervisor's code is the coder's and they gave none
MAX_COMMENT = 4000


def _comment_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError(PROBLEMS["empty_comment"])
    if len(text) > MAX_COMMENT:
        raise ValueError(PROBLEMS["long_comment"])
    return text


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
            Listed(
                r,
                trainees[r.owner_id or 0],
                self._summary(r, turns[r.id], codes[r.id]),
                len(codes[r.id]),
                self._title(r.scenario_id),
            )
            for r in rows
            if filters.reviewed is None or bool(codes[r.id]) == filters.reviewed
        ]
        listed.sort(key=lambda item: item.key(filters.sort), reverse=filters.descending)
        return listed

    def _title(self, scenario_id: str) -> str:
        """The scenario's title, or its id when the scenario is no longer in the library."""
        try:
            return self.conversations.library.get(scenario_id).title
        except KeyError:
            return scenario_id

    def progress(self, trainee: User) -> list[Listed]:
        """The trainee's conversations, oldest first, with their summaries."""
        items = self.listing(trainee, Filters(sort="date", descending=False))
        return [item for item in items if item.trainee.id == trainee.id]

    # --- one conversation --------------------------------------------------------------------

    def reviewed(self, viewer: User, session_id: str) -> Reviewed:
        """A conversation with everything about it; a trainee's own exam only once it has ended
        (exam mode shows no code, feedback or score until the end, in the API and exports too)."""
        row = self.session_for(viewer, session_id)
        if row.mode == "exam" and row.ended_at is None and viewer.role != "supervisor":
            raise ExamOpen(EXAM_OPEN)
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
            raise ValueError(PROBLEMS["not_coded"])
        reason = reason.strip()
        if code.value != turn.code and not reason:
            raise ValueError(PROBLEMS["no_reason"])
        with session_scope(self.database) as db:
            return reviews.set_code_review(
                db,
                turn_id=turn_id,
                session_id=turn.session_id,
                code=code.value,
                reason=reason or AGREES,
                reviewer_id=viewer.id or 0,
            )

    def agree(self, viewer: User, turn_id: int) -> CodeReview:
        """Record that the supervisor agrees with the coder's code for a reply (reason "agrees")."""
        turn = self._turn_for(viewer, turn_id)
        if turn.speaker != "learner" or not turn.code:
            raise ValueError(PROBLEMS["not_agreeable"])
        with session_scope(self.database) as db:
            return reviews.set_code_review(
                db,
                turn_id=turn_id,
                session_id=turn.session_id,
                code=turn.code,
                reason=AGREES,
                reviewer_id=viewer.id or 0,
            )

    def add_comment(self, viewer: User, turn_id: int, text: str) -> Comment:
        turn = self._turn_for(viewer, turn_id)
        text = _comment_text(text)
        comment = Comment(turn_id=turn_id, session_id=turn.session_id, author_id=viewer.id or 0, text=text)
        with session_scope(self.database) as db:
            reviews.add_comment(db, comment=comment)
        return comment

    def own_comment(self, viewer: User, comment_id: int) -> Comment:
        """A comment the viewer wrote, on a conversation they may still review; others' are not found."""
        with session_scope(self.database) as db:
            comment = reviews.get_comment(db, comment_id=comment_id)
        if comment is None or comment.author_id != viewer.id:
            raise Forbidden("There is no comment of yours with this id.")
        try:
            self._turn_for(viewer, comment.turn_id)
        except Forbidden:
            raise Forbidden("There is no comment of yours with this id.") from None
        return comment

    def edit_comment(self, viewer: User, comment_id: int, text: str) -> Comment:
        """Replace the text of the viewer's own comment."""
        self.own_comment(viewer, comment_id)
        text = _comment_text(text)
        with session_scope(self.database) as db:
            comment = reviews.edit_comment(db, comment_id=comment_id, text=text)
        if comment is None:  # deleted a moment ago
            raise Forbidden("There is no comment of yours with this id.")
        return comment

    def delete_comment(self, viewer: User, comment_id: int) -> Comment:
        """Delete the viewer's own comment; the deleted comment is returned."""
        comment = self.own_comment(viewer, comment_id)
        with session_scope(self.database) as db:
            reviews.delete_comment(db, comment_id=comment_id)
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
