# rollcall: `make run` serves the demo registry, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/rollcall

CHROMIUM := /usr/bin/chromium

.PHONY: install run test test-sqlite test-postgres lint bench browser screenshots score clean

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
test: install browser lint test-sqlite test-postgres

# Browser tests drive Debian's Chromium (never a browser download). As root with
# apt-get, install it when missing; otherwise those tests skip with the reason.
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "no $(CHROMIUM): browser tests will be skipped (apt-get install chromium)"; fi; \
	fi

screenshots: install browser
	ROLLCALL_SCREENSHOTS=docs $(BIN)/pytest -q tests/browser

test-sqlite: install
	$(BIN)/pytest -q

test-postgres: install
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -q -m database

bench: install
	$(BIN)/python bench/bench_counts.py
	$(BIN)/python bench/bench_names.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_ingest.py

# Extraction quality: the shared dev corpus, then each of our held-out sets (see
# corpus/README.md for which ones have been looked at while developing).
SCORE_CMD := $(BIN)/rollcall extract --json {path} --published {published}
HELDOUT := $(sort $(wildcard corpus/heldout-*))
score: install
	$(PYTHON) ../shared/eval/score.py --cmd '$(SCORE_CMD)' ../shared/corpus/dev
	@for set in $(HELDOUT); do echo "== $$set"; \
		$(PYTHON) ../shared/eval/score.py --cmd '$(SCORE_CMD)' $$set || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
