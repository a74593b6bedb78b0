from __future__ import annotations

from typing import Any

import pytest

from cnilpolicy.aggregate import (
    build_verdict,
    overall_verdict,
    result_status,
    rule_descriptions,
    step_status,
)
from cnilpolicy.engine.contract import Decision
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.packs import Pack
from cnilpolicy.verdict import Reference, RuleResult, worst_status

PACK = Pack("test", "two steps", ("scope", "retention"))
MANIFEST = LoadedManifest(
    path="m.yaml",
    data={},
    sha256="0" * 64,
    positions={"": (1, 1), "/datasets": (4, 1), "/datasets/0": (5, 5)},
)


def raw(
    rule_id: str, step: str, decision: str, severity: str = "error", pointer: str = ""
) -> dict[str, Any]:
    return {
        "rule_id": rule_id,
        "step": step,
        "decision": decision,
        "severity": severity,
        "level": "must",
        "message": f"message {rule_id}",
        "pointer": pointer,
    }


def described(*rule_ids: str) -> dict[str, Any]:
    """Descriptions as data.cnilpolicy.rules gives them, typed."""
    return rule_descriptions(
        {
            rule_id: {
                "rule_id": rule_id,
                "step": "scope",
                "severity": "error",
                "level": "must",
                "title": {"en": f"title {rule_id}", "fr": f"titre {rule_id}"},
                "remediation": {"en": "fix"},
                "references": [
                    {"label": "GDPR 5", "url": "https://example.org"},
                    {"label": "Code"},
                ],
            }
            for rule_id in rule_ids
        }
    )


DESCRIPTIONS = described("RET-10", "RET-02", "SCOPE-01", "X-01")


def result(status: str) -> RuleResult:
    return RuleResult("X-01", "scope", status, "error", "must", "t", "m", "", 1, 1, "r", ())


@pytest.mark.parametrize(
    ("decision", "severity", "status"),
    [
        ("fail", "error", "fail"),
        ("fail", "warning", "warn"),
        ("fail", "info", "warn"),
        ("pass", "error", "pass"),
        ("not_applicable", "warning", "not_applicable"),
    ],
)
def test_result_status(decision: str, severity: str, status: str) -> None:
    assert result_status(decision, severity) == status


def test_step_and_overall_status() -> None:
    assert step_status([result("pass"), result("fail"), result("warn")]) == "fail"
    assert step_status([result("pass"), result("warn")]) == "warn"
    assert step_status([result("pass"), result("not_applicable")]) == "pass"
    assert step_status([result("not_applicable")]) == "not_applicable"
    assert overall_verdict([result("warn"), result("pass")]) == "compliant_with_warnings"
    assert overall_verdict([result("fail"), result("warn")]) == "non_compliant"
    assert overall_verdict([result("pass"), result("not_applicable")]) == "compliant"
    assert worst_status(["pass", "warn", "not_applicable"]) == "warn"


def test_build_verdict_orders_locates_and_counts() -> None:
    decision = Decision(
        results=[
            raw("RET-10", "retention", "pass"),
            raw("RET-02", "retention", "fail", "warning", "/datasets/0/retention"),
            raw("SCOPE-01", "scope", "pass"),
        ],
        derived_facts=[{"id": "f", "value": True, "basis": ["b", "a"], "pointer": "/x"}],
        policy_version="9",
    )
    verdict = build_verdict(
        MANIFEST,
        decision,
        described("RET-10", "RET-02", "SCOPE-01"),
        pack=PACK,
        lang="en",
        evaluation_date="2026-01-15",
        opa_version="1.22.3",
    )
    assert [r.rule_id for r in verdict.results] == ["SCOPE-01", "RET-02", "RET-10"]
    assert [r.title for r in verdict.results] == ["title SCOPE-01", "title RET-02", "title RET-10"]
    assert verdict.results[0].remediation == "fix"
    assert verdict.results[1].status == "warn"
    assert (verdict.results[1].line, verdict.results[1].column) == (5, 5)
    assert verdict.results[1].references == (
        Reference("GDPR 5", "https://example.org"),
        Reference("Code"),
    )
    assert verdict.verdict == "compliant_with_warnings"
    assert [(s.id, s.status) for s in verdict.steps] == [("scope", "pass"), ("retention", "warn")]
    assert verdict.counts()["warn"] == 1
    assert verdict.derived_facts[0].basis == ("a", "b")
    document = verdict.to_dict()
    assert document["engine"] == {
        "tool_version": "0.1.0",
        "opa_version": "1.22.3",
        "policy_version": "9",
    }
    assert document["results"][1]["references"][1] == {"label": "Code"}
