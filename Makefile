# Marsad — two commands: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
CAMEL_TOOLS := camel-tools==1.6.0
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test venv camelbert bench bundle evaluate resources screenshots clean

# The venv is rebuilt when the project's install files change.
$(VENV)/.installed: pyproject.toml Makefile
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is needed (set PYTHON=python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
	# Lean camel-tools: its text utilities need six, regex and emoji, not torch/transformers.
	$(PY) -m pip install -q --no-deps $(CAMEL_TOOLS)
	$(PY) -m pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

run: venv
	@build_scripts/system_deps.sh $(if $(DISPLAY),--x11,)
	$(VENV)/bin/marsad gui

test: venv
	@build_scripts/system_deps.sh
	$(PY) -m pytest -q
	$(VENV)/bin/lint-imports

# Optional: camel-tools' BERT NER backend (pulls torch and transformers; needs CAMELTOOLS_DATA).
camelbert: venv
	$(PY) -m pip install '.[camelbert]'

# Rebuild resources (gazetteer, lexicons, tagger) from ../shared/data and the gazetteer packages.
resources: venv
	$(PY) -m pip install -q -e '.[build]'
	$(PY) build_scripts/build_gazetteer.py
	$(PY) build_scripts/train_tagger.py

evaluate: venv
	$(PY) build_scripts/evaluate.py

# Every screen of the GUI rendered offscreen into docs/screenshots/ (look at them after a GUI change).
screenshots: venv
	QT_QPA_PLATFORM=offscreen $(PY) build_scripts/screenshots.py

bench: venv
	$(PY) build_scripts/bench.py

bundle: venv
	$(PY) -m pip install -q -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller build_scripts/marsad.spec
	$(PY) build_scripts/check_bundle.py dist/marsad

clean:
	rm -rf build dist $(VENV)
