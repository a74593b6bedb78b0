"""JSON Pointers (RFC 6901): the one encoder and the one decoder of a pointer's tokens.

Every place that names a value of a manifest (OPA's results, the schema's
errors, the loader's positions, the fixture cases' patches) writes it as a
JSON Pointer; every place that reads one goes through tokens() or resolve().
"""

from __future__ import annotations

import enum
from typing import Any


class Missing(enum.Enum):
    """The value of a pointer that names nothing in the document."""

    MISSING = "missing"


MISSING = Missing.MISSING


def escape_token(token: str | int) -> str:
    """One reference token: "~" as "~0", then "/" as "~1" (RFC 6901 §3)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def tokens(pointer: str) -> list[str]:
    """The unescaped tokens of pointer ("" is the whole document: no token).

    "~1" is read before "~0" (RFC 6901 §4), so that "~01" is "~1", not "/".
    """
    if not pointer:
        return []
    if "~" not in pointer:  # nearly every pointer: nothing to unescape
        return pointer.split("/")[1:]
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer.split("/")[1:]]


def array_index(token: str) -> int | None:
    """The array index a token names: ASCII digits without a leading zero (RFC 6901 §4)."""
    if token.isascii() and token.isdigit() and (token == "0" or not token.startswith("0")):
        return int(token)
    return None


def child(value: Any, token: str) -> Any:
    """The member or item token names in value, or MISSING."""
    if isinstance(value, dict):
        return value.get(token, MISSING)
    if isinstance(value, list):
        index = array_index(token)
        return value[index] if index is not None and index < len(value) else MISSING
    return MISSING


def resolve(document: Any, pointer: str) -> Any:
    """The value pointer names in document, or MISSING when the path is not there."""
    value = document
    for token in tokens(pointer):
        value = child(value, token)
        if value is MISSING:
            return MISSING
    return value
