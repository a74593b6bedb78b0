"""Text for a terminal or a CI log: grouped by step, one line per rule, details on failures."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

import click

from cnilpolicy.render import inert
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.verdict import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    WAIVED,
    WARN,
    ManifestVerdict,
    RuleResult,
    Waiver,
    worst_status,
)

_MARKS = {PASS: "✓", FAIL: "✗", WARN: "!", NOT_APPLICABLE: "-", WAIVED: "~"}
_COLORS = {PASS: "green", FAIL: "red", WARN: "yellow", NOT_APPLICABLE: None, WAIVED: "cyan"}
_VERDICT_WORDS = {
    "compliant": "COMPLIANT",
    "compliant_with_warnings": "COMPLIANT WITH WARNINGS",
    "non_compliant": "NON COMPLIANT",
    "error": "ENGINE ERROR",
}


def render(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> str:
    # Every manifest string goes through inert.line (controls, line breaks and
    # bidirectional overrides shown as escapes); no line may then start a GitHub
    # workflow command, whatever a field begins with.
    text = "\n".join(_render_one(verdict, options.color) for verdict in verdicts)
    return inert.no_workflow_commands(text)


def _paint(text: str, status: str, color: bool, bold: bool = False) -> str:
    if not color:
        return text
    return click.style(text, fg=_COLORS.get(status), bold=bold, dim=status == NOT_APPLICABLE)


def _render_one(verdict: ManifestVerdict, color: bool) -> str:
    counts = verdict.counts()
    overall = {"compliant": PASS, "compliant_with_warnings": WARN}.get(verdict.verdict, FAIL)
    summary = ", ".join(
        f"{counts[s]} {s.replace('_', ' ')}" for s in (FAIL, WARN, WAIVED, PASS, NOT_APPLICABLE)
    )
    engine = verdict.engine
    headline = _paint(_VERDICT_WORDS[verdict.verdict], overall, color, bold=True)
    path = inert.line(verdict.path)
    if verdict.error is not None:
        return f"{path}: {headline}: {inert.line(verdict.error)}\n"
    lines = [
        f"{path}: {headline} ({summary})",
        f"  cnilpolicy {engine.tool_version}, policies {inert.line(engine.policy_version)},"
        f" OPA {inert.line(engine.opa_version)}, pack {verdict.pack},"
        f" evaluated on {verdict.evaluation_date}",
    ]
    notice = verdict.unevaluated_notice()
    if notice:
        lines.append(f"  {_paint(notice, WARN, color)}")
    status_of_step = {step.id: step.status for step in verdict.steps}
    for step, step_results in groupby(verdict.results, key=lambda r: r.step):
        status = status_of_step[step]
        lines.append("")
        lines.append(_paint(f"{step} [{status.replace('_', ' ')}]", status, color, bold=True))
        for _rule_id, rule_results in groupby(step_results, key=lambda r: r.rule_id):
            lines.extend(_render_rule(list(rule_results), path, color))
    if verdict.waiver_notes:
        lines += ["", _paint("waivers that did not apply", WARN, color, bold=True)]
        lines += [f"  ! {note.kind}: {inert.line(note.message)}" for note in verdict.waiver_notes]
    lines.append("")
    return "\n".join(lines)


def _describe_waiver(waiver: Waiver) -> str:
    details = [
        f"{label} {value}"
        for label, value in (
            ("approved by", waiver.approved_by),
            ("ticket", waiver.ticket),
            ("until", waiver.expires),
        )
        if value
    ]
    suffix = f" ({', '.join(details)})" if details else ""
    return inert.line(f"{waiver.source} waiver: {waiver.justification}{suffix}")


def _render_rule(results: list[RuleResult], path: str, color: bool) -> list[str]:
    first = results[0]
    status = worst_status([r.status for r in results])
    mark = _paint(_MARKS[status], status, color)
    lines = [f"  {mark} {inert.line(first.rule_id):<12} {inert.line(first.title)}"]
    for result in results:
        if result.status == WAIVED and result.waiver is not None:
            lines.append(f"      waived: {_describe_waiver(result.waiver)}")
            lines.append(
                f"      where:  {path}:{result.line}:{result.column}"
                f" ({inert.line(result.pointer or '/')})"
            )
    failing = [r for r in results if r.status in (FAIL, WARN)]
    if not failing:
        return lines
    for result in failing:
        lines.append(f"      why:   {inert.line(result.message)}")
        lines.append(
            f"      where: {path}:{result.line}:{result.column}"
            f" ({inert.line(result.pointer or '/')})"
        )
    lines.append(f"      fix:   {inert.line(first.remediation)}")
    references = "; ".join(
        inert.line(f"{ref.label} <{ref.url}>" if ref.url else ref.label) for ref in first.references
    )
    lines.append(f"      see:   {references}")
    return lines
