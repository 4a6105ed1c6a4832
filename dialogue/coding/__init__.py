"""The reply coder: MITI 4.2.1 behaviour codes for a learner's reply, with feedback."""

from dialogue.coding.coder import Coding, code_reply
from dialogue.coding.context import CodingContext, Said, context_from
from dialogue.coding.units import Unit
from dialogue.coding.utterances import MAX_REPLY_CHARS, ReplyError

__all__ = [
    "MAX_REPLY_CHARS",
    "Coding",
    "CodingContext",
    "ReplyError",
    "Said",
    "Unit",
    "code_reply",
    "context_from",
]
