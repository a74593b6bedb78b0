"""JSON: the verdict document described by schemas/verdict.schema.json."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cnilpolicy.render.options import RenderOptions
from cnilpolicy.verdict import VERDICT_FORMAT_VERSION, ManifestVerdict, dumps, worst_verdict


def document(verdicts: Sequence[ManifestVerdict]) -> dict[str, Any]:
    """One manifest gives its verdict; several give the worst verdict and each one."""
    if len(verdicts) == 1:
        return verdicts[0].to_dict()
    return {
        "format_version": VERDICT_FORMAT_VERSION,
        "verdict": worst_verdict([v.verdict for v in verdicts]),
        "manifests": [v.to_dict() for v in verdicts],
    }


def render(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> str:
    if len(verdicts) <= 1:
        return dumps(document(verdicts))
    # The same bytes as dumps(document(verdicts)), one manifest at a time: Python's
    # indenting encoder holds several times its output at once, which for 10,000
    # manifests was most of a 10 GB peak. JSON strings carry no raw line break, so
    # indenting each manifest's text line by line is exact.
    manifests = ",\n".join(
        "    " + dumps(verdict.to_dict()).rstrip("\n").replace("\n", "\n    ")
        for verdict in verdicts
    )
    verdict = dumps(worst_verdict([v.verdict for v in verdicts])).rstrip("\n")
    return (
        "{\n"
        f'  "format_version": {dumps(VERDICT_FORMAT_VERSION).rstrip()},\n'
        f'  "manifests": [\n{manifests}\n  ],\n'
        f'  "verdict": {verdict}\n'
        "}\n"
    )
