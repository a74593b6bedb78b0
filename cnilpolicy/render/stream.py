"""What every format's renderer is: fed one entry at a time, it gives its text in pieces.

A run's report is written while the manifests are evaluated: each entry goes
to the renderer as soon as it is decided, and is dropped once the renderer has
taken from it what it needs. A format whose text puts totals (or a sorted
index) before the details keeps counters, and writes the details it cannot
write yet to a Spool: a temporary file, in memory while it is small.
"""

from __future__ import annotations

import itertools
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from cnilpolicy.output import Chunk as Chunk
from cnilpolicy.problem import Entry
from cnilpolicy.render.options import RenderOptions


class EntryRenderer(Protocol):
    """One format's writer for one run: `entry` for each entry in order, then `end`."""

    def entry(self, entry: Entry) -> Iterable[Chunk]: ...

    def end(self) -> Iterable[Chunk]: ...


#: A format's renderer, made once per run: the options, and the path of every entry to come
#: (in order), known before the first is decided: a format may need their number or names.
RendererFactory = Callable[[RenderOptions, Sequence[str]], EntryRenderer]


class FileSetRenderer(Protocol):
    """A format written as a folder: a file per entry as it comes, then the index.

    Each file is given as its name (relative to the folder) and its text in pieces.
    """

    def entry(self, entry: Entry) -> Iterable[tuple[str, Iterable[str]]]: ...

    def end(self) -> Iterable[tuple[str, Iterable[str]]]: ...


FileSetFactory = Callable[[RenderOptions, Sequence[str]], FileSetRenderer]


def chunks(renderer: EntryRenderer, entries: Iterable[Entry]) -> Iterator[Chunk]:
    """The renderer's text, piece by piece, as the entries come."""
    for entry in entries:
        yield from renderer.entry(entry)
    yield from renderer.end()


def text_of(pieces: Iterable[Chunk]) -> str:
    """The pieces' text, joined."""
    return "".join(piece if isinstance(piece, str) else str(piece, "utf-8") for piece in pieces)


def render_whole(factory: RendererFactory, entries: Sequence[Entry], options: RenderOptions) -> str:
    """The whole text at once: what `render(entries, options)` of each format gives."""
    return text_of(chunks(factory(options, [entry.path for entry in entries]), entries))


def render_files_whole(
    factory: FileSetFactory, entries: Sequence[Entry], options: RenderOptions
) -> dict[str, str]:
    """Every file of a folder format at once, by relative name: `render_files` of each format."""
    files = factory(options, [entry.path for entry in entries])
    written = [file for entry in entries for file in files.entry(entry)]
    written += files.end()
    return {name: "".join(text) for name, text in written}


def repeated(values: Iterable[str]) -> set[str]:
    """The values that occur more than once (sorted, not counted: no dict of every value)."""
    ordered = sorted(values)
    return {a for a, b in itertools.pairwise(ordered) if a == b}


#: Below this many characters a spool stays in memory.
_IN_MEMORY = 1 << 20
_READ = 1 << 16


class Spool:
    """Text written now to be copied out later, in order: on disk once it is large."""

    def __init__(self, separator: str = "") -> None:
        self._file = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed by chunks/close)
            max_size=_IN_MEMORY, mode="w+", encoding="utf-8", newline=""
        )
        self._separator = separator
        self.count = 0

    def add(self, text: str) -> None:
        """One more item, after the separator if it is not the first."""
        if self.count and self._separator:
            self._file.write(self._separator)
        self._file.write(text)
        self.count += 1

    def chunks(self) -> Iterator[str]:
        """Everything written, in pieces; the spool is closed once read."""
        try:
            self._file.seek(0)
            while piece := self._file.read(_READ):
                yield piece
        finally:
            self._file.close()

    def lines(self) -> Iterator[str]:
        """Everything written, line by line (with their line ends); closed once read."""
        try:
            self._file.seek(0)
            yield from self._file
        finally:
            self._file.close()

    def close(self) -> None:
        self._file.close()


def indented(text: str, indent: str) -> str:
    """A JSON text (no raw line break inside its strings) indented as an item `indent` deep."""
    return indent + text.rstrip("\n").replace("\n", "\n" + indent)


def placeholder(name: str) -> str:
    """The string standing in a skeleton for the items of the spool `name`."""
    return "\x00" + name


class Readable(Protocol):
    def chunks(self) -> Iterator[str]: ...


def fill(skeleton: str, spools: Mapping[str, Readable]) -> Iterator[str]:
    """A JSON skeleton's text with each placeholder line replaced by its spool's items.

    The skeleton is the document as `dumps` writes it, each array to fill holding
    one string, placeholder(name); the spool holds the items already indented as
    they sit in the array, joined by ",\\n". An empty spool's array must be
    written empty in the skeleton instead (JSON writes `[]` on one line).
    """
    spools = dict(spools)
    rest = skeleton
    while True:
        found = [(rest.find(f'"\\u0000{name}"'), name) for name in spools]
        found = [(at, name) for at, name in found if at >= 0]
        if not found:
            yield rest
            return
        at, name = min(found)
        line_start = rest.rfind("\n", 0, at) + 1
        yield rest[:line_start]
        yield from spools.pop(name).chunks()
        rest = rest[at + len(name) + 8 :]


class ObjectSpool:
    """Objects written now to be read back later, in order: pickled, on disk once large.

    Only this process writes and reads them, in a temporary file of its own.
    """

    def __init__(self) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY)  # noqa: SIM115
        self.count = 0

    def add(self, item: object) -> None:
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def items(self) -> Iterator[Any]:
        """Every object written, in order; the spool is closed once read."""
        try:
            self._file.seek(0)
            for _ in range(self.count):
                yield pickle.load(self._file)
        finally:
            self._file.close()
