"""The cookie-signing key: real `rapport serve` processes refuse to start in production without a
real RAPPORT_SECRET_KEY, start with one, and the container's entry point makes one per install."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from app.web.security import MIN_SECRET_KEY, secret_key_problem
from tests.live import ROOT, LiveServer, free_port, migrate

pytestmark = [pytest.mark.subprocess]  # every test starts the server or the entry point

GOOD_KEY = "Vq3x8-LpZ2mR7tNw0bK5yH1cJ4fD9gSa6eUiOo_TqWx"  # 43 random characters, like token_urlsafe(32)
ENTRYPOINT = ROOT / "tools" / "docker-entrypoint"
MAKE_A_KEY = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'


def _env(data: Path, **extra: str) -> dict[str, str]:
    """This machine's environment without any RAPPORT_ setting, plus the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"  # `python` for the entry point
    env.update(RAPPORT_DATABASE_URL=f"sqlite:///{data / 'rapport.db'}", RAPPORT_DATA_DIR=str(data), **extra)
    return env


def _serve(data: Path, port: int, *, prefix: tuple[str, ...] = (), **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*prefix, sys.executable, "-m", "app", "serve", "--port", str(port)],
        cwd=ROOT,
        env=_env(data, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture
def data(tmp_path: Path, migrated_database: Path) -> Path:
    """A data folder with an up-to-date database and nothing else."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(migrated_database, folder / "rapport.db")
    return folder


def _answers(process: subprocess.Popen[str], port: int) -> bool:
    """Wait until the server answers (True) or exits (False)."""
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/scenarios", timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError("the server neither answered nor exited")


@pytest.fixture
def running() -> Iterator[list[subprocess.Popen[str]]]:
    """Servers a test started; stopped at the end whatever happened."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


BAD_KEYS = [
    ("", "RAPPORT_SECRET_KEY is not set."),
    ("change-me", "is an example value"),
    ("changeme", "is an example value"),
    ("secret", "is an example value"),
    ("CHANGE_ME", "is an example value"),
    ("change-me-to-a-long-random-string-please", "is an example value"),  # long, but from a template
    ("paste-your-generated-key-here-0123456789", "is an example value"),
    ("k3Jx9-vQ2mP8sLw4ZtR7", "is 20 characters long; it needs at least 32."),
    ("ab" * 20, "repeats a few characters"),
]


@pytest.mark.parametrize(("key", "reason"), BAD_KEYS, ids=[k or "empty" for k, _ in BAD_KEYS])
def test_production_refuses_to_start_without_a_real_key(data: Path, key: str, reason: str) -> None:
    port = free_port()
    process = _serve(data, port, RAPPORT_ENV="production", RAPPORT_SECRET_KEY=key)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 1, output
    assert "Rapport will not start with RAPPORT_ENV=production" in output
    assert reason in output
    assert MAKE_A_KEY in output and "set it as RAPPORT_SECRET_KEY" in output
    assert "Traceback" not in output
    assert not (data / "secret_key").exists(), "production never makes a key of its own"
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/", timeout=2)


def test_production_starts_with_a_good_key_and_its_cookie_is_secure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert secret_key_problem(GOOD_KEY) is None
    monkeypatch.setenv("RAPPORT_ENV", "production")
    monkeypatch.setenv("RAPPORT_SECRET_KEY", GOOD_KEY)
    live = LiveServer(tmp_path / "rapport.db").start()
    try:
        page = httpx.get(f"{live.base}/login", timeout=10)
        assert page.status_code == 200
        assert "; secure" in page.headers["set-cookie"]
    finally:
        live.stop()
    assert not (tmp_path / "secret_key").exists()


def test_an_unknown_rapport_env_is_refused_with_what_to_use(data: Path) -> None:
    process = _serve(data, free_port(), RAPPORT_ENV="prod", RAPPORT_SECRET_KEY=GOOD_KEY)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "'development' or 'production'" in output and "Fix the variable named above" in output


def test_uvicorn_on_its_own_refuses_a_weak_key_too(data: Path) -> None:
    """The check is in the app, not only in `rapport serve`."""
    done = subprocess.run(
        [sys.executable, "-m", "uvicorn", "--factory", "app.main:create_app", "--port", str(free_port())],
        cwd=ROOT,
        env=_env(data, RAPPORT_ENV="production", RAPPORT_SECRET_KEY="change-me"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "RAPPORT_SECRET_KEY is an example value" in done.stderr


def test_development_still_makes_a_private_key_once(data: Path, running: list[subprocess.Popen[str]]) -> None:
    first = _serve(data, port := free_port())
    running.append(first)
    assert _answers(first, port)
    key_file = data / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text()
    assert len(key.strip()) >= MIN_SECRET_KEY and secret_key_problem(key.strip()) is None


# --- the container's entry point (tools/docker-entrypoint), run as the image runs it -----------------


def test_the_entry_point_makes_one_random_key_per_install_and_production_accepts_it(
    data: Path, running: list[subprocess.Popen[str]]
) -> None:
    first = _serve(data, port := free_port(), prefix=(str(ENTRYPOINT),), RAPPORT_ENV="production")
    running.append(first)
    assert _answers(first, port), "the image's command starts with no key given"
    key_file = data / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert secret_key_problem(key) is None
    first.terminate()
    output, _ = first.communicate(timeout=30)
    assert "a random one was made for this install" in output and str(key_file) in output
    assert key not in output

    again = _serve(data, port := free_port(), prefix=(str(ENTRYPOINT),), RAPPORT_ENV="production")
    running.append(again)
    assert _answers(again, port)
    assert key_file.read_text().strip() == key, "a restart keeps the same key (sign-ins survive)"

    other = data.parent / "another-install"
    other.mkdir()
    migrate(other / "rapport.db")
    third = _serve(other, port := free_port(), prefix=(str(ENTRYPOINT),), RAPPORT_ENV="production")
    running.append(third)
    assert _answers(third, port)
    assert (other / "secret_key").read_text().strip() != key, "never a shared default"


def test_the_entry_point_never_replaces_a_key_you_give(data: Path) -> None:
    process = _serve(
        data, free_port(), prefix=(str(ENTRYPOINT),), RAPPORT_ENV="production", RAPPORT_SECRET_KEY="given-but-short"
    )
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 1 and "is 15 characters long" in output
    assert not (data / "secret_key").exists()


def test_the_entry_point_says_what_to_do_when_it_cannot_write_the_key(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    done = subprocess.run(
        [str(ENTRYPOINT), "true"],
        env=_env(blocked / "data"),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 1
    assert "Mount a writable volume there, or set RAPPORT_SECRET_KEY" in done.stderr


def test_the_image_runs_in_production_through_the_entry_point_and_compose_demands_a_key() -> None:
    lines = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines()]
    assert "RAPPORT_ENV=production" in lines
    assert "COPY tools/docker-entrypoint /usr/local/bin/rapport-entrypoint" in lines
    assert 'ENTRYPOINT ["rapport-entrypoint"]' in lines
    assert os.access(ENTRYPOINT, os.X_OK)
    app = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["app"]
    assert app["environment"]["RAPPORT_ENV"] == "production"
    assert app["environment"]["RAPPORT_SECRET_KEY"].startswith("${RAPPORT_SECRET_KEY:?")
    assert "secrets.token_urlsafe(48)" in app["environment"]["RAPPORT_SECRET_KEY"]
