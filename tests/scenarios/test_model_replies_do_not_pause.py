"""A scenario's model replies are what a learner is taught to say: none of them may pause the
practice as if the learner were in danger (a false alarm found this way: "you've decided how")."""

from __future__ import annotations

from dialogue.crisis import detect_crisis
from dialogue.library import Library
from scenarios import SCENARIO_DIR


def test_no_model_reply_pauses_the_practice() -> None:
    library = Library.load(SCENARIO_DIR)
    paused = [
        (scenario.id, name, reply.text)
        for scenario in library.scenarios()
        for name, state in scenario.states.items()
        for reply in state.model_replies
        if detect_crisis(reply.text) is not None
    ]
    assert not paused
