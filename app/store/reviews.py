"""Every query the review needs: conversations listed with filters, their turns, supervisors'
codes and comments. Keyword-only functions on a Session; the caller owns the transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import UTC, date, datetime, time

from sqlmodel import Session, col, select

from app.store.models import CodeReview, Comment, PracticeSession, Turn, User


def sessions_of(
    db: Session,
    *,
    owner_ids: Collection[int],
    only_owner: int | None = None,
    scenario: str | None = None,
    since: date | None = None,
    until: date | None = None,
    outcome: str | None = None,
    mode: str | None = None,
) -> list[PracticeSession]:
    """The conversations of these owners (or of `only_owner` among them), narrowed by whichever
    filters are given: `since` and `until` are whole days in UTC; the outcome "open" is not ended."""
    query = select(PracticeSession).where(col(PracticeSession.owner_id).in_(owner_ids))
    if only_owner is not None:
        query = query.where(PracticeSession.owner_id == only_owner)
    if scenario:
        query = query.where(PracticeSession.scenario_id == scenario)
    if since:
        query = query.where(col(PracticeSession.created_at) >= datetime.combine(since, time.min, tzinfo=UTC))
    if until:
        query = query.where(col(PracticeSession.created_at) <= datetime.combine(until, time.max, tzinfo=UTC))
    if outcome == "open":
        query = query.where(col(PracticeSession.ended_at).is_(None))
    elif outcome:
        query = query.where(PracticeSession.outcome_kind == outcome)
    if mode:
        query = query.where(PracticeSession.mode == mode)
    return list(db.exec(query))


def session_ids_of(db: Session, *, owner_ids: Collection[int]) -> list[str]:
    query = select(PracticeSession.id).where(col(PracticeSession.owner_id).in_(owner_ids))
    return list(db.exec(query).all())


def turns_by_session(db: Session, *, session_ids: Collection[str]) -> dict[str, list[Turn]]:
    """The turns of each conversation, in order (an empty list for one with none)."""
    found: dict[str, list[Turn]] = defaultdict(list)
    if session_ids:
        query = (
            select(Turn).where(col(Turn.session_id).in_(session_ids)).order_by(col(Turn.session_id), col(Turn.index))
        )
        for turn in db.exec(query):
            found[turn.session_id].append(turn)
    return found


def codes_by_session(db: Session, *, session_ids: Collection[str]) -> dict[str, dict[int, CodeReview]]:
    """The supervisors' codes of each conversation, by turn id (an empty dict for one with none)."""
    found: dict[str, dict[int, CodeReview]] = defaultdict(dict)
    if session_ids:
        for review in db.exec(select(CodeReview).where(col(CodeReview.session_id).in_(session_ids))):
            found[review.session_id][review.turn_id] = review
    return found


def comments_by_turn(db: Session, *, session_id: str) -> dict[int, list[tuple[Comment, str]]]:
    """A conversation's comments with their authors' names, oldest first, by turn id."""
    query = (
        select(Comment, User.name)
        .join(User, col(User.id) == Comment.author_id)
        .where(Comment.session_id == session_id)
        .order_by(col(Comment.created_at))
    )
    found: dict[int, list[tuple[Comment, str]]] = defaultdict(list)
    for comment, name in db.exec(query):
        found[comment.turn_id].append((comment, name))
    return dict(found)


def set_code_review(
    db: Session, *, turn_id: int, session_id: str, code: str, reason: str, reviewer_id: int
) -> CodeReview:
    """The supervisor's code for a reply, replacing any given before."""
    review = db.exec(select(CodeReview).where(CodeReview.turn_id == turn_id)).first()
    review = review or CodeReview(turn_id=turn_id, session_id=session_id, code="", reason="", reviewer_id=0)
    review.code, review.reason, review.reviewer_id = code, reason, reviewer_id
    db.add(review)
    return review


def add_comment(db: Session, *, comment: Comment) -> None:
    db.add(comment)


def get_comment(db: Session, *, comment_id: int) -> Comment | None:
    return db.get(Comment, comment_id)


def edit_comment(db: Session, *, comment_id: int, text: str) -> Comment | None:
    """Replace a comment's text; None when there is no such comment."""
    comment = db.get(Comment, comment_id)
    if comment is not None:
        comment.text = text
        db.add(comment)
    return comment


def delete_comment(db: Session, *, comment_id: int) -> None:
    comment = db.get(Comment, comment_id)
    if comment is not None:
        db.delete(comment)
