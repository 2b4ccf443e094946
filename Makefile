# dreamfit: `make demo` and `make test` each set up .venv first (only when pyproject.toml changed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint typecheck unit fuzz bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/dreamfit rank data/samples/postings.csv --answers data/samples/answers_en.txt --top 5 --explain
	$(BIN)/dreamfit rank data/samples/postings.csv --answers data/samples/answers_de.txt --top 5 --explain

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck unit

# Open-ended fuzzing from a random seed (the suite runs a fixed-seed, fixed-length slice); new
# interesting inputs land in .fuzz-corpus, crashes in .fuzz-artifacts. FUZZ_SECONDS=1800 by default.
FUZZ_SECONDS ?= 1800
fuzz: $(STAMP)
	mkdir -p .fuzz-corpus .fuzz-artifacts
	DREAMFIT_CACHE_DIR=.fuzz-artifacts/cache $(BIN)/python tests/fuzz/fuzz_inputs.py \
		-max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 \
		-artifact_prefix=.fuzz-artifacts/ .fuzz-corpus tests/fuzz/corpus

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_textparse.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_core.py
	$(BIN)/python benchmarks/bench_rank.py
	$(BIN)/python benchmarks/bench_reweight.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
