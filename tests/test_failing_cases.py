"""Every case of fixtures/cases (failing variants, and a few passing ones), end to end
through the CLI against the real OPA: the exact sets of failing and warning rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.schema import validator
from tests.support import CASES, EVALUATION_DATE, FixtureCase, load_case


@pytest.mark.parametrize("case_path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_failing_case(opa_server: LocalOpaServer, case_path: Path, tmp_path: Path) -> None:
    case: FixtureCase = load_case(case_path)
    manifest = case.write(tmp_path)
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--date", EVALUATION_DATE, "--pack", case.pack,
         "--opa-url", opa_server.url, str(manifest)],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.stderr == ""
    verdict = json.loads(result.stdout)
    failing = {r["rule_id"] for r in verdict["results"] if r["status"] == "fail"}
    warning = {r["rule_id"] for r in verdict["results"] if r["status"] == "warn"}
    assert (failing, warning) == (set(case.expected_fail), set(case.expected_warn)), (
        case.description
    )
    expected_code = 1 if case.expected_fail else 0
    assert result.exit_code == expected_code
    expected_verdict = (
        "non_compliant"
        if case.expected_fail
        else "compliant_with_warnings"
        if case.expected_warn
        else "compliant"
    )
    assert verdict["verdict"] == expected_verdict
    validator("verdict.schema.json").validate(verdict)
