# cnilpolicy: two commands on a fresh machine.
#   make setup   Python environment, the package with its dev tools, and OPA v$(OPA_VERSION)
#   make test    Rego checks (fmt, check --strict, test with coverage), ruff, mypy, pytest

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# The pinned OPA version, written once (also read by cnilpolicy/opa_install.py).
OPA_VERSION := $(shell cat cnilpolicy/opa_version.txt)
TOOLS := .tools/bin
LOCAL_OPA := $(TOOLS)/opa
REGO_COVERAGE := 95

# The OPA to use: one of the pinned version on PATH, else the project-local build.
OPA := $(shell command -v opa >/dev/null 2>&1 && opa version 2>/dev/null | grep -qx 'Version: $(OPA_VERSION)' && command -v opa || echo $(LOCAL_OPA))
export CNILPOLICY_OPA := $(abspath $(OPA))

.PHONY: setup test rego-check python-check pytest benchmark catalog docs clean

setup: $(BIN)/cnilpolicy $(OPA)
	bash tools/install-browser.sh
	@# The package's bytecode, as a wheel install would compile it: an editable install
	@# leaves it to each run, and PYTHONDONTWRITEBYTECODE (set on some CI images) to
	@# every run (benchmarks/README.md).
	$(BIN)/python -m compileall -q cnilpolicy
	@echo "--- versions"
	@$(BIN)/python --version
	@$(BIN)/cnilpolicy version

$(BIN)/cnilpolicy: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# Built from the Go module proxy through tools/opa (see its main.go for why a
# wrapper module); go.sum pins every dependency.
$(LOCAL_OPA): tools/opa/go.mod tools/opa/go.sum tools/opa/main.go
	@mkdir -p $(TOOLS)
	cd tools/opa && go build -trimpath -o ../../$(LOCAL_OPA) .
	@$(LOCAL_OPA) version | grep -qx 'Version: $(OPA_VERSION)' || { echo "built OPA is not v$(OPA_VERSION)"; exit 1; }

test: rego-check python-check pytest

# --timeout: a test that evaluates every rule at once (policies/main/rules_test.rego) also
# evaluates every test package under data.cnil, and outgrows OPA's 5 s default on a busy machine.
rego-check:
	$(OPA) fmt --list --fail policies examples/org-pack
	$(OPA) check --strict policies examples/org-pack
	$(OPA) test --fail-on-empty --timeout 60s policies
	@$(OPA) test --coverage --timeout 60s --format json policies > .tools/rego-coverage.json
	$(BIN)/python tools/rego_coverage.py .tools/rego-coverage.json --threshold $(REGO_COVERAGE)

python-check:
	$(BIN)/ruff check cnilpolicy tests tools benchmarks
	$(BIN)/ruff format --check cnilpolicy tests tools benchmarks
	$(BIN)/mypy

pytest:
	$(BIN)/pytest

# cnilpolicy/rule_catalog.json (what `rules` and `explain` read, without OPA) is generated
# from the policies' METADATA by OPA, with the revision of the policy files it was read from
# (a run on exactly those files takes the rules' texts from it); a test fails when it is stale.
# Run after editing any policy file.
catalog:
	$(BIN)/python tools/build_catalog.py

# docs/rules*.md are generated from the policies' annotations, docs/manifest*.md from the
# schema and those annotations; a test fails when they are stale. README.md's "Use in CI"
# shows the real output of each template (tools/ci_examples.py).
docs: catalog
	$(BIN)/cnilpolicy rules --pack cnil-extended --format markdown --lang en > docs/rules.md
	$(BIN)/cnilpolicy rules --pack cnil-extended --format markdown --lang fr > docs/rules.fr.md
	$(BIN)/cnilpolicy schema --format markdown --lang en --output docs/manifest.md
	$(BIN)/cnilpolicy schema --format markdown --lang fr --output docs/manifest.fr.md
	$(BIN)/python tools/ci_examples.py

benchmark:
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .tools build dist .pytest_cache .mypy_cache .ruff_cache
