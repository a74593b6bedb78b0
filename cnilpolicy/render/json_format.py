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
    return dumps(document(verdicts))
