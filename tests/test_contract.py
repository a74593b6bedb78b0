"""The answer contract: every answer OPA gives passes it before Python uses it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cnilpolicy.engine import contract
from cnilpolicy.engine.contract import Decision, check_answered
from cnilpolicy.errors import EngineError
from cnilpolicy.packs import Pack

PACK = Pack("test", "two steps", ("scope", "retention"))


def raw(rule_id: str, step: str, decision: str = "pass") -> dict[str, Any]:
    return {
        "rule_id": rule_id, "step": step, "decision": decision, "severity": "error",
        "level": "must", "message": f"message {rule_id}", "pointer": "",
    }  # fmt: skip


def described(*rule_ids: str) -> dict[str, object]:
    return dict.fromkeys(rule_ids, object())


DESCRIPTIONS = described("RET-10", "RET-02", "SCOPE-01", "X-01")


@pytest.mark.parametrize(
    ("results", "descriptions", "expected"),
    [
        pytest.param(
            [raw("SCOPE-01", "scope")], described("SCOPE-01"), "step.* retention", id="empty-step"
        ),
        pytest.param(
            [raw("SCOPE-01", "scope"), raw("RET-02", "retention")],
            DESCRIPTIONS,
            "RET-10, X-01 gave no result for this manifest",
            id="described-rule-without-result",
        ),
        pytest.param(
            [raw("SCOPE-01", "scope"), raw("X-01", "other")],
            described("SCOPE-01", "X-01"),
            "not in pack",
            id="outside-the-pack",
        ),
        pytest.param(
            [raw("SCOPE-01", "scope"), raw("RET-02", "retention")],
            described("SCOPE-01"),
            "RET-02 but no description",
            id="undescribed-rule",
        ),
    ],
)
def test_answers_that_make_no_verdict_are_engine_errors(
    results: list[dict[str, Any]], descriptions: dict[str, Any], expected: str
) -> None:
    decision = Decision(results=results, derived_facts=[], policy_version="9")
    with pytest.raises(EngineError, match=expected) as raised:
        check_answered(decision, descriptions, PACK)
    assert "\n" not in str(raised.value)


def test_a_complete_answer_is_accepted() -> None:
    results = [raw("SCOPE-01", "scope"), raw("RET-02", "retention"), raw("RET-02", "retention")]
    decision = Decision(results=results, derived_facts=[], policy_version="9")
    check_answered(decision, described("SCOPE-01", "RET-02"), PACK)


def _answer(**changes: object) -> dict[str, Any]:
    document: dict[str, Any] = {
        "results": [raw("SCOPE-01", "scope")],
        "silent_rules": [],
        "derived_facts": [{"id": "dpia_required", "value": True, "basis": [], "pointer": "/x"}],
        "policy_version": "0.1.0",
    }
    document.update(changes)
    return {"result": document}


def test_a_decision_that_keeps_the_contract_is_used_as_given() -> None:
    answer = _answer()
    decision = contract.decision(answer, "here")
    assert decision.results == answer["result"]["results"]
    assert decision.derived_facts[0]["id"] == "dpia_required"
    assert decision.policy_version == "0.1.0"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({}, "OPA at here returned no result for data.cnilpolicy.main"),
        (_answer(derived_facts=None), "/result/derived_facts: null is not of type"),
        (_answer(derived_facts=[{"value": 1}]), '/derived_facts/0: "id" is a required'),
        (_answer(policy_version=1), "/result/policy_version: 1 is not of type"),
        (_answer(results=[{**raw("A-1", "scope"), "severity": "fatal"}]), r"\(rule A-1\)"),
        (_answer(results=[{**raw("A-1", "scope"), "message": None}]), "A-1 could not be rendered"),
        (_answer(results=[{**raw("A-1", "scope"), "rule_id": ""}]), "/results/0/rule_id"),
        (_answer(results=["x"]), '/result/results/0: "x" is not of type "object"'),
        (_answer(silent_rules=["cnil.b", "cnil.a"]), "decided nothing: cnil.a, cnil.b"),
    ],
)
def test_a_decision_that_breaks_the_contract_is_an_engine_error(
    answer: dict[str, Any], expected: str
) -> None:
    with pytest.raises(EngineError, match=expected) as raised:
        contract.decision(answer, "here")
    assert "\n" not in str(raised.value)


def misfiled_description() -> dict[str, Any]:
    """An answer of data.cnilpolicy.rules that files SCOPE-02's description under SCOPE-01."""
    description = {
        "rule_id": "SCOPE-02", "step": "scope", "severity": "error", "level": "must",
        "title": {"en": "t"}, "remediation": {"en": "r"}, "references": [],
    }  # fmt: skip
    catalog = {"SCOPE-01": description}
    return {"result": {"catalog": catalog, "undescribed": [], "without_results": []}}


def test_a_description_filed_under_another_rule_is_refused() -> None:
    with pytest.raises(EngineError, match="rule SCOPE-01 is not one: it describes SCOPE-02"):
        contract.descriptions(misfiled_description(), "here")


def test_the_contract_is_one_schema_of_both_answers() -> None:
    schema = json.loads(contract._SCHEMA.read_text(encoding="utf-8"))
    assert set(contract._ROOTS.values()) <= set(schema["$defs"])
    # The enumerations Python relies on are the schema's, nowhere else.
    assert schema["$defs"]["result"]["properties"]["decision"]["enum"] == [
        "pass",
        "fail",
        "not_applicable",
    ]
