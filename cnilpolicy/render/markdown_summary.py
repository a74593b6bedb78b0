"""A compact Markdown summary, fit for a merge-request comment or GITHUB_STEP_SUMMARY.

The verdict per manifest with its counts, one table row per failure or warning,
and the rest (waived findings, passed and not-applicable rules) folded in
<details>. The reviewer's full report is the `markdown` format, not this one.

Every text that comes from a manifest is escaped: a manifest is written by the
team under review, and its values end up in the messages. Unescaped, a value
could break the tables, inject HTML or links, or @-mention people in a comment.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from itertools import groupby

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
    worst_status,
    worst_verdict,
)

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "compliant": "Compliant",
        "compliant_with_warnings": "Compliant with warnings",
        "non_compliant": "Non compliant",
        "error": "Engine error",
        FAIL: "fail",
        WARN: "warning",
        WAIVED: "waived",
        PASS: "pass",
        NOT_APPLICABLE: "not applicable",
        "manifest": "Manifest",
        "verdict": "Verdict",
        "findings": "Failures and warnings",
        "no_findings": "No failure or warning.",
        "status": "Status",
        "rule": "Rule",
        "title": "Title",
        "where": "Where",
        "message": "Message",
        "waived_findings": "Waived findings",
        "waiver_notes": "Waivers that did not apply",
        "justification": "Justification",
        "approved_by": "Approved by",
        "expires": "Expires",
        "other_rules": "Passed and not applicable rules",
        "no_manifest": "No manifest was evaluated.",
        "footer": "evaluated on {date} · pack {pack} · cnilpolicy {tool} · policies {policies}"
        " · OPA {opa}",
        "disclaimer": "A technical aid, not legal advice.",
    },
    "fr": {
        "compliant": "Conforme",
        "compliant_with_warnings": "Conforme avec avertissements",
        "non_compliant": "Non conforme",
        "error": "Erreur du moteur",
        FAIL: "échec",
        WARN: "avertissement",
        WAIVED: "dérogation",
        PASS: "conforme",
        NOT_APPLICABLE: "non applicable",
        "manifest": "Manifeste",
        "verdict": "Verdict",
        "findings": "Échecs et avertissements",
        "no_findings": "Aucun échec ni avertissement.",
        "status": "Statut",
        "rule": "Règle",
        "title": "Titre",
        "where": "Où",
        "message": "Message",
        "waived_findings": "Constats couverts par une dérogation",
        "waiver_notes": "Dérogations non appliquées",
        "justification": "Justification",
        "approved_by": "Approuvée par",
        "expires": "Expire le",
        "other_rules": "Règles respectées et non applicables",
        "no_manifest": "Aucun manifeste n'a été évalué.",
        "footer": "évalué le {date} · pack {pack} · cnilpolicy {tool} · politiques {policies}"
        " · OPA {opa}",
        "disclaimer": "Une aide technique, pas un avis juridique.",
    },
}

_VERDICT_ICONS = {
    "compliant": "✅",
    "compliant_with_warnings": "⚠️",
    "non_compliant": "❌",
    "error": "🛑",
}
_STATUS_ICONS = {FAIL: "❌", WARN: "⚠️", WAIVED: "🔕", PASS: "✅", NOT_APPLICABLE: "⚪"}
_COUNT_ORDER = (FAIL, WARN, WAIVED, PASS, NOT_APPLICABLE)

# Characters that start Markdown or HTML markup, plus `@` (mentions) and `$` (GitHub's
# math). Any ASCII punctuation may be backslash-escaped in CommonMark, so this is safe.
_MARKUP = re.compile(r"([\\`*_\[\]<>&|~@$!#])")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def labels(lang: str) -> dict[str, str]:
    return _LABELS.get(lang, _LABELS["en"])


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


def render(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> str:
    words = labels(options.lang)
    if not verdicts:
        return f"### cnilpolicy\n\n{words['no_manifest']}\n"
    overall = worst_verdict([verdict.verdict for verdict in verdicts])
    sections = [
        f"### cnilpolicy: {_VERDICT_ICONS.get(overall, '')} {words.get(overall, overall)}",
        _counts_table(verdicts, words),
        _findings(verdicts, words),
    ]
    waived = _waived(verdicts, words)
    if waived:
        sections.append(waived)
    notes = _waiver_notes(verdicts, words)
    if notes:
        sections.append(notes)
    sections.extend(_other_rules(verdict, words) for verdict in verdicts)
    sections.append(_footer(verdicts, words))
    return "\n\n".join(sections) + "\n"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = [_row(header), _row(["---"] * len(header))]
    lines.extend(_row(row) for row in rows)
    return "\n".join(lines)


def _status(status: str, words: dict[str, str]) -> str:
    return f"{_STATUS_ICONS.get(status, '')} {words.get(status, status)}"


def _counts_table(verdicts: Sequence[ManifestVerdict], words: dict[str, str]) -> str:
    header = [words["manifest"], words["verdict"]] + [
        _status(status, words) for status in _COUNT_ORDER
    ]
    rows = []
    for verdict in verdicts:
        counts = verdict.counts()
        rows.append(
            [
                code_span(verdict.path),
                f"{_VERDICT_ICONS.get(verdict.verdict, '')} {words.get(verdict.verdict, '')}"
                + (f": {escape_text(verdict.error)}" if verdict.error is not None else ""),
                *(str(counts.get(status, 0)) for status in _COUNT_ORDER),
            ]
        )
    return _table(header, rows)


def _findings(verdicts: Sequence[ManifestVerdict], words: dict[str, str]) -> str:
    rows = [
        [
            _status(result.status, words),
            code_span(result.rule_id),
            escape_text(result.title),
            where(verdict, result),
            escape_text(result.message),
        ]
        for verdict in verdicts
        for result in verdict.results
        if result.status in (FAIL, WARN)
    ]
    heading = f"#### {words['findings']}"
    if not rows:
        return f"{heading}\n\n{words['no_findings']}"
    header = [words["status"], words["rule"], words["title"], words["where"], words["message"]]
    return f"{heading}\n\n{_table(header, rows)}"


def _waived(verdicts: Sequence[ManifestVerdict], words: dict[str, str]) -> str:
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
        f"{_STATUS_ICONS[WAIVED]} {words['waived_findings']} ({len(rows)})", header, rows
    )


def _waiver_notes(verdicts: Sequence[ManifestVerdict], words: dict[str, str]) -> str:
    lines = [
        f"- {code_span(note.waiver.rule)} ({escape_text(note.kind)}, "
        f"{escape_text(verdict.path)}): {escape_text(note.message)}"
        for verdict in verdicts
        for note in verdict.waiver_notes
    ]
    if not lines:
        return ""
    return f"#### {words['waiver_notes']}\n\n" + "\n".join(lines)


def _other_rules(verdict: ManifestVerdict, words: dict[str, str]) -> str:
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
    return _details(summary, [words["status"], words["rule"], words["title"]], rows)


def _details(summary: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # <summary> is HTML, not Markdown: escape it as HTML. The blank lines let the
    # table inside be read as Markdown.
    opening = f"<details>\n<summary>{html.escape(_one_line(summary))}</summary>"
    if not rows:
        return f"{opening}\n</details>"
    return f"{opening}\n\n{_table(header, rows)}\n\n</details>"


def _footer(verdicts: Sequence[ManifestVerdict], words: dict[str, str]) -> str:
    lines = []
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
        if notice:
            lines.append(escape_text(f"{verdict.path}: {notice}"))
    lines.append(words["disclaimer"])
    return "<sub>" + "<br>".join(lines) + "</sub>"
