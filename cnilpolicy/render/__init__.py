"""Output formats: one module per format, each with `render(entries, options) -> str`.

An entry is a manifest's verdict, or a ManifestProblem (an invalid manifest, or
one the engine could not evaluate): every format lists both, in input order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from cnilpolicy.problem import Entry
from cnilpolicy.render import (
    codequality,
    github,
    html,
    json_format,
    junit,
    markdown,
    markdown_summary,
    sarif,
    text,
)
from cnilpolicy.render.options import RenderOptions

Renderer = Callable[[Sequence[Entry], RenderOptions], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "markdown-summary": markdown_summary.render,
    "html": html.render,
    "markdown": markdown.render,
    "codequality": codequality.render,
}

#: Formats that can also write one file per manifest and an index, into a folder.
FileSetRenderer = Callable[[Sequence[Entry], RenderOptions], dict[str, str]]
FILE_SET_FORMATS: dict[str, FileSetRenderer] = {
    "html": html.render_files,
    "markdown": markdown.render_files,
}

#: Formats that can also give their text in pieces, written as they come: the same
#: bytes as FORMATS, without holding a large batch's report whole in memory.
ChunkRenderer = Callable[[Sequence[Entry], RenderOptions], Iterator[str]]
CHUNKED_FORMATS: dict[str, ChunkRenderer] = {
    "json": json_format.render_chunks,
}

__all__ = ["CHUNKED_FORMATS", "FILE_SET_FORMATS", "FORMATS", "RenderOptions", "Renderer"]
