"""What every output format may need besides the verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field

from cnilpolicy.rule import Rule


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    lang: str = "en"
    #: The gate of the run (--fail-on): formats that mark failures follow it.
    fail_on: str = "error"
    #: Text: only failures and warnings, one line each, and the totals (-q/--quiet).
    quiet: bool = False
    #: Every rule's metadata (from the policies' annotations), for formats that list rules.
    catalog: tuple[Rule, ...] = field(default=())
