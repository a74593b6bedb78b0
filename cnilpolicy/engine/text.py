"""Error texts of the engine: one line, whatever the library or OPA said."""

from __future__ import annotations

#: Longer details are cut: an error message is one line of a CI log.
_LINE_LENGTH = 400


def first_line(value: object) -> str:
    return " ".join(str(value).split())[:_LINE_LENGTH]
