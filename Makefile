# Veilig in Beeld — the two commands: `make run` and `make test`.
# Both create .venv and install pinned requirements when needed; both are safe to repeat.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The demo site's own address (sitemap, canonical URLs, the admin link) follows HOST and PORT.
WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
export WAGTAILADMIN_BASE_URL

.PHONY: run test lint setup install install-test messages check-messages demo clean help bench check-pins restore-drill fuzz

help:
	@echo "make run    set up (venv, database, demo content, admin account) and serve http://$(HOST):$(PORT)"
	@echo "make test   run the whole test suite (SQLite, or DATABASE_URL when set)"
	@echo "make lint   ruff check, ruff format --check and the import layers (lint-imports; config in pyproject.toml)"
	@echo "make check-pins  the pins resolve for every supported Python (PIN_PYTHONS), without installing"
	@echo "make restore-drill  back up a database, restore it into a scratch one, check the site serves from it"
	@echo "make fuzz   the hostile-input property tests with new random examples, FUZZ_FACTOR (20) times as many"
	@echo "make bench  load benchmark with gunicorn and wrk (BENCH_SECONDS each, default 10) -> bench/results/<date>.md"

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files: reinstall only when a requirements file changed.
$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $(VENV)/.installed $@

# axe-core (browser accessibility checks) and vnu-jar (the Nu Html Checker); skipped where npm is missing.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the axe and HTML checks will be skipped"; fi

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test node_modules/.installed

# Compile locale/*/LC_MESSAGES/django.po with Babel (no system gettext needed).
messages: $(VENV)/.installed
	$(VENV)/bin/pybabel compile --domain django --directory locale --statistics

setup: install messages
	$(MANAGE) setup_database
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) simulate_awareness_answers --if-empty
	$(MANAGE) create_local_admin
	$(MANAGE) create_role_users

run: setup
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)  — stop with Ctrl+C"
	$(MANAGE) runserver $(HOST):$(PORT)

# The property tests try the same examples on every run here and in CI (tests/security/profiles.py).
test: install-test messages
	HYPOTHESIS_PROFILE=guard $(PY) -m pytest $(PYTEST_ARGS)

# The hostile-input property tests (tests/security/) with new random examples on every run and
# FUZZ_FACTOR (default 20) times as many as `make test` tries (tests/security/profiles.py: `make test`
# and CI use the derandomized "guard" profile). SQLite, or DATABASE_URL when set (add
# PYTEST_ARGS=--create-db the first time). A failure prints its example: add it as an @example.
fuzz: install-test messages
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/security tests/upstream/test_empty_search.py $(PYTEST_ARGS)

# Lint and format check with ruff (pyproject.toml); fix with: ruff check --fix . && ruff format .
# Then the layers between the apps (import-linter's contracts in pyproject.toml; docs/development.md).
lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# The pins must install on every Python the README names: Debian 12's own 3.11.2 (a wheel that needs
# 3.11.5 does not install there), 3.12 and 3.13. pip resolves them for each without installing anything.
PIN_PYTHONS ?= 3.11.2 3.12 3.13
check-pins: | $(VENV)/bin/python
	@set -e; target=$$(mktemp -d); trap 'rm -rf "$$target"' EXIT; \
	for version in $(PIN_PYTHONS); do \
	  for file in requirements.txt requirements-test.txt; do \
	    if $(PY) -m pip install --quiet --disable-pip-version-check --dry-run --ignore-installed \
	         --only-binary=:all: --python-version $$version --target "$$target" -r $$file >"$$target/log" 2>&1; \
	    then echo "Python $$version: $$file resolves"; \
	    else grep -v '^WARNING: Location' "$$target/log" | tail -5; echo "Python $$version: $$file does NOT resolve"; exit 1; fi; \
	  done; \
	done

# Restore drill (deploy/restore-drill.sh): dump DATABASE_URL's database, restore it into a scratch
# database with a unique name, check the site serves from it, drop the scratch database.
restore-drill: install messages
	PYTHON=$(abspath $(PY)) sh deploy/restore-drill.sh

# Load benchmark (bench/run.py): gunicorn with production settings, driven by wrk, on
# bench/.work/ (SQLite) or DATABASE_URL. Installs wrk with apt-get when run as root.
bench: install messages
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "wrk not found: apt-get install wrk"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else \
	    echo "wrk not found: install it with 'sudo apt-get install wrk' (Debian/Ubuntu), then run make bench again"; \
	    exit 1; \
	  fi; }
	$(PY) bench/run.py

demo: install messages
	$(MANAGE) setup_database
	$(MANAGE) load_demo_content --reset
	$(MANAGE) simulate_awareness_answers --if-empty

clean:
	rm -rf $(VENV) node_modules static_collected .test-media .test-artifacts .pytest_cache
