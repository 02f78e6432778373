# rollcall: `make run` serves the demo registry, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/rollcall

.PHONY: install run test test-sqlite test-postgres lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: install
	$(BIN)/rollcall init
	$(BIN)/rollcall demo
	$(BIN)/rollcall serve

lint: install
	$(BIN)/ruff check src tests bench

# The whole suite on SQLite, then every database test again on PostgreSQL
# (skipped with a reason when no server is reachable, an error under CI=true).
test: install lint test-sqlite test-postgres

test-sqlite: install
	$(BIN)/pytest -q

test-postgres: install
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -q -m database

bench: install
	$(BIN)/python bench/bench_counts.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
