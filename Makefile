# The portal's two commands: `make run` (set up and serve) and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# Any Python 3.12+ on the machine; pyenv's 3.12 by absolute path when shims are not on PATH (CI).
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 /root/.pyenv/versions/3.12.1/bin/python3.12 python3; do \
	  command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; \
	done)
TEST_ENV := DJANGO_SECRET_KEY=test-only-secret-key-not-for-production DJANGO_DEBUG=0 KSORS_TASKS=immediate

.PHONY: run test install lint check browser-deps messages clean

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Нужен Python 3.12 или новее (python3.12 не найден)."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

run: install
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py load_demo
	DJANGO_DEBUG=1 $(PY) manage.py demo_account
	@echo "Портал: http://127.0.0.1:8000"
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: install browser-deps
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .

check: install
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run

# Browser tests drive Debian's Chromium; never `playwright install` (it downloads and fails here).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Устанавливаю Chromium из пакетов Debian для браузерных тестов…"; \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq && apt-get install -y -qq chromium >/dev/null); \
	  else (sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null); fi || \
	  echo "Chromium не установлен: браузерные тесты будут пропущены."; }

messages: install
	DJANGO_DEBUG=1 $(PY) manage.py makemessages -l en --no-obsolete --ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'tests/*' --ignore 'bench/*'
	DJANGO_DEBUG=1 $(PY) manage.py compilemessages -l en --ignore '.venv/*'

clean:
	rm -rf $(VENV) var staticfiles tests/screenshots
