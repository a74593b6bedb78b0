"""SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps) and SARIF viewers.

One run for every manifest. `tool.driver.rules` declares every rule of the
catalog (or, without a catalog, every rule of the results), so that a consumer
can tell a rule that found nothing from a rule that does not exist.

Choices:

- A failure or a warning is a result; so is a waived one, with an accepted
  external suppression that carries the waiver. It keeps its rule's level: the
  finding is real, only accepted.
- Passing and not-applicable rules are not results by default. GitHub code
  scanning ignores `result.kind` and opens an alert for every result, passes
  included (PSRule #955, complyctl #868), so they are listed in
  `run.properties.manifests[].passed` and `.notApplicable` instead.
  `document(..., passes_as_results=True)` gives them as results of kind "pass"
  and "notApplicable" (level "none") for consumers that honour `kind`.
- GitHub does not dismiss an alert because of a SARIF suppression either: a
  waived finding shows there as an open alert unless the upload is followed by
  a dismissal step (for example advanced-security/dismiss-alerts).
- A rule's `precision` (GitHub's property) comes from its evidence grade:
  a requirement the CNIL states is surer than one the tool infers.
- An invalid manifest gives an `error` result per problem, at its line and
  column, under the rule MANIFEST-SCHEMA that the driver declares whenever
  it is used. A manifest the engine could not evaluate is no finding of the
  file: the invocation says `executionSuccessful: false` and carries a
  tool execution notification per such manifest.
- With a baseline, every failure and warning has its `baselineState`: `new`,
  `unchanged`, or `updated` for a warning that became a failure.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from cnilpolicy import __version__, i18n
from cnilpolicy.catalog import RuleInfo
from cnilpolicy.gate import counted_in
from cnilpolicy.i18n import N_, translate
from cnilpolicy.problem import (
    ERROR,
    INVALID,
    Entry,
    ManifestProblem,
    ProblemDetail,
    overall_verdict,
    problems_of,
    verdicts_of,
)
from cnilpolicy.render.markdown_summary import escape_text
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.verdict import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    WAIVED,
    WARN,
    ManifestVerdict,
    Reference,
    RuleResult,
    dumps,
)

SARIF_VERSION = "2.1.0"
SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: The CNIL's introduction to the AI how-to sheets the rules implement: cnilpolicy has
#: no public home page yet, and informationUri must be an absolute URI.
INFORMATION_URI = "https://www.cnil.fr/en/what-scope-ai-how-sheets"
#: A relative manifest path is relative to the checkout: code scanning's source root.
SOURCE_ROOT = "%SRCROOT%"
#: The key of the fingerprint code scanning uses to follow a finding across runs.
FINGERPRINT_KEY = "cnilpolicyFinding/v1"

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_PRECISION = {"confirmed": "very-high", "secondary": "high", "recalled": "medium"}
_KINDS = {PASS: "pass", NOT_APPLICABLE: "notApplicable"}
_WORDS = {
    "remediation": N_("Remediation:"),
    "references": N_("References:"),
    "waived": N_("Waived:"),
}


@dataclass(frozen=True)
class _Rule:
    """What a rule descriptor needs, from the catalog or, lacking it, from a result."""

    id: str
    step: str
    title: str
    description: str
    remediation: str
    level: str
    severity: str
    references: tuple[Reference, ...]
    articles: tuple[str, ...]
    evidence: str | None = None
    fiche: str | None = None


#: The rule of every invalid manifest's results.
SCHEMA_RULE_ID = "MANIFEST-SCHEMA"
_SCHEMA_RULE = _Rule(
    id=SCHEMA_RULE_ID,
    step="",
    title=N_("The manifest is readable and matches the manifest schema"),
    description=N_(
        "A manifest that cannot be read, is not YAML or JSON, or does not match "
        "schemas/manifest.schema.json is not evaluated: no rule of the catalog can pass or "
        "fail on it. Each problem is a result at its line and column."
    ),
    remediation=N_(
        "Fix the manifest at the place given (`cnilpolicy validate` lists every problem)."
    ),
    level="must",
    severity="error",
    references=(),
    articles=(),
)


def _schema_rule(lang: str) -> _Rule:
    return replace(
        _SCHEMA_RULE,
        title=translate(lang, _SCHEMA_RULE.title),
        description=translate(lang, _SCHEMA_RULE.description),
        remediation=translate(lang, _SCHEMA_RULE.remediation),
    )


_BASELINE_STATES = {"new": "new", "unchanged": "unchanged", "worse": "updated"}


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return dumps(document(entries, options))


def document(
    entries: Sequence[Entry], options: RenderOptions, *, passes_as_results: bool = False
) -> dict[str, Any]:
    verdicts = verdicts_of(entries)
    problems = problems_of(entries)
    rules = _rules(verdicts, options)
    if any(problem.verdict == INVALID for problem in problems):
        rules.append(_schema_rule(options.lang))
    rule_index = {rule.id: index for index, rule in enumerate(rules)}
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    for entry in entries:
        if entry.path not in artifact_index:
            artifact_index[entry.path] = len(artifacts)
            artifacts.append(_artifact(entry))
    reported = {FAIL, WARN, WAIVED} | ({PASS, NOT_APPLICABLE} if passes_as_results else set())
    words = i18n.words(_WORDS, options.lang)
    results = [
        _result(result, verdict, rule_index[result.rule_id], artifact_index[verdict.path], words)
        for verdict in verdicts
        for result in verdict.results
        if result.status in reported
    ]
    results.extend(
        _problem_result(problem, detail, rule_index[SCHEMA_RULE_ID], artifact_index[problem.path])
        for problem in problems
        if problem.verdict == INVALID
        for detail in problem.errors
    )
    engine = verdicts[0].engine if verdicts else None
    driver: dict[str, Any] = {
        "name": "cnilpolicy",
        "version": engine.tool_version if engine else __version__,
        "semanticVersion": engine.tool_version if engine else __version__,
        "informationUri": INFORMATION_URI,
        "rules": [_descriptor(rule, words) for rule in rules],
    }
    if engine:
        driver["properties"] = {
            "policyVersion": engine.policy_version,
            "opaVersion": engine.opa_version,
        }
    # A waiver that did not apply is a problem of configuration, not a finding:
    # SARIF's place for it is the invocation's configuration notifications.
    notifications = [
        {
            "level": "warning",
            "message": {"text": note.message},
            "descriptor": {"id": f"waiver-{note.kind}"},
            "locations": [
                {"physicalLocation": {"artifactLocation": artifact_location(verdict.path)}}
            ],
            "properties": {"waiver": note.waiver.to_dict()},
        }
        for verdict in verdicts
        for note in verdict.waiver_notes
    ]
    invocation: dict[str, Any] = {
        "executionSuccessful": not any(problem.verdict == ERROR for problem in problems),
        "toolConfigurationNotifications": notifications,
    }
    failures = [
        _execution_notification(problem) for problem in problems if problem.verdict == ERROR
    ]
    if failures:
        invocation["toolExecutionNotifications"] = failures
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "language": options.lang,
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "properties": {
            "verdict": overall_verdict(entries),
            "gate": {"failOn": options.fail_on, "counted": counted_in(verdicts, options.fail_on)},
            "manifests": [
                _manifest_properties(entry)
                if isinstance(entry, ManifestVerdict)
                else _problem_properties(entry)
                for entry in entries
            ],
        },
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def _rules(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> list[_Rule]:
    """The catalog's rules in its order, then any rule of the results it lacks."""
    rules: dict[str, _Rule] = {}
    for info in options.catalog:
        rules.setdefault(info.id, _from_catalog(info, options.lang))
    for verdict in verdicts:
        for result in verdict.results:
            if result.rule_id not in rules:
                rules[result.rule_id] = _from_result(result)
    return list(rules.values())


def _from_catalog(info: RuleInfo, lang: str) -> _Rule:
    links = tuple(Reference(label=label, url=url or None) for label, url in info.links)
    return _Rule(
        id=info.id,
        step=info.step,
        title=info.title_in(lang),
        description=info.description_in(lang) or info.title_in(lang),
        remediation=info.remediation_in(lang) if info.remediation else "",
        level=info.level,
        severity=info.severity,
        references=links + tuple(Reference(label=article) for article in info.articles),
        articles=info.articles,
        evidence=info.evidence or None,
        fiche=info.fiche or None,
    )


def _from_result(result: RuleResult) -> _Rule:
    # Without the catalog, the articles are the references that are not CNIL pages.
    return _Rule(
        id=result.rule_id,
        step=result.step,
        title=result.title,
        description=result.title,
        remediation=result.remediation,
        level=result.level,
        severity=result.severity,
        references=result.references,
        articles=tuple(ref.label for ref in result.references if not _is_cnil_page(ref.url)),
    )


def _is_cnil_page(url: str | None) -> bool:
    if not url:
        return False
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme in ("http", "https") and (host == "cnil.fr" or host.endswith(".cnil.fr"))


def _package(rule: _Rule) -> str:
    # The rule's Rego package (docs/writing-rules.md): an identifier a user can grep for.
    leaf = rule.id.lower().replace("-", "_").replace(".", "_")
    return f"cnil.{rule.step}.{leaf}" if rule.step else leaf


def _descriptor(rule: _Rule, words: dict[str, str]) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "step": rule.step,
        "level": rule.level,
        "severity": rule.severity,
        "articles": list(rule.articles),
        "tags": _tags(rule),
    }
    if rule.evidence:
        properties["evidence"] = rule.evidence
        properties["precision"] = _PRECISION.get(rule.evidence, "low")
    if rule.fiche:
        properties["fiche"] = rule.fiche
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": _package(rule),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.description},
        "help": {"text": _help_text(rule, words), "markdown": _help_markdown(rule, words)},
        "defaultConfiguration": {"level": _LEVELS.get(rule.severity, "warning")},
        "properties": properties,
    }
    help_uri = next((ref.url for ref in rule.references if _is_cnil_page(ref.url)), None)
    if help_uri:
        descriptor["helpUri"] = help_uri
    return descriptor


def _tags(rule: _Rule) -> list[str]:
    tags = ["cnil", "privacy", rule.step, rule.level]
    return [tag for index, tag in enumerate(tags) if tag and tag not in tags[:index]]


def _help_text(rule: _Rule, words: dict[str, str]) -> str:
    lines = [f"{words['remediation']} {rule.remediation}", "", words["references"]]
    lines.extend(
        f"- {ref.label} <{ref.url}>" if ref.url else f"- {ref.label}" for ref in rule.references
    )
    return "\n".join(lines)


def _help_markdown(rule: _Rule, words: dict[str, str]) -> str:
    lines = [
        f"**{words['remediation']}** {escape_text(rule.remediation)}",
        "",
        f"**{words['references']}**",
        "",
    ]
    for ref in rule.references:
        label = escape_text(ref.label)
        if ref.url and urlsplit(ref.url).scheme in ("http", "https"):
            # Percent-encode what would end the link early: spaces, parentheses, brackets.
            url = quote(ref.url, safe=":/?#@!$&'*+,;=%~")
            lines.append(f"- [{label}]({url})")
        else:
            lines.append(f"- {label}")
    return "\n".join(lines)


def artifact_location(path: str) -> dict[str, str]:
    """A manifest path as a SARIF artifact location: relative to the source root if relative."""
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    # quote() also encodes ':', so that a first segment such as "a:b" is not read as a scheme.
    return {"uri": quote(Path(path).as_posix()), "uriBaseId": SOURCE_ROOT}


def _artifact(entry: Entry) -> dict[str, Any]:
    artifact: dict[str, Any] = {"location": artifact_location(entry.path)}
    if isinstance(entry, ManifestVerdict):
        artifact["hashes"] = {"sha-256": entry.sha256}
    artifact["roles"] = ["analysisTarget"]
    return artifact


def _problem_result(
    problem: ManifestProblem, detail: ProblemDetail, rule_index: int, artifact: int
) -> dict[str, Any]:
    identity = "\0".join((SCHEMA_RULE_ID, detail.pointer, detail.message, problem.path))
    return {
        "ruleId": SCHEMA_RULE_ID,
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": f"{detail.pointer or '/'}: {detail.message}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {**artifact_location(problem.path), "index": artifact},
                    "region": {"startLine": detail.line, "startColumn": detail.column},
                },
                "logicalLocations": [{"fullyQualifiedName": detail.pointer, "kind": "object"}],
            }
        ],
        "partialFingerprints": {
            FINGERPRINT_KEY: hashlib.sha256(identity.encode("utf-8")).hexdigest()
        },
        "properties": {"pointer": detail.pointer, "status": INVALID},
    }


def _execution_notification(problem: ManifestProblem) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": "; ".join(error.message for error in problem.errors)},
        "descriptor": {"id": "engine-error"},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(problem.path)}}],
    }


def _problem_properties(problem: ManifestProblem) -> dict[str, Any]:
    return {
        "path": problem.path,
        "verdict": problem.verdict,
        "errors": [error.to_dict() for error in problem.errors],
    }


def fingerprint(result: RuleResult, path: str) -> str:
    """Stable across runs while the rule, the evidence and the file stay the same."""
    identity = "\0".join((result.rule_id, result.pointer, path))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def _result(
    result: RuleResult,
    verdict: ManifestVerdict,
    rule_index: int,
    artifact: int,
    words: dict[str, str],
) -> dict[str, Any]:
    text = result.message
    if result.status in (FAIL, WARN, WAIVED) and result.remediation:
        text += f"\n{words['remediation']} {result.remediation}"
    if result.status == WAIVED and result.waiver is not None:
        text += f"\n{words['waived']} {result.waiver.justification}"
    document: dict[str, Any] = {
        "ruleId": result.rule_id,
        "ruleIndex": rule_index,
        "level": _LEVELS.get(result.severity, "warning"),
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {**artifact_location(verdict.path), "index": artifact},
                    "region": {"startLine": result.line, "startColumn": result.column},
                },
                "logicalLocations": [{"fullyQualifiedName": result.pointer, "kind": "object"}],
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(result, verdict.path)},
        "properties": {"pointer": result.pointer, "status": result.status, "step": result.step},
    }
    if result.baseline:
        document["baselineState"] = _BASELINE_STATES[result.baseline]
    if result.status in _KINDS:
        document["kind"] = _KINDS[result.status]
        document["level"] = "none"
    if result.status == WAIVED:
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
        if result.waiver is not None:
            suppression["justification"] = result.waiver.justification
            suppression["properties"] = {"waiver": result.waiver.to_dict()}
        document["suppressions"] = [suppression]
    return document


def _manifest_properties(verdict: ManifestVerdict) -> dict[str, Any]:
    def listed(status: str) -> list[dict[str, str]]:
        return [
            {"ruleId": result.rule_id, "pointer": result.pointer, "message": result.message}
            for result in verdict.results
            if result.status == status
        ]

    return {
        "path": verdict.path,
        "verdict": verdict.verdict,
        "pack": verdict.pack,
        "lang": verdict.lang,
        "evaluationDate": verdict.evaluation_date,
        "summary": verdict.counts(),
        "passed": listed(PASS),
        "notApplicable": listed(NOT_APPLICABLE),
    } | ({"unevaluatedSections": notice} if (notice := verdict.unevaluated_notice()) else {})
