"""Every format by name: its renderer fed one entry at a time, and its whole-text function."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
from cnilpolicy.render.stream import FileSetFactory, RendererFactory

Renderer = Callable[[Sequence[Entry], RenderOptions], str]

RENDERERS: dict[str, RendererFactory] = {
    "text": text.TextRenderer,
    "json": json_format.JsonRenderer,
    "sarif": sarif.SarifRenderer,
    "junit": junit.JunitRenderer,
    "github": github.GithubRenderer,
    "markdown-summary": markdown_summary.SummaryRenderer,
    "html": html.HtmlRenderer,
    "markdown": markdown.MarkdownRenderer,
    "codequality": codequality.CodeQualityRenderer,
}

#: The whole text at once, for a caller holding every entry (tests, `init`).
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
FILE_SET_RENDERERS: dict[str, FileSetFactory] = {
    "html": html.HtmlFileSet,
    "markdown": markdown.MarkdownFileSet,
}
