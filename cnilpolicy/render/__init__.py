"""Output formats: one module per format, each with `render(verdicts, options) -> str`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cnilpolicy.render import (
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
from cnilpolicy.verdict import ManifestVerdict

Renderer = Callable[[Sequence[ManifestVerdict], RenderOptions], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "markdown-summary": markdown_summary.render,
    "html": html.render,
    "markdown": markdown.render,
}

__all__ = ["FORMATS", "RenderOptions", "Renderer"]
