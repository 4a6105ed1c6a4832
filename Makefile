# Rapport: two commands on a fresh machine.
#   make run   - create .venv if needed, install, serve on http://127.0.0.1:8000 (SQLite)
#   make test  - install what the tests need (Python packages, Debian chromium and postgresql) and run them all
#   make check - while editing: ruff, mypy, the import layers and the fast tests (no server, browser,
#                PostgreSQL or other process), in a few minutes
#   make docker-check - build the Dockerfile (buildah) and check the image answers (not part of make test)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install install-test run test check fast lint typecheck pytest bench load memory eval train-coder train-safety gates docs fuzz-api crash-loop docker-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The stamps make `make install` idempotent: nothing is reinstalled until pyproject.toml changes.
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test
	@tools/ensure-chromium
	@tools/ensure-postgres

# --upgrade creates or upgrades the embedded SQLite database's tables before serving.
run: install
	$(BIN)/rapport serve --host $(HOST) --port $(PORT) --upgrade

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: install-test
	$(BIN)/python -m pytest

test: install-test lint typecheck pytest

# The fast tier: everything that starts no server, browser, PostgreSQL or other process.
FAST := not (server or browser or postgres or subprocess)

fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest -m "$(FAST)"

check: $(VENV)/.installed-test lint typecheck fast

bench: install
	$(BIN)/python bench/coder_throughput.py

load: $(VENV)/.installed-test
	$(BIN)/python bench/ws_load.py

memory: install
	$(BIN)/python bench/memory.py

# Schemathesis against a live server with a fresh seed and 200 examples per operation (make test runs 25, seeded).
fuzz-api: install-test
	RAPPORT_FUZZ_EXAMPLES=200 RAPPORT_FUZZ_SEED=random $(BIN)/python -m pytest tests/app/test_openapi_fuzz.py

# SIGKILL the server at random moments while conversations play; check nothing is lost (bench/crash_loop.py).
crash-loop: install-test
	$(BIN)/python bench/crash_loop.py

# Rebuild the coder's learned layer from the project's own tuning replies (tools/train_coder.py).
train-coder: install-test
	$(BIN)/python tools/train_coder.py

# Rebuild the safety net's learned layer from the project's own danger and safe lines (tools/train_safety.py).
train-safety: install-test
	$(BIN)/python tools/train_safety.py

# Write docs/openapi.json and docs/socket.schema.json from the code (tools/write_docs.py);
# tests/app/test_contracts.py fails while they are out of date.
docs: install
	$(BIN)/python tools/write_docs.py

# Work out the phrase tables' word gates again (tools/gate_words.py writes dialogue/coding/gates.json).
# Run it after changing any pattern; tests/dialogue/test_gate_data.py says when it is due.
gates: install
	$(BIN)/python tools/gate_words.py

eval: install
	$(BIN)/python ../shared/tools/eval_coder.py ../shared/data/annomi-dev.jsonl --cmd "$(BIN)/rapport code -"
	$(BIN)/python ../shared/tools/eval_coder.py ../shared/data/welivita-mi-dev.jsonl --cmd "$(BIN)/rapport code -"

docker-check:
	../shared/tools/container-check /api/scenarios

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
