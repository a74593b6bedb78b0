"""Every rule documents its checks (custom.checks), one per message it can give.

docs/rules*.md render them as a table per rule: condition (the message), outcome,
level and the catalog sentence it rests on. A check without a level, a message
without a check, or a check whose outcome or level contradicts the rule's code
is a failure here.

A result every GDPR rule gives in the same words (the GDPR does not apply) has
its texts once, in custom.shared_messages of policies/lib/result.rego, and its
own builder (result.outside_gdpr); rules do not list it in their checks. The
tests below hold that arrangement: the shared keys are declared once with both
languages, no rule redefines them, and the code never gives a key it does not
define.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from cnilpolicy.catalog import inspect_annotations, load_catalog
from cnilpolicy.rule import Rule
from cnilpolicy.rules_listing import rule_checks

OUTCOMES = {"pass", "fail", "not_applicable"}
LEVELS = {"must", "must-if", "should", "good-practice"}
#: The levels a failing check may have, by the rule's severity (catalog 0.2).
LEVELS_OF_SEVERITY = {
    "error": {"must", "must-if"},
    "warning": {"should", "must", "must-if"},  # must: weak evidence, see test_rule_catalog
    "info": {"good-practice"},
}
CATALOG_ID = re.compile(r"^[A-Z]+-\d{2}\b")
_DIRECT_CALL = re.compile(
    r'result\.(pass|fail|not_applicable)\(rego\.metadata\.chain\(\),\s*"(\w+)"'
)
#: A finding collected before its result (result.finding, or a rule's own builder of one whose
#: first literal argument is the message key), and the decisions findings are reported with.
_FINDING = re.compile(
    r'^_\w+(?:\[\w+\])? contains (?:result\.finding|_\w+)\((?:\w+, )*"(\w+)"', re.MULTILINE
)
_FINDING_RESULT = re.compile(r'result\.from_finding\(rego\.metadata\.chain\(\),\s*"(\w+)"')
_SHARED_CALL = re.compile(r"result\.outside_gdpr\(rego\.metadata\.chain\(\)\)(.*)")
_SHARED_GUARD = " if not facts.gdpr_applies"


@pytest.fixture(scope="module")
def catalog(opa_binary: Path) -> list[Rule]:
    return load_catalog(opa_binary)


def _outcomes_in_code(rule: Rule) -> dict[str, set[str]]:
    """The outcome of each message key the code passes literally to the result builder."""
    code = Path(rule.file).read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for outcome, key in _DIRECT_CALL.findall(code):
        found.setdefault(key, set()).add(outcome)
    decisions = set(_FINDING_RESULT.findall(code))
    for key in _FINDING.findall(code):
        found.setdefault(key, set()).update(decisions)
    return found


def check_problems(rule: Rule) -> list[str]:
    problems = []
    checks = rule_checks(rule)
    if not checks:
        problems.append("no custom.checks")
    keys = [check.get("message", "") for check in checks]
    if checks:
        if sorted(keys) != sorted(set(keys)):
            problems.append("a message has two checks")
        if missing := sorted(set(rule.messages) - set(keys)):
            problems.append(f"messages without a check: {missing}")
        if unknown := sorted(set(keys) - set(rule.messages)):
            problems.append(f"checks of unknown messages: {unknown}")
    in_code = _outcomes_in_code(rule)
    if undefined := sorted(set(in_code) - set(rule.messages)):
        problems.append(f"the code gives messages it does not define: {undefined}")
    code = Path(rule.file).read_text(encoding="utf-8")
    for guard in _SHARED_CALL.findall(code):
        if guard != _SHARED_GUARD:
            problems.append(f"result.outside_gdpr guarded by {guard.strip()!r}")
    for check in checks:
        key = check.get("message", "")
        if check.get("level") not in LEVELS:
            problems.append(f"check {key!r} has no valid level")
        if check.get("outcome") not in OUTCOMES:
            problems.append(f"check {key!r} has no valid outcome")
        if not CATALOG_ID.match(check.get("catalog", "")):
            problems.append(f"check {key!r} names no catalog requirement")
        if key in in_code and check.get("outcome") not in in_code[key]:
            problems.append(f"check {key!r}: the code gives {sorted(in_code[key])}")
        if check.get("outcome") == "fail" and check.get("level") not in LEVELS_OF_SEVERITY.get(
            rule.severity, set()
        ):
            problems.append(f"check {key!r}: level {check.get('level')} fails as {rule.severity}")
    return problems


def test_every_rule_documents_each_check(catalog: list[Rule]) -> None:
    problems = {rule.id: p for rule in catalog if (p := check_problems(rule))}
    assert problems == {}


def _with_checks(rule: Rule, checks: list[dict[str, str]]) -> Rule:
    raw = {**rule.raw, "custom": {**rule.raw["custom"], "checks": checks}}
    return replace(rule, raw=raw)


def test_the_check_catches_a_missing_level_and_a_missing_entry(catalog: list[Rule]) -> None:
    rule = next(r for r in catalog if r.id == "RET-01")
    checks = rule_checks(rule)
    no_level = [{k: v for k, v in checks[0].items() if k != "level"}, *checks[1:]]
    assert f"check {checks[0]['message']!r} has no valid level" in check_problems(
        _with_checks(rule, no_level)
    )
    dropped = checks[1:]
    assert f"messages without a check: [{checks[0]['message']!r}]" in check_problems(
        _with_checks(rule, dropped)
    )
    extra = [*checks, {**checks[0], "message": "no_such_message"}]
    assert "checks of unknown messages: ['no_such_message']" in check_problems(
        _with_checks(rule, extra)
    )


def test_the_check_catches_an_outcome_the_code_contradicts(catalog: list[Rule]) -> None:
    rule = next(r for r in catalog if r.id == "RET-01")
    checks = [
        {**c, "outcome": "pass"} if c["message"] == "no_datasets" else c for c in rule_checks(rule)
    ]
    assert "check 'no_datasets': the code gives ['fail']" in check_problems(
        _with_checks(rule, checks)
    )


def test_the_check_reads_the_message_keys_of_findings(catalog: list[Rule], tmp_path: Path) -> None:
    rule = next(r for r in catalog if r.id == "RET-02")
    assert _outcomes_in_code(rule)["no_purpose"] == {"fail"}
    code = Path(rule.file).read_text(encoding="utf-8")
    changed = code.replace('result.finding("no_purpose"', 'result.finding("no_such_key"', 1)
    assert changed != code
    copy = tmp_path / "ret_02.rego"
    copy.write_text(changed, encoding="utf-8")
    problems = check_problems(replace(rule, file=str(copy)))
    assert "the code gives messages it does not define: ['no_such_key']" in problems


def test_docs_show_the_checks_table(catalog: list[Rule]) -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text()
    assert "### RET-01 — A defined retention period for every dataset" in docs
    assert "| Condition (message) | Outcome | Level | Catalog |" in docs
    rule = next(r for r in catalog if r.id == "RET-03.3")
    assert len(rule_checks(rule)) == len(rule.messages)


@pytest.fixture(scope="module")
def shared_messages(opa_binary: Path) -> dict[str, dict[str, str]]:
    """custom.shared_messages of the result builder's package annotation."""
    for entry in inspect_annotations(opa_binary):
        path = [part.get("value") for part in entry.get("path", [])]
        if path == ["data", "cnilpolicy", "lib", "result"]:
            custom = entry.get("annotations", {}).get("custom") or {}
            return dict(custom.get("shared_messages") or {})
    return {}


def test_shared_messages_are_declared_once_with_both_languages(
    catalog: list[Rule], shared_messages: dict[str, dict[str, str]]
) -> None:
    assert set(shared_messages) == {"outside_gdpr"}
    for key, texts in shared_messages.items():
        assert texts.get("outcome") in OUTCOMES, key
        assert texts.get("en") and texts.get("fr"), key
        assert "{{.fact}}" in texts["en"] and "{{.fact}}" in texts["fr"], key
    redefined = {
        rule.id: sorted(
            set(shared_messages)
            & (set(rule.messages) | {check.get("message", "") for check in rule_checks(rule)})
        )
        for rule in catalog
    }
    assert {rule_id: keys for rule_id, keys in redefined.items() if keys} == {}


def test_gdpr_rules_give_the_shared_result(catalog: list[Rule]) -> None:
    # Every rule outside the scope screening and the AI Act (which applies
    # without personal data) and SCRAPE-05.2 (AI Act art. 5) gives it.
    users = {rule.id for rule in catalog if _SHARED_CALL.search(Path(rule.file).read_text("utf-8"))}
    others = {rule.id for rule in catalog} - users
    assert others == {
        "AIACT-01",
        "AIACT-02",
        "AIACT-03",
        "AIACT-04",
        "SCOPE-01",
        "SCOPE-02",
        "SCRAPE-05.2",
    }


def test_the_check_catches_an_undefined_message_and_a_missing_guard(
    catalog: list[Rule], tmp_path: Path
) -> None:
    rule = next(r for r in catalog if r.id == "RET-01")
    code = Path(rule.file).read_text(encoding="utf-8")
    changed = code.replace(_SHARED_GUARD, " if true", 1) + (
        '\nresults contains result.not_applicable(rego.metadata.chain(), "outside_gdpr", {}, "")\n'
    )
    copy = tmp_path / "ret_01.rego"
    copy.write_text(changed, encoding="utf-8")
    problems = check_problems(replace(rule, file=str(copy)))
    assert "the code gives messages it does not define: ['outside_gdpr']" in problems
    assert "result.outside_gdpr guarded by 'if true'" in problems
