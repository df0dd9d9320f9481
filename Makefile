# Quick start: `make site` builds site/ from seeds/, `make test` runs the tests, `make serve` previews.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1

.PHONY: install site serve markdown test lint bench-quality bench-speed clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,dask]"  # dask: the executor's tests run a LocalCluster
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

site: $(STAMP)  ## build site/ from seeds/ (fails on warnings, e.g. a seed that can't be read)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)  ## preview at http://127.0.0.1:8000 with live reload on seeds/ and templates/
	$(BIN)/mkdocs serve --livereload --dirty  # --dirty: unchanged generated pages are not written again

markdown: $(STAMP)  ## write the generated Markdown tree to build/markdown (for other site engines)
	$(BIN)/python -m generator build --seeds seeds --out build/markdown

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

bench-quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py

bench-speed: $(STAMP)
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf site build .cache
