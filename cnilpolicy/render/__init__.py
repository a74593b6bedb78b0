"""Output formats: one module per format, each with a renderer fed one entry at a time.

An entry is a manifest's verdict, or a ManifestProblem (an invalid manifest, or
one the engine could not evaluate): every format lists both, in input order.
Each format module has a renderer class (render.stream.EntryRenderer: `entry`
for each entry, then `end`, each giving text in pieces) and `render(entries,
options) -> str`, the whole text at once. html and markdown can also write a
folder: one file per manifest and an index (render.stream.FileSetRenderer).

The formats' modules are imported when first asked for (FORMATS, RENDERERS,
FILE_SET_RENDERERS): naming the formats (FORMAT_NAMES) imports none of them.
"""

from __future__ import annotations

from typing import Any

from cnilpolicy.render.options import RenderOptions

FORMAT_NAMES = (
    "codequality",
    "github",
    "html",
    "json",
    "junit",
    "markdown",
    "markdown-summary",
    "sarif",
    "text",
)
#: Formats that can also write one file per manifest and an index, into a folder.
FILE_SET_NAMES = ("html", "markdown")


def __getattr__(name: str) -> Any:
    if name in ("FORMATS", "RENDERERS", "FILE_SET_RENDERERS"):
        from cnilpolicy.render import registry

        return getattr(registry, name)
    raise AttributeError(name)


__all__ = ["FILE_SET_NAMES", "FORMAT_NAMES", "RenderOptions"]
