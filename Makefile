# Kawan Kerja. `make run` and `make test` are the two commands; the rest are steps they use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench nlu-model screenshots catalogs compile-catalogs extract-catalogs env demo migrate lint clean
DEMO_CITY_ADMIN := 081100009004

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compile every .po into its .mo (the bot refuses to start without them).
compile-catalogs: $(STAMP)
	@$(BIN)/pybabel compile -d locales -D messages

# Extract msgids from the code, merge them into both catalogs, fill the Indonesian source, compile.
catalogs: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k lazy_gettext -k lazy_format --add-comments=NOTE --no-location --sort-output \
		--project=kawan-kerja -o locales/messages.pot .
	$(BIN)/pybabel update -i locales/messages.pot -d locales -D messages --ignore-obsolete --no-wrap
	$(BIN)/python -m bot.catalogs locales/id/LC_MESSAGES/messages.po
	$(BIN)/pybabel compile -d locales -D messages --statistics

# A local .env with a generated secret, so personal data is protected from the first run.
env:
	@test -f .env && grep -q '^KAWAN_SECRET_KEY=' .env || \
		echo "KAWAN_SECRET_KEY=$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(32))')" >> .env

migrate: $(STAMP) compile-catalogs env
	$(BIN)/kawan migrate

demo: $(STAMP) compile-catalogs env
	$(BIN)/kawan demo-data --if-empty

run: $(STAMP) compile-catalogs env
	@$(BIN)/kawan demo-data --if-empty
	-@$(BIN)/kawan desk-login $(DEMO_CITY_ADMIN)
	$(BIN)/kawan run

# ruff and mypy with the settings in pyproject.toml (CI runs this before the tests).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy bot conversations services storage

# One worker more than cores: many tests wait on a subprocess, a server or the browser, and the spare worker keeps both
# cores busy (on two cores: 10 min 40 s serial, 6 min 30 s with two workers, 5 min 50 s with three).
TEST_WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))

test: $(STAMP) compile-catalogs
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

bench: $(STAMP) compile-catalogs
	$(BIN)/python -m bench.run $(if $(ONLY),--only $(ONLY),)

# Retrain the free-text model (conversations/nlu/model.json) from the eval set, the tuning part of the
# public set and tests/nlu/public_more.tsv; the held-out part is never read. Deterministic: the same data gives the same file.
nlu-model: $(STAMP)
	$(BIN)/python -m conversations.nlu.training

# The desk's pages as the browser tests see them, for the README (docs/desk/*.png).
screenshots: $(STAMP) compile-catalogs
	KAWAN_DESK_SCREENSHOTS=docs/desk $(BIN)/python -m pytest -q tests/test_desk_browser.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
	find locales -name '*.mo' -delete
