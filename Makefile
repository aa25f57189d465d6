# Two entry points for a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PIP := $(VENV)/bin/pip install --disable-pip-version-check -q -c constraints.txt

.PHONY: demo test clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml constraints.txt
	$(PIP) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/vigia demo

test: $(VENV)/.installed-dev
	$(VENV)/bin/python -m pytest

clean:
	rm -rf $(VENV) var
