"""`rapport code`: JSON Lines in, one coding per line out (the contract in DESIGN.md)."""

from __future__ import annotations

import itertools
import json
import math
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from dialogue.coding import CodingContext, ReplyError, Said, code_reply
from dialogue.crisis import detect_crisis

SPEAKERS = ("client", "therapist")


@dataclass(frozen=True)
class LineResult:
    """The output record for one input line, and an error message when the line failed."""

    record: dict[str, Any]
    error: str | None = None


class LineError(ValueError):
    """An input line that cannot be coded; the message says what is wrong with it."""


CHUNK = 2000
"""Input lines coded in this process before worker processes are worth starting."""
BLOCK = 1 << 18
"""Bytes of input handed to a worker at a time (about a thousand replies: big enough that handing
them over costs little, small enough to keep both workers busy to the end)."""


@dataclass(frozen=True)
class Coded:
    """Output lines as written (JSON, one per input line, each with its newline), and the error
    messages of the lines that failed."""

    text: str
    errors: tuple[str, ...] = ()


def code_stream(stream: BinaryIO, explain: bool = False, jobs: int = 1) -> Iterator[Coded]:
    """Code every line of a stream, in order, with `jobs` processes once there is more than a
    chunk of input, yielding the output a piece at a time.

    Workers are forked, so they start with the coder already loaded. They get the input as blocks
    of whole lines and write their own JSON, so this process only reads and writes. A short input,
    or `jobs` 1, is coded here, line by line as lines arrive (standard input may be a live pipe)."""
    numbered = enumerate(stream, start=1)
    first = list(itertools.islice(numbered, CHUNK))
    if jobs <= 1 or len(first) < CHUNK:
        yield _code_chunk(first, explain)
        for item in numbered:
            yield _code_chunk([item], explain)
        return
    blocks = itertools.chain([(1, b"".join(raw for _, raw in first))], _blocks(stream, len(first) + 1))
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        yield from pool.imap(partial(_code_block, explain=explain), blocks)


def _blocks(stream: BinaryIO, number: int) -> Iterator[tuple[int, bytes]]:
    """The rest of the stream as blocks of whole lines, each with the number of its first line."""
    while block := stream.read(BLOCK):
        if not block.endswith(b"\n"):
            block += stream.readline()  # finish the last line
        yield number, block
        number += block.count(b"\n")


def _code_block(numbered_block: tuple[int, bytes], explain: bool) -> Coded:
    number, block = numbered_block
    lines = block.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()  # the newline that ends the block ends a line; nothing follows it
    return _code_chunk(list(enumerate(lines, start=number)), explain)


def _code_chunk(chunk: list[tuple[int, bytes]], explain: bool) -> Coded:
    results = list(_code_numbered(chunk, explain))
    return Coded(
        "".join([dumps(result.record) + "\n" for result in results]),
        tuple(result.error for result in results if result.error),
    )


def code_lines(lines: Iterable[bytes], explain: bool = False) -> Iterator[LineResult]:
    """Code every line in this process; a bad line gives an error record and the others go on."""
    return _code_numbered(enumerate(lines, start=1), explain)


def _code_numbered(numbered: Iterable[tuple[int, bytes]], explain: bool) -> Iterator[LineResult]:
    for number, raw in numbered:
        if not raw.strip():
            continue
        item_id: Any = None
        try:
            item = _parse(raw, number)
            item_id = _echoable(item.get("id"))
            record = _code(item, number, explain)
        except LineError as exc:
            message = f"line {number}: {exc}"
            yield LineResult({"id": item_id, "line": number, "error": message}, message)
            continue
        except Exception as exc:  # a fault in the coder must not cost the lines after this one
            message = (
                f"line {number}: could not be coded because of a bug in Rapport ({type(exc).__name__}); "
                "please report it with this line"
            )
            yield LineResult({"id": item_id, "line": number, "error": message}, message)
            continue
        yield LineResult(record)


def _parse(raw: bytes, number: int) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LineError(f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    text = text.removeprefix("\ufeff")  # the byte order mark some editors put before the first line
    try:
        item = json.loads(text, parse_constant=_not_json)
    except json.JSONDecodeError as exc:
        raise LineError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise LineError("nested too deeply to read ([ or { inside each other hundreds of times)") from None
    except LineError:
        raise
    except ValueError:  # Python refuses to read integers this long (a guard against slow input)
        limit = sys.get_int_max_str_digits()
        raise LineError(f"has a number with more than {limit:,} digits; write a long id as a string") from None
    if not isinstance(item, dict):
        raise LineError('expected a JSON object like {"id": 1, "text": "..."}')
    return item


def _not_json(name: str) -> Any:
    raise LineError(f"{name} is not JSON; use a number or a string")


def _echoable(value: Any) -> Any:
    """The id as it can be written back, or None: JSON has no infinity (1e999 reads as one)."""
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _code(item: dict[str, Any], number: int, explain: bool) -> dict[str, Any]:
    item_id = item.get("id")
    if item_id is not None and _echoable(item_id) is None:
        raise LineError('"id" is a number too large to write back as JSON; give the id as a string')
    text = item.get("text")
    if not isinstance(text, str):
        raise LineError('has no "text" string: give the reply to code as "text"')
    ctx = CodingContext(history=_history(item.get("context", [])))
    try:
        coding = code_reply(text, ctx)
    except ReplyError as exc:
        raise LineError(str(exc)) from None
    record: dict[str, Any] = {
        "id": item_id,
        "code": coding.code.value,
        "mi_adherence": coding.adherence.value,
        "confidence": coding.confidence,
        "evidence": coding.evidence,
        "label": coding.label,
        "roadblock": coding.roadblock.value if coding.roadblock else None,
        "crisis": _crisis(text),
    }
    if explain:
        record["feedback"] = coding.feedback
        record["suggestion"] = coding.suggestion
        record["utterances"] = [{"text": u.text, "code": u.code.value} for u in coding.units]
    return record


def _crisis(text: str) -> dict[str, str] | None:
    """The safety net's reading of the reply: someone who may be in danger, or None."""
    signal = detect_crisis(text)
    return None if signal is None else {"kind": signal.kind.value, "evidence": signal.evidence}


def _history(context: Any) -> tuple[Said, ...]:
    if context is None:
        return ()
    if not isinstance(context, list):
        raise LineError('"context" must be a list of {"speaker": "client"|"therapist", "text": ...}')
    history: list[Said] = []
    for i, said in enumerate(context):
        if not isinstance(said, dict) or not isinstance(said.get("text"), str):
            raise LineError(f'context item {i} needs a "text" string')
        speaker = said.get("speaker")
        if speaker not in SPEAKERS:
            raise LineError(f'context item {i} has speaker {_short(speaker)}; expected "client" or "therapist"')
        history.append(Said("client" if speaker == "client" else "therapist", said["text"]))
    return tuple(history)


def _short(value: Any) -> str:
    """A value as a message quotes it: never more than a few dozen characters."""
    if isinstance(value, dict | list):
        return f"a {'JSON object' if isinstance(value, dict) else 'list'}"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def dumps(record: dict[str, Any]) -> str:
    """One output line. Text stays readable; half a character (a lone surrogate, which JSON
    input can carry as "\\ud800") is written as that escape, since UTF-8 cannot hold it."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record)
    return line


def _objects(file: Path) -> list[dict[str, Any]]:
    """One JSON object per non-blank line, or ValueError naming the first line that is not one."""
    objects: list[dict[str, Any]] = []
    for number, line in enumerate(file.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            item = None
        if not isinstance(item, dict):
            raise ValueError(f"line {number} of {file} is not a JSON object; write one object per line")
        objects.append(item)
    return objects


def agreement_report(file: Path, predictions: Path | None = None) -> str:
    """Kappa and a confusion matrix for reviewed replies against the coder's codes."""
    from dialogue.agreement import agreement

    items = _objects(file)
    missing = [i + 1 for i, item in enumerate(items) if not isinstance(item.get("human_code"), str)]
    if missing:
        raise ValueError(f'line(s) {missing[:5]} of {file} have no human_code (a code such as "CR")')
    if predictions is not None:
        coded = {r.get("id"): r.get("code") for r in _objects(predictions)}
    else:
        lines = (json.dumps(item).encode() for item in items)
        coded = {r.record.get("id"): r.record.get("code") for r in code_lines(lines)}
    pairs = [(str(coded.get(item.get("id")) or "OT"), str(item["human_code"])) for item in items]
    result = agreement(pairs)
    kappa = "undefined" if result.kappa is None else f"{result.kappa:.3f}"
    out = [
        f"{result.n} reviewed replies; agreement {result.observed:.1%}; Cohen's kappa {kappa} ({result.describe()})",
        "confusion (rows: coder, columns: human)",
        "      " + " ".join(f"{c:>4}" for c in result.codes),
    ]
    out += [f"{a:>4}  " + " ".join(f"{result.count(a, h):>4}" for h in result.codes) for a in result.codes]
    return "\n".join(out)
