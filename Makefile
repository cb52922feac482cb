# Every workflow is one target; each sets up .venv from pyproject.toml on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# targets depend on VENV_DEP; tests that run make on a copy of the repo pass VENV=<existing venv> VENV_DEP=
VENV_DEP ?= $(STAMP)
SPEC := spec/conversation-items.openapi.yaml
GEN_PKG := generated/conversation_items_client
# the generator's post-hooks run the ruff on PATH: make it the pinned one from .venv
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help venv generate check-drift new-type test lint typecheck check demo bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench,azure]'
	touch $(STAMP)

venv: $(STAMP)  ## create .venv with every extra

generate: $(VENV_DEP)  ## rebuild generated/ from nothing (spec + generator-config.yaml + overrides/templates)
	rm -rf $(GEN_PKG)
	mkdir -p generated
	$(BIN)/openapi-python-client generate --path $(SPEC) --config generator-config.yaml \
		--meta none --output-path $(GEN_PKG) --custom-template-path overrides/templates --fail-on-warning
	touch $(GEN_PKG)/py.typed  # --meta none writes no py.typed marker

check-drift: generate  ## regenerate and fail if anything under generated/ is modified or new
	@if [ -n "$$(git status --porcelain --untracked-files=all -- generated/)" ]; then \
		echo "generated/ drifted from spec/ + generator-config.yaml + overrides/templates:"; \
		git status --porcelain --untracked-files=all -- generated/; exit 1; \
	else echo "check-drift: generated/ matches its inputs"; fi

new-type: $(VENV_DEP)  ## add an item type: FROM=<items.json> or FROM=<openapi.yaml|json>#/components/schemas/<Name>
	@if [ -z "$${FROM:-}" ]; then \
		echo "usage: make new-type FROM=<items.json> | FROM=<openapi.yaml|json>#/components/schemas/<Name>"; exit 2; fi
	$(BIN)/python -m tools.new_type --spec $(SPEC) \
		--generate "$(MAKE) --no-print-directory generate VENV=$(VENV) VENV_DEP=$(VENV_DEP)" "$$FROM"

test: $(VENV_DEP)  ## run the test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV_DEP)  ## ruff (lint + format check) on hand-written code
	$(BIN)/ruff check overrides tests $(wildcard bench) $(wildcard tools)
	$(BIN)/ruff format --check overrides tests $(wildcard bench) $(wildcard tools)

typecheck: $(VENV_DEP)  ## mypy --strict on hand-written code (tests/reliability apart: both folders have a conftest)
	$(BIN)/mypy --strict overrides/conversation_items
	$(BIN)/mypy --strict tests --exclude tests/reliability
	$(BIN)/mypy --strict tests/reliability
	$(BIN)/mypy --strict bench
	$(if $(wildcard tools),$(BIN)/mypy --strict tools,)

check: check-drift lint typecheck test  ## everything CI runs

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

clean:  ## remove .venv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
