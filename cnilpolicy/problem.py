"""A manifest that has no verdict: invalid, or not evaluated because of an engine error.

Every output format lists it in the manifest's place, so that a batch report
never leaves a manifest out: JSON gives it as an entry of `manifests` with
`"verdict": "invalid"` (or `"error"`) and its `errors`, each located in the
file when the problem has a place (a schema error), at 1:1 otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from cnilpolicy.errors import SchemaIssue
from cnilpolicy.verdict import VERDICT_FORMAT_VERSION, ManifestVerdict, worst_verdict

#: The manifest cannot be read, or does not match the schema (exit code 2).
INVALID = "invalid"
#: The manifest could not be evaluated: OPA missing, failing, or answering badly (exit code 3).
ERROR = "error"
#: Verdicts worse than non_compliant, worst last: what a batch's overall verdict can be too.
PROBLEM_VERDICTS = (INVALID, ERROR)


@dataclass(frozen=True)
class ProblemDetail:
    """One thing wrong with the manifest, where it is (1:1 and no pointer when it has no place)."""

    message: str
    pointer: str = ""
    line: int = 1
    column: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


@dataclass(frozen=True)
class ManifestProblem:
    """A manifest listed in every output without a verdict of its rules."""

    verdict: str  # INVALID or ERROR
    path: str
    errors: tuple[ProblemDetail, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format_version": VERDICT_FORMAT_VERSION,
            "verdict": self.verdict,
            "manifest": {"path": self.path},
            "errors": [error.to_dict() for error in self.errors],
        }


def invalid(path: str, issues: Sequence[SchemaIssue]) -> ManifestProblem:
    """A manifest that does not match the schema: one detail per schema error."""
    details = tuple(
        ProblemDetail(
            message=issue.message, pointer=issue.pointer, line=issue.line, column=issue.column
        )
        for issue in issues
    )
    return ManifestProblem(INVALID, path, details)


def unreadable(path: str, message: str) -> ManifestProblem:
    """A manifest that cannot be read or parsed: the message names the file, maybe a line."""
    match = re.match(re.escape(path) + r":(?:(\d+):(\d+):)? ?(.*)", message, re.DOTALL)
    if match is None:
        return ManifestProblem(INVALID, path, (ProblemDetail(message),))
    line, column, text = match.groups()
    if line is None:
        # The YAML parser's own words: "line 2, column 1: while parsing..."
        place = re.match(r"line (\d+), column (\d+)\b", text)
        if place:
            line, column = place.groups()
    detail = ProblemDetail(text, line=int(line or 1), column=int(column or 1))
    return ManifestProblem(INVALID, path, (detail,))


def engine_error(path: str, message: str) -> ManifestProblem:
    """A manifest that was not evaluated because the engine failed."""
    return ManifestProblem(ERROR, path, (ProblemDetail(message),))


#: What an output lists for one manifest: its verdict, or why it has none.
Entry: TypeAlias = ManifestVerdict | ManifestProblem


def verdicts_of(entries: Sequence[Entry]) -> list[ManifestVerdict]:
    return [entry for entry in entries if isinstance(entry, ManifestVerdict)]


def problems_of(entries: Sequence[Entry]) -> list[ManifestProblem]:
    return [entry for entry in entries if isinstance(entry, ManifestProblem)]


def overall_verdict(entries: Sequence[Entry]) -> str:
    """The worst of the entries: an engine error, then an invalid manifest, then the verdicts."""
    kinds = {problem.verdict for problem in problems_of(entries)}
    for kind in reversed(PROBLEM_VERDICTS):
        if kind in kinds:
            return kind
    return worst_verdict([verdict.verdict for verdict in verdicts_of(entries)])


class Overall:
    """The worst verdict of entries seen one at a time: what overall_verdict gives of them all."""

    def __init__(self) -> None:
        self.count = 0
        self._problems: set[str] = set()
        self._verdicts: set[str] = set()

    def add(self, entry: Entry) -> None:
        self.count += 1
        if isinstance(entry, ManifestProblem):
            self._problems.add(entry.verdict)
        else:
            self._verdicts.add(entry.verdict)

    def verdict(self) -> str:
        for kind in reversed(PROBLEM_VERDICTS):
            if kind in self._problems:
                return kind
        return worst_verdict(sorted(self._verdicts))


def unlisted(line: str) -> ManifestProblem:
    """A folder entry the search could not read ("path: reason"): manifests may hide there.

    Listed in the report like an invalid manifest, so that no format shows a batch
    as complete when part of its folder was never searched.
    """
    path, _, reason = line.partition(": ")
    return ManifestProblem(INVALID, path, (ProblemDetail(reason or line),))
