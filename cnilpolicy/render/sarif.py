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
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from cnilpolicy import __version__
from cnilpolicy.catalog import RuleInfo
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
    worst_verdict,
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
    "en": {"remediation": "Remediation", "references": "References", "waived": "Waived"},
    "fr": {"remediation": "Correction", "references": "Références", "waived": "Dérogation"},
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


def render(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> str:
    return dumps(document(verdicts, options))


def document(
    verdicts: Sequence[ManifestVerdict], options: RenderOptions, *, passes_as_results: bool = False
) -> dict[str, Any]:
    rules = _rules(verdicts, options)
    rule_index = {rule.id: index for index, rule in enumerate(rules)}
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    for verdict in verdicts:
        if verdict.path not in artifact_index:
            artifact_index[verdict.path] = len(artifacts)
            artifacts.append(_artifact(verdict))
    reported = {FAIL, WARN, WAIVED} | ({PASS, NOT_APPLICABLE} if passes_as_results else set())
    words = _WORDS.get(options.lang, _WORDS["en"])
    results = [
        _result(result, verdict, rule_index[result.rule_id], artifact_index[verdict.path], words)
        for verdict in verdicts
        for result in verdict.results
        if result.status in reported
    ]
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
    run = {
        "tool": {"driver": driver},
        "invocations": [_invocation(verdicts, notifications)],
        "language": options.lang,
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "properties": {
            "verdict": worst_verdict([verdict.verdict for verdict in verdicts]),
            "manifests": [_manifest_properties(verdict) for verdict in verdicts],
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
        description=info.description or info.title_in(lang),
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
    lines = [f"{words['remediation']}: {rule.remediation}", "", f"{words['references']}:"]
    lines.extend(
        f"- {ref.label} <{ref.url}>" if ref.url else f"- {ref.label}" for ref in rule.references
    )
    return "\n".join(lines)


def _help_markdown(rule: _Rule, words: dict[str, str]) -> str:
    lines = [
        f"**{words['remediation']}:** {escape_text(rule.remediation)}",
        "",
        f"**{words['references']}:**",
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


def _artifact(verdict: ManifestVerdict) -> dict[str, Any]:
    return {
        "location": artifact_location(verdict.path),
        "hashes": {"sha-256": verdict.sha256},
        "roles": ["analysisTarget"],
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
        text += f"\n{words['remediation']}: {result.remediation}"
    if result.status == WAIVED and result.waiver is not None:
        text += f"\n{words['waived']}: {result.waiver.justification}"
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


def _invocation(
    verdicts: Sequence[ManifestVerdict], notifications: list[dict[str, Any]]
) -> dict[str, Any]:
    """A manifest the engine could not judge makes the run unsuccessful, and says why."""
    failures = [
        {
            "level": "error",
            "message": {"text": f"{verdict.path}: {verdict.error}"},
            "locations": [
                {"physicalLocation": {"artifactLocation": artifact_location(verdict.path)}}
            ],
        }
        for verdict in verdicts
        if verdict.error is not None
    ]
    invocation: dict[str, Any] = {
        "executionSuccessful": not failures,
        "toolConfigurationNotifications": notifications,
    }
    if failures:
        invocation["toolExecutionNotifications"] = failures
    return invocation
