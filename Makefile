# The entry point: `make run` serves the portal with the seed articles, `make test` runs the suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export PYTHONIOENCODING := utf-8
export PYTHONUTF8 := 1

.PHONY: run serve test ci setup browser loadgen migrate load reset-db bench bench-pages eval clean backup restore

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

migrate: setup
	$(MANAGE) migrate --noinput

load: migrate
	$(MANAGE) load_articles --publish

run: load
	$(MANAGE) runserver 127.0.0.1:8000

# As in production: gunicorn, 2 workers, DEBUG off, static files from whitenoise's manifest.
# Production settings need SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL: local defaults are given here.
SERVE_ENV = DJANGO_SETTINGS_MODULE=showcase.settings.production \
	SECRET_KEY="$${SECRET_KEY:-local-serve-$$(hostname)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	DATABASE_URL="$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3}"
WORKERS ?= 2
BIND ?= 127.0.0.1:8000

serve: load
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput -v0
	$(SERVE_ENV) $(VENV)/bin/gunicorn showcase.wsgi --workers $(WORKERS) --bind $(BIND) \
	  --timeout 30 --graceful-timeout 30 --max-requests 2000 --max-requests-jitter 200 --access-logfile -

# Headless Chromium, its driver and a CJK font for the browser tests (Debian packages; needs root).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list :lang=zh | grep -q . \
	  || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null; }

test: setup browser
	$(MANAGE) makemigrations --check --dry-run --settings=showcase.settings.test
	$(MANAGE) test --settings=showcase.settings.test --parallel 1 --noinput

ci:
	.ci/run

# The database as JSON and the uploaded photos, into backups/showcase-<time>/ (works for SQLite and PostgreSQL).
backup: setup
	$(MANAGE) backup --output backups

# make restore BACKUP=backups/showcase-20260101-120000 — empties the database first (asks unless YES=1).
restore: migrate
	@test -n "$(BACKUP)" || { echo "用法：make restore BACKUP=backups/showcase-…"; exit 2; }
	$(MANAGE) restore "$(BACKUP)" $(if $(YES),--yes)

reset-db:
	rm -f db.sqlite3
	$(MAKE) load

# The loader and first search benches, then every page at 100,000 cases on SQLite and PostgreSQL
# (builds bench/out/showcase_bench.sqlite3 and the database showcase_bench once; writes docs/performance.md).
# The load generator for the gunicorn part of the bench (Debian package; needs root).
loadgen:
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

bench: setup loadgen
	$(PY) bench/load_1000.py
	$(PY) bench/large_article.py
	$(PY) bench/search.py
	$(PY) bench/export.py
	$(PY) bench/stats.py
	$(PY) bench/pages.py

bench-pages: setup loadgen
	$(PY) bench/pages.py

# How well the loader reads every test article with an expected reading, and the seeds.
eval: setup
	$(PY) bench/eval.py $(ARGS)

clean:
	rm -rf $(VENV) staticfiles
