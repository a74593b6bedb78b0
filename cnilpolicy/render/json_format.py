"""JSON: the verdict document described by schemas/verdict.schema.json."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from cnilpolicy.render.options import RenderOptions
from cnilpolicy.verdict import (
    VERDICT_FORMAT_VERSION,
    ManifestVerdict,
    dumps,
    dumps_item,
    worst_verdict,
)


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
    return "".join(render_chunks(verdicts, options))


def render_chunks(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> Iterator[str]:
    """The text of render(), a manifest at a time, to write as it comes."""
    if len(verdicts) <= 1:
        floats = any(verdict.may_hold_floats() for verdict in verdicts)
        yield dumps(document(verdicts), may_hold_floats=floats)
        return
    # The same bytes as dumps(document(verdicts)), one manifest at a time: whole,
    # the report of 10,000 manifests would be held several times over (Python's
    # indenting encoder, then the text, then its UTF-8 bytes).
    yield (f'{{\n  "format_version": {dumps(VERDICT_FORMAT_VERSION).rstrip()},\n  "manifests": [\n')
    for number, verdict in enumerate(verdicts):
        separator = ",\n" if number else ""
        yield separator + dumps_item(
            verdict.to_dict(), "manifests", may_hold_floats=verdict.may_hold_floats()
        )
    worst = dumps(worst_verdict([v.verdict for v in verdicts])).rstrip("\n")
    yield f'\n  ],\n  "verdict": {worst}\n}}\n'
