"""Text for a terminal or a CI log: grouped by step, one line per rule, details on failures.

With --quiet, only the failures and warnings, one line each starting with
file:line:column (what editors and CI logs link). Every run closes with one
totals line: manifests by verdict, failures, warnings, and how many results
the gate (--fail-on, after the baseline) counts. With a baseline, each failure and warning carries
its tag: [new], [worse] or [unchanged].
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

import click

from cnilpolicy.gate import counts_toward_gate
from cnilpolicy.problem import ERROR, INVALID, Entry, ManifestProblem
from cnilpolicy.render import inert
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.stream import render_whole
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


_PROBLEM_WORDS = {INVALID: "INVALID MANIFEST", ERROR: "NOT EVALUATED (ENGINE ERROR)"}
_STATUS_WORDS = {FAIL: "fail", WARN: "warning"}


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(TextRenderer, entries, options)


class TextRenderer:
    """Each manifest's lines as it comes, then the totals line.

    Every manifest string goes through inert.line (controls, line breaks and
    bidirectional overrides shown as escapes); no line may then start a GitHub
    workflow command, whatever a field begins with (each piece is whole lines).
    """

    def __init__(self, options: RenderOptions, paths: Sequence[str]) -> None:
        self._options = options
        self._totals = Totals(options.fail_on)

    def entry(self, entry: Entry) -> Iterator[str]:
        color = self._options.color
        first = not self._totals.count
        self._totals.add(entry)
        if self._options.quiet:
            text = "".join(f"{line}\n" for line in _quiet_lines(entry, color))
        elif isinstance(entry, ManifestVerdict):
            text = ("" if first else "\n") + _render_one(entry, color)
        else:
            text = ("" if first else "\n") + _render_problem(entry, color)
        yield inert.no_workflow_commands(text)

    def end(self) -> Iterator[str]:
        if self._options.quiet:
            yield inert.no_workflow_commands(self._totals.line() + "\n")
        elif self._totals.count:
            yield inert.no_workflow_commands("\n" + self._totals.line() + "\n")


def _tag(result: RuleResult) -> str:
    return f" [{result.baseline}]" if result.baseline else ""


def _one_line(text: str) -> str:
    # --quiet promises one line per finding: a message quoting a multi-line value stays on it.
    return inert.line(text)


def _quiet_lines(entry: Entry, color: bool) -> list[str]:
    if isinstance(entry, ManifestProblem):
        word = _paint(entry.verdict, FAIL, color)
        return [
            f"{inert.line(entry.path)}:{error.line}:{error.column}: {word}: "
            f"{_one_line(error.pointer or '/')}: {_one_line(error.message)}"
            for error in entry.errors
        ]
    return [
        f"{inert.line(entry.path)}:{result.line}:{result.column}: "
        f"{_paint(_STATUS_WORDS[result.status], result.status, color)} "
        f"{result.rule_id} {_one_line(result.message)}{_tag(result)}"
        for result in entry.results
        if result.status in (FAIL, WARN)
    ]


def totals(entries: Sequence[Entry], fail_on: str = "error") -> str:
    """One line: how many manifests of each verdict, and how many failures and warnings."""
    counter = Totals(fail_on)
    for entry in entries:
        counter.add(entry)
    return counter.line()


class Totals:
    """The counts of the totals line, kept as entries pass."""

    def __init__(self, fail_on: str) -> None:
        self.fail_on = fail_on
        self.count = 0
        self._by_verdict: dict[str, int] = {}
        self._failures = self._warnings = self._new = self._gate = 0
        self._baseline = False

    def add(self, entry: Entry) -> None:
        self.count += 1
        self._by_verdict[entry.verdict] = self._by_verdict.get(entry.verdict, 0) + 1
        if not isinstance(entry, ManifestVerdict):
            return
        for result in entry.results:
            self._failures += result.status == FAIL
            self._warnings += result.status == WARN
            self._new += result.baseline in ("new", "worse")
            self._baseline = self._baseline or bool(result.baseline)
            self._gate += counts_toward_gate(result, self.fail_on)

    def line(self) -> str:
        by_verdict = self._by_verdict
        order = ["non_compliant", "compliant_with_warnings", "compliant", INVALID, ERROR]
        manifests = ", ".join(
            f"{by_verdict[verdict]} {verdict.replace('_', ' ')}"
            for verdict in order
            if by_verdict.get(verdict)
        )
        failures, warnings = self._failures, self._warnings
        baseline = f", {self._new} new or worse than the baseline" if self._baseline else ""
        noun = "manifest" if self.count == 1 else "manifests"
        return (
            f"cnilpolicy: {self.count} {noun} ({manifests or 'none'}): "
            f"{failures} failure{'s' * (failures != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}{baseline}; "
            f"--fail-on {self.fail_on}: {self._gate} counted"
        )


def _render_problem(problem: ManifestProblem, color: bool) -> str:
    count = len(problem.errors)
    headline = _paint(_PROBLEM_WORDS[problem.verdict], FAIL, color, bold=True)
    path = inert.line(problem.path)
    lines = [f"{path}: {headline} ({count} error{'s' * (count != 1)})"]
    lines.extend(
        f"  {path}:{error.line}:{error.column}: {inert.line(error.pointer or '/')}: "
        f"{inert.line(error.message)}"
        for error in problem.errors
    )
    lines.append("")
    return "\n".join(lines)


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
        lines.append(f"      why:   {inert.line(result.message)}{_tag(result)}")
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
