"""A compact Markdown summary, fit for a merge-request comment or GITHUB_STEP_SUMMARY.

The verdict per manifest with its counts, one table row per failure or warning,
and the rest (waived findings, passed and not-applicable rules) folded in
<details>. The reviewer's full report is the `markdown` format, not this one.

Manifests are listed worst first (an engine error, an invalid manifest, then
non-compliant...), an invalid manifest with its errors. The whole stays under
MAX_BYTES, below GitHub's cap of 1 MiB for a step summary, however large the
batch: sections are filled in order of importance (the table of manifests,
invalid manifests, failures and warnings, waived findings, waivers that did
not apply, each manifest's passed and not-applicable rules, folded) and what
does not fit is left out with a notice saying how much and where to find it.

Every text that comes from a manifest is escaped: a manifest is written by the
team under review, and its values end up in the messages. Unescaped, a value
could break the tables, inject HTML or links, or @-mention people in a comment.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from itertools import groupby

from cnilpolicy.gate import counted_in
from cnilpolicy.i18n import N_, word, words
from cnilpolicy.problem import ERROR, INVALID, Entry, ManifestProblem, overall_verdict
from cnilpolicy.render import inert
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import BASELINE_WORDS, WAIVER_NOTE_KINDS
from cnilpolicy.verdict import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    WAIVED,
    WARN,
    ManifestVerdict,
    RuleResult,
    worst_status,
)

_LABELS: dict[str, str] = {
    "compliant": N_("Compliant"),
    "compliant_with_warnings": N_("Compliant with warnings"),
    "non_compliant": N_("Non compliant"),
    "error": N_("Not evaluated (engine error)"),
    "fail": N_("fail"),
    "warn": N_("warning"),
    "waived": N_("waived"),
    "pass": N_("pass"),
    "not_applicable": N_("not applicable"),
    "manifest": N_("Manifest"),
    "verdict": N_("Verdict"),
    "findings": N_("Failures and warnings"),
    "no_findings": N_("No failure or warning."),
    "status": N_("Status"),
    "rule": N_("Rule"),
    "title": N_("Title"),
    "where": N_("Where"),
    "message": N_("Message"),
    "waived_findings": N_("Waived findings"),
    "waiver_notes": N_("Waivers that did not apply"),
    "justification": N_("Justification"),
    "approved_by": N_("Approved by"),
    "expires": N_("Expires"),
    "other_rules": N_("Passed and not applicable rules"),
    "no_manifest": N_("No manifest was evaluated."),
    "footer": N_(
        "evaluated on {date} · pack {pack} · cnilpolicy {tool} · policies {policies} · OPA {opa}"
    ),
    "disclaimer": N_("A technical aid, not legal advice."),
    "invalid": N_("Invalid manifest"),
    "problems": N_("Manifests without a verdict"),
    "gate": N_("Gate `--fail-on {fail_on}`: {counted} result(s) make the run fail."),
    "notices_left_out": N_("{count} more manifests have sections not evaluated by their pack."),
    "truncated": N_(
        "Truncated: {rows} more rows are not shown, to keep this summary under GitHub's 1 MiB "
        "cap. The full report: `--format json`, `sarif` or `markdown`."
    ),
}

_VERDICT_ICONS = {
    "compliant": "✅",
    "compliant_with_warnings": "⚠️",
    "non_compliant": "❌",
    INVALID: "⛔",
    ERROR: "🛑",
}
#: Worst first: the order of the table of manifests.
_VERDICT_ORDER = (ERROR, INVALID, "non_compliant", "compliant_with_warnings", "compliant")
#: Under GitHub's cap of 1 MiB for a step summary (1,048,576 bytes), with room to spare
#: for the line the CLI adds: the tool's own margin.
MAX_BYTES = 1_000_000
_STATUS_ICONS = {FAIL: "❌", WARN: "⚠️", WAIVED: "🔕", PASS: "✅", NOT_APPLICABLE: "⚪"}
_COUNT_ORDER = (FAIL, WARN, WAIVED, PASS, NOT_APPLICABLE)

# Characters that start Markdown or HTML markup, plus `@` (mentions) and `$` (GitHub's
# math). Any ASCII punctuation may be backslash-escaped in CommonMark, so this is safe.
_MARKUP = re.compile(r"([\\`*_\[\]<>&|~@$!#])")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def labels(lang: str) -> dict[str, str]:
    return words(_LABELS, lang)


def _one_line(text: str) -> str:
    # A line break would end a table row or a list item early; other controls
    # (and bidirectional overrides) are shown as escapes, never acted on.
    return inert.visible(_LINE_BREAKS.sub(" ", text).strip())


def escape_text(text: str) -> str:
    """Text shown as itself, on one line, whatever Markdown or HTML it contains."""
    return inert.no_autolinks(_MARKUP.sub(r"\\\1", _one_line(text)))


def code_span(text: str) -> str:
    """Text in a code span; its pipes stay escaped so that it may sit in a table cell."""
    text = _one_line(text).replace("|", "\\|")
    if not text:
        return ""
    # A code span ends at a backtick run as long as its opening: open with a longer one.
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") or longest else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def where(verdict: ManifestVerdict, result: RuleResult) -> str:
    """The finding's place: file, line and column, then the JSON pointer."""
    place = code_span(f"{verdict.path}:{result.line}:{result.column}")
    return f"{place} {code_span(result.pointer or '/')}"


class _Budget:
    """Bytes left for the summary's rows, and how many rows did not fit."""

    def __init__(self, available: int) -> None:
        self.left = available
        self.dropped = 0

    def take(self, text: str, rows: int = 1) -> bool:
        """Whether text fits; if not, rows more rows are counted as left out."""
        size = len(text.encode("utf-8")) + 2  # with the line breaks around it
        if self.dropped or size > self.left:
            self.dropped += rows
            return False
        self.left -= size
        return True


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    words = labels(options.lang)
    if not entries:
        return f"### cnilpolicy\n\n{words['no_manifest']}\n"
    ordered = sorted(entries, key=lambda entry: _VERDICT_ORDER.index(entry.verdict))
    verdicts = [entry for entry in ordered if isinstance(entry, ManifestVerdict)]
    problems = [entry for entry in ordered if isinstance(entry, ManifestProblem)]
    overall = overall_verdict(entries)
    heading = f"### cnilpolicy: {_VERDICT_ICONS.get(overall, '')} {words.get(overall, overall)}"
    heading += "\n\n" + words["gate"].format(
        fail_on=options.fail_on, counted=counted_in(verdicts, options.fail_on)
    )
    footer = _footer(verdicts, words)
    notice = words["truncated"].format(rows=10**9)
    budget = _Budget(MAX_BYTES - len(f"{heading}\n\n{notice}\n\n{footer}\n".encode()) - 256)
    sections = [
        _counts_table(ordered, words, budget),
        _problems(problems, words, budget),
        _findings(verdicts, words, budget),
        _waived(verdicts, words, budget),
        _waiver_notes(verdicts, words, budget),
        *(_other_rules(verdict, words, budget) for verdict in verdicts),
    ]
    shown = [heading, *(section for section in sections if section)]
    if budget.dropped:
        shown.append(words["truncated"].format(rows=budget.dropped))
    shown.append(footer)
    return "\n\n".join(shown) + "\n"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], budget: _Budget) -> str:
    """The table with the rows that fit; empty if none does."""
    lines = [_row(header), _row(["---"] * len(header))]
    if not budget.take("\n".join(lines), rows=len(rows)):
        return ""
    for row in rows:
        line = _row(row)
        if budget.take(line):
            lines.append(line)
    return "\n".join(lines) if len(lines) > 2 else ""


def _status(status: str, words: dict[str, str]) -> str:
    return f"{_STATUS_ICONS.get(status, '')} {words.get(status, status)}"


def _counts_table(entries: Sequence[Entry], words: dict[str, str], budget: _Budget) -> str:
    header = [words["manifest"], words["verdict"]] + [
        _status(status, words) for status in _COUNT_ORDER
    ]
    rows = []
    for verdict in entries:
        counts = verdict.counts() if isinstance(verdict, ManifestVerdict) else {}
        rows.append(
            [
                code_span(verdict.path),
                f"{_VERDICT_ICONS.get(verdict.verdict, '')} {words.get(verdict.verdict, '')}"
                + (f": {escape_text(error)}" if (error := getattr(verdict, "error", None)) else ""),
                *(str(counts.get(status, 0)) if counts else "" for status in _COUNT_ORDER),
            ]
        )
    return _table(header, rows, budget)


def _problems(problems: Sequence[ManifestProblem], words: dict[str, str], budget: _Budget) -> str:
    """Each invalid manifest's errors, and each manifest the engine could not evaluate."""
    rows = [
        [
            f"{_VERDICT_ICONS[problem.verdict]} {words[problem.verdict]}",
            code_span(f"{problem.path}:{error.line}:{error.column}")
            + (f" {code_span(error.pointer)}" if error.pointer else ""),
            escape_text(error.message),
        ]
        for problem in problems
        for error in problem.errors
    ]
    if not rows:
        return ""
    table = _table([words["verdict"], words["where"], words["message"]], rows, budget)
    return f"#### {words['problems']}\n\n{table}" if table else ""


def _baseline(state: str, lang: str) -> str:
    return f" **{word(BASELINE_WORDS, lang, state)}**"


def _findings(verdicts: Sequence[ManifestVerdict], words: dict[str, str], budget: _Budget) -> str:
    rows = [
        [
            _status(result.status, words),
            code_span(result.rule_id),
            escape_text(result.title),
            where(verdict, result),
            escape_text(result.message)
            + (
                f" **{word(BASELINE_WORDS, verdict.lang, result.baseline)}**"
                if result.baseline
                else ""
            ),
        ]
        for verdict in verdicts
        for result in verdict.results
        if result.status in (FAIL, WARN)
    ]
    heading = f"#### {words['findings']}"
    if not rows:
        return f"{heading}\n\n{words['no_findings']}"
    header = [words["status"], words["rule"], words["title"], words["where"], words["message"]]
    table = _table(header, rows, budget)
    return f"{heading}\n\n{table}" if table else ""


def _waived(verdicts: Sequence[ManifestVerdict], words: dict[str, str], budget: _Budget) -> str:
    rows = []
    for verdict in verdicts:
        for result in verdict.results:
            if result.status != WAIVED:
                continue
            waiver = result.waiver
            rows.append(
                [
                    code_span(result.rule_id),
                    escape_text(result.title),
                    where(verdict, result),
                    escape_text(waiver.justification) if waiver else "",
                    escape_text(waiver.approved_by or "") if waiver else "",
                    escape_text(waiver.expires or "") if waiver else "",
                ]
            )
    if not rows:
        return ""
    header = [
        words["rule"],
        words["title"],
        words["where"],
        words["justification"],
        words["approved_by"],
        words["expires"],
    ]
    return _details(
        f"{_STATUS_ICONS[WAIVED]} {words['waived_findings']} ({len(rows)})", header, rows, budget
    )


def _waiver_notes(
    verdicts: Sequence[ManifestVerdict], words: dict[str, str], budget: _Budget
) -> str:
    lines = [
        f"- {code_span(note.waiver.rule)} "
        f"({escape_text(word(WAIVER_NOTE_KINDS, verdict.lang, note.kind))}, "
        f"{escape_text(verdict.path)}): {escape_text(note.message)}"
        for verdict in verdicts
        for note in verdict.waiver_notes
    ]
    kept = [line for line in lines if budget.take(line)]
    if not kept:
        return ""
    return f"#### {words['waiver_notes']}\n\n" + "\n".join(kept)


def _other_rules(verdict: ManifestVerdict, words: dict[str, str], budget: _Budget) -> str:
    """Rules whose every result passed or did not apply, one row per rule."""
    rows = []
    for rule_id, results in groupby(verdict.results, key=lambda result: result.rule_id):
        rule_results = list(results)
        status = worst_status([result.status for result in rule_results])
        if status in (PASS, NOT_APPLICABLE):
            rows.append(
                [_status(status, words), code_span(rule_id), escape_text(rule_results[0].title)]
            )
    counts = verdict.counts()
    summary = (
        f"{words['other_rules']}: {verdict.path} ({counts[PASS]} {words[PASS]},"
        f" {counts[NOT_APPLICABLE]} {words[NOT_APPLICABLE]})"
    )
    return _details(summary, [words["status"], words["rule"], words["title"]], rows, budget)


def _details(
    summary: str, header: Sequence[str], rows: Sequence[Sequence[str]], budget: _Budget
) -> str:
    # <summary> is HTML, not Markdown: escape it as HTML. The blank lines let the
    # table inside be read as Markdown.
    opening = f"<details>\n<summary>{html.escape(_one_line(summary))}</summary>"
    if not budget.take(opening + "\n</details>", rows=max(len(rows), 1)):
        return ""
    table = _table(header, rows, budget) if rows else ""
    if not table:
        return f"{opening}\n</details>"
    return f"{opening}\n\n{table}\n\n</details>"


#: At most this many lines of footer: the rest of the notices are counted, not listed.
_FOOTER_NOTICES = 50


def _footer(verdicts: Sequence[ManifestVerdict], words: dict[str, str]) -> str:
    lines: list[str] = []
    left_out = 0
    for verdict in verdicts:
        line = words["footer"].format(
            date=escape_text(verdict.evaluation_date),
            pack=escape_text(verdict.pack),
            tool=escape_text(verdict.engine.tool_version),
            policies=escape_text(verdict.engine.policy_version),
            opa=escape_text(verdict.engine.opa_version),
        )
        if line not in lines:
            lines.append(line)
        notice = verdict.unevaluated_notice()
        if notice and len(lines) < _FOOTER_NOTICES:
            lines.append(escape_text(f"{verdict.path}: {notice}"))
        elif notice:
            left_out += 1
    if left_out:
        # A batch's every manifest would otherwise weigh on the 1 MiB cap of the summary.
        lines.append(words["notices_left_out"].format(count=left_out))
    lines.append(words["disclaimer"])
    return "<sub>" + "<br>".join(lines) + "</sub>"
