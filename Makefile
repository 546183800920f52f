# Two commands: `make demo` (crawl the built-in demo portal) and `make test` (every check).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit compiled unit-compiled bench sysdeps venv clean

$(STAMP): pyproject.toml
	@bash scripts/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip 'setuptools>=77'
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	@touch $(STAMP)

venv: $(STAMP)

sysdeps:
	@bash scripts/system-deps.sh

demo: $(STAMP)
	$(BIN)/python -m tests.fixtureweb.demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Every test, spread over the machine's cores (at most 4 test processes): a test process
# runs a crawl while another waits on its portal. Tests that share one crawl are grouped.
unit: $(STAMP)
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist loadgroup

# The extraction chain compiled with mypyc (setup.py), in a copy of the tree so an edited source
# is never shadowed by a stale compiled module; its unit tests and quality gate run there too.
COMPILED := build/compiled

compiled: $(STAMP)
	rm -rf $(COMPILED) && mkdir -p $(COMPILED)
	git ls-files -z --cached --others --exclude-standard \
	  | tar --null -T - --ignore-failed-read -cf - | tar -xf - -C $(COMPILED)
	cd $(COMPILED) && LAWREPORTS_COMPILE=1 $(CURDIR)/$(BIN)/python setup.py -q build_ext --inplace

unit-compiled: compiled
	cd $(COMPILED) && LAWREPORTS_EXPECT_COMPILED=1 \
	  $(CURDIR)/$(BIN)/python -m pytest -q -p no:cacheprovider tests/unit tests/eval

# Extraction speed and quality against trafilatura and GNE: pure Python, then compiled.
bench: compiled
	$(BIN)/python benchmarks/extract.py
	cd $(COMPILED) && $(CURDIR)/$(BIN)/python benchmarks/extract.py

test: sysdeps lint typecheck unit unit-compiled

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build output/*
