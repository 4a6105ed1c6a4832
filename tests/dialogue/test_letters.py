"""The letter coach and the invitation plan's checks (dialogue/letter.py, dialogue/plan.py).

The corpus in tests/corpus/letters was written for this project by separate authors: the coach's
forms were tuned on `tune/` (every flagged sentence found, no sentence of a kind letter flagged);
`check/` was never read while tuning, and its figures are floors at what was measured."""

from __future__ import annotations

import pytest

from dialogue.codes import Code
from dialogue.letter import MOST_WORDS, Flag, LetterTooLong, coach_letter, split_sentences
from dialogue.library import Library
from dialogue.plan import PlanFields, Relationship, Substance, check_plan, compare, fitting_scenario
from dialogue.scenario import RefusalKind
from scenarios import SCENARIO_DIR
from tests.corpus.measure import load_letters, measure_letters

KIND = (
    "Dear Sam,\nI love you, and I always will.\n"
    "Last Friday I saw you asleep in the car with the engine running, and I was terrified.\n"
    "At Emma's graduation your seat was empty, and I felt so alone.\n"
    "I'm asking you to accept the help we've arranged at Hope House today; the car is outside.\n"
    "If you decide not to go, I won't give you money any more.\nLove, Mum"
)


def checks(text: str) -> dict[str, bool]:
    return {c.name: c.ok for c in coach_letter(text).checks}


# --- the corpus ----------------------------------------------------------------------------------


def test_the_letter_corpus_is_big_enough_and_split_by_author() -> None:
    tune, check = load_letters("tune"), load_letters("check")
    assert len(tune) >= 20 and len(check) >= 20
    for part in (tune, check):
        kinds = [letter["kind"] for letter in part]
        assert kinds.count("kind") >= 10 and kinds.count("harsh") >= 10
        assert len({letter["voice"] for letter in part}) >= 9
    assert {x["author"] for x in tune}.isdisjoint({x["author"] for x in check})


def test_on_the_tuning_letters_every_harsh_sentence_is_flagged_and_no_kind_one() -> None:
    figures = measure_letters("tune")
    assert figures.found == figures.flagged, figures.misses
    assert figures.kind_flagged == 0 and figures.plain_flagged == 0, figures.misses
    # None of these letters is danger; the safety net's help shows on a few that tell a past
    # incident in words it cannot yet tell from now (it errs toward help; README, the safety net).
    assert figures.help_shown <= 3


def test_on_the_check_letters_never_tuned_against() -> None:
    """Floors at what was measured (README, "The letter coach"); the misses are not printed."""
    figures = measure_letters("check")
    assert figures.recall >= 0.80
    assert figures.kind_flagged <= 7
    assert figures.precision >= 0.83
    assert figures.help_shown <= 3  # 4 before the safety net's forms were fixed on tuning lines


# --- sentences -----------------------------------------------------------------------------------


def test_sentences_are_split_at_line_breaks_and_stops_but_not_after_dr() -> None:
    assert split_sentences("Dear Kim,\nI saw Dr. Ruiz at 9 a.m. today. Will you come?  Yes!\n\nLove") == [
        "Dear Kim,",
        "I saw Dr. Ruiz at 9 a.m. today.",
        "Will you come?",
        "Yes!",
        "Love",
    ]


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("You're a drunk.", Flag.LABEL),
        ("ur nothing but a junkie now", Flag.LABEL),
        ("You're an alcoholic and you're in denial.", Flag.DIAGNOSIS),
        ("You ruined Christmas.", Flag.BLAME),
        ("because of you mum cries every night", Flag.BLAME),
        ("If you don't go today you're out of this house.", Flag.THREAT),
        ("Refuse and you are out of my will.", Flag.THREAT),
        ("Drinking like that will kill you.", Flag.LECTURE),
        ("people who use meth end up in prison or dead", Flag.LECTURE),
        ("you need to grow up", Flag.LECTURE),
    ],
)
def test_harsh_sentences_are_flagged_by_what_they_do(sentence: str, flag: Flag) -> None:
    (read,) = coach_letter(sentence).sentences
    assert read.flag is flag
    assert read.code in (Code.CO, Code.PE) and read.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "I saw you asleep in the car with the engine running, and I was terrified.",
        "If you choose not to go, I will stop paying your phone bill.",
        "I won't lend you money any more.",
        "Remember when we built the treehouse and it fell down the first night?",
        "None of this is your fault, and I can't sit by while it gets worse.",
        "I will always love you.",
        "I want you to take the Narcan and keep it in your bag.",
    ],
)
def test_kind_sentences_are_not_flagged(sentence: str) -> None:
    (read,) = coach_letter(sentence).sentences
    assert read.flag is None and read.suggestion is None


def test_a_bottom_line_said_as_your_own_action_is_named_not_flagged() -> None:
    read = coach_letter("If you decide not to go, I won't give you money any more.").sentences[0]
    assert read.flag is None and "bottom_line" in read.parts and read.code is Code.GI


# --- the whole letter ----------------------------------------------------------------------------


def test_a_kind_letter_passes_every_check() -> None:
    assert all(checks(KIND).values()), coach_letter(KIND).checks


def test_each_check_says_what_is_missing() -> None:
    assert not checks("You need help.\nI'm asking you to go to Riverside today.")["opens_with_love"]
    assert not checks("I love you.\nYou always let us down.")["incidents"]
    assert not checks("I love you.\nPlease get some help.")["one_clear_ask"]
    many = "I love you. Will you go to Riverside today? Will you go tonight? Please go to the clinic now."
    assert not checks(many)["one_clear_ask"]
    threat = coach_letter("I love you.\nIf you don't go today you're out of this house.")
    bottom = next(c for c in threat.checks if c.name == "bottom_line")
    assert not bottom.ok and "sentence 2" in bottom.message and "as a threat" in bottom.message
    assert not checks("I love you.")["bottom_line"]
    long = coach_letter("I love you so much. " * (MOST_WORDS // 5 + 1))
    assert not next(c for c in long.checks if c.name == "length").ok and long.words > MOST_WORDS


def test_a_letter_longer_than_the_coach_reads_is_refused_with_what_to_do() -> None:
    with pytest.raises(LetterTooLong, match="cut it down"):
        coach_letter("I love you. " * 3000)


def test_the_safety_net_reads_the_letter() -> None:
    assert coach_letter(KIND).crisis is None
    signal = coach_letter("Dear Mum,\nI took all my pills tonight and I want it to be over.").crisis
    assert signal is not None and signal.kind.value == "self_harm"


# --- the invitation plan -------------------------------------------------------------------------

PLAN = PlanFields(
    relationship=Relationship.HUSBAND,
    substance=Substance.ALCOHOL,
    reason="He hates the shakes in the morning.",
    moment="Sunday morning, when he's sober and rested.",
    who_asks="Me.",
    treatment_place="Riverside Recovery",
    treatment_phone="555 123 4567",
    treatment_when="Monday at 9",
    script="Greg, I love you. Will you come with me to Riverside on Monday at 9?",
    plan_b_no="Okay. Thank you for listening to me. The offer stands.",
    plan_b_walkout="I'll let him go and say I love you.",
    call_after="My sister.",
)


def test_a_good_plan_passes_every_check() -> None:
    report = check_plan(PLAN)
    assert all(c.ok for c in report.checks), report.checks
    assert report.crisis is None


@pytest.mark.parametrize(
    ("change", "failed"),
    [
        ({"reason": "He needs to stop before it kills him."}, "reason"),
        ({"moment": "Friday night when he comes home drunk."}, "moment"),
        ({"treatment_phone": ""}, "treatment"),
        ({"script": "You need to go to rehab."}, "script"),
        ({"script": "I love you, and I'm worried."}, "script"),
        ({"plan_b_no": "Then you're out of this house."}, "plan_b_no"),
        ({"plan_b_walkout": ""}, "plan_b_walkout"),
        ({"call_after": ""}, "call_after"),
    ],
)
def test_each_part_of_a_plan_is_checked(change: dict[str, str], failed: str) -> None:
    report = check_plan(PLAN.model_copy(update=change))
    assert [c.name for c in report.checks if not c.ok] == [failed]


def test_a_calm_moment_is_not_mistaken_for_a_fight() -> None:
    calm = check_plan(PLAN.model_copy(update={"moment": "Sunday morning, not after a fight, when he's sober."}))
    assert all(c.ok for c in calm.checks)


def test_the_safety_net_reads_the_plan() -> None:
    danger = PLAN.model_copy(update={"plan_b_walkout": "He has a gun in the truck and said he'd use it on me."})
    signal = check_plan(danger).crisis
    assert signal is not None and signal.kind.value == "violence"


@pytest.mark.parametrize(
    ("relationship", "substance", "scenario"),
    [
        (Relationship.HUSBAND, Substance.ALCOHOL, "invitation-refused-husband-alcohol"),
        (Relationship.WIFE, Substance.ALCOHOL, "invitation-refused-husband-alcohol"),
        (Relationship.DAUGHTER, Substance.OPIOIDS, "johnson-walkout-daughter-opioids"),
        (Relationship.SON, Substance.OPIOIDS, "johnson-walkout-daughter-opioids"),
        (Relationship.MOTHER, Substance.PILLS, "johnson-letter-interrupted-mother-pills"),
        (Relationship.FATHER, Substance.PILLS, "johnson-letter-interrupted-mother-pills"),
    ],
)
def test_the_rehearsal_plays_the_person_closest_to_theirs(
    relationship: Relationship, substance: Substance, scenario: str
) -> None:
    library = Library.load(SCENARIO_DIR)
    assert fitting_scenario(library.scenarios(), relationship, substance).id == scenario


def test_the_rehearsal_is_compared_with_the_plan_b() -> None:
    said = [("Okay. Thank you for listening to me.", Code.OT), ("You're a drunk.", Code.CO)]
    result = compare(PLAN, RefusalKind.SAYS_NO, said)
    assert [p.said for p in result.points] == [False, True, False]
    assert result.pushed == 1 and result.replies == 2 and result.treatment_named is False
    walked = compare(PLAN, RefusalKind.WALKS_OUT, [("I love you. Go if you need to.", Code.OT)])
    assert walked.plan_b == PLAN.plan_b_walkout and walked.points[0].said
