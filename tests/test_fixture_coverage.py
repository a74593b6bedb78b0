"""Every rule is exercised end to end: some fixture fails it and some fixture passes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cnilpolicy.catalog import load_catalog
from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.rule import Rule
from tests.support import BASE_MANIFESTS, CASES, EVALUATION_DATE, load_case


@pytest.fixture(scope="module")
def catalog(opa_binary: Path) -> list[Rule]:
    return load_catalog(opa_binary)


def test_every_rule_has_a_failing_case(catalog: list[Rule]) -> None:
    # Cases expecting no failure (passing variants) count for nothing here.
    covered: set[str] = set()
    for path in CASES:
        case = load_case(path)
        covered |= case.expected_fail | case.expected_warn
    missing = sorted(rule.id for rule in catalog if rule.id not in covered)
    assert missing == []


def test_every_rule_passes_on_some_fixture(
    catalog: list[Rule], opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    # Base manifests and the manifests of the cases (a case may describe a passing variant).
    manifests = [str(path) for path in BASE_MANIFESTS]
    manifests += [str(load_case(path).write(tmp_path)) for path in CASES]
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--pack", "cnil-extended", "--date", EVALUATION_DATE,
         "--opa-url", opa_server.url, *manifests],
        catch_exceptions=False,
    )  # fmt: skip
    passed = {
        r["rule_id"]
        for manifest in json.loads(result.stdout)["manifests"]
        for r in manifest["results"]
        if r["status"] == "pass"
    }
    missing = sorted(rule.id for rule in catalog if rule.id not in passed)
    assert missing == []
