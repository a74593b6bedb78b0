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
import json
import os
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from cnilpolicy import __version__, i18n
from cnilpolicy.errors import pointed
from cnilpolicy.gate import counts_toward_gate
from cnilpolicy.i18n import N_, translate
from cnilpolicy.problem import ERROR, INVALID, Entry, ManifestProblem, Overall, ProblemDetail
from cnilpolicy.render.markdown_summary import escape_text
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.stream import (
    Readable,
    Spool,
    chunks,
    fill,
    indented,
    placeholder,
    render_whole,
    repeated,
    text_of,
)
from cnilpolicy.rule import Rule
from cnilpolicy.verdict import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    WAIVED,
    WARN,
    Engine,
    ManifestVerdict,
    RuleResult,
    WaiverNote,
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


#: The rule of every invalid manifest's results.
SCHEMA_RULE_ID = "MANIFEST-SCHEMA"
_SCHEMA_TITLE = N_("The manifest is readable and matches the manifest schema")
_SCHEMA_DESCRIPTION = N_(
    "A manifest that cannot be read, is not YAML or JSON, or does not match "
    "schemas/manifest.schema.json is not evaluated: no rule of the catalog can pass or "
    "fail on it. Each problem is a result at its line and column."
)
_SCHEMA_REMEDIATION = N_(
    "Fix the manifest at the place given (`cnilpolicy validate` lists every problem)."
)


def _schema_rule(lang: str) -> Rule:
    return Rule(
        id=SCHEMA_RULE_ID,
        step="",
        title={lang: translate(lang, _SCHEMA_TITLE)},
        description={lang: translate(lang, _SCHEMA_DESCRIPTION)},
        remediation={lang: translate(lang, _SCHEMA_REMEDIATION)},
        level="must",
        severity="error",
    )


_BASELINE_STATES = {"new": "new", "unchanged": "unchanged", "worse": "updated"}


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(SarifRenderer, entries, options)


def document(
    entries: Sequence[Entry], options: RenderOptions, *, passes_as_results: bool = False
) -> dict[str, Any]:
    renderer = SarifRenderer(
        options, [entry.path for entry in entries], passes_as_results=passes_as_results
    )
    return json.loads(text_of(chunks(renderer, entries)))  # type: ignore[no-any-return]


#: The index a problem's result is spooled with: MANIFEST-SCHEMA is declared last,
#: once every rule of the results is known.
_LATER = -1


class SarifRenderer:
    """One run: the rules (the catalog's, then any other of the results) and the totals
    are known at the end; the artifacts, results and manifests wait in spools till then."""

    def __init__(
        self, options: RenderOptions, paths: Collection[str], *, passes_as_results: bool = False
    ) -> None:
        self._options = options
        self._words = i18n.words(_WORDS, options.lang)
        self._reported = {FAIL, WARN, WAIVED} | (
            {PASS, NOT_APPLICABLE} if passes_as_results else set()
        )
        self._rules: dict[str, Rule] = {}
        for rule in options.catalog:
            self._rules.setdefault(rule.id, rule)
        self._rule_index = {rule_id: index for index, rule_id in enumerate(self._rules)}
        # Only a path given twice is one artifact for two entries.
        self._repeated = repeated(paths)
        self._repeated_index: dict[str, int] = {}
        self._spools = {
            name: Spool(separator=",\n")
            for name in ("artifacts", "notes", "failures", "manifests", "results", "problems")
        }
        self._engine: Engine | None = None
        self._overall = Overall()
        self._counted = 0
        self._invalid = False

    def _artifact_index(self, entry: Entry) -> int:
        artifacts = self._spools["artifacts"]
        if entry.path in self._repeated:
            if entry.path in self._repeated_index:
                return self._repeated_index[entry.path]
            self._repeated_index[entry.path] = artifacts.count
        artifacts.add(indented(dumps(_artifact(entry)), " " * 8))
        return artifacts.count - 1

    def _index_of(self, result: RuleResult) -> int:
        if result.rule_id not in self._rule_index:
            self._rules[result.rule_id] = _from_result(result, self._options.lang)
            self._rule_index[result.rule_id] = len(self._rule_index)
        return self._rule_index[result.rule_id]

    def entry(self, entry: Entry) -> Iterator[str]:
        self._overall.add(entry)
        artifact = self._artifact_index(entry)
        spools = self._spools
        if isinstance(entry, ManifestProblem):
            spools["manifests"].add(indented(dumps(_problem_properties(entry)), " " * 10))
            if entry.verdict == INVALID:
                self._invalid = True
                for detail in entry.errors:
                    spools["problems"].add(
                        indented(
                            dumps(
                                _problem_result(entry, detail, _LATER, artifact, self._options.lang)
                            ),
                            " " * 8,
                        )
                    )
            elif entry.verdict == ERROR:
                spools["failures"].add(indented(dumps(_execution_notification(entry)), " " * 12))
            return iter(())
        self._engine = self._engine or entry.engine
        for result in entry.results:
            self._counted += counts_toward_gate(result, self._options.fail_on)
            index = self._index_of(result)
            if result.status in self._reported:
                item = _result(result, entry, index, artifact, self._words)
                spools["results"].add(indented(dumps(item), " " * 8))
        # A waiver that did not apply is a problem of configuration, not a finding:
        # SARIF's place for it is the invocation's configuration notifications.
        for note in entry.waiver_notes:
            spools["notes"].add(indented(dumps(_waiver_notification(entry, note)), " " * 12))
        spools["manifests"].add(indented(dumps(_manifest_properties(entry)), " " * 10))
        return iter(())

    def end(self) -> Iterator[str]:
        rules = list(self._rules.values())
        if self._invalid:
            rules.append(_schema_rule(self._options.lang))
        spools = self._spools
        problems = spools.pop("problems")
        schema_index = f'"ruleIndex": {len(rules) - 1}'

        def problem_lines() -> Iterator[str]:
            later = f'"ruleIndex": {_LATER}'
            for line in problems.lines():
                if line.strip().rstrip(",") == later:
                    line = line.replace(later, schema_index)
                yield line

        def listed(name: str) -> list[str]:
            return [placeholder(name)] if spools[name].count else []

        engine = self._engine
        driver: dict[str, Any] = {
            "name": "cnilpolicy",
            "version": engine.tool_version if engine else __version__,
            "semanticVersion": engine.tool_version if engine else __version__,
            "informationUri": INFORMATION_URI,
            "rules": [_descriptor(rule, self._options.lang, self._words) for rule in rules],
        }
        if engine:
            driver["properties"] = {
                "policyVersion": engine.policy_version,
                "opaVersion": engine.opa_version,
            }
        invocation: dict[str, Any] = {
            "executionSuccessful": not spools["failures"].count,
            "toolConfigurationNotifications": listed("notes"),
        }
        if spools["failures"].count:
            invocation["toolExecutionNotifications"] = listed("failures")
        results = listed("results") + ([placeholder("problems")] if problems.count else [])
        run = {
            "tool": {"driver": driver},
            "invocations": [invocation],
            "language": self._options.lang,
            "columnKind": "unicodeCodePoints",
            "artifacts": listed("artifacts"),
            "results": results,
            "properties": {
                "verdict": self._overall.verdict(),
                "gate": {"failOn": self._options.fail_on, "counted": self._counted},
                "manifests": listed("manifests"),
            },
        }
        skeleton = dumps({"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]})
        filled: dict[str, Readable] = {name: spool for name, spool in spools.items() if spool.count}
        if problems.count:
            filled["problems"] = _LineSpool(problem_lines())
        else:
            problems.close()
        for spool in spools.values():
            if not spool.count:
                spool.close()
        yield from fill(skeleton, filled)


class _LineSpool:
    """Lines read back from a spool, changed on the way: what fill copies."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines

    def chunks(self) -> Iterator[str]:
        return self._lines


def _waiver_notification(verdict: ManifestVerdict, note: WaiverNote) -> dict[str, Any]:
    return {
        "level": "warning",
        "message": {"text": note.message},
        "descriptor": {"id": f"waiver-{note.kind}"},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(verdict.path)}}],
        "properties": {"waiver": note.waiver.to_dict()},
    }


def _from_result(result: RuleResult, lang: str) -> Rule:
    # Without the catalog, the articles are the references that are not CNIL pages.
    return Rule(
        id=result.rule_id,
        step=result.step,
        title={lang: result.title},
        remediation={lang: result.remediation},
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


def _package(rule: Rule) -> str:
    # The rule's Rego package (docs/writing-rules.md): an identifier a user can grep for.
    leaf = rule.id.lower().replace("-", "_").replace(".", "_")
    return f"cnil.{rule.step}.{leaf}" if rule.step else leaf


def _descriptor(rule: Rule, lang: str, words: dict[str, str]) -> dict[str, Any]:
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
        "shortDescription": {"text": rule.title_in(lang)},
        # A rule known only from its results has its title as its description.
        "fullDescription": {"text": rule.description_in(lang) or rule.title_in(lang)},
        "help": {
            "text": _help_text(rule, lang, words),
            "markdown": _help_markdown(rule, lang, words),
        },
        "defaultConfiguration": {"level": _LEVELS.get(rule.severity, "warning")},
        "properties": properties,
    }
    help_uri = next((ref.url for ref in rule.references if _is_cnil_page(ref.url)), None)
    if help_uri:
        descriptor["helpUri"] = help_uri
    return descriptor


def _tags(rule: Rule) -> list[str]:
    tags = ["cnil", "privacy", rule.step, rule.level]
    return [tag for index, tag in enumerate(tags) if tag and tag not in tags[:index]]


def _help_text(rule: Rule, lang: str, words: dict[str, str]) -> str:
    lines = [f"{words['remediation']} {rule.remediation_in(lang)}", "", words["references"]]
    lines.extend(
        f"- {ref.label} <{ref.url}>" if ref.url else f"- {ref.label}" for ref in rule.references
    )
    return "\n".join(lines)


def _help_markdown(rule: Rule, lang: str, words: dict[str, str]) -> str:
    lines = [
        f"**{words['remediation']}** {escape_text(rule.remediation_in(lang))}",
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
    problem: ManifestProblem, detail: ProblemDetail, rule_index: int, artifact: int, lang: str
) -> dict[str, Any]:
    identity = "\0".join((SCHEMA_RULE_ID, detail.pointer, detail.message, problem.path))
    return {
        "ruleId": SCHEMA_RULE_ID,
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": pointed(detail.pointer, detail.message, lang)},
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
