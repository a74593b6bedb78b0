"""Text from a manifest made inert for the formats a person or a CI runner reads.

A manifest is written by the project being audited: its strings (and file
names) may hold terminal escapes, NULs, line breaks that start a GitHub
workflow command, bidirectional overrides that reorder what a reviewer reads,
and @mentions or URLs that Markdown would turn into pings and links. Each is
shown as what it is, never acted on.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, Unicode line and paragraph separators, and the
#: bidirectional controls (embeddings, overrides, isolates, marks).
_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
#: A bare URL or a www. host, which GitHub's Markdown turns into a link.
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto|www)(:|\.)")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Every control, separator and bidirectional character written as its escape (\\x1b)."""
    return _CONTROLS.sub(_escape, text)


def line(text: object) -> str:
    """Manifest text for one line of plain-text output: nothing can start a new line."""
    return visible(str(text))


def no_workflow_commands(output: str) -> str:
    """No line of plain-text output starts a GitHub workflow command (::name ...::)."""
    if "::" not in output:
        return output
    return "\n".join(
        "\\" + text if text.lstrip().startswith("::") else text for text in output.split("\n")
    )


def no_autolinks(markdown: str) -> str:
    """Escaped Markdown text in which no bare URL becomes a link: https\\://, www\\."""
    return _AUTOLINK.sub(lambda match: f"{match.group(1)}\\{match.group(2)}", markdown)
