# Set-up and the two entry points of the README. Everything goes into a local virtual environment.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install clean

run: $(VENV)/.installed
	$(BIN)/checker check seeds --digest reports/seeds.md --json reports/seeds.json

# The browser tests (tests/test_web_browser.py) drive Debian's Chromium through its chromedriver: installed here
# when missing (as root, as on CI), so `make run` never needs them.
test: $(VENV)/.installed
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }
	$(BIN)/python -m pytest

install: $(VENV)/.installed

# torch first, from the CPU wheel: a bare `torch` would pull a CUDA build of several GB.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV)
