"""What the reviewer's report says, built once from a verdict for both HTML and Markdown.

The two formats differ only in markup: every grouping, order, word and link is
decided here, so they cannot drift apart.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from urllib.parse import urlsplit

from cnilpolicy import value_labels
from cnilpolicy.problem import Entry, ManifestProblem
from cnilpolicy.render import report_labels as words
from cnilpolicy.render.stream import ObjectSpool
from cnilpolicy.verdict import (
    FAIL,
    STATUSES,
    WAIVED,
    WARN,
    ActionItem,
    ManifestVerdict,
    Reference,
    RuleResult,
    Waiver,
    worst_status,
)

#: Outcomes in the order the summary counts them: what needs work first.
COUNT_ORDER = (FAIL, WARN, WAIVED, "pass", "not_applicable")
#: Rule outcomes that need a remediation shown.
NEEDS_REMEDIATION = (FAIL, WARN, WAIVED)


@dataclass(frozen=True)
class Link:
    label: str
    #: Only http and https addresses become links; anything else stays text.
    url: str | None


@dataclass(frozen=True)
class Finding:
    status: str
    status_word: str
    message: str
    pointer: str
    line: int
    column: int
    waiver: WaiverView | None
    #: The manifest's value at the pointer, quoted as evidence (None when absent).
    value: str | None = None
    #: With a baseline: new, unchanged or worse (failures and warnings only).
    baseline: str | None = None


@dataclass(frozen=True)
class WaiverView:
    rule: str
    source: str
    justification: str
    pointer: str | None
    approved_by: str | None
    date: str | None
    expires: str | None
    ticket: str | None


@dataclass(frozen=True)
class RuleView:
    anchor: str
    rule_id: str
    title: str
    status: str
    status_word: str
    level: str
    severity: str
    findings: tuple[Finding, ...]
    remediation: str | None
    references: tuple[Link, ...]


@dataclass(frozen=True)
class StepView:
    anchor: str
    number: int
    id: str
    title: str
    status: str
    status_word: str
    rules: tuple[RuleView, ...]


@dataclass(frozen=True)
class FactView:
    id: str
    label: str
    value: str
    basis: tuple[str, ...]
    pointer: str


@dataclass(frozen=True)
class PlannedAction:
    action: str
    owner: str | None
    due: str | None
    progress: str | None


@dataclass(frozen=True)
class ActionRow:
    rule: RuleView
    step_title: str
    #: Where the rule failed: (pointer, line) of each failing or warning finding.
    where: tuple[tuple[str, int], ...]
    planned: tuple[PlannedAction, ...]


@dataclass(frozen=True)
class OtherAction:
    rule_id: str
    planned: PlannedAction


@dataclass(frozen=True)
class WaivedRow:
    rule_id: str
    title: str
    pointer: str
    line: int
    waiver: WaiverView


@dataclass(frozen=True)
class NoteView:
    kind: str
    kind_word: str
    message: str
    waiver: WaiverView


@dataclass(frozen=True)
class Count:
    status: str
    word: str
    count: int


@dataclass(frozen=True)
class Report:
    """One manifest's report: every section, in reading order."""

    lang: str
    label: dict[str, str]
    #: Prefix of every anchor, so several reports can share one page.
    prefix: str
    #: A stable, safe file name stem for this manifest's own file.
    slug: str
    verdict: ManifestVerdict
    verdict_word: str
    evaluation_date: str
    counts: tuple[Count, ...]
    total: int
    facts: tuple[FactView, ...]
    steps: tuple[StepView, ...]
    actions: tuple[ActionRow, ...]
    other_actions: tuple[OtherAction, ...]
    waived: tuple[WaivedRow, ...]
    notes: tuple[NoteView, ...]


@dataclass(frozen=True)
class IndexEntry:
    """A manifest's line of the index: what it keeps of the manifest, not its verdict."""

    #: Where the entry links: a file name, or an anchor in the same page ("" for none).
    href: str
    #: The verdict and counts in the index's language (a report keeps its own).
    verdict_word: str
    counts: tuple[Count, ...]
    path: str = ""
    verdict: str = ""
    #: "pass", "warn" or "fail": the badge of the verdict.
    status: str = "fail"
    #: Set for a manifest without a verdict; then there is no project or organisation.
    problem: ManifestProblem | None = None
    project: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Index:
    lang: str
    label: dict[str, str]
    verdict: str
    verdict_word: str
    #: Failing first (engine errors, invalid, non-compliant, with warnings, compliant);
    #: read once (a batch's index waits on disk).
    entries: Collection[IndexEntry]
    #: How many manifests of each verdict, worst first, and the batch's failures and warnings.
    totals: tuple[Count, ...] = ()
    failures: int = 0
    warnings: int = 0


def safe_url(url: str | None) -> str | None:
    """An address fit for href: http(s) only, so no reference can run script."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def slugify(text: str) -> str:
    """Lower-case ASCII letters, digits and hyphens, at most 60 characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    return slug or "manifest"


#: The usual manifest file name: its folder names the project better.
_DEFAULT_STEM = "cnil-manifest"


def _name_parts(path: str) -> list[str]:
    """The path's folders and file stem, without the usual file name when it has a folder."""
    parts = [part for part in path.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    if not parts:
        return ["manifest"]
    parts[-1] = parts[-1].rsplit(".", 1)[0] if "." in parts[-1][1:] else parts[-1]
    if slugify(parts[-1]) == _DEFAULT_STEM and len(parts) > 1:
        parts.pop()
    return parts


def manifest_slugs(paths: Collection[str]) -> list[str]:
    """A readable file name stem per manifest: its own name, or its folder's.

    services/billing/cnil-manifest.yaml is "billing"; when two names collide
    (a/x.yaml and b/x.yaml), each takes one more folder ("a-x", "b-x") until
    they differ, and a digest of the path only when folders cannot tell them
    apart. The same set of paths always gives the same names.
    """
    paths = list(paths)  # discovery's paths are walked again on each pass: one walk here
    parts = [_name_parts(path) for path in paths]
    depth = [1] * len(paths)
    while True:
        names = [slugify("-".join(p[-d:])) for p, d in zip(parts, depth, strict=True)]
        paths_of: dict[str, set[str]] = {}
        for path, name in zip(paths, names, strict=True):
            paths_of.setdefault(name, set()).add(path)
        deeper = False
        for index, name in enumerate(names):
            if len(paths_of[name]) > 1 and depth[index] < len(parts[index]):
                depth[index] += 1
                deeper = True
        if not deeper:
            break
    slugs = []
    for path, name in zip(paths, names, strict=True):
        if len(paths_of[name]) > 1 or name == "index":
            name = f"{name}-{hashlib.sha256(path.encode()).hexdigest()[:8]}"
        slugs.append(name)
    # Same path given twice: number the repeats so no file overwrites another.
    seen: dict[str, int] = {}
    unique = []
    for slug in slugs:
        seen[slug] = seen.get(slug, 0) + 1
        unique.append(slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
    return unique


def build_report(verdict: ManifestVerdict, slug: str, prefix: str = "") -> Report:
    lang = words.language(verdict.lang)
    steps = _steps(verdict, lang, prefix)
    rules = [rule for step in steps for rule in step.rules]
    return Report(
        lang=lang,
        label=words.labels(lang),
        prefix=prefix,
        slug=slug,
        verdict=verdict,
        verdict_word=_verdict_word(verdict, lang),
        evaluation_date=words.long_date(verdict.evaluation_date, lang),
        counts=_counts(verdict, lang),
        total=len(verdict.results),
        facts=tuple(
            _fact(fact.id, fact.value, fact.basis, fact.pointer, lang)
            for fact in verdict.derived_facts
        ),
        steps=steps,
        actions=_actions(steps, verdict.action_plan, lang),
        other_actions=_other_actions(rules, verdict.action_plan, lang),
        waived=tuple(
            WaivedRow(r.rule_id, r.title, r.pointer or "/", r.line, _waiver(r.waiver, lang))
            for r in verdict.results
            if r.waiver is not None
        ),
        notes=tuple(
            NoteView(
                note.kind,
                words.word(words.WAIVER_NOTE_WORDS, lang, note.kind),
                note.message,
                _waiver(note.waiver, lang),
            )
            for note in verdict.waiver_notes
        ),
    )


#: Worst first: the order of a batch index.
INDEX_ORDER = ("error", "invalid", "non_compliant", "compliant_with_warnings", "compliant")


def _badge_status(verdict: str) -> str:
    return {"compliant": "pass", "compliant_with_warnings": "warn"}.get(verdict, "fail")


def build_index(entries: Sequence[Entry], hrefs: Sequence[str], lang: str) -> Index:
    """The batch index: failing manifests first, each with its verdict, counts and link."""
    builder = IndexBuilder(lang)
    for entry, href in zip(entries, hrefs, strict=True):
        builder.add(entry, href)
    return builder.index()


class IndexBuilder:
    """The index of a batch, built a manifest at a time: each line waits in its verdict's
    spool (on disk once large), and only the totals are held."""

    def __init__(self, lang: str) -> None:
        self.lang = words.language(lang)
        self._spools = {kind: ObjectSpool() for kind in INDEX_ORDER}
        self._failures = self._warnings = 0

    def add(self, entry: Entry, href: str) -> None:
        lang = self.lang
        if isinstance(entry, ManifestProblem):
            line = IndexEntry(
                "",
                words.word(words.VERDICT_WORDS, lang, entry.verdict),
                (),
                path=entry.path,
                verdict=entry.verdict,
                problem=entry,
            )
        else:
            line = IndexEntry(
                href,
                _verdict_word(entry, lang),
                _counts(entry, lang),
                path=entry.path,
                verdict=entry.verdict,
                status=_badge_status(entry.verdict),
                project=entry.project,
                organisation=entry.organisation,
            )
            self._failures += sum(1 for result in entry.results if result.status == "fail")
            self._warnings += sum(1 for result in entry.results if result.status == "warn")
        self._spools[line.verdict].add(line)

    def index(self) -> Index:
        lang = self.lang
        spools = self._spools
        kinds = [kind for kind in INDEX_ORDER if spools[kind].count]
        overall = kinds[0] if kinds else "compliant"
        return Index(
            lang=lang,
            label=words.labels(lang),
            verdict=overall,
            verdict_word=words.word(words.VERDICT_WORDS, lang, overall),
            entries=_SpooledEntries([spools[kind] for kind in INDEX_ORDER]),
            totals=tuple(
                Count(kind, words.word(words.VERDICT_WORDS, lang, kind), spools[kind].count)
                for kind in kinds
            ),
            failures=self._failures,
            warnings=self._warnings,
        )


class _SpooledEntries:
    """The index's lines, worst verdict first, read back once from their spools."""

    def __init__(self, spools: Sequence[ObjectSpool]) -> None:
        self._spools = spools
        self._count = sum(spool.count for spool in spools)

    def __len__(self) -> int:
        return self._count

    def __contains__(self, item: object) -> bool:
        raise TypeError("the index's lines are read once, in order")

    def __iter__(self) -> Iterator[IndexEntry]:
        for spool in self._spools:
            yield from spool.items()


def _verdict_word(verdict: ManifestVerdict, lang: str) -> str:
    word = words.word(words.VERDICT_WORDS, lang, verdict.verdict)
    return f"{word} ({verdict.error})" if verdict.error is not None else word


def _counts(verdict: ManifestVerdict, lang: str) -> tuple[Count, ...]:
    counts = verdict.counts()
    return tuple(
        Count(status, words.word(words.RULE_STATUS_WORDS, lang, status), counts[status])
        for status in COUNT_ORDER
    )


def _steps(verdict: ManifestVerdict, lang: str, prefix: str) -> tuple[StepView, ...]:
    by_step: dict[str, list[RuleResult]] = {}
    for result in verdict.results:
        by_step.setdefault(result.step, []).append(result)
    return tuple(
        StepView(
            anchor=f"{prefix}step-{slugify(step.id)}",
            number=number,
            id=step.id,
            title=words.word(words.STEP_TITLES, lang, step.id),
            status=step.status,
            status_word=words.word(words.STEP_STATUS_WORDS, lang, step.status),
            rules=_rules(by_step.get(step.id, []), lang, prefix),
        )
        for number, step in enumerate(verdict.steps, start=1)
    )


def _rules(results: list[RuleResult], lang: str, prefix: str) -> tuple[RuleView, ...]:
    rules = []
    # The verdict keeps a rule's findings together, in rule order.
    for rule_id, group in groupby(results, key=lambda r: r.rule_id):
        findings = list(group)
        first = findings[0]
        status = worst_status([r.status for r in findings])
        rules.append(
            RuleView(
                anchor=f"{prefix}rule-{slugify(rule_id)}",
                rule_id=rule_id,
                title=first.title,
                status=status,
                status_word=words.word(words.RULE_STATUS_WORDS, lang, status),
                level=words.word(words.LEVEL_WORDS, lang, first.level),
                severity=words.word(words.SEVERITY_WORDS, lang, first.severity),
                findings=tuple(_finding(r, lang) for r in findings),
                remediation=first.remediation if status in NEEDS_REMEDIATION else None,
                references=tuple(_link(reference) for reference in first.references),
            )
        )
    return tuple(rules)


def _finding(result: RuleResult, lang: str) -> Finding:
    return Finding(
        status=result.status,
        status_word=words.word(words.RULE_STATUS_WORDS, lang, result.status),
        message=result.message,
        pointer=result.pointer or "/",
        line=result.line,
        column=result.column,
        waiver=_waiver(result.waiver, lang) if result.waiver else None,
        value=result.value,
        baseline=words.word(words.BASELINE_WORDS, lang, result.baseline)
        if result.baseline
        else None,
    )


def _link(reference: Reference) -> Link:
    return Link(reference.label, safe_url(reference.url))


def _waiver(waiver: Waiver, lang: str) -> WaiverView:
    return WaiverView(
        rule=waiver.rule,
        source=words.word(words.WAIVER_SOURCE_WORDS, lang, waiver.source),
        justification=waiver.justification,
        pointer=waiver.pointer,
        approved_by=waiver.approved_by,
        date=waiver.date,
        expires=waiver.expires,
        ticket=waiver.ticket,
    )


def _fact(fact_id: str, value: object, basis: Sequence[str], pointer: str, lang: str) -> FactView:
    # A yes/no fact reads as a word of the report's language, a list of the
    # schema's values as their labels.
    if isinstance(value, bool):
        shown = words.word(words.LABELS, lang, "yes" if value else "no")
    else:
        shown = value_labels.fact_value(fact_id, value, lang) or str(value)
    return FactView(
        id=fact_id,
        label=words.word(words.FACT_WORDS, lang, fact_id),
        value=shown,
        basis=tuple(basis),
        pointer=pointer or "/",
    )


def _planned(item: ActionItem, lang: str) -> PlannedAction:
    progress = words.word(words.PROGRESS_WORDS, lang, item.status) if item.status else None
    return PlannedAction(item.action, item.owner, item.due, progress)


def _actions(
    steps: Sequence[StepView], plan: Sequence[ActionItem], lang: str
) -> tuple[ActionRow, ...]:
    rows = [
        ActionRow(
            rule=rule,
            step_title=step.title,
            where=tuple(
                (finding.pointer, finding.line)
                for finding in rule.findings
                if finding.status in (FAIL, WARN)
            ),
            planned=tuple(_planned(item, lang) for item in plan if item.rule == rule.rule_id),
        )
        for step in steps
        for rule in step.rules
        if rule.status in (FAIL, WARN)
    ]
    # Failures before warnings; within each, the CNIL's order (sorted is stable).
    return tuple(sorted(rows, key=lambda row: STATUSES.index(row.rule.status)))


def _other_actions(
    rules: Sequence[RuleView], plan: Sequence[ActionItem], lang: str
) -> tuple[OtherAction, ...]:
    open_rules = {rule.rule_id for rule in rules if rule.status in (FAIL, WARN)}
    return tuple(
        OtherAction(item.rule, _planned(item, lang)) for item in plan if item.rule not in open_rules
    )
