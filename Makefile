# Two commands set up everything on a fresh Debian machine with Python 3.11:
#   make run    create .venv, install pinned dependencies, open the window on the sample article
#               (under Xvfb when there is no display)
#   make test   same set-up, then ruff, mypy and the whole pytest suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/raketenstopp.de.txt

.PHONY: run test setup lint typecheck pytest bench clean dist dist-test

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt scripts/setup-system.sh
	bash scripts/setup-system.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/python -m compileall -q framing_desk
	$(BIN)/python -m framing_desk.core.prepared
	touch $(STAMP)

run: $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(BIN)/framing-desk gui $(SAMPLE); \
	else echo "No display: starting on a virtual X display (Xvfb)."; xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/framing-desk gui $(SAMPLE); fi

lint: $(STAMP)
	$(BIN)/ruff check framing_desk tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/analyze_speed.py

# The one-folder application dist/FramingDesk (PyInstaller, build.spec) and its test.
BUILD_STAMP := $(VENV)/.build-installed

$(BUILD_STAMP): $(STAMP) requirements-build.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -r requirements-build.txt
	touch $(BUILD_STAMP)

dist: $(BUILD_STAMP)
	BIN=$(BIN) bash scripts/dist.sh

dist-test:
	bash scripts/dist-test.sh

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
