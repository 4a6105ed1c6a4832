"""Every error a use case raises for the web and command-line layers to answer: conversations,
review and accounts. A `ConversationError`'s `code` goes over the wire as it is."""

from __future__ import annotations

NOT_FOUND = "There is no conversation with this id. It may have been deleted."


class ConversationError(Exception):
    """A request about a conversation that cannot be met; `code` is machine-readable."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(ConversationError):
    """No such conversation (the message says so unless it is given)."""

    code = "not_found"

    def __init__(self, message: str = NOT_FOUND) -> None:
        super().__init__(message)


class Forbidden(NotFound):
    """Not yours to see: reported exactly like a conversation that does not exist."""


class ExamOpen(ConversationError):
    """A trainee's own exam is still going: its codes, feedback and scores wait for its end."""


class WrongToken(ConversationError):
    code = "wrong_token"


class Ended(ConversationError):
    code = "conversation_ended"


class TakenOver(ConversationError):
    code = "taken_over"


class Busy(ConversationError):
    code = "busy"


class DangerSignalled(ConversationError):
    """The reply just typed suggests someone is in danger: the role-play pauses; `kind` says why."""

    code = "paused"

    def __init__(self, message: str, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class AwaitingResume(ConversationError):
    """A reply sent while a safety pause is still open: the person must choose to carry on first."""

    code = "paused"


class BadReply(ConversationError):
    code = "bad_reply"


class CannotUndo(ConversationError):
    """Nothing to take back, or exam mode (which has no undo)."""

    code = "cannot_undo"


class NoHints(ConversationError):
    """Exam mode has no hints."""

    code = "no_hints"


class EmptyReply(BadReply):
    code = "empty_reply"


class TooLong(BadReply):
    code = "reply_too_long"


class AccountError(ValueError):
    """Something about an account request a person can fix; the message says what."""


class TooManyAttempts(AccountError):
    """Too many failed sign-ins for an account or an address in the last few minutes."""
