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
from collections.abc import Collection, Iterator, Sequence
from itertools import groupby

from cnilpolicy.gate import counts_toward_gate
from cnilpolicy.i18n import N_, word, words
from cnilpolicy.problem import ERROR, INVALID, Entry, ManifestProblem, Overall
from cnilpolicy.render import inert
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import BASELINE_WORDS, WAIVER_NOTE_KINDS
from cnilpolicy.render.stream import render_whole
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

    def skip(self, rows: int) -> None:
        """Rows that cannot fit, kept by no one: the budget ran out before them."""
        self.dropped += rows


class _Rows:
    """The rows of one table (or lines of one list) that could ever be shown, and how many more.

    The summary is cut at MAX_BYTES: once the rows kept add up to more, no later
    row can fit, so the rest are only counted (for the notice of what was left out).
    """

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.more = 0
        self._size = 0

    def add(self, row: str) -> None:
        if self.more or self._size > MAX_BYTES:
            self.more += 1
            return
        self.kept.append(row)
        self._size += len(row.encode("utf-8")) + 2

    def __len__(self) -> int:
        return len(self.kept) + self.more

    @staticmethod
    def joined(parts: Sequence[_Rows]) -> _Rows:
        """The rows of the parts in order (past the first part cut short, only counted)."""
        whole = _Rows()
        for part in parts:
            if whole.more:
                whole.more += len(part)
                continue
            whole.kept.extend(part.kept)
            whole.more += part.more
        return whole


class _Blocks:
    """Each manifest's folded block of passed and not-applicable rules, as far as could fit."""

    def __init__(self) -> None:
        self.kept: list[tuple[str, _Rows]] = []
        #: The rows the blocks not kept would count as left out.
        self.more = 0
        self._size = 0

    def add(self, summary: str, rows: _Rows) -> None:
        if self.more or self._size > MAX_BYTES:
            self.more += max(len(rows), 1)
            return
        self.kept.append((summary, rows))
        self._size += len(summary.encode("utf-8")) + sum(
            len(row.encode("utf-8")) + 2 for row in rows.kept
        )

    @staticmethod
    def joined(parts: Sequence[_Blocks]) -> _Blocks:
        """The blocks of the parts in order (past the first part cut short, only counted)."""
        whole = _Blocks()
        for part in parts:
            if whole.more:
                whole.more += part.more + sum(max(len(rows), 1) for _, rows in part.kept)
                continue
            whole.kept.extend(part.kept)
            whole.more += part.more
        return whole


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(SummaryRenderer, entries, options)


class _Class:
    """What the summary keeps of the manifests of one verdict (the summary lists them worst
    first): rows and lines as far as they could fit, counts for the rest."""

    def __init__(self) -> None:
        self.counts = _Rows()
        self.problems = _Rows()
        self.findings = _Rows()
        self.waived = _Rows()
        self.notes = _Rows()
        self.others = _Blocks()
        #: The footer's lines: ("footer", line) new in this class, ("notice", line) as far as
        #: they could be listed; the notices beyond are counted.
        self.footer: list[tuple[str, str]] = []
        self.more_notices = 0
        self._notices = 0


class SummaryRenderer:
    """Each manifest's rows go to its verdict's place; the summary is written at the end."""

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._options = options
        self._words = labels(options.lang)
        self._classes = {verdict: _Class() for verdict in _VERDICT_ORDER}
        self._overall = Overall()
        self._counted = 0

    def entry(self, entry: Entry) -> Iterator[str]:
        words = self._words
        self._overall.add(entry)
        kept = self._classes[entry.verdict]
        kept.counts.add(_row(_counts_row(entry, words)))
        if isinstance(entry, ManifestProblem):
            for row in _problem_rows(entry, words):
                kept.problems.add(_row(row))
            return iter(())
        verdict = entry
        for result in verdict.results:
            self._counted += counts_toward_gate(result, self._options.fail_on)
        for row in _finding_rows(verdict, words):
            kept.findings.add(_row(row))
        for row in _waived_rows(verdict):
            kept.waived.add(_row(row))
        for line in _waiver_note_lines(verdict):
            kept.notes.add(line)
        summary, rows = _other_rules(verdict, words)
        other = _Rows()
        for row in rows:
            other.add(_row(row))
        kept.others.add(summary, other)
        self._footer(verdict, kept)
        return iter(())

    def _footer(self, verdict: ManifestVerdict, kept: _Class) -> None:
        line = _footer_line(verdict, self._words)
        if ("footer", line) not in kept.footer:
            kept.footer.append(("footer", line))
        notice = verdict.unevaluated_notice()
        if notice and kept._notices < _FOOTER_NOTICES:
            kept.footer.append(("notice", escape_text(f"{verdict.path}: {notice}")))
            kept._notices += 1
        elif notice:
            kept.more_notices += 1

    def end(self) -> Iterator[str]:
        words = self._words
        if not self._overall.count:
            yield f"### cnilpolicy\n\n{words['no_manifest']}\n"
            return
        classes = [self._classes[verdict] for verdict in _VERDICT_ORDER]
        overall = self._overall.verdict()
        heading = f"### cnilpolicy: {_VERDICT_ICONS.get(overall, '')} {words.get(overall, overall)}"
        heading += "\n\n" + words["gate"].format(
            fail_on=self._options.fail_on, counted=self._counted
        )
        footer = _footer(classes, words)
        notice = words["truncated"].format(rows=10**9)
        budget = _Budget(MAX_BYTES - len(f"{heading}\n\n{notice}\n\n{footer}\n".encode()) - 256)
        others = _Blocks.joined([kept.others for kept in classes])
        sections = [
            _counts_table(_Rows.joined([kept.counts for kept in classes]), words, budget),
            _problems(_Rows.joined([kept.problems for kept in classes]), words, budget),
            _findings(_Rows.joined([kept.findings for kept in classes]), words, budget),
            _waived(_Rows.joined([kept.waived for kept in classes]), words, budget),
            _waiver_notes(_Rows.joined([kept.notes for kept in classes]), words, budget),
            *(
                _details(summary, [words["status"], words["rule"], words["title"]], rows, budget)
                for summary, rows in others.kept
            ),
        ]
        budget.skip(others.more)
        shown = [heading, *(section for section in sections if section)]
        if budget.dropped:
            shown.append(words["truncated"].format(rows=budget.dropped))
        shown.append(footer)
        yield "\n\n".join(shown) + "\n"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: Sequence[str], rows: _Rows, budget: _Budget) -> str:
    """The table with the rows that fit; empty if none does."""
    lines = [_row(header), _row(["---"] * len(header))]
    if not budget.take("\n".join(lines), rows=len(rows)):
        return ""
    for line in rows.kept:
        if budget.take(line):
            lines.append(line)
    budget.skip(rows.more)
    return "\n".join(lines) if len(lines) > 2 else ""


def _status(status: str, words: dict[str, str]) -> str:
    return f"{_STATUS_ICONS.get(status, '')} {words.get(status, status)}"


def _counts_row(verdict: Entry, words: dict[str, str]) -> list[str]:
    counts = verdict.counts() if isinstance(verdict, ManifestVerdict) else {}
    return [
        code_span(verdict.path),
        f"{_VERDICT_ICONS.get(verdict.verdict, '')} {words.get(verdict.verdict, '')}"
        + (f": {escape_text(error)}" if (error := getattr(verdict, "error", None)) else ""),
        *(str(counts.get(status, 0)) if counts else "" for status in _COUNT_ORDER),
    ]


def _counts_table(rows: _Rows, words: dict[str, str], budget: _Budget) -> str:
    header = [words["manifest"], words["verdict"]] + [
        _status(status, words) for status in _COUNT_ORDER
    ]
    return _table(header, rows, budget)


def _problem_rows(problem: ManifestProblem, words: dict[str, str]) -> list[list[str]]:
    return [
        [
            f"{_VERDICT_ICONS[problem.verdict]} {words[problem.verdict]}",
            code_span(f"{problem.path}:{error.line}:{error.column}")
            + (f" {code_span(error.pointer)}" if error.pointer else ""),
            escape_text(error.message),
        ]
        for error in problem.errors
    ]


def _problems(rows: _Rows, words: dict[str, str], budget: _Budget) -> str:
    """Each invalid manifest's errors, and each manifest the engine could not evaluate."""
    if not len(rows):
        return ""
    table = _table([words["verdict"], words["where"], words["message"]], rows, budget)
    return f"#### {words['problems']}\n\n{table}" if table else ""


def _finding_rows(verdict: ManifestVerdict, words: dict[str, str]) -> list[list[str]]:
    return [
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
        for result in verdict.results
        if result.status in (FAIL, WARN)
    ]


def _findings(rows: _Rows, words: dict[str, str], budget: _Budget) -> str:
    heading = f"#### {words['findings']}"
    if not len(rows):
        return f"{heading}\n\n{words['no_findings']}"
    header = [words["status"], words["rule"], words["title"], words["where"], words["message"]]
    table = _table(header, rows, budget)
    return f"{heading}\n\n{table}" if table else ""


def _waived_rows(verdict: ManifestVerdict) -> list[list[str]]:
    rows = []
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
    return rows


def _waived(rows: _Rows, words: dict[str, str], budget: _Budget) -> str:
    if not len(rows):
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


def _waiver_note_lines(verdict: ManifestVerdict) -> list[str]:
    return [
        f"- {code_span(note.waiver.rule)} "
        f"({escape_text(word(WAIVER_NOTE_KINDS, verdict.lang, note.kind))}, "
        f"{escape_text(verdict.path)}): {escape_text(note.message)}"
        for note in verdict.waiver_notes
    ]


def _waiver_notes(lines: _Rows, words: dict[str, str], budget: _Budget) -> str:
    kept = [line for line in lines.kept if budget.take(line)]
    budget.skip(lines.more)
    if not kept:
        return ""
    return f"#### {words['waiver_notes']}\n\n" + "\n".join(kept)


def _other_rules(verdict: ManifestVerdict, words: dict[str, str]) -> tuple[str, list[list[str]]]:
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
    return summary, rows


def _details(summary: str, header: Sequence[str], rows: _Rows, budget: _Budget) -> str:
    # <summary> is HTML, not Markdown: escape it as HTML. The blank lines let the
    # table inside be read as Markdown.
    opening = f"<details>\n<summary>{html.escape(_one_line(summary))}</summary>"
    if not budget.take(opening + "\n</details>", rows=max(len(rows), 1)):
        return ""
    table = _table(header, rows, budget) if len(rows) else ""
    if not table:
        return f"{opening}\n</details>"
    return f"{opening}\n\n{table}\n\n</details>"


#: At most this many lines of footer: the rest of the notices are counted, not listed.
_FOOTER_NOTICES = 50


def _footer_line(verdict: ManifestVerdict, words: dict[str, str]) -> str:
    return words["footer"].format(
        date=escape_text(verdict.evaluation_date),
        pack=escape_text(verdict.pack),
        tool=escape_text(verdict.engine.tool_version),
        policies=escape_text(verdict.engine.policy_version),
        opa=escape_text(verdict.engine.opa_version),
    )


def _footer(classes: Sequence[_Class], words: dict[str, str]) -> str:
    lines: list[str] = []
    left_out = 0
    for kept in classes:
        for kind, line in kept.footer:
            if kind == "footer":
                if line not in lines:
                    lines.append(line)
            elif len(lines) < _FOOTER_NOTICES:
                lines.append(line)
            else:
                left_out += 1
        left_out += kept.more_notices
    if left_out:
        # A batch's every manifest would otherwise weigh on the 1 MiB cap of the summary.
        lines.append(words["notices_left_out"].format(count=left_out))
    lines.append(words["disclaimer"])
    return "<sub>" + "<br>".join(lines) + "</sub>"
