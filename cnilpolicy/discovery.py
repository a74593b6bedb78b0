"""Which manifests a run covers: the files given, and those found in the folders given.

Nothing below a folder is skipped in silence: an entry the glob matches that is
not a regular file (a folder, a FIFO, a dangling symbolic link), a folder that
cannot be listed, and a symbolic link that loops back are each reported as a
manifest that cannot be read, with its reason.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from cnilpolicy.errors import CnilPolicyError

#: Searched for in every folder given on the command line.
DEFAULT_GLOB = "**/cnil-manifest.{yaml,yml,json}"


class GlobError(CnilPolicyError):
    """The --glob pattern cannot select files below a folder."""


@dataclass
class Found:
    """The manifests to read, and the entries that cannot be (path: reason, one line each)."""

    paths: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


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
    """Files as given, folders searched with glob (see discover, which also says what failed)."""
    return discover(inputs, glob).paths


def discover(inputs: tuple[str, ...], glob: str = DEFAULT_GLOB) -> Found:
    """Files as given, folders searched with glob; each path once, folders' finds sorted."""
    patterns = [_compile(pattern) for pattern in expand_braces(_checked(glob))]
    found = Found()
    # Only paths from several inputs can repeat: one folder's finds are each found once
    # (a batch may hold a hundred thousand, and a set of them would double their weight).
    seen: set[str] | None = set() if len(inputs) > 1 else None

    def add(candidate: str) -> None:
        if seen is None:
            found.paths.append(candidate)
        elif candidate not in seen:
            seen.add(candidate)
            found.paths.append(candidate)

    for given in inputs:
        if _is_folder(given):
            walk = _Walk(Path(given), patterns, glob)
            walk.run()
            matches, walk.matches = walk.matches, []
            matches.sort()
            for candidate in matches:
                add(candidate)
            del matches
            found.problems.extend(sorted(walk.problems))
        else:
            add(given)  # whatever it is, the loader says why it cannot be read
    return found


def _is_folder(given: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(given).st_mode)
    except OSError:
        return False


def _checked(glob: str) -> str:
    if not glob.strip():
        raise GlobError("--glob is empty: give a pattern such as " + DEFAULT_GLOB)
    if glob.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", glob):
        raise GlobError(f"--glob {glob!r} is absolute: it must be relative to each folder given")
    if ".." in PurePosixPath(glob).parts:
        raise GlobError(f"--glob {glob!r} climbs out of the folder (..)")
    return glob


def _compile(pattern: str) -> re.Pattern[str]:
    """A glob as a regular expression over a path relative to the folder (/ separated)."""
    parts = _parts(pattern)
    expression = ""
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        if part == "**":
            expression += "(?:.*)" if last else "(?:[^/]+/)*"
            continue
        expression += _segment(part) + ("" if last else "/")
    return re.compile(expression + r"\Z", re.DOTALL)


def _parts(pattern: str) -> list[str]:
    return [part for part in pattern.split("/") if part not in ("", ".")]


def _segment(part: str) -> str:
    out = ""
    index = 0
    while index < len(part):
        char = part[index]
        if char == "*":
            out += "[^/]*"
        elif char == "?":
            out += "[^/]"
        elif char == "[":
            end = part.find("]", index + 2)
            if end == -1:
                out += re.escape(char)
            else:
                body = part[index + 1 : end]
                negate = body.startswith("!")
                body = body[1:] if negate else body
                out += "[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]"
                index = end
        else:
            out += re.escape(char)
        index += 1
    return out


class _Walk:
    """Every entry below a folder; links to folders inside it followed once, loops reported."""

    def __init__(self, root: Path, patterns: list[re.Pattern[str]], glob: str) -> None:
        self.root = root
        self.patterns = patterns
        self.deep = "**" in glob
        #: How many folders deep a match may lie, for a glob without **.
        self.depth = max(len(_parts(pattern)) for pattern in expand_braces(glob))
        #: Whether a folder the glob matches is a manifest that cannot be read (a glob
        #: ending in ** matches every folder on the way: those are searched, not read).
        self.folders_match = not glob.rstrip("/").endswith("**")
        #: Each path is met once: a folder is listed once under each path that leads to it.
        self.matches: list[str] = []
        self.problems: set[str] = set()
        #: Every folder listed, by device and inode (one number: a set of pairs weighs
        #: twice as much in a large batch).
        self._visited: set[int] = set()
        self._real_root = ""

    def _inside(self, path: str) -> bool:
        real = os.path.realpath(path)
        return real == self._real_root or real.startswith(self._real_root.rstrip(os.sep) + os.sep)

    def run(self) -> None:
        self._real_root = os.path.realpath(self.root)
        try:
            status = os.stat(self.root)
        except OSError as error:
            self.problems.add(f"{self.root}: cannot list folder: {error.strerror or error}")
            return
        self._folder(str(self.root), "", [(status.st_dev, status.st_ino)])

    def _matches(self, relative: str) -> bool:
        return any(pattern.match(relative) for pattern in self.patterns)

    def _folder(self, folder: str, relative: str, ancestors: list[tuple[int, int]]) -> None:
        self._visited.add(_key(ancestors[-1]))
        try:
            with os.scandir(folder) as entries:
                listing = sorted((entry.name, entry.is_symlink()) for entry in entries)
        except OSError as error:
            self.problems.add(f"{folder}: cannot list folder: {error.strerror or error}")
            return
        for name, is_link in listing:
            # Paths as text, not Path objects: a large batch's folders hold a hundred
            # thousand entries, and every object made for one stays in the way.
            path = name if folder == "." else os.path.join(folder, name)
            child = f"{relative}{name}"
            try:
                status = os.stat(path)
            except OSError as error:
                # A dangling or looping link: a manifest if its name says so.
                if self._matches(child):
                    self.matches.append(path)
                elif is_link and self.deep and error.errno == errno.ELOOP:
                    self.problems.add(f"{path}: cannot follow: symbolic link loop")
                continue
            is_folder = stat.S_ISDIR(status.st_mode)
            if self._matches(child) and (self.folders_match or not is_folder):
                # A folder or special file that matches is reported by the loader.
                self.matches.append(path)
                continue
            if not is_folder:
                continue
            identity = (status.st_dev, status.st_ino)
            if identity in ancestors:
                if self.deep:
                    self.problems.add(
                        f"{path}: cannot follow: symbolic link loop (it leads back to a parent)"
                    )
                continue
            if is_link and _key(identity) in self._visited:
                continue  # the same folder, already searched under another path
            if is_link and not self._inside(path):
                # Outside the folder given: not part of what was asked to be checked
                # (pathlib's glob never followed such links either).
                continue
            if self.deep or child.count("/") + 2 <= self.depth:
                self._folder(path, child + "/", [*ancestors, identity])


def _key(identity: tuple[int, int]) -> int:
    device, inode = identity
    return (device << 64) | inode
