"""The `rapport` command through Typer's runner, in this process (no process boundary matters
for these; tests/app/test_review.py, test_schema.py and test_accounts.py run it as a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli.commands import cli
from dialogue.library import Library
from dialogue.scenario import RefusalKind
from scenarios import SCENARIO_DIR

RAPPORT = [sys.executable, "-m", "app"]


def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """`rapport ARGS` with `stdin`, as a finished process: its exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args), input=stdin, env=env)
    return subprocess.CompletedProcess(["rapport", *args], result.exit_code, result.stdout_bytes, result.stderr_bytes)


@pytest.mark.subprocess
def test_the_installed_entry_point_runs() -> None:
    done = subprocess.run([*RAPPORT, "--help"], capture_output=True, timeout=60)
    assert done.returncode == 0 and b"practise hard conversations" in done.stdout


def test_help_for_every_command() -> None:
    for args in (
        ["--help"],
        ["code", "--help"],
        ["practice", "--help"],
        ["scenarios", "list", "--help"],
        ["scenarios", "validate", "--help"],
        ["scenarios", "graph", "--help"],
        ["scenarios", "stats", "--help"],
    ):
        assert run(*args).returncode == 0, args


def test_code_reads_json_lines_and_keeps_order() -> None:
    lines = [
        {"id": "a", "text": "You're an alcoholic.", "extra": 1},
        {"id": 2, "text": "What's been hardest?", "context": [{"speaker": "client", "text": "I'm tired."}]},
    ]
    out = run("code", "-", stdin="\n".join(json.dumps(x) for x in lines).encode())
    assert out.returncode == 0, out.stderr
    got = [json.loads(x) for x in out.stdout.decode().splitlines()]
    assert [g["id"] for g in got] == ["a", 2]
    assert got[0] | {"confidence": 0} == {
        "id": "a",
        "code": "CO",
        "mi_adherence": "non_adherent",
        "confidence": 0,
        "evidence": "you're an alcoholic",
        "label": "confronting",
        "roadblock": "shaming or labelling",
        "crisis": None,
    }
    assert got[1]["code"] == "OQ" and 0 <= got[1]["confidence"] <= 1


def test_code_reports_someone_in_danger() -> None:
    lines = [
        {"id": 1, "text": "sorry cant do this rn he just shoved me into the wall"},
        {
            "id": 2,
            "text": "when u said u wanted to die, did u mean it",
            "context": [{"speaker": "client", "text": "I want to die."}],
        },
    ]
    out = run("code", "-", stdin="\n".join(json.dumps(x) for x in lines).encode())
    got = [json.loads(x) for x in out.stdout.decode().splitlines()]
    assert got[0]["crisis"]["kind"] == "violence" and "shoved me" in got[0]["crisis"]["evidence"]
    assert got[1]["crisis"] is None  # role-play: asking the loved one about their words


def test_code_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    bad = b"\n".join(
        [
            b'{"id": 1, "text": "Tell me more."}',
            b"not json",
            b'{"id": 3}',
            b'{"id": 4, "text": "   "}',
            b'{"id": 5, "text": "' + b"x " * 12000 + b'"}',
            b'{"id": 6, "text": "caf\xe9"}',
            b'{"id": 7, "text": "ok", "context": [{"speaker": "nurse", "text": "hi"}]}',
            b'{"id": 8, "text": "So you feel stuck."}',
        ]
    )
    path = tmp_path / "in.jsonl"
    path.write_bytes(bad)
    out = run("code", str(path))
    assert out.returncode == 1
    records = [json.loads(x) for x in out.stdout.decode().splitlines()]
    assert [r.get("code") for r in records] == ["OQ", None, None, None, None, None, None, "CR"]
    err = out.stderr.decode()
    for needle in (
        "line 2: not JSON",
        'line 3: has no "text"',
        "line 4: The reply is empty",
        "line 5: The reply is",
        "line 6: not valid UTF-8",
        "line 7: context item 0 has speaker 'nurse'",
        "6 line(s) could not be coded",
    ):
        assert needle in err


@pytest.mark.subprocess
def test_code_with_several_processes_keeps_order_and_reports_every_bad_line(tmp_path: Path) -> None:
    """More than one chunk of input goes to worker processes; what comes out is what one process
    writes, in the same order, and a bad line in any chunk is reported (a real process: forks)."""
    texts = ["So you feel stuck.", "You need rehab.", "What's been hardest?", "he just shoved me into the wall rn"]
    lines = [json.dumps({"id": i, "text": f"{texts[i % 4]} ({i})"}).encode() for i in range(4500)]
    lines[10] = lines[2600] = b"not json"
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    outs = [
        subprocess.run([*RAPPORT, "code", str(path), "--jobs", jobs], capture_output=True, timeout=300) for jobs in "21"
    ]
    assert outs[0].stdout == outs[1].stdout and outs[0].returncode == outs[1].returncode == 1
    records = [json.loads(x) for x in outs[0].stdout.decode().splitlines()]
    assert [r.get("id") for r in records if "error" not in r] == [i for i in range(4500) if i not in (10, 2600)]
    assert [r["line"] for r in records if "error" in r] == [11, 2601]
    assert records[3]["crisis"]["kind"] == "violence" and records[1]["code"] == "PE"
    err = outs[0].stderr.decode()
    assert "line 11: not JSON" in err and "line 2601: not JSON" in err and "2 line(s) could not be coded" in err


def test_code_missing_file() -> None:
    out = run("code", "/no/such/file.jsonl")
    assert out.returncode == 2 and b"Cannot read" in out.stderr


def test_scenarios_list_validate_stats_graph() -> None:
    listed = run("scenarios", "list").stdout.decode()
    assert "johnson-son-denial" in listed and "family" in listed and "Danny Reyes" in listed
    assert run("scenarios", "validate").stdout.startswith(b"ok:")
    stats = run("scenarios", "stats").stdout.decode()
    assert "model replies" in stats.splitlines()[0]
    graph = run("scenarios", "graph", "johnson-son-denial").stdout.decode()
    assert "stateDiagram-v2" in graph and "ambushed --> guarded" in graph


def test_scenarios_validate_rejects_a_broken_file(tmp_path: Path) -> None:
    text = (SCENARIO_DIR / "johnson-son-denial.yaml").read_text().replace("    moves:", "    moevs:", 1)
    broken = tmp_path / "johnson-son-denial.yaml"
    broken.write_text(text)
    out = run("scenarios", "validate", str(broken))
    assert out.returncode == 1
    assert f"{broken}:".encode() in out.stderr and b"unknown key 'moevs'" in out.stderr


def test_unknown_scenario() -> None:
    out = run("scenarios", "graph", "nope")
    assert out.returncode == 2 and b"There is no scenario 'nope'" in out.stderr


@pytest.mark.parametrize("mode", ["coach", "exam"])
def test_practice_end_to_end(mode: str) -> None:
    replies = "\n".join(
        [
            "It feels like we ganged up on you, and that's the last thing I wanted.",
            "",
            "You don't have to agree with anything today. I'm just asking you to hear us out.",
            "/end",
        ]
    )
    out = run("practice", "johnson-son-denial", "--seed", "5", "--mode", mode, stdin=replies.encode())
    text = out.stdout.decode()
    assert out.returncode == 0, out.stderr
    assert "Danny:" in text and "How it went" in text and "Reflections to questions" in text
    assert "The reply is empty" in text
    assert ("complex reflection (CR)" in text) is (mode == "coach")


def test_practice_to_an_ending_and_end_of_input() -> None:
    out = run(
        "practice",
        "johnson-son-denial",
        "--seed",
        "1",
        "--difficulty",
        "hard",
        stdin=b"You're a drunk.\nYou're a drunk.\n",
    )
    text = out.stdout.decode()
    assert "walked out" in text and "non-adherent 2" in text


def test_practice_rejects_a_bad_mode() -> None:
    out = run("practice", "johnson-son-denial", "--mode", "quiz")
    assert out.returncode == 2 and b"--mode coach" in out.stderr


def test_practice_stops_for_someone_in_danger_and_shows_the_same_help() -> None:
    typed = b"hi danny\nhonestly i just want to die\nhello?\n/resume\nIt feels like we ambushed you.\n/end\n"
    out = run("practice", "johnson-son-denial", "--seed", "3", stdin=typed)
    text = out.stdout.decode()
    assert out.returncode == 0, out.stderr
    assert "Let's pause the practice" in text and "988" in text and "1-800-662-4357" in text
    assert text.index("988") < text.index("1-800-662-4357")  # self-harm: the crisis line first
    assert text.count("The practice is paused.") >= 2  # "hello?" is not played while paused
    assert "Carrying on" in text
    assert "Replies: 2" in text  # the danger line and "hello?" were never played


def test_practice_shows_violence_help_first_for_violence() -> None:
    out = run("practice", "johnson-son-denial", "--seed", "3", stdin=b"sorry he just punched me again\n/end\n")
    text = out.stdout.decode()
    assert text.index("Domestic Violence Hotline") < text.index("988")


def test_practice_undo_takes_back_the_last_reply_even_after_a_walk_out() -> None:
    typed = b"You are a drunk and everyone knows it\nyou need rehab, end of story\n/undo\n/undo\n"
    typed += b"It feels like we ganged up on you, and that is the last thing I wanted.\n/end\n"
    out = run("practice", "johnson-son-denial", "--seed", "3", stdin=typed)
    text = out.stdout.decode()
    assert out.returncode == 0
    assert text.count("Taken back:") == 2 and "/undo takes back your last reply" in text
    assert "Replies: 1 " in text and "2 replies taken back and tried again" in text
    assert "You stopped before the conversation ended" in text  # the walk-out was undone


def test_exam_mode_has_no_undo() -> None:
    out = run("practice", "johnson-son-denial", "--seed", "3", "--mode", "exam", stdin=b"Hello son.\n/undo\n/end\n")
    assert "Exam mode has no undo" in out.stdout.decode()
    assert "Replies: 1 " in out.stdout.decode()


def test_practice_can_open_with_a_refusal_to_rehearse_a_plan_b() -> None:
    scenario = "invitation-refused-husband-alcohol"
    out = run("practice", scenario, "--seed", "2", "--refusal", "walks_out", stdin=b"/end\n")
    text = out.stdout.decode()
    assert out.returncode == 0, out.stderr
    opening = Library.load(SCENARIO_DIR).get(scenario).refusals[RefusalKind.WALKS_OUT].opening
    assert any(f"Greg: {variant}" in text for variant in opening.variants)
    none = run("practice", "johnson-son-denial", "--refusal", "angry")
    assert none.returncode == 2 and b"has no refusal openings" in none.stderr


# --- rapport letter ----------------------------------------------------------------------------

LETTER = (
    "Dear Sam,\nI love you and I remember teaching you to swim at the lake.\n"
    "You're a drunk and you always ruin everything.\n"
    "Last Friday I saw you asleep in the car with the engine running, and I was terrified.\n"
    "At Emma's graduation your seat was empty, and I felt so alone.\n"
    "I'm asking you to go to Hope House today.\n"
    "If you decide not to go, I won't lend you money any more.\n"
)


def test_letter_prints_the_checks_and_each_sentence_with_a_kinder_way(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    out = run("letter", str(letter))
    text = out.stdout.decode()
    assert out.returncode == 0, out.stderr
    assert text.startswith("Your letter: 7 sentences")
    assert "✗ A label." in text and "Kinder:" in text and "[your bottom line]" in text and "[your ask]" in text
    assert '! It says "always" or "never"' in text and "✓ It makes one clear ask" in text


def test_letter_json_follows_the_contract() -> None:
    out = run("letter", "-", "--json", stdin=LETTER.encode())
    data = json.loads(out.stdout)
    assert set(data) == {"sentences", "checks", "words", "crisis"} and data["crisis"] is None
    first = data["sentences"][0]
    assert {"index", "text", "code", "mi_adherence", "roadblock", "feedback", "suggestion"} <= set(first)
    flagged = [s for s in data["sentences"] if s["flag"]]
    assert [(s["index"], s["flag"], s["code"]) for s in flagged] == [(3, "label", "CO")]
    assert flagged[0]["suggestion"] and flagged[0]["mi_adherence"] == "non_adherent"
    assert [c["name"] for c in data["checks"]] == [
        "opens_with_love", "incidents", "no_harm", "one_clear_ask", "bottom_line", "length"
    ]  # fmt: skip
    assert all(set(c) == {"name", "ok", "message"} for c in data["checks"])


def test_letter_shows_help_first_when_someone_may_be_in_danger() -> None:
    typed = b"Dear Mum,\nI took all my pills tonight and I want it to be over.\n"
    text = run("letter", "-", stdin=typed).stdout.decode()
    assert text.index("988") < text.index("Your letter:")
    out = run("letter", "-", "--json", stdin=typed)
    assert json.loads(out.stdout)["crisis"]["kind"] == "self_harm" and b"988" in out.stderr


def test_letter_refuses_what_it_cannot_read_with_what_to_do(tmp_path: Path) -> None:
    missing = run("letter", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and b"Cannot read" in missing.stderr
    (tmp_path / "latin1.txt").write_bytes("Liebe Mutter, ich vermisse dich. Gr\xfc\xdfe".encode("latin-1"))
    latin = run("letter", str(tmp_path / "latin1.txt"))
    assert latin.returncode == 2 and b"not UTF-8" in latin.stderr
    empty = run("letter", "-", stdin=b"  \n")
    assert empty.returncode == 2 and b"empty" in empty.stderr
    long = run("letter", "-", stdin=b"I love you. " * 3000)
    assert long.returncode == 2 and b"cut it down" in long.stderr
