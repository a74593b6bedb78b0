"""The CI gate: which results make a run fail, given --fail-on and a baseline.

Precedence: a waived result never counts (waivers are applied first); then a
result that the baseline already had, at the same place with the same or a
worse status, does not count; then --fail-on decides: `error` counts failures,
`warning` counts failures and warnings, `never` counts nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnilpolicy.errors import CnilPolicyError
from cnilpolicy.verdict import FAIL, WARN, ManifestVerdict, RuleResult

FAIL_ON = ("error", "warning", "never")
_RANK = {FAIL: 2, WARN: 1}

Key = tuple[str, str, str]  # manifest path, rule id, pointer


class BaselineError(CnilPolicyError):
    """The baseline file is not a cnilpolicy JSON verdict."""


@dataclass(frozen=True)
class Baseline:
    """The worst status each (manifest, rule, pointer) had in a previous JSON verdict."""

    known: dict[Key, int]

    def already_known(self, path: str, result: RuleResult) -> bool:
        previous = self.known.get((path, result.rule_id, result.pointer), 0)
        return previous >= _RANK.get(result.status, 0)


def load_baseline(path: str) -> Baseline:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BaselineError(f"{path}: cannot read baseline: {error}") from None
    manifests = document.get("manifests", [document]) if isinstance(document, dict) else None
    if not isinstance(manifests, list) or not all(
        isinstance(m, dict) and "results" in m and "manifest" in m for m in manifests
    ):
        raise BaselineError(f"{path}: not a cnilpolicy JSON verdict")
    known: dict[Key, int] = {}
    for manifest in manifests:
        for result in _results(manifest):
            key = (str(manifest["manifest"].get("path")), result["rule_id"], result["pointer"])
            known[key] = max(known.get(key, 0), _RANK.get(result.get("status", ""), 0))
    return Baseline(known)


def _results(manifest: dict[str, Any]) -> Iterable[dict[str, Any]]:
    return (r for r in manifest["results"] if isinstance(r, dict) and "rule_id" in r)


def counted(
    verdict: ManifestVerdict, fail_on: str, baseline: Baseline | None = None
) -> list[RuleResult]:
    """The results of this verdict that make the gate fail."""
    statuses = {"error": {FAIL}, "warning": {FAIL, WARN}, "never": set()}[fail_on]
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
