"""Every format by name: its renderer fed one entry at a time, and its whole-text function.

A format's module is imported when its format is first asked for: a run writes one
format (two for GitHub's summary), and importing all of them (jinja2 for HTML)
would weigh on every single check.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

from cnilpolicy.problem import Entry
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.stream import FileSetFactory, RendererFactory

Renderer = Callable[[Sequence[Entry], RenderOptions], str]
_Value = TypeVar("_Value")


class _ByFormat(Mapping[str, _Value], Generic[_Value]):
    """format name -> an attribute of the format's module, imported on first use."""

    def __init__(self, attributes: dict[str, tuple[str, str]]) -> None:
        self._attributes = attributes

    def __getitem__(self, name: str) -> _Value:
        module, attribute = self._attributes[name]
        found: Any = getattr(importlib.import_module(f"cnilpolicy.render.{module}"), attribute)
        return found  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(self._attributes)

    def __len__(self) -> int:
        return len(self._attributes)


#: Each format's module, renderer class and whole-text function.
_FORMATS = {
    "text": ("text", "TextRenderer"),
    "json": ("json_format", "JsonRenderer"),
    "sarif": ("sarif", "SarifRenderer"),
    "junit": ("junit", "JunitRenderer"),
    "github": ("github", "GithubRenderer"),
    "markdown-summary": ("markdown_summary", "SummaryRenderer"),
    "html": ("html", "HtmlRenderer"),
    "markdown": ("markdown", "MarkdownRenderer"),
    "codequality": ("codequality", "CodeQualityRenderer"),
}

RENDERERS: Mapping[str, RendererFactory] = _ByFormat(_FORMATS)

#: The whole text at once, for a caller holding every entry (tests, `init`).
FORMATS: Mapping[str, Renderer] = _ByFormat(
    {name: (module, "render") for name, (module, _) in _FORMATS.items()}
)

#: Formats that can also write one file per manifest and an index, into a folder.
FILE_SET_RENDERERS: Mapping[str, FileSetFactory] = _ByFormat(
    {"html": ("html", "HtmlFileSet"), "markdown": ("markdown", "MarkdownFileSet")}
)
