"""GitLab Code Quality: the JSON the merge-request widget reads (`artifacts:reports:codequality`).

GitLab documents the report as a JSON array of issues, each with
`description`, `check_name`, `fingerprint` (unique: GitLab keeps only the
first issue of a fingerprint), `severity` (info, minor, major, critical or
blocker) and `location.path` (relative to the repository) with
`location.lines.begin` (https://docs.gitlab.com/ci/testing/code_quality/,
"Code Quality report format"). Other Code Climate properties are ignored by
GitLab and not written.

Choices:

- A failure is `critical`; a warning `minor`, or `major` when `--fail-on
  warning` makes it fail the pipeline; a waived finding `info` (accepted, but
  still shown). Passes and not-applicable rules are not issues.
- An invalid manifest gives a `blocker` per problem at its line
  (check_name MANIFEST-SCHEMA); a manifest the engine could not evaluate, a
  `blocker` at line 1 (check_name cnilpolicy-engine-error).
- The path is the manifest's path relative to the working folder (`./` and
  `..` resolved), which is the repository in a GitLab job.
- The fingerprint follows the finding, not its line or wording: the rule, the
  pointer and the path, as for SARIF.
- Sections the manifest declares and the pack does not evaluate are one `info`
  issue at line 1 (check_name cnilpolicy-sections-not-evaluated): a reviewer
  sees that part of the manifest was not checked.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from cnilpolicy.errors import pointed
from cnilpolicy.gate import manifest_identity
from cnilpolicy.i18n import N_, translate, word
from cnilpolicy.problem import INVALID, Entry, ManifestProblem
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import BASELINE_WORDS
from cnilpolicy.render.stream import indented, render_whole, repeated
from cnilpolicy.verdict import FAIL, WAIVED, WARN, RuleResult, dumps

SCHEMA_CHECK = "MANIFEST-SCHEMA"
ENGINE_CHECK = "cnilpolicy-engine-error"
SECTIONS_CHECK = "cnilpolicy-sections-not-evaluated"
SEVERITIES = ("info", "minor", "major", "critical", "blocker")
_WORDS = {
    "waived": N_("(waived: {justification})"),
    "invalid": N_("invalid manifest"),
    "error": N_("not evaluated (engine error)"),
    "problem": N_("{problem}: {message}"),
}


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(CodeQualityRenderer, entries, options)


def document(entries: Sequence[Entry], options: RenderOptions) -> list[dict[str, Any]]:
    return json.loads(render(entries, options))  # type: ignore[no-any-return]


class CodeQualityRenderer:
    """The array of issues, a manifest's issues at a time."""

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._fail_on = options.fail_on
        self._lang = options.lang
        # Only a manifest given twice can repeat another's fingerprints (they hold its path).
        self._repeated = repeated(manifest_identity(path) for path in paths)
        self._seen_repeated: dict[str, int] = {}
        self._issues = 0

    def entry(self, entry: Entry) -> Iterator[str]:
        path = manifest_identity(entry.path)
        issues = _issues(entry, path, self._fail_on, self._lang)
        seen = self._seen_repeated if path in self._repeated else {}
        for issue in _unique_fingerprints(issues, seen):
            yield ("[\n" if not self._issues else ",\n") + indented(dumps(issue), "  ")
            self._issues += 1

    def end(self) -> Iterator[str]:
        yield "\n]\n" if self._issues else "[]\n"


def _issues(entry: Entry, path: str, fail_on: str, lang: str) -> list[dict[str, Any]]:
    if isinstance(entry, ManifestProblem):
        return _problem_issues(entry, path, lang)
    issues = [
        _issue(result, path, fail_on, lang)
        for result in entry.results
        if result.status in (FAIL, WARN, WAIVED)
    ]
    notice = entry.unevaluated_notice()
    if notice:
        issues.append(
            {
                "description": notice,
                "check_name": SECTIONS_CHECK,
                "fingerprint": _fingerprint(SECTIONS_CHECK, entry.pack, path),
                "severity": "info",
                "location": {"path": path, "lines": {"begin": 1}},
            }
        )
    return issues


def _severity(status: str, fail_on: str) -> str:
    if status == FAIL:
        return "critical"
    if status == WARN:
        return "major" if fail_on == "warning" else "minor"
    return "info"


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _issue(result: RuleResult, path: str, fail_on: str, lang: str) -> dict[str, Any]:
    description = f"{result.rule_id} {result.title}: {result.message}"
    if result.status == WAIVED and result.waiver is not None:
        waived = translate(lang, _WORDS["waived"])
        description += " " + waived.format(justification=result.waiver.justification)
    if result.baseline:
        description += f" [{word(BASELINE_WORDS, lang, result.baseline)}]"
    return {
        "description": description,
        "check_name": result.rule_id,
        "fingerprint": _fingerprint(result.rule_id, result.pointer, path),
        "severity": _severity(result.status, fail_on),
        "location": {"path": path, "lines": {"begin": result.line}},
    }


def _problem_issues(problem: ManifestProblem, path: str, lang: str) -> list[dict[str, Any]]:
    check = SCHEMA_CHECK if problem.verdict == INVALID else ENGINE_CHECK
    what = translate(lang, _WORDS["invalid" if problem.verdict == INVALID else "error"])
    return [
        {
            "description": translate(lang, _WORDS["problem"]).format(
                problem=what, message=pointed(error.pointer, error.message, lang)
            ),
            "check_name": check,
            "fingerprint": _fingerprint(check, error.pointer, error.message, path),
            "severity": "blocker",
            "location": {"path": path, "lines": {"begin": error.line}},
        }
        for error in problem.errors
    ]


def _unique_fingerprints(
    issues: list[dict[str, Any]], seen: dict[str, int]
) -> list[dict[str, Any]]:
    # Two findings of one rule at one pointer (rare) would share a fingerprint, and
    # GitLab would show only the first: the repeats are numbered.
    for issue in issues:
        fingerprint = issue["fingerprint"]
        seen[fingerprint] = seen.get(fingerprint, 0) + 1
        if seen[fingerprint] > 1:
            issue["fingerprint"] = _fingerprint(fingerprint, str(seen[fingerprint]))
    return issues
