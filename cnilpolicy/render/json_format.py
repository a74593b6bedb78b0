"""JSON: the verdict document described by schemas/verdict.schema.json."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from cnilpolicy.problem import Entry, Overall, overall_verdict
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.stream import Chunk, render_whole
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
    return render_whole(JsonRenderer, entries, options)


def _may_hold_floats(entry: Entry) -> bool:
    return isinstance(entry, ManifestVerdict) and entry.may_hold_floats()


class JsonRenderer:
    """The document of render(), a manifest at a time, written as it comes.

    The same bytes as dumps(document(entries)): whole, a batch's report would be
    held several times over (the encoder's objects, then the text, then its bytes).
    """

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._batch = len(paths) > 1
        self._overall = Overall()
        self._single: list[Entry] = []

    def entry(self, entry: Entry) -> Iterator[Chunk]:
        if not self._batch:
            self._single.append(entry)
            return
        if self._overall.count:
            separator = ",\n"
        else:
            separator = ""
            version = dumps(VERDICT_FORMAT_VERSION).rstrip()
            yield f'{{\n  "format_version": {version},\n  "manifests": [\n'
        self._overall.add(entry)
        # Two chunks: joined, the item's text would be copied once more. The item is
        # orjson's bytes, written as they are.
        yield separator
        yield dumps_item(entry.to_dict(), "manifests", may_hold_floats=_may_hold_floats(entry))

    def end(self) -> Iterator[Chunk]:
        if not self._batch or not self._overall.count:
            entries = self._single
            floats = any(_may_hold_floats(entry) for entry in entries)
            yield dumps(document(entries), may_hold_floats=floats)
            return
        worst = dumps(self._overall.verdict()).rstrip("\n")
        yield f'\n  ],\n  "verdict": {worst}\n}}\n'
