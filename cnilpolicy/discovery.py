"""Which manifests a run covers: the files given, and those found in the folders given."""

from __future__ import annotations

import re
from pathlib import Path

#: Searched for in every folder given on the command line.
DEFAULT_GLOB = "**/cnil-manifest.{yaml,yml,json}"


def expand_braces(pattern: str) -> list[str]:
    """a.{yaml,yml} -> [a.yaml, a.yml]; pathlib's glob has no braces."""
    match = re.search(r"\{([^{}]*)\}", pattern)
    if not match:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [
        expanded
        for option in match.group(1).split(",")
        for expanded in expand_braces(head + option + tail)
    ]


def find_manifests(inputs: tuple[str, ...], glob: str = DEFAULT_GLOB) -> list[str]:
    """Files as given, folders searched with glob; each path once, folders' finds sorted."""
    found: list[str] = []
    seen: set[str] = set()
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            matches = sorted(
                {str(match) for pattern in expand_braces(glob) for match in path.glob(pattern)}
            )
            candidates = [m for m in matches if Path(m).is_file()]
        else:
            candidates = [given]  # a missing file is reported when it is loaded
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                found.append(candidate)
    return found
