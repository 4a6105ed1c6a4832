"""The coder's phrase tables, one module per family, written from the MITI 4.2.1 definitions and
Gordon's roadblocks.

A table is a list of rules searched together (rules.py); most other entries are single patterns
behind word gates (gate.py). The classic wordings sit beside the forms people type (the
*_forms, directives and ultimatums modules), which forms.py reads. After changing a pattern, run
`make gates`: the word gates are data worked out from the patterns (tools/gate_words.py).
"""

from dialogue.coding.rules import Rule, Table
from dialogue.coding.tables.affirming import AFFIRM
from dialogue.coding.tables.autonomy import AUTONOMY
from dialogue.coding.tables.collaboration import ASK_VIEW, COLLABORATE
from dialogue.coding.tables.confronting import CONFRONT, LABELS
from dialogue.coding.tables.confronting_forms import FORMS, MORE_FORMS
from dialogue.coding.tables.directives import ADDRESSED_ORDER, DIRECTIVES
from dialogue.coding.tables.information import I_STATEMENT, INFORM
from dialogue.coding.tables.other import DISTRACT, FILLER, PRAISE, REASSURE, REPAIR, STRUCTURE
from dialogue.coding.tables.persuading import (
    LEADING_QUESTION,
    PERMISSION_CUE,
    PERSUADE,
    PERSUADE_IN_QUESTION,
    WHY_DONT_YOU,
)
from dialogue.coding.tables.questions import (
    ASKING_WORD,
    CLOSED_ANSWER,
    CLOSED_OPENERS,
    OPEN_QUESTION,
    REFLECTIVE_WH,
    SCALING,
    TAG_QUESTION,
)
from dialogue.coding.tables.reflections import (
    AMPLIFIED,
    DOUBLE_SIDED,
    FIRST_PERSON,
    METAPHOR,
    REFLECTION_FRAME,
    REFLECTION_WEAK,
    REFRAME,
    STARTS_SO,
    SUMMARY,
)
from dialogue.coding.tables.safety import SAFETY_QUESTION
from dialogue.coding.tables.ultimatums import CONDITION, CONSEQUENCE
from dialogue.coding.tables.vocabulary import MEANING_WORDS, SAME_MEANING, STOPWORDS

__all__ = [
    "ADDRESSED_ORDER",
    "AFFIRM",
    "AMPLIFIED",
    "ASKING_WORD",
    "ASK_VIEW",
    "AUTONOMY",
    "CLOSED_ANSWER",
    "CLOSED_OPENERS",
    "COLLABORATE",
    "CONDITION",
    "CONFRONT",
    "CONSEQUENCE",
    "DIRECTIVES",
    "DISTRACT",
    "DOUBLE_SIDED",
    "FILLER",
    "FIRST_PERSON",
    "FORMS",
    "INFORM",
    "I_STATEMENT",
    "LABELS",
    "LEADING_QUESTION",
    "MEANING_WORDS",
    "METAPHOR",
    "MORE_FORMS",
    "OPEN_QUESTION",
    "PERMISSION_CUE",
    "PERSUADE",
    "PERSUADE_IN_QUESTION",
    "PRAISE",
    "REASSURE",
    "REFLECTION_FRAME",
    "REFLECTION_WEAK",
    "REFLECTIVE_WH",
    "REFRAME",
    "REPAIR",
    "SAFETY_QUESTION",
    "SAME_MEANING",
    "SCALING",
    "STARTS_SO",
    "STOPWORDS",
    "STRUCTURE",
    "SUMMARY",
    "TAG_QUESTION",
    "WHY_DONT_YOU",
    "Rule",
    "Table",
]
