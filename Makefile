# Every workflow is one target; each sets up .venv on a fresh machine from the hashed lock requirements/dev.txt.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# the development toolchain, resolved by `make lock` from pyproject.toml's groups, pinned and hashed
LOCK := requirements/dev.txt
# what `make dist-check` installs next to the wheel in its fresh venv: its requirements with [azure], mypy, pytest
# (same versions as LOCK)
SMOKE_LOCK := requirements/smoke.txt
UV_COMPILE = $(BIN)/uv pip compile --quiet pyproject.toml --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command 'make lock' $(if $(UPGRADE),--upgrade,)
DIST_CHECK_DIR := build/dist-check
# targets depend on VENV_DEP; tests that run make on a copy of the repo pass VENV=<existing venv> VENV_DEP=
VENV_DEP ?= $(STAMP)
SPEC := spec/conversation-items.openapi.yaml
GEN_PKG := generated/conversation_items_client
# the generator's post-hooks run the ruff on PATH: make it the pinned one from .venv
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help venv generate check-drift template-diff template-lock new-type remove-type test test-slow lint typecheck check demo bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

# a clean venv with exactly the lock (hash-checked), then the project itself, editable, built by the locked hatchling
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

venv: $(STAMP)  ## create .venv: the locked toolchain (every group, the azure and httpx2 extras) + this project, editable

lock: $(VENV_DEP)  ## re-resolve requirements/*.txt from pyproject.toml (keeps current pins; UPGRADE=1 takes the newest)
	$(UV_COMPILE) --extra azure --extra httpx2 --group dev --group bench --group lock -o $(LOCK)
	$(UV_COMPILE) --extra azure --group smoke --constraints $(LOCK) -o $(SMOKE_LOCK)

generate: $(VENV_DEP)  ## rebuild generated/ from spec + generator-config.yaml + overrides/templates (FORCE=1: discard hand edits)
	$(BIN)/python tools/generate.py --spec $(SPEC) --package $(notdir $(GEN_PKG)) generate $(if $(FORCE),--force,)

check-drift: $(VENV_DEP)  ## regenerate; fail if generated/ differs from git HEAD, saying "drifted" or "uncommitted"
	$(BIN)/python tools/generate.py --spec $(SPEC) --package $(notdir $(GEN_PKG)) check-drift

template-diff: $(VENV_DEP)  ## each template override against the installed stock template, and what it copies
	$(BIN)/python tools/generate.py template-diff

template-lock: $(VENV_DEP)  ## record the stock templates the overrides were derived from (after re-merging them)
	$(BIN)/python tools/generate.py template-lock

new-type: $(VENV_DEP)  ## add an item type: FROM=<items.json> or FROM=<openapi.yaml|json>#/components/schemas/<Name> [SEEN=<where>]
	@if [ -z "$${FROM:-}" ]; then \
		echo "usage: make new-type FROM=<items.json> | FROM=<openapi.yaml|json>#/components/schemas/<Name> [SEEN=<where>]"; exit 2; fi
	$(BIN)/python -m tools.new_type --spec $(SPEC) --seen "$${SEEN:-}" \
		--generate "$(MAKE) --no-print-directory generate VENV=$(VENV) VENV_DEP=$(VENV_DEP)" "$$FROM"

test: $(VENV_DEP)  ## the fast test suite (everything but the tests marked slow)
	$(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test-slow: $(VENV_DEP)  ## the slow end-to-end tests (whole procedures run on a copy of the repository)
	$(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

remove-type: $(VENV_DEP)  ## remove an item type: TYPE=<discriminator value>; warns about components nothing uses any more
	@if [ -z "$${TYPE:-}" ]; then echo "usage: make remove-type TYPE=<item type>"; exit 2; fi
	$(BIN)/python -m tools.new_type.remove --spec $(SPEC) \
		--generate "$(MAKE) --no-print-directory generate VENV=$(VENV) VENV_DEP=$(VENV_DEP)" "$$TYPE"

lint: $(VENV_DEP)  ## ruff (lint + format check) on hand-written code
	$(BIN)/ruff check overrides tests tools $(wildcard bench)
	$(BIN)/ruff format --check overrides tests tools $(wildcard bench)

typecheck: $(VENV_DEP)  ## mypy --strict on hand-written and generated code (tests/reliability apart: both folders have a conftest)
	$(BIN)/mypy --strict overrides/conversation_items
	@# the generated package on its own, as its standalone users type-check it (the project's config excludes it)
	$(BIN)/mypy --strict --config-file /dev/null --python-version 3.11 generated/conversation_items_client 2>&1 \
		| grep -v 'No \[mypy\] section in config file'
	$(BIN)/mypy --strict tests --exclude tests/reliability
	MYPYPATH=tests $(BIN)/mypy --strict tests/reliability  # the shared fakes.py lives one folder up
	$(BIN)/mypy --strict bench
	$(BIN)/mypy --strict tools
	@# what pyright users see of the installed packages: every public symbol's type known (exits 1 below 100 %)
	for package in conversation_items conversation_items_client; do \
		VIRTUAL_ENV=$(abspath $(VENV)) $(BIN)/pyright --verifytypes $$package --ignoreexternal --outputjson \
			| $(BIN)/python tools/type_completeness.py $$package; \
	done

check: check-drift lint typecheck test test-slow  ## everything CI runs

# `make test-newest`: its own venv, the locked test tools, then this project with the newest releases its metadata allows
NEWEST_VENV := build/newest/venv
# what a newer httpx, httpcore, httpx2, anyio, attrs, azure-identity or aiohttp could break: every test that sends a request
# (through a transport, a loopback socket or a real credential) or decodes hostile input, and the reliability suite
NEWEST_TESTS := tests/reliability tests/client/test_client.py tests/client/test_client_live.py tests/client/test_client_options.py \
	tests/client/test_credentials.py tests/client/test_key_credential.py tests/client/test_azure_identity.py tests/client/test_errors.py \
	tests/client/test_refusals.py tests/client/test_limits.py tests/client/test_retry_policy.py tests/testing/test_mock_transport.py \
	tests/testing/test_mock_server.py tests/testing/test_mock_faults.py tests/client/test_httpx2.py tests/client/test_list_items.py
NEWEST_SHOWN := httpx httpcore h11 anyio attrs azure-identity azure-core aiohttp httpx2 httpcore2

.PHONY: lock dist dist-check mutation test-newest
dist: $(VENV_DEP)  ## build the sdist, then the wheel from it, into dist/
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .

dist-check: $(VENV_DEP)  ## build sdist + wheels, compare them with the sources, smoke-test the wheel in a fresh venv
	$(BIN)/python tests/dist/dist_check.py --out $(DIST_CHECK_DIR) --python $(PYTHON) --lock $(SMOKE_LOCK)

test-newest: $(VENV_DEP)  ## the wire and reliability suites against the newest versions pyproject.toml allows (own venv)
	rm -rf $(NEWEST_VENV)
	$(PYTHON) -m venv $(NEWEST_VENV)
	$(BIN)/uv pip install --quiet --python $(NEWEST_VENV)/bin/python --require-hashes -r $(LOCK)
	$(BIN)/uv pip install --quiet --python $(NEWEST_VENV)/bin/python --upgrade --resolution highest \
		--no-build-isolation -e '.[azure,httpx2]'
	@$(NEWEST_VENV)/bin/python -c 'import sys, importlib.metadata as m; \
		print("test-newest:", ", ".join(f"{n} {m.version(n)}" for n in sys.argv[1:]))' $(NEWEST_SHOWN)
	$(NEWEST_VENV)/bin/python -m pytest $(NEWEST_TESTS) $(PYTEST_ARGS)

mutation: $(VENV_DEP)  ## mutmut over the runtime modules, then the score (not part of check: slow; JOBS=2)
	$(BIN)/python tools/mutation.py run --jobs $(or $(JOBS),2)

demo: $(VENV_DEP)  ## start the mock server and fetch items of four kinds through the CLI, then clean up
	@set -euo pipefail; \
	ready=$$(mktemp); rm -f "$$ready"; \
	$(BIN)/conversation-items mock-server --port 0 --ready-file "$$ready" > /dev/null & server=$$!; \
	trap 'kill $$server 2>/dev/null; wait $$server 2>/dev/null || true; rm -f "$$ready"' EXIT; \
	for _ in $$(seq 100); do [ -s "$$ready" ] && break; sleep 0.1; done; \
	[ -s "$$ready" ] || { echo "demo: the mock server did not start"; exit 1; }; \
	export AZURE_AI_PROJECT_ENDPOINT=$$(cat "$$ready"); \
	echo "# mock Foundry project at $$AZURE_AI_PROJECT_ENDPOINT"; \
	for item in bgc_fixture_01 item_abc123 mcp_bbe4850ecafd6a98493d2e740de61e836fdf9cf6d0677f89 hol_fixture_01; do \
		echo; echo "\$$ conversation-items get conv_demo $$item"; \
		$(BIN)/conversation-items get conv_demo "$$item"; \
	done; \
	echo; echo "\$$ conversation-items get conv_demo no_such_item   # errors are typed and explained"; \
	if $(BIN)/conversation-items get conv_demo no_such_item 2>&1; then exit 1; else echo "(exit code $$?)"; fi

bench: $(VENV_DEP)  ## benchmarks side by side with openai-python and raw httpx (QUICK=1: tiny counts, for CI)
	$(BIN)/python bench/run.py $(if $(QUICK),--quick,)

clean:  ## remove .venv, caches and build output
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
