"""The CI templates work as written: their shell steps run here with their inputs as variables.

action.yml's `run:` scripts are taken from the file and run by bash as GitHub runs
them (`bash --noprofile --norc -eo pipefail`), with each step's `env:` filled from
the inputs; docs/ci/gitlab-ci.yml's `script:` lines run the same way with its
variables. cnilpolicy is the one installed here, OPA the real one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from cnilpolicy.opa_install import PINNED_OPA_VERSION
from tests.support import CASES, FIXTURES, ROOT, load_case
from tests.test_pipeline import assert_valid_codequality

ACTION = ROOT / "action.yml"
GITLAB = ROOT / "docs" / "ci" / "gitlab-ci.yml"
BIN = Path(sys.executable).parent


def read(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


@cache
def supports_isolated() -> bool:
    """Whether this cnilpolicy has --isolated (the config part of issue 10, merged separately)."""
    completed = subprocess.run(
        [str(BIN / "cnilpolicy"), "check", "--help"], capture_output=True, text=True, check=False
    )
    return "--isolated" in completed.stdout


def runnable(script: str) -> str:
    # Until --isolated lands here, the templates' flag is dropped for the run; the
    # templates themselves always pass it.
    return script if supports_isolated() else script.replace("--isolated ", "")


def environment(opa_binary: Path, **variables: str) -> dict[str, str]:
    """A runner's environment: no cnilpolicy setting of this machine leaks in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CNILPOLICY", "GITHUB_"))}
    env["PATH"] = f"{BIN}{os.pathsep}{opa_binary.parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(variables)
    return env


def bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", runnable(script)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository with a compliant manifest, a failing one and an invalid one."""
    good = tmp_path / "services" / "good" / "cnil-manifest.yaml"
    good.parent.mkdir(parents=True)
    shutil.copy(FIXTURES / "manifests" / "hospital-imaging.yaml", good)
    failing = tmp_path / "services" / "failing"
    failing.mkdir()
    case = next(load_case(path) for path in CASES if path.name == "ret-01-no-period.yaml")
    case.write(failing).rename(failing / "cnil-manifest.json")
    return tmp_path


# --- action.yml -------------------------------------------------------------------------


def action_steps() -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = read(ACTION)["runs"]["steps"]
    return steps


def step(name: str) -> dict[str, Any]:
    return next(s for s in action_steps() if s.get("name", "").startswith(name))


def inputs_env(step: dict[str, Any], inputs: dict[str, str]) -> dict[str, str]:
    """The step's env: with each ${{ inputs.x }} replaced by the input's value (or default)."""
    defaults = {name: str(spec.get("default", "")) for name, spec in read(ACTION)["inputs"].items()}
    values = defaults | inputs
    env = {}
    for key, expression in step.get("env", {}).items():
        match = re.fullmatch(r"\$\{\{ inputs\.([a-z-]+) \}\}", str(expression))
        assert match, f"{key}: only inputs reach the scripts, through env"
        env[key] = values[match.group(1)]
    return env


def test_inputs_reach_the_scripts_only_through_env() -> None:
    for each in action_steps():
        if "run" in each:
            assert "${{" not in each["run"], each.get("name")
            assert each.get("shell") == "bash"


def test_the_upload_and_the_gate_always_run_and_outputs_are_declared() -> None:
    action = read(ACTION)
    assert "always()" in step("Upload SARIF")["if"]
    assert "always()" in step("Gate")["if"]
    outputs = action["outputs"]
    assert {"verdict", "failures", "warnings", "sarif-file"} <= set(outputs)
    for name, spec in outputs.items():
        assert spec["value"] == f"${{{{ steps.report.outputs.{name} }}}}"
    assert step("Report")["id"] == "report"
    for each in (step("Report"), step("Gate")):
        assert "--isolated" in each["run"]


def run_action_step(
    name: str, project: Path, opa_binary: Path, inputs: dict[str, str], tmp_path: Path
) -> tuple[subprocess.CompletedProcess[str], dict[str, str], str]:
    output = tmp_path / "github-output"
    summary = tmp_path / "step-summary"
    output.write_text("", encoding="utf-8")
    summary.write_text("", encoding="utf-8")
    each = step(name)
    env = environment(
        opa_binary, GITHUB_OUTPUT=str(output), GITHUB_STEP_SUMMARY=str(summary),
        **inputs_env(each, inputs),
    )  # fmt: skip
    completed = bash(each["run"], project, env)
    lines = output.read_text(encoding="utf-8").splitlines()
    outputs = dict(line.split("=", 1) for line in lines)
    return completed, outputs, summary.read_text(encoding="utf-8")


def test_the_report_step_writes_sarif_and_outputs_whatever_the_verdict(
    project: Path, opa_binary: Path, tmp_path: Path
) -> None:
    (project / "services" / "bad").mkdir()
    (project / "services" / "bad" / "cnil-manifest.yaml").write_text("surprise: 1\n")
    inputs = {
        "manifests": "services/good\nservices/failing services/bad",
        "sarif-file": "out.sarif",
    }
    completed, outputs, _ = run_action_step("Report", project, opa_binary, inputs, tmp_path)
    assert completed.returncode == 0, completed.stderr
    sarif = json.loads((project / "out.sarif").read_text(encoding="utf-8"))
    rules = {result["ruleId"] for result in sarif["runs"][0]["results"]}
    assert {"RET-01", "MANIFEST-SCHEMA"} <= rules
    assert outputs["verdict"] == "invalid"
    assert outputs["manifests"] == "3" and outputs["invalid"] == "1"
    assert int(outputs["failures"]) >= 1
    assert outputs["sarif-file"] == "out.sarif"


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("never", 0)])
def test_the_gate_step_annotates_summarises_and_decides(
    project: Path, opa_binary: Path, tmp_path: Path, fail_on: str, code: int
) -> None:
    inputs = {"manifests": "services", "fail-on": fail_on}
    completed, _, summary = run_action_step("Gate", project, opa_binary, inputs, tmp_path)
    assert completed.returncode == code, completed.stderr
    assert "::error file=services/failing/cnil-manifest.json" in completed.stdout
    assert summary.startswith("### cnilpolicy: ❌")


def test_an_input_cannot_run_a_command(project: Path, opa_binary: Path, tmp_path: Path) -> None:
    hostile = 'services"; touch pwned; echo "$(touch pwned2)'
    inputs = {"manifests": hostile, "pack": "$(touch pwned3)", "fail-on": "error"}
    completed, _, _ = run_action_step("Gate", project, opa_binary, inputs, tmp_path)
    assert completed.returncode == 2  # usage error: no such manifest or pack
    assert not list(project.glob("pwned*"))


# --- GitLab CI ----------------------------------------------------------------------------


def test_gitlab_installs_pinned_cnilpolicy_and_opa() -> None:
    document = read(GITLAB)
    variables = document["variables"]
    assert variables["CNILPOLICY_PIP_SPEC"].startswith("git+${CNILPOLICY_REPOSITORY}@")
    assert variables["OPA_VERSION"] == PINNED_OPA_VERSION
    opa = document["cnilpolicy-opa"]
    script = "\n".join(opa["script"])
    # Built by the pinned commit's tools/opa module, whose go.sum holds OPA's checksum.
    assert "tools/opa && go build" in script and 'grep -qx "Version: ${OPA_VERSION}"' in script
    go_sum = (ROOT / "tools" / "opa" / "go.sum").read_text(encoding="utf-8")
    assert re.search(r"^github\.com/open-policy-agent/opa v1\.22\.3 h1:\S+=$", go_sum, re.M)
    job = document["cnilpolicy"]
    assert job["needs"] == ["cnilpolicy-opa"]
    assert job["artifacts"]["when"] == "always"
    assert set(job["artifacts"]["reports"]) == {"junit", "codequality"}
    assert 'pip install --quiet "$CNILPOLICY_PIP_SPEC"' in job["before_script"][0]


def gitlab_script(project: Path, opa_binary: Path) -> subprocess.CompletedProcess[str]:
    job = read(GITLAB)["cnilpolicy"]
    # cnilpolicy is installed here already; the job's own variables point at OPA.
    env = environment(opa_binary, CI_PROJECT_DIR=str(project))
    env["CNILPOLICY_OPA"] = str(opa_binary)
    return bash("\n".join(job["script"]), project, env)


def test_gitlab_script_gives_its_reports_and_gates(project: Path, opa_binary: Path) -> None:
    completed = gitlab_script(project, opa_binary)
    assert completed.returncode == 1, completed.stderr  # RET-01 fails
    junit = ET.parse(project / "cnilpolicy-junit.xml").getroot()
    assert int(junit.get("failures", "0")) >= 1
    quality = json.loads((project / "cnilpolicy-codequality.json").read_text(encoding="utf-8"))
    assert_valid_codequality(quality)
    failing = [i for i in quality if i["location"]["path"] == "services/failing/cnil-manifest.json"]
    assert any(i["check_name"] == "RET-01" and i["severity"] == "critical" for i in failing)
    assert (project / "cnilpolicy-summary.md").read_text(encoding="utf-8").startswith("### ")
    # The gate's output: one line per failure or warning, then the totals.
    assert completed.stdout.splitlines()[-1].startswith("cnilpolicy: 2 manifests")


def test_gitlab_script_passes_a_compliant_project(project: Path, opa_binary: Path) -> None:
    shutil.rmtree(project / "services" / "failing")
    completed = gitlab_script(project, opa_binary)
    # Today's date: the hospital's data reviews may be overdue (warnings), never a failure.
    assert completed.returncode == 0, completed.stdout + completed.stderr


# --- pre-commit ---------------------------------------------------------------------------


def test_pre_commit_hook_is_quiet_and_says_how_to_pin() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    (hook,) = yaml.safe_load(text)
    assert hook["entry"].startswith("cnilpolicy check -q")
    assert "full commit SHA" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "rev: v0.1.0" not in readme
    assert re.search(r"rev: [0-9a-f]{40}", readme)


# --- README -------------------------------------------------------------------------------


def test_the_readme_shows_the_real_output_of_each_template() -> None:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "ci_examples.py"), "--check"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
