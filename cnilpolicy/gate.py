"""The CI gate: which results make a run fail, given --fail-on and a baseline.

Precedence: a waived result never counts (waivers are applied first); then a
result that the baseline already had, at the same place with the same or a
worse status, does not count; then --fail-on decides: `error` counts failures,
`warning` counts failures and warnings, `never` counts nothing.

A baseline result is the same finding when it is of the same manifest, rule,
pointer and evidence (the manifest's value at the pointer, when the finding
quotes one). The manifest is known by its path relative to the working folder,
with `./` and `..` resolved: `services/x/cnil-manifest.yaml` and
`./services/x/../x/cnil-manifest.yaml` are one manifest. Each failure and
warning is marked `new` (the baseline did not have it), `unchanged` (it had it
with the same or a worse status) or `worse` (it had it as a warning, it is now
a failure).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cnilpolicy.errors import JSON_PARSER_SAYS, CnilPolicyError, reason_of
from cnilpolicy.i18n import N_
from cnilpolicy.verdict import FAIL, WARN, ManifestVerdict, RuleResult

FAIL_ON = ("error", "warning", "never")
_RANK = {FAIL: 2, WARN: 1}

NEW, UNCHANGED, WORSE = "new", "unchanged", "worse"
BASELINE_STATES = (NEW, UNCHANGED, WORSE)

Key = tuple[str, str, str, str]  # manifest identity, rule id, pointer, evidence


class BaselineError(CnilPolicyError):
    """The baseline file is not a cnilpolicy JSON verdict."""


def manifest_identity(path: str, cwd: str | None = None) -> str:
    """The manifest's path relative to the working folder, `.` and `..` resolved, with `/`."""
    if path == "-":
        return path
    base = cwd or os.getcwd()
    absolute = os.path.normpath(os.path.join(base, path))
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive, on Windows
        relative = absolute
    return Path(relative).as_posix()


def _evidence(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Baseline:
    """The worst status each finding had in a previous JSON verdict."""

    known: dict[Key, int]

    def state(self, path: str, result: RuleResult) -> str | None:
        """new, unchanged or worse for a failure or a warning; None for any other result."""
        rank = _RANK.get(result.status, 0)
        if not rank:
            return None
        key = (manifest_identity(path), result.rule_id, result.pointer, _evidence(result.value))
        previous = self.known.get(key, 0)
        if previous >= rank:
            return UNCHANGED
        return WORSE if previous else NEW

    def already_known(self, path: str, result: RuleResult) -> bool:
        return self.state(path, result) == UNCHANGED


def load_baseline(path: str) -> Baseline:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        message = N_("{path}: cannot read baseline: {reason}")
        raise BaselineError(message, path=path, reason=reason_of(error, JSON_PARSER_SAYS)) from None
    manifests = document.get("manifests", [document]) if isinstance(document, dict) else None
    if not isinstance(manifests, list) or not all(
        isinstance(m, dict) and "manifest" in m and ("results" in m or "errors" in m)
        for m in manifests
    ):
        raise BaselineError(N_("{path}: not a cnilpolicy JSON verdict"), path=path)
    known: dict[Key, int] = {}
    for manifest in manifests:
        identity = manifest_identity(str(manifest["manifest"].get("path")))
        for result in _results(manifest):
            key = (
                identity,
                result["rule_id"],
                result["pointer"],
                _evidence(result.get("value")),
            )
            known[key] = max(known.get(key, 0), _RANK.get(result.get("status", ""), 0))
    return Baseline(known)


def _results(manifest: dict[str, Any]) -> Iterable[dict[str, Any]]:
    # An invalid manifest or an engine error in the baseline has no results.
    results = manifest.get("results")
    if not isinstance(results, list):
        return ()
    return (r for r in results if isinstance(r, dict) and "rule_id" in r and "pointer" in r)


def mark(verdict: ManifestVerdict, baseline: Baseline) -> ManifestVerdict:
    """The verdict with each failure and warning marked new, unchanged or worse."""
    results = tuple(
        replace(result, baseline=baseline.state(verdict.path, result)) for result in verdict.results
    )
    return replace(verdict, results=results)


_COUNTED_STATUSES = {"error": {FAIL}, "warning": {FAIL, WARN}, "never": set()}


def counts_toward_gate(result: RuleResult, fail_on: str) -> bool:
    """Whether a result, as marked against the baseline (if any), makes the run fail."""
    return result.status in _COUNTED_STATUSES[fail_on] and result.baseline != UNCHANGED


def counted_in(verdicts: Sequence[ManifestVerdict], fail_on: str) -> int:
    """How many results of these (marked) verdicts make the run fail."""
    return sum(
        1
        for verdict in verdicts
        for result in verdict.results
        if counts_toward_gate(result, fail_on)
    )


def counted(
    verdict: ManifestVerdict, fail_on: str, baseline: Baseline | None = None
) -> list[RuleResult]:
    """The results of this verdict that make the gate fail."""
    statuses = _COUNTED_STATUSES[fail_on]
    return [
        result
        for result in verdict.results
        if result.status in statuses
        and not (baseline and baseline.already_known(verdict.path, result))
    ]


def gate_fails(
    verdicts: Sequence[ManifestVerdict], fail_on: str, baseline: Baseline | None
) -> bool:
    return any(counted(verdict, fail_on, baseline) for verdict in verdicts)


class Gate:
    """The gate of a run, decided as the verdicts pass: only a count is kept of them."""

    def __init__(self, fail_on: str, baseline: Baseline | None = None) -> None:
        self.fail_on = fail_on
        self.baseline = baseline
        #: Results that make the run fail, so far.
        self.counted = 0

    def judge(self, verdict: ManifestVerdict) -> ManifestVerdict:
        """The verdict marked against the baseline (if any), its counted results added up."""
        if self.baseline is not None:
            verdict = mark(verdict, self.baseline)
        self.counted += sum(
            1 for result in verdict.results if counts_toward_gate(result, self.fail_on)
        )
        return verdict

    @property
    def fails(self) -> bool:
        return self.counted > 0
