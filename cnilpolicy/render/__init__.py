"""Output formats. Each module renders a list of verdicts to text; one function each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cnilpolicy.render import json_format, text
from cnilpolicy.verdict import ManifestVerdict


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False


Renderer = Callable[[Sequence[ManifestVerdict], RenderOptions], str]

FORMATS: dict[str, Renderer] = {
    "text": lambda verdicts, options: text.render(verdicts, color=options.color),
    "json": lambda verdicts, options: json_format.render(verdicts),
}
