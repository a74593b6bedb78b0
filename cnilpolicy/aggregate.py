"""Turn OPA's per-rule decisions into a verdict for one manifest."""

from __future__ import annotations

from collections.abc import Mapping
from sys import intern
from typing import Any

from cnilpolicy import __version__
from cnilpolicy.engine.contract import Decision
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.packs import Pack
from cnilpolicy.pointer import MISSING, resolve
from cnilpolicy.rule import Rule, rule_order
from cnilpolicy.sections import unevaluated_sections
from cnilpolicy.verdict import (
    COMPLIANT,
    COMPLIANT_WITH_WARNINGS,
    ERROR,
    FAIL,
    NON_COMPLIANT,
    NOT_APPLICABLE,
    PASS,
    WARN,
    ActionItem,
    DerivedFact,
    Engine,
    ManifestVerdict,
    Reference,
    RuleResult,
    StepOutcome,
)
from cnilpolicy.waivers import PlatformPolicy, apply_waivers


def rule_descriptions(catalog: Mapping[str, Mapping[str, Any]]) -> dict[str, Rule]:
    """The rules OPA described for the run (checked by the engine), typed, by rule id.

    One object per rule for the whole run: every result of that rule, in
    every verdict of a batch, shares its texts (Rule.title_in gives the same
    string each time).
    """
    return {
        rule_id: Rule(
            id=rule_id,
            step=str(entry["step"]),
            level=str(entry["level"]),
            severity=str(entry["severity"]),
            title=dict(entry["title"]),
            remediation=dict(entry["remediation"]),
            references=tuple(
                Reference(label=str(ref["label"]), url=ref.get("url"))
                for ref in entry["references"]
            ),
        )
        for rule_id, entry in catalog.items()
    }


def result_status(decision: str, severity: str) -> str:
    """A failed obligation (severity error) fails; a failed recommendation warns."""
    if decision == "fail":
        return FAIL if severity == "error" else WARN
    return decision


_EVIDENCE_LENGTH = 160


def evidence_value(data: Any, pointer: str) -> str | None:
    """The value at pointer as short text to quote, or None (absent, or a whole section)."""
    value = resolve(data, pointer)
    if value is MISSING:
        return None
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        text = ", ".join(_scalar(v) for v in value)
    elif isinstance(value, dict | list) or not pointer:
        return None
    else:
        text = _scalar(value)
    return text if len(text) <= _EVIDENCE_LENGTH else text[: _EVIDENCE_LENGTH - 1] + "…"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def step_status(results: list[RuleResult]) -> str:
    statuses = {result.status for result in results}
    for status in (FAIL, WARN):
        if status in statuses:
            return status
    return NOT_APPLICABLE if statuses <= {NOT_APPLICABLE} else PASS


def overall_verdict(results: list[RuleResult]) -> str:
    statuses = {result.status for result in results}
    if FAIL in statuses:
        return NON_COMPLIANT
    if WARN in statuses:
        return COMPLIANT_WITH_WARNINGS
    return COMPLIANT


def build_verdict(
    manifest: LoadedManifest,
    decision: Decision,
    descriptions: Mapping[str, Rule],
    *,
    pack: Pack,
    lang: str,
    evaluation_date: str,
    opa_version: str,
    platform: PlatformPolicy | None = None,
) -> ManifestVerdict:
    # The decision kept the answer contract (cnilpolicy.engine.contract): every
    # result is of a described rule of the pack's steps, and every step has one.
    step_index = {step: index for index, step in enumerate(pack.steps)}
    results = []
    for raw in decision.results:
        description = descriptions[raw["rule_id"]]
        line, column = manifest.position(raw["pointer"])
        # Ids and levels repeat in every verdict of a batch, and so do the texts
        # of the descriptions: one copy of each keeps 10,000 verdicts in memory.
        results.append(
            RuleResult(
                rule_id=intern(raw["rule_id"]),
                step=intern(raw["step"]),
                status=result_status(raw["decision"], raw["severity"]),
                severity=intern(raw["severity"]),
                level=intern(raw["level"]),
                title=description.title_in(lang),
                message=raw["message"],
                pointer=raw["pointer"],
                line=line,
                column=column,
                remediation=description.remediation_in(lang),
                value=evidence_value(manifest.data, raw["pointer"]),
                references=description.references,
            )
        )
    results, notes = apply_waivers(
        results,
        manifest_path=manifest.path,
        manifest_data=manifest.data,
        platform=platform or PlatformPolicy(),
        evaluation_date=evaluation_date,
        lang=lang,
    )
    results.sort(
        key=lambda r: (step_index[r.step], rule_order(r.rule_id), r.pointer, r.status, r.message)
    )
    by_step: dict[str, list[RuleResult]] = {step: [] for step in pack.steps}
    for result in results:
        by_step[result.step].append(result)
    facts = sorted(
        (
            DerivedFact(
                id=str(fact["id"]),
                value=fact.get("value"),
                basis=tuple(sorted(str(item) for item in fact.get("basis", []))),
                pointer=str(fact.get("pointer", "")),
            )
            for fact in decision.derived_facts
        ),
        key=lambda fact: (fact.id, fact.pointer),
    )
    return ManifestVerdict(
        verdict=overall_verdict(results),
        path=manifest.path,
        sha256=manifest.sha256,
        engine=Engine(__version__, opa_version, decision.policy_version),
        pack=pack.id,
        lang=lang,
        evaluation_date=evaluation_date,
        steps=tuple(StepOutcome(step, step_status(by_step[step])) for step in pack.steps),
        results=tuple(results),
        derived_facts=tuple(facts),
        waiver_notes=tuple(notes),
        project=_name(manifest.data.get("project")),
        organisation=_name(manifest.data.get("organisation")),
        action_plan=_action_plan(manifest.data.get("action_plan")),
        unevaluated_sections=unevaluated_sections(manifest.data, pack),
    )


def error_verdict(
    path: str,
    sha256: str,
    message: str,
    *,
    pack: Pack,
    lang: str,
    evaluation_date: str,
    opa_version: str,
    policy_version: str = "",
) -> ManifestVerdict:
    """A manifest the engine could not judge: reported as such, never as a pass."""
    return ManifestVerdict(
        verdict=ERROR,
        path=path,
        sha256=sha256,
        engine=Engine(__version__, opa_version, policy_version),
        pack=pack.id,
        lang=lang,
        evaluation_date=evaluation_date,
        steps=(),
        results=(),
        error=message,
    )


def _action_plan(entries: Any) -> tuple[ActionItem, ...]:
    if not isinstance(entries, list):
        return ()
    items = [
        ActionItem(
            rule=str(entry.get("rule", "")),
            action=str(entry.get("action", "")),
            owner=entry.get("owner"),
            due=entry.get("due"),
            status=entry.get("status"),
        )
        for entry in entries
        if isinstance(entry, dict)
    ]
    return tuple(
        sorted(items, key=lambda item: (rule_order(item.rule), item.due or "", item.action))
    )


def _name(section: Any) -> str | None:
    name = section.get("name") if isinstance(section, dict) else None
    return name if isinstance(name, str) else None
