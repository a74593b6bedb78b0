"""JSON: the verdict document described by schemas/verdict.schema.json."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from cnilpolicy.problem import Entry, overall_verdict
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.verdict import VERDICT_FORMAT_VERSION, ManifestVerdict, dumps, dumps_item


def document(entries: Sequence[Entry]) -> dict[str, Any]:
    """One manifest gives its entry; several give the worst verdict and each entry.

    An entry is a verdict, or an invalid manifest (`"verdict": "invalid"`) or
    one the engine could not evaluate (`"verdict": "error"`), with its errors.
    """
    if len(entries) == 1:
        return entries[0].to_dict()
    return {
        "format_version": VERDICT_FORMAT_VERSION,
        "verdict": overall_verdict(entries),
        "manifests": [entry.to_dict() for entry in entries],
    }


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return "".join(render_chunks(entries, options))


def _may_hold_floats(entry: Entry) -> bool:
    return isinstance(entry, ManifestVerdict) and entry.may_hold_floats()


def render_chunks(entries: Sequence[Entry], options: RenderOptions) -> Iterator[str]:
    """The text of render(), a manifest at a time, to write as it comes."""
    if len(entries) <= 1:
        floats = any(_may_hold_floats(entry) for entry in entries)
        yield dumps(document(entries), may_hold_floats=floats)
        return
    # The same bytes as dumps(document(entries)), one manifest at a time: whole,
    # the report of 10,000 manifests would be held several times over (Python's
    # indenting encoder, then the text, then its UTF-8 bytes).
    yield (f'{{\n  "format_version": {dumps(VERDICT_FORMAT_VERSION).rstrip()},\n  "manifests": [\n')
    for number, entry in enumerate(entries):
        separator = ",\n" if number else ""
        yield separator + dumps_item(
            entry.to_dict(), "manifests", may_hold_floats=_may_hold_floats(entry)
        )
    worst = dumps(overall_verdict(entries)).rstrip("\n")
    yield f'\n  ],\n  "verdict": {worst}\n}}\n'
