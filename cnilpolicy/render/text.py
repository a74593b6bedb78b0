"""Text for a terminal or a CI log: grouped by step, one line per rule, details on failures.

With --quiet, only the failures and warnings, one line each starting with
file:line:column (what editors and CI logs link). Every run closes with one
totals line: manifests by verdict, failures, warnings, and how many results
the gate (--fail-on, after the baseline) counts. With a baseline, each failure and warning carries
its tag: [new], [worse] or [unchanged].
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from itertools import groupby

import click

from cnilpolicy.errors import pointed, pointer_shown
from cnilpolicy.gate import counts_toward_gate
from cnilpolicy.i18n import N_, Np_, count_words, translate, word, words
from cnilpolicy.problem import ERROR, INVALID, Entry, ManifestProblem
from cnilpolicy.render import inert
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import (
    BASELINE_WORDS,
    SHORT_STATUS_WORDS,
    STEP_TITLES,
    WAIVER_NOTE_KINDS,
)
from cnilpolicy.render.stream import render_whole
from cnilpolicy.rule import semicolon
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
VERDICT_WORDS = {
    "compliant": N_("COMPLIANT"),
    "compliant_with_warnings": N_("COMPLIANT WITH WARNINGS"),
    "non_compliant": N_("NON COMPLIANT"),
    "error": N_("ENGINE ERROR"),
}


_PROBLEM_WORDS = {INVALID: N_("INVALID MANIFEST"), ERROR: N_("NOT EVALUATED (ENGINE ERROR)")}
_STATUS_WORDS = {FAIL: N_("fail"), WARN: N_("warning")}
_QUIET_PROBLEMS = {INVALID: N_("invalid"), ERROR: N_("error")}
#: A manifest's counts, by status, in its headline.
COUNT_WORDS = {
    FAIL: Np_("{count} fail", "{count} fail"),
    WARN: Np_("{count} warn", "{count} warn"),
    WAIVED: Np_("{count} waived", "{count} waived"),
    PASS: Np_("{count} pass", "{count} pass"),
    NOT_APPLICABLE: Np_("{count} not applicable", "{count} not applicable"),
}
#: Manifests by verdict, in the closing line.
_MANIFESTS = {
    "non_compliant": Np_("{count} non compliant", "{count} non compliant"),
    "compliant_with_warnings": Np_(
        "{count} compliant with warnings", "{count} compliant with warnings"
    ),
    "compliant": Np_("{count} compliant", "{count} compliant"),
    INVALID: Np_("{count} invalid", "{count} invalid"),
    ERROR: Np_("{count} error", "{count} errors"),
}
_WORDS = {
    "engine": N_(
        "cnilpolicy {tool}, policies {policies}, OPA {opa}, pack {pack}, evaluated on {date}"
    ),
    "step": N_("{step} [{status}]"),
    "waiver_notes": N_("waivers that did not apply"),
    "note": N_("{kind}: {message}"),
    "waived": N_("waived:"),
    "why": N_("why:"),
    "where": N_("where:"),
    "fix": N_("fix:"),
    "see": N_("see:"),
    "waiver": N_("{source} waiver: {justification}"),
    "approved_by": N_("approved by {value}"),
    "ticket": N_("ticket {value}"),
    "until": N_("until {value}"),
    "none": N_("none"),
    "problem": N_("{problem}: {message}"),
    "totals": N_("cnilpolicy: {manifests} ({verdicts}): {failures}, {warnings}{baseline}; {gate}"),
}
_WAIVER_SOURCES = {"manifest": N_("manifest"), "platform": N_("platform")}
_TOTALS = {
    "manifests": Np_("{count} manifest", "{count} manifests"),
    "failures": Np_("{count} failure", "{count} failures"),
    "warnings": Np_("{count} warning", "{count} warnings"),
    "baseline": Np_(
        ", {count} new or worse than the baseline", ", {count} new or worse than the baseline"
    ),
    "gate": Np_("--fail-on {fail_on}: {count} counted", "--fail-on {fail_on}: {count} counted"),
    "errors": Np_("{count} error", "{count} errors"),
}


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(TextRenderer, entries, options)


class TextRenderer:
    """Each manifest's lines as it comes, then the totals line.

    Every manifest string goes through inert.line (controls, line breaks and
    bidirectional overrides shown as escapes); no line may then start a GitHub
    workflow command, whatever a field begins with (each piece is whole lines).
    """

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._options = options
        self._totals = Totals(options.fail_on, options.lang)

    def entry(self, entry: Entry) -> Iterator[str]:
        color, lang = self._options.color, self._options.lang
        first = not self._totals.count
        self._totals.add(entry)
        if self._options.quiet:
            text = "".join(f"{line}\n" for line in _quiet_lines(entry, color, lang))
        elif isinstance(entry, ManifestVerdict):
            text = ("" if first else "\n") + _render_one(entry, color, lang)
        else:
            text = ("" if first else "\n") + _render_problem(entry, color, lang)
        yield inert.no_workflow_commands(text)

    def end(self) -> Iterator[str]:
        if self._options.quiet:
            yield inert.no_workflow_commands(self._totals.line() + "\n")
        elif self._totals.count:
            yield inert.no_workflow_commands("\n" + self._totals.line() + "\n")


def _tag(result: RuleResult, lang: str) -> str:
    return f" [{word(BASELINE_WORDS, lang, result.baseline)}]" if result.baseline else ""


def _one_line(text: str) -> str:
    # --quiet promises one line per finding: a message quoting a multi-line value stays on it.
    return inert.line(text)


def _quiet_lines(entry: Entry, color: bool, lang: str) -> list[str]:
    if isinstance(entry, ManifestProblem):
        problem = _paint(word(_QUIET_PROBLEMS, lang, entry.verdict), FAIL, color)
        return [
            f"{inert.line(entry.path)}:{error.line}:{error.column}: "
            + translate(lang, _WORDS["problem"]).format(
                problem=problem,
                message=_one_line(pointed(error.pointer, error.message, lang)),
            )
            for error in entry.errors
        ]
    return [
        f"{inert.line(entry.path)}:{result.line}:{result.column}: "
        f"{_paint(word(_STATUS_WORDS, lang, result.status), result.status, color)} "
        f"{result.rule_id} {_one_line(result.message)}{_tag(result, lang)}"
        for result in entry.results
        if result.status in (FAIL, WARN)
    ]


def totals(entries: Sequence[Entry], fail_on: str = "error", lang: str = "en") -> str:
    """One line: how many manifests of each verdict, and how many failures and warnings."""
    counter = Totals(fail_on, lang)
    for entry in entries:
        counter.add(entry)
    return counter.line()


class Totals:
    """The counts of the totals line, kept as entries pass."""

    def __init__(self, fail_on: str, lang: str = "en") -> None:
        self.fail_on = fail_on
        self.lang = lang
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
        lang, by_verdict = self.lang, self._by_verdict
        order = ["non_compliant", "compliant_with_warnings", "compliant", INVALID, ERROR]
        manifests = ", ".join(
            count_words(_MANIFESTS[verdict], lang, by_verdict[verdict])
            for verdict in order
            if by_verdict.get(verdict)
        )
        baseline = count_words(_TOTALS["baseline"], lang, self._new) if self._baseline else ""
        return translate(lang, _WORDS["totals"]).format(
            manifests=count_words(_TOTALS["manifests"], lang, self.count),
            verdicts=manifests or translate(lang, _WORDS["none"]),
            failures=count_words(_TOTALS["failures"], lang, self._failures),
            warnings=count_words(_TOTALS["warnings"], lang, self._warnings),
            baseline=baseline,
            gate=count_words(_TOTALS["gate"], lang, self._gate, fail_on=self.fail_on),
        )


def _render_problem(problem: ManifestProblem, color: bool, lang: str) -> str:
    count = count_words(_TOTALS["errors"], lang, len(problem.errors))
    headline = _paint(word(_PROBLEM_WORDS, lang, problem.verdict), FAIL, color, bold=True)
    path = inert.line(problem.path)
    lines = [f"{path}: {headline} ({count})"]
    # "file:line:column: " is what editors read, in every language; what follows is lang's.
    lines.extend(
        f"  {path}:{error.line}:{error.column}: "
        f"{inert.line(pointed(error.pointer, error.message, lang))}"
        for error in problem.errors
    )
    lines.append("")
    return "\n".join(lines)


def _paint(text: str, status: str, color: bool, bold: bool = False) -> str:
    if not color:
        return text
    return click.style(text, fg=_COLORS.get(status), bold=bold, dim=status == NOT_APPLICABLE)


def _render_one(verdict: ManifestVerdict, color: bool, lang: str) -> str:
    counts = verdict.counts()
    overall = {"compliant": PASS, "compliant_with_warnings": WARN}.get(verdict.verdict, FAIL)
    summary = ", ".join(
        count_words(COUNT_WORDS[s], lang, counts[s])
        for s in (FAIL, WARN, WAIVED, PASS, NOT_APPLICABLE)
    )
    engine = verdict.engine
    said = words(_WORDS, lang)
    headline = _paint(word(VERDICT_WORDS, lang, verdict.verdict), overall, color, bold=True)
    path = inert.line(verdict.path)
    if verdict.error is not None:
        return f"{path}: {headline}: {inert.line(verdict.error)}\n"
    lines = [
        f"{path}: {headline} ({summary})",
        "  "
        + said["engine"].format(
            tool=engine.tool_version,
            policies=inert.line(engine.policy_version),
            opa=inert.line(engine.opa_version),
            pack=verdict.pack,
            date=verdict.evaluation_date,
        ),
    ]
    notice = verdict.unevaluated_notice()
    if notice:
        lines.append(f"  {_paint(notice, WARN, color)}")
    status_of_step = {step.id: step.status for step in verdict.steps}
    for step, step_results in groupby(verdict.results, key=lambda r: r.step):
        status = status_of_step[step]
        lines.append("")
        heading = said["step"].format(
            step=step,
            title=word(STEP_TITLES, lang, step),
            status=word(SHORT_STATUS_WORDS, lang, status),
        )
        lines.append(_paint(heading, status, color, bold=True))
        for _rule_id, rule_results in groupby(step_results, key=lambda r: r.rule_id):
            lines.extend(_render_rule(list(rule_results), path, color, said, lang))
    if verdict.waiver_notes:
        lines += ["", _paint(said["waiver_notes"], WARN, color, bold=True)]
        lines += [
            "  ! "
            + said["note"].format(
                kind=word(WAIVER_NOTE_KINDS, lang, note.kind), message=inert.line(note.message)
            )
            for note in verdict.waiver_notes
        ]
    lines.append("")
    return "\n".join(lines)


def _describe_waiver(waiver: Waiver, said: dict[str, str], lang: str) -> str:
    details = [
        said[label].format(value=value)
        for label, value in (
            ("approved_by", waiver.approved_by),
            ("ticket", waiver.ticket),
            ("until", waiver.expires),
        )
        if value
    ]
    suffix = f" ({', '.join(details)})" if details else ""
    source = word(_WAIVER_SOURCES, lang, waiver.source)
    described = said["waiver"].format(source=source, justification=waiver.justification)
    return inert.line(f"{described}{suffix}")


def _labels(said: dict[str, str], *keys: str) -> list[str]:
    """Labels padded to one width, so that what follows them lines up."""
    width = max(len(said[key]) for key in keys) + 1
    return [said[key].ljust(width) for key in keys]


def _render_rule(
    results: list[RuleResult], path: str, color: bool, said: dict[str, str], lang: str
) -> list[str]:
    first = results[0]
    status = worst_status([r.status for r in results])
    mark = _paint(_MARKS[status], status, color)
    lines = [f"  {mark} {inert.line(first.rule_id):<12} {inert.line(first.title)}"]
    waived_label, waived_where = _labels(said, "waived", "where")
    for result in results:
        if result.status == WAIVED and result.waiver is not None:
            lines.append(f"      {waived_label}{_describe_waiver(result.waiver, said, lang)}")
            lines.append(
                f"      {waived_where}{path}:{result.line}:{result.column}"
                f" ({inert.line(pointer_shown(result.pointer, lang))})"
            )
    failing = [r for r in results if r.status in (FAIL, WARN)]
    if not failing:
        return lines
    why, where, fix, see = _labels(said, "why", "where", "fix", "see")
    for result in failing:
        lines.append(f"      {why}{inert.line(result.message)}{_tag(result, lang)}")
        lines.append(
            f"      {where}{path}:{result.line}:{result.column}"
            f" ({inert.line(pointer_shown(result.pointer, lang))})"
        )
    lines.append(f"      {fix}{inert.line(first.remediation)}")
    references = semicolon(lang).join(
        inert.line(f"{ref.label} <{ref.url}>" if ref.url else ref.label) for ref in first.references
    )
    lines.append(f"      {see}{references}")
    return lines
