"""Markdown (GitHub-flavoured): the reviewer's report, with the same contents as the HTML.

Everything that comes from the verdict (so possibly from the manifest) goes
through `text` or `code`, which neutralise Markdown and HTML: a manifest string
cannot open a link, an image, a heading, a table cell or raw HTML.

`render` gives one document (for several manifests: the index, then every
report); `render_files` gives index.md and one file per manifest.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from urllib.parse import quote

from cnilpolicy.problem import Entry
from cnilpolicy.render import inert
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_model import (
    INDEX_ORDER,
    Finding,
    Index,
    IndexBuilder,
    Link,
    Report,
    RuleView,
    StepView,
    WaiverView,
    build_report,
    manifest_slugs,
)
from cnilpolicy.render.stream import Spool, render_files_whole, render_whole
from cnilpolicy.verdict import ManifestVerdict

INDEX_FILE = "index.md"

_MARKS = {"pass": "✓", "fail": "✗", "warn": "!", "waived": "≈", "not_applicable": "\u2013"}
#: CommonMark lets any ASCII punctuation be backslash-escaped; these are the
#: ones that can start markup inline (emphasis, code, links, images, raw HTML,
#: entities, table cells, strikethrough, math, a heading's closing hashes).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#$!@])")
#: Bidirectional controls: Markdown cannot isolate a string as HTML's <bdi> does,
#: so an override would reorder the rest of the line; they are shown by code point.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible_controls(value: str) -> str:
    return _BIDI_CONTROLS.sub(lambda match: f"[U+{ord(match.group()):04X}]", value)


def text(value: object) -> str:
    """Manifest text as inert Markdown: one line, every special character escaped.

    Controls are shown as escapes (\\x1b), @ cannot mention anyone, and a bare
    URL stays text.
    """
    flat = inert.visible(_visible_controls(" ".join(str(value).split())))
    return inert.no_autolinks(_SPECIAL.sub(r"\\\1", flat))


def code(value: object) -> str:
    """A code span that no backtick or pipe inside can close or split."""
    content = inert.visible(_visible_controls(" ".join(str(value).split())))
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    # In a GFM table a pipe splits the cell even inside a code span.
    content = content.replace("|", "\\|")
    pad = " " if content.startswith("`") or content.endswith("`") or not content else ""
    return f"{fence}{pad}{content}{pad}{fence}"


def link(reference: Link) -> str:
    if reference.url is None:
        return text(reference.label)
    # Percent-encode what could end the destination early.
    url = quote(reference.url, safe="/:?#[]@!$&'*+,;=%-._~")
    return f"[{text(reference.label)}]({url})"


def badge(status: str, word: str) -> str:
    return f"{_MARKS.get(status, '?')} **{text(word)}**"


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(MarkdownRenderer, entries, options)


def render_files(entries: Sequence[Entry], options: RenderOptions) -> dict[str, str]:
    """index.md and one <manifest>.md per manifest with a verdict, by relative file name."""
    return render_files_whole(MarkdownFileSet, entries, options)


_SEPARATOR = "\n---\n\n"


class MarkdownRenderer:
    """One document: a single manifest's report, or the index then every report.

    The reports follow the index's order (failing manifests first): each is
    written as its manifest comes, and waits in its verdict's spool.
    """

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._single = len(paths) == 1
        self._held: list[Entry] = []
        self._slugs = iter(manifest_slugs(paths))
        self._index = IndexBuilder(options.lang)
        self._reports = {kind: Spool() for kind in INDEX_ORDER}

    def entry(self, entry: Entry) -> Iterator[str]:
        if self._single:
            self._held.append(entry)
            return iter(())
        slug = next(self._slugs)
        self._index.add(entry, "")
        if isinstance(entry, ManifestVerdict):
            self._reports[entry.verdict].add(_SEPARATOR + _report(build_report(entry, slug)))
        return iter(())

    def end(self) -> Iterator[str]:
        held = self._held
        if self._single and isinstance(held[0], ManifestVerdict):
            (slug,) = self._slugs
            yield _report(build_report(held[0], slug))
            return
        self._single = False
        for entry in held:
            yield from self.entry(entry)
        yield from _index(self._index.index(), linked=False)
        for kind in INDEX_ORDER:
            yield from self._reports[kind].chunks()


class MarkdownFileSet:
    """index.md and one <manifest>.md per manifest with a verdict, written as they come."""

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._slugs = iter(manifest_slugs(paths))
        self._index = IndexBuilder(options.lang)

    def entry(self, entry: Entry) -> Iterator[tuple[str, Iterable[str]]]:
        slug = next(self._slugs)
        if not isinstance(entry, ManifestVerdict):
            self._index.add(entry, "")
            return
        name = f"{slug}.md"
        self._index.add(entry, name)
        yield name, [_report(build_report(entry, slug))]

    def end(self) -> Iterator[tuple[str, Iterable[str]]]:
        yield INDEX_FILE, _index(self._index.index(), linked=True)


def _tag(finding: Finding) -> str:
    """With a baseline: whether the finding is new, unchanged or worse."""
    return f" **\\[{text(finding.baseline)}\\]**" if finding.baseline else ""


def _verdict_status(verdict: str) -> str:
    return {"compliant": "pass", "compliant_with_warnings": "warn"}.get(verdict, "fail")


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _index(index: Index, linked: bool) -> Iterator[str]:
    """The index's text, in pieces: a batch's may be long."""
    label = index.label
    if not index.entries:
        yield "\n".join([f"# {label['batch_title']}", "", label["no_manifest"], ""])
        return
    lines = [
        f"# {label['batch_title']}",
        "",
        f"_{label['subtitle']}_",
        "",
        f"**{label['overall_verdict']}{label['colon']}** "
        + badge(_verdict_status(index.verdict), index.verdict_word),
        "",
        f"**{label['totals']}{label['colon']}** {len(index.entries)} ("
        + "; ".join(f"{t.count} {text(t.word)}" for t in index.totals)
        + "). "
        + label["findings_total"].format(failures=index.failures, warnings=index.warnings)
        + ".",
        "",
        label["index_intro"],
        "",
        _row("#", f"{label['project']} / {label['organisation']}", label["manifest"],
             label["overall_verdict"], label["rules"]),
        _row("---:", "---", "---", "---", "---"),
    ]  # fmt: skip
    yield "\n".join(lines)
    for number, entry in enumerate(index.entries, start=1):
        if entry.problem is not None:
            project = organisation = text(label["not_declared"])
            manifest = code(entry.path)
            errors = entry.problem.errors if entry.problem else ()
            counts = "<br>".join(
                f"{code(f'{entry.path}:{e.line}:{e.column}')} {code(e.pointer or '/')}: "
                f"{text(e.message)}"
                for e in errors
            )
        else:
            project = text(entry.project or label["not_declared"])
            organisation = text(entry.organisation or label["not_declared"])
            manifest = f"[{code(entry.path)}]({quote(entry.href)})" if linked else code(entry.path)
            counts = ", ".join(f"{c.count} {text(c.word)}" for c in entry.counts if c.count)
        yield "\n" + _row(
            str(number),
            f"{project} ({organisation})",
            manifest,
            badge(entry.status, entry.verdict_word),
            counts,
        )
    yield "\n"


def _report(report: Report) -> str:
    sections = [
        _header(report),
        _summary(report),
        _facts(report),
        *(_step(report, step) for step in report.steps),
        _actions(report),
        _waivers(report),
        _statement(report),
    ]
    return "\n".join(sections)


def _header(report: Report) -> str:
    label, verdict, engine = report.label, report.verdict, report.verdict.engine
    colon = label["colon"]
    return "\n".join(
        [
            f"# {label['document_title']}",
            "",
            f"_{label['subtitle']}_",
            "",
            f"- **{label['project']}{colon}** {text(verdict.project or label['not_declared'])}",
            f"- **{label['organisation']}{colon}** "
            f"{text(verdict.organisation or label['not_declared'])}",
            f"- **{label['manifest']}{colon}** {code(verdict.path)}",
            f"- **{label['sha256']}{colon}** {code(verdict.sha256)}",
            f"- **{label['evaluation_date']}{colon}** {text(report.evaluation_date)} "
            f"({text(verdict.evaluation_date)})",
            f"- **{label['pack']}{colon}** {code(verdict.pack)}",
            *([f"- {text(notice)}"] if (notice := verdict.unevaluated_notice()) else []),
            f"- **{label['tool']}{colon}** cnilpolicy {text(engine.tool_version)} · "
            f"{label['policies']} {text(engine.policy_version)} · "
            f"{label['opa']} {text(engine.opa_version)}",
            "",
        ]
    )


def _summary(report: Report) -> str:
    label = report.label
    lines = [
        f"## {label['summary']}",
        "",
        f"**{label['overall_verdict']}{label['colon']}** "
        + badge(_verdict_status(report.verdict.verdict), report.verdict_word),
        "",
        _row(*(badge(c.status, c.word) for c in report.counts)),
        _row(*("---:" for _ in report.counts)),
        _row(*(str(c.count) for c in report.counts)),
        "",
        _row("#", label["step"], label["status"], label["rules"]),
        _row("---:", "---", "---", "---:"),
    ]
    for step in report.steps:
        lines.append(
            _row(
                str(step.number),
                text(step.title),
                badge(step.status, step.status_word),
                str(len(step.rules)),
            )
        )
    lines.append("")
    return "\n".join(lines)


def _facts(report: Report) -> str:
    label = report.label
    lines = [f"## {label['facts']}", "", label["facts_intro"], ""]
    if not report.facts:
        return "\n".join([*lines, f"_{label['no_facts']}_", ""])
    lines += [
        _row(label["fact"], label["value"], label["basis"], label["where"]),
        _row("---", "---", "---", "---"),
    ]
    for fact in report.facts:
        name = text(fact.label) + ("" if fact.label == fact.id else f" ({code(fact.id)})")
        basis = ", ".join(code(item) for item in fact.basis)
        lines.append(_row(name, text(fact.value), basis, code(fact.pointer)))
    lines.append("")
    return "\n".join(lines)


def _step(report: Report, step: StepView) -> str:
    label = report.label
    lines = [
        f"## {label['step']} {step.number}. {text(step.title)}",
        "",
        f"**{label['status']}{label['colon']}** {badge(step.status, step.status_word)}",
        "",
    ]
    if not step.rules:
        lines += [f"_{label['no_results']}_", ""]
    for rule in step.rules:
        lines += _rule(report, rule)
    return "\n".join(lines)


def _evidence(report: Report, finding: Finding) -> str:
    label = report.label
    quoted = f" = {code(finding.value)}" if finding.value is not None else ""
    return (
        f"{code(finding.pointer)}{quoted} — {label['line']} {finding.line}, "
        f"{label['column']} {finding.column}"
    )


def _rule(report: Report, rule: RuleView) -> list[str]:
    label = report.label
    colon = label["colon"]
    lines = [
        f"### {text(rule.rule_id)} — {text(rule.title)}",
        "",
        f"- **{label['outcome']}{colon}** {badge(rule.status, rule.status_word)} "
        f"({text(rule.level)} · {text(rule.severity)})",
    ]
    if len(rule.findings) == 1:
        finding = rule.findings[0]
        lines.append(f"- **{label['explanation']}{colon}** {text(finding.message)}{_tag(finding)}")
        lines.append(f"- **{label['evidence']}{colon}** " + _evidence(report, finding))
        if finding.waiver is not None:
            lines.append(f"- **{label['waiver']}{colon}**")
            lines += ["  " + line for line in _waiver_lines(report, finding.waiver)]
    else:
        lines.append(f"- **{label['explanation']}{colon}**")
        for number, finding in enumerate(rule.findings, start=1):
            lines.append(
                # A trailing backslash is a hard line break: the evidence goes below.
                f"  {number}. {badge(finding.status, finding.status_word)} "
                f"{text(finding.message)}{_tag(finding)}\\"
            )
            lines.append(f"     {label['evidence']}{colon} " + _evidence(report, finding))
            if finding.waiver is not None:
                lines += ["     " + line for line in _waiver_lines(report, finding.waiver)]
    if rule.remediation:
        lines.append(f"- **{label['remediation']}{colon}** {text(rule.remediation)}")
    if rule.references:
        references = " · ".join(link(reference) for reference in rule.references)
        lines.append(f"- **{label['references']}{colon}** {references}")
    lines.append("")
    return lines


def _waiver_lines(report: Report, waiver: WaiverView) -> list[str]:
    label = report.label
    colon = label["colon"]
    missing = f"_{label['not_declared']}_"
    lines = [
        f"- {label['justification']}{colon} {text(waiver.justification)}",
        f"- {label['approved_by']}{colon} "
        + (text(waiver.approved_by) if waiver.approved_by else missing),
    ]
    if waiver.date:
        lines.append(f"- {label['approved_on']}{colon} {text(waiver.date)}")
    lines.append(
        f"- {label['expires']}{colon} " + (text(waiver.expires) if waiver.expires else missing)
    )
    if waiver.ticket:
        lines.append(f"- {label['ticket']}{colon} {text(waiver.ticket)}")
    if waiver.pointer:
        lines.append(f"- {label['where']}{colon} {code(waiver.pointer)}")
    lines.append(f"- {label['source']}{colon} {text(waiver.source)}")
    return lines


def _actions(report: Report) -> str:
    label = report.label
    colon = label["colon"]
    lines = [f"## {label['action_plan']}", "", label["action_plan_intro"], ""]
    if not report.actions:
        lines += [f"**{label['no_actions']}**", ""]
    else:
        lines += [
            _row(label["rule"], f"{label['status']} / {label['severity']}", label["where"],
                 label["remediation"], label["planned_action"]),
            _row("---", "---", "---", "---", "---"),
        ]  # fmt: skip
        for row in report.actions:
            where = "<br>".join(f"{code(p)} ({label['line']} {line})" for p, line in row.where)
            planned = "<br>".join(
                f"{text(plan.action)} — {label['owner']}{colon} "
                f"{text(plan.owner) if plan.owner else '_' + label['not_declared'] + '_'}"
                f" — {label['due']}{colon} "
                f"{text(plan.due) if plan.due else '_' + label['not_declared'] + '_'}"
                + (f" ({text(plan.progress)})" if plan.progress else "")
                for plan in row.planned
            )
            lines.append(
                _row(
                    f"**{text(row.rule.rule_id)}** {text(row.rule.title)}",
                    f"{badge(row.rule.status, row.rule.status_word)} ({text(row.rule.severity)})",
                    where,
                    text(row.rule.remediation or ""),
                    planned or f"_{label['no_planned_action']}_",
                )
            )
        lines.append("")
    if report.other_actions:
        lines += [
            f"### {label['other_planned']}",
            "",
            _row(label["rule"], label["planned_action"], label["owner"], label["due"],
                 label["progress"]),
            _row("---", "---", "---", "---", "---"),
        ]  # fmt: skip
        for other in report.other_actions:
            plan = other.planned
            lines.append(
                _row(
                    text(other.rule_id),
                    text(plan.action),
                    text(plan.owner) if plan.owner else f"_{label['not_declared']}_",
                    text(plan.due or ""),
                    text(plan.progress or ""),
                )
            )
        lines.append("")
    return "\n".join(lines)


def _waivers(report: Report) -> str:
    label = report.label
    lines = [f"## {label['waivers']}", ""]
    if not report.waived and not report.notes:
        return "\n".join([*lines, f"_{label['no_waivers']}_", ""])
    lines += [label["waivers_intro"], ""]
    if report.waived:
        lines += [f"### {label['waived_findings']}", ""]
        for row in report.waived:
            lines.append(
                f"- **{text(row.rule_id)}** {text(row.title)} — {code(row.pointer)}, "
                f"{label['line']} {row.line}"
            )
            lines += ["  " + line for line in _waiver_lines(report, row.waiver)]
        lines.append("")
    if report.notes:
        lines += [f"### {label['waiver_notes']}", ""]
        for note in report.notes:
            lines.append(
                f"- **{text(note.waiver.rule)}** ({text(note.kind_word)}) {text(note.message)}"
            )
            lines += ["  " + line for line in _waiver_lines(report, note.waiver)]
        lines.append("")
    return "\n".join(lines)


def _statement(report: Report) -> str:
    label = report.label
    colon = label["colon"]
    verdict = report.verdict
    return "\n".join(
        [
            f"## {label['statement_title']}",
            "",
            label["statement"],
            "",
            f"### {label['signoff']}",
            "",
            f"- {label['signoff_name']}{colon}",
            f"- {label['signoff_date']}{colon}",
            f"- {label['signoff_decision']}{colon} {label['signoff_options']}",
            f"- {label['signoff_signature']}{colon}",
            "",
            f"_{label['generated_by']} {text(verdict.engine.tool_version)} · "
            f"{code(verdict.sha256)} · {text(verdict.evaluation_date)}_",
            "",
        ]
    )
