"""The verdict: typed, ordered, and serialised the same way every time."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import orjson

from cnilpolicy.i18n import N_, translate

#: Outcomes of one rule on one piece of evidence.
PASS, FAIL, WARN, NOT_APPLICABLE, WAIVED = "pass", "fail", "warn", "not_applicable", "waived"
STATUSES = (FAIL, WARN, WAIVED, PASS, NOT_APPLICABLE)

#: Overall verdicts, best first.
COMPLIANT = "compliant"
COMPLIANT_WITH_WARNINGS = "compliant_with_warnings"
NON_COMPLIANT = "non_compliant"
#: The manifest could not be judged (OPA failed on it): never a pass, worse than any verdict.
ERROR = "error"
VERDICTS = (COMPLIANT, COMPLIANT_WITH_WARNINGS, NON_COMPLIANT, ERROR)

VERDICT_FORMAT_VERSION = "1"


@dataclass(frozen=True)
class Reference:
    label: str
    url: str | None = None

    @cached_property
    def document(self) -> dict[str, Any]:
        """The reference as JSON writes it, made once: a rule's references are shared by
        every result of the rule in a batch (aggregate.build_verdict). Read, never changed."""
        return {"label": self.label, "url": self.url} if self.url else {"label": self.label}

    def to_dict(self) -> dict[str, Any]:
        return dict(self.document)


@dataclass(frozen=True)
class Waiver:
    """Why a failed or warning result was accepted, and by whom."""

    source: str  # "manifest" (the project's own, SHOULD and GOOD-PRACTICE only) or "platform"
    rule: str
    justification: str
    pointer: str | None = None  # the waiver covers this pointer and what is below it
    approved_by: str | None = None
    ticket: str | None = None
    date: str | None = None
    expires: str | None = None

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "source": self.source,
            "rule": self.rule,
            "justification": self.justification,
            "pointer": self.pointer,
            "approved_by": self.approved_by,
            "ticket": self.ticket,
            "date": self.date,
            "expires": self.expires,
        }
        return {key: value for key, value in document.items() if value is not None}


#: Kinds of waiver notes: a waiver that did not apply, and why.
EXPIRED, STALE, REFUSED, NOT_WAIVABLE = "expired", "stale", "refused", "not_waivable"


@dataclass(frozen=True)
class WaiverNote:
    """A waiver that did not silence anything: expired, stale, refused, or of a locked rule."""

    kind: str
    waiver: Waiver
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "waiver": self.waiver.to_dict(), "message": self.message}


@dataclass(frozen=True)
class RuleResult:
    """One rule's outcome on one piece of evidence of the manifest."""

    rule_id: str
    step: str
    status: str
    severity: str
    level: str
    title: str
    message: str
    pointer: str
    line: int
    column: int
    remediation: str
    references: tuple[Reference, ...]
    #: Set when status is "waived": the waiver that accepted this failure or warning.
    waiver: Waiver | None = None
    #: The manifest's own value at the pointer, quoted as evidence when it is short
    #: text, a number, a boolean or a list of those; None when absent or structured.
    value: str | None = None
    #: With --baseline, for a failure or a warning: "new", "unchanged" or "worse"
    #: (cnilpolicy.gate); None without a baseline.
    baseline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "rule_id": self.rule_id,
            "step": self.step,
            "status": self.status,
            "severity": self.severity,
            "level": self.level,
            "title": self.title,
            "message": self.message,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "remediation": self.remediation,
            # Shared by every result of the rule: RuleResult.to_dict is read, then dropped.
            "references": [reference.document for reference in self.references],
        }
        if self.waiver is not None:
            document["waiver"] = self.waiver.to_dict()
        if self.value is not None:
            document["value"] = self.value
        if self.baseline is not None:
            document["baseline"] = self.baseline
        return document


@dataclass(frozen=True)
class StepOutcome:
    id: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status}


@dataclass(frozen=True)
class DerivedFact:
    """A condition the policies computed, shown so a reviewer sees why rules applied."""

    id: str
    value: Any
    basis: tuple[str, ...]
    pointer: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "value": self.value,
            "basis": list(self.basis),
            "pointer": self.pointer,
        }


@dataclass(frozen=True)
class ActionItem:
    """An entry of the manifest's optional action_plan: who fixes a rule, by when."""

    rule: str
    action: str
    owner: str | None = None
    due: str | None = None
    status: str | None = None

    def to_dict(self) -> dict[str, Any]:
        document = {
            "rule": self.rule,
            "action": self.action,
            "owner": self.owner,
            "due": self.due,
            "status": self.status,
        }
        return {key: value for key, value in document.items() if value is not None}


@dataclass(frozen=True)
class Engine:
    tool_version: str
    opa_version: str
    policy_version: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool_version": self.tool_version,
            "opa_version": self.opa_version,
            "policy_version": self.policy_version,
        }


@dataclass(frozen=True)
class UnevaluatedSection:
    """A section the manifest declares and no rule of the chosen pack reads."""

    section: str
    packs: tuple[str, ...]  # the packs that evaluate it

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "packs": list(self.packs)}


@dataclass(frozen=True)
class ManifestVerdict:
    """Everything cnilpolicy concluded about one manifest."""

    verdict: str
    path: str
    sha256: str
    engine: Engine
    pack: str
    lang: str
    evaluation_date: str
    steps: tuple[StepOutcome, ...]
    results: tuple[RuleResult, ...]
    derived_facts: tuple[DerivedFact, ...] = field(default=())
    waiver_notes: tuple[WaiverNote, ...] = field(default=())
    #: The manifest's project and organisation names, for report headers.
    project: str | None = None
    organisation: str | None = None
    action_plan: tuple[ActionItem, ...] = field(default=())
    #: Sections the manifest declares that no rule of the pack reads (a notice only).
    unevaluated_sections: tuple[UnevaluatedSection, ...] = field(default=())
    #: Set, with verdict "error", when the engine could not judge this manifest.
    error: str | None = None

    def may_hold_floats(self) -> bool:
        """Whether to_dict() can hold a float: only a derived fact's value is untyped."""
        return _holds_float([fact.value for fact in self.derived_facts])

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for result in self.results:
            counts[result.status] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return (
            {
                "format_version": VERDICT_FORMAT_VERSION,
                "verdict": self.verdict,
                "manifest": {"path": self.path, "sha256": self.sha256},
                "engine": self.engine.to_dict(),
                "pack": self.pack,
                "lang": self.lang,
                "evaluation_date": self.evaluation_date,
                "summary": self.counts(),
                "steps": [step.to_dict() for step in self.steps],
                "derived_facts": [fact.to_dict() for fact in self.derived_facts],
                "waiver_notes": [note.to_dict() for note in self.waiver_notes],
                "project": self.project,
                "organisation": self.organisation,
                "action_plan": [item.to_dict() for item in self.action_plan],
                "results": [result.to_dict() for result in self.results],
            }
            | self._unevaluated_dict()
            | self._error_dict()
        )

    def _error_dict(self) -> dict[str, Any]:
        return {"error": self.error} if self.error is not None else {}

    def unevaluated_notice(self) -> str | None:
        """One line naming the declared sections the pack left out, and who evaluates them."""
        if not self.unevaluated_sections:
            return None
        no_pack = translate(self.lang, N_("no pack"))
        parts = [
            f"{s.section} ({', '.join(s.packs) or no_pack})" for s in self.unevaluated_sections
        ]
        notice = N_(
            "Not evaluated by pack {pack}: {sections} (section, then the packs that evaluate it)."
            " This notice does not change the verdict."
        )
        return translate(self.lang, notice).format(pack=self.pack, sections="; ".join(parts))

    def _unevaluated_dict(self) -> dict[str, Any]:
        # Only when there is something to say: verdicts of a complete pack keep their shape.
        if not self.unevaluated_sections:
            return {}
        return {"unevaluated_sections": [s.to_dict() for s in self.unevaluated_sections]}


def worst_status(statuses: list[str]) -> str:
    """The status that matters most among several (a rule with several findings)."""
    return min(statuses, key=STATUSES.index, default=NOT_APPLICABLE)


def worst_verdict(verdicts: list[str]) -> str:
    return max(verdicts, key=VERDICTS.index, default=COMPLIANT)


def dumps(document: Any, *, may_hold_floats: bool = True) -> str:
    """The one JSON serialisation: sorted keys, so equal inputs give equal bytes.

    The text is json.dumps(document, indent=2, sort_keys=True,
    ensure_ascii=False). orjson writes the same bytes several times faster
    for strings, integers, booleans and null, but writes floats differently
    (1e16, not 1e+16): a document holding a float, or anything orjson refuses
    (an integer beyond 64 bits, a lone surrogate, an unknown type), takes
    Python's encoder. tests/test_dumps.py holds the two to the same bytes.
    may_hold_floats=False skips looking for floats, for a caller whose types
    rule them out (ManifestVerdict.may_hold_floats).
    """
    text = _orjson(document, may_hold_floats)
    if text is not None:
        return text.decode("utf-8") + "\n"
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def dumps_item(document: Any, key: str, *, may_hold_floats: bool = True) -> memoryview:
    """What dumps({key: [document]}) writes of document, without its last line break,
    in UTF-8.

    A batch report writes its manifests one at a time with it: the text of
    each is indented as an item of the array, four spaces deeper than alone.
    key is plain text that JSON writes as it is. The bytes go to the report's
    file as they are (cnilpolicy.output.Chunk).
    """
    wrapper = {key: [document]}
    encoded = _orjson(wrapper, may_hold_floats)
    if encoded is not None:
        # orjson indents the item itself: the wrapper's own lines are cut off,
        # from a view (a slice would copy the item's bytes once more).
        opening = len(f'{{\n  "{key}": [\n'.encode())
        return memoryview(encoded)[opening : -len(b"\n  ]\n}")]
    # JSON strings carry no raw line break: indenting line by line is exact. A lone
    # surrogate is kept as Python's text holds it (the loader lets none into a verdict).
    text = "    " + dumps(document).rstrip("\n").replace("\n", "\n    ")
    return memoryview(text.encode("utf-8", "surrogatepass"))


def _orjson(document: Any, may_hold_floats: bool) -> bytes | None:
    """orjson's text of document, or None when it may differ from json.dumps."""
    if may_hold_floats and _holds_float(document):
        return None
    try:
        return orjson.dumps(document, option=_ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        return None


_ORJSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
_CONTAINERS = (dict, list, tuple)


def _holds_float(document: Any) -> bool:
    # The types of a container's items are gathered at once (set(map(type, ...))
    # runs in C): a verdict holds thousands of strings, and visiting each one
    # in Python cost as much as encoding them.
    pending: list[list[Any] | tuple[Any, ...]] = [[document]]
    while pending:
        items = pending.pop()
        kinds = set(map(type, items))
        if float in kinds:
            return True
        if dict in kinds:
            pending.extend([list(item.values()) for item in items if type(item) is dict])
        if list in kinds or tuple in kinds:
            pending.extend([item for item in items if type(item) is list or type(item) is tuple])
    return False
