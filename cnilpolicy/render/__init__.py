"""Output formats: one module per format, each with `render(verdicts, options) -> str`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cnilpolicy.render import json_format, text
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.verdict import ManifestVerdict

Renderer = Callable[[Sequence[ManifestVerdict], RenderOptions], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
}

__all__ = ["FORMATS", "RenderOptions", "Renderer"]
