"""Which manifests a run covers: the files given, and those found in the folders given.

Nothing below a folder is skipped in silence: an entry the glob matches that is
not a regular file (a folder, a FIFO, a dangling symbolic link), a folder that
cannot be listed, and a symbolic link that loops back are each reported as a
manifest that cannot be read, with its reason.

The paths are not kept: a batch of a hundred thousand would hold them all for
the whole run, more memory than the rest of the run together. Discovery walks
the folders once to count the manifests and find what cannot be read, and the
run walks them again as it reads, in the same order: the order of the sorted
paths, one folder at a time.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from array import array
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from cnilpolicy.errors import CnilPolicyError, os_reason
from cnilpolicy.i18n import N_, Message

#: Searched for in every folder given on the command line.
DEFAULT_GLOB = "**/cnil-manifest.{yaml,yml,json}"


class GlobError(CnilPolicyError):
    """The --glob pattern cannot select files below a folder."""


@dataclass(frozen=True)
class ManifestPaths(Collection[str]):
    """The manifests to read, in order: the files given, then each folder's finds.

    Iterating walks the folders again (see the module's docstring); the count is
    the first walk's. A folder changed between the two walks is read as it is then.
    """

    inputs: tuple[str, ...]
    glob: str
    count: int

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        return _each_path(self.inputs, self.glob, [])

    def __contains__(self, path: object) -> bool:
        return any(found == path for found in self)


@dataclass
class Found:
    """The manifests to read, and the entries that cannot be (path: reason, one line each)."""

    paths: Collection[str] = field(default_factory=list)
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
    return list(discover(inputs, glob).paths)


def discover(inputs: tuple[str, ...], glob: str = DEFAULT_GLOB, lang: str = "en") -> Found:
    """Files as given, folders searched with glob; each path once, folders' finds sorted.

    What cannot be searched is said in lang ("path: reason", the path as it is).
    """
    _checked(glob)
    problems: list[str] = []
    count = sum(1 for _ in _each_path(inputs, glob, problems, lang))
    return Found(ManifestPaths(inputs, glob, count), problems)


def _each_path(
    inputs: tuple[str, ...], glob: str, problems: list[str], lang: str = "en"
) -> Iterator[str]:
    """Every path to read, in order; what cannot be searched goes into problems."""
    patterns = [_compile(pattern) for pattern in expand_braces(glob)]
    # Only paths from several inputs can repeat: one folder's finds are each found once
    # (a batch may hold a hundred thousand, and a set of them would double their weight).
    seen: set[str] | None = set() if len(inputs) > 1 else None
    for given in inputs:
        # A file given is read whatever it is: the loader says why it cannot be.
        walk = _Walk(Path(given), patterns, glob, lang) if _is_folder(given) else None
        for candidate in walk.paths() if walk else [given]:
            if seen is None:
                yield candidate
            elif candidate not in seen:
                seen.add(candidate)
                yield candidate
        if walk:
            problems.extend(sorted(walk.problems))


def _is_folder(given: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(given).st_mode)
    except OSError:
        return False


def _checked(glob: str) -> str:
    if not glob.strip():
        raise GlobError(N_("--glob is empty: give a pattern such as {glob}"), glob=DEFAULT_GLOB)
    if glob.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", glob):
        message = N_("--glob {glob} is absolute: it must be relative to each folder given")
        raise GlobError(message, glob=repr(glob))
    if ".." in PurePosixPath(glob).parts:
        raise GlobError(N_("--glob {glob} climbs out of the folder (..)"), glob=repr(glob))
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

    def __init__(
        self, root: Path, patterns: list[re.Pattern[str]], glob: str, lang: str = "en"
    ) -> None:
        self.root = root
        self.lang = lang
        self.patterns = patterns
        self.deep = "**" in glob
        #: How many folders deep a match may lie, for a glob without **.
        self.depth = max(len(_parts(pattern)) for pattern in expand_braces(glob))
        #: Whether a folder the glob matches is a manifest that cannot be read (a glob
        #: ending in ** matches every folder on the way: those are searched, not read).
        self.folders_match = not glob.rstrip("/").endswith("**")
        self.problems: set[str] = set()
        #: The inode of every folder listed, by device: a link to one is not followed
        #: again. An array, not a set: a batch has a folder a manifest, and only links
        #: (few) are looked up in it.
        self._visited: dict[int, array[int]] = {}
        self._real_root = ""

    def _inside(self, path: str) -> bool:
        real = os.path.realpath(path)
        return real == self._real_root or real.startswith(self._real_root.rstrip(os.sep) + os.sep)

    def paths(self) -> Iterator[str]:
        """Each match, in the order of the sorted paths."""
        self._real_root = os.path.realpath(self.root)
        try:
            status = os.stat(self.root)
        except OSError as error:
            self._problem(self.root, N_("cannot list folder: {reason}"), reason=os_reason(error))
            return
        yield from self._folder(str(self.root), "", [(status.st_dev, status.st_ino)])

    def _problem(self, path: object, message: str, /, **values: object) -> None:
        # "path: reason": the path as it is (problem.unlisted reads it back), the reason
        # in the reader's language.
        self.problems.add(f"{path}: {Message(message, **values).in_language(self.lang)}")

    def _matches(self, relative: str) -> bool:
        return any(pattern.match(relative) for pattern in self.patterns)

    def _listing(self, folder: str, relative: str) -> str:
        """The names in folder, sorted as the paths below them sort, NUL-separated.

        A folder sorts as its name and a slash (the paths below it begin so), so
        that "a-b/x" comes before "a/x" as it does in a sorted list of paths. One
        string: a batch's folder lists a hundred thousand names, and an object
        for each would stay alive as long as the walk.
        """
        with os.scandir(folder) as entries:
            keys = [
                entry.name + "/"
                if _is_dir(entry)
                and not (self.folders_match and self._matches(relative + entry.name))
                else entry.name
                for entry in entries
            ]
        keys.sort()
        return "\0".join(keys)

    def _folder(
        self, folder: str, relative: str, ancestors: list[tuple[int, int]]
    ) -> Iterator[str]:
        device, inode = ancestors[-1]
        self._visited.setdefault(device, array("Q")).append(inode)
        try:
            listing = self._listing(folder, relative)
        except OSError as error:
            self._problem(folder, N_("cannot list folder: {reason}"), reason=os_reason(error))
            return
        for key in _keys(listing):
            name = key.rstrip("/")
            # Paths as text, not Path objects: a large batch's folders hold a hundred
            # thousand entries, and every object made for one stays in the way.
            path = name if folder == "." else os.path.join(folder, name)
            child = f"{relative}{name}"
            is_link = os.path.islink(path)
            try:
                status = os.stat(path)
            except OSError as error:
                # A dangling or looping link: a manifest if its name says so.
                if self._matches(child):
                    yield path
                elif is_link and self.deep and error.errno == errno.ELOOP:
                    self._problem(path, N_("cannot follow: symbolic link loop"))
                continue
            is_folder = stat.S_ISDIR(status.st_mode)
            if self._matches(child) and (self.folders_match or not is_folder):
                # A folder or special file that matches is reported by the loader.
                yield path
                continue
            if not is_folder:
                continue
            identity = (status.st_dev, status.st_ino)
            if identity in ancestors:
                if self.deep:
                    self._problem(
                        path, N_("cannot follow: symbolic link loop (it leads back to a parent)")
                    )
                continue
            if is_link and status.st_ino in self._visited.get(status.st_dev, ()):
                continue  # the same folder, already searched under another path
            if is_link and not self._inside(path):
                # Outside the folder given: not part of what was asked to be checked
                # (pathlib's glob never followed such links either).
                continue
            if self.deep or child.count("/") + 2 <= self.depth:
                yield from self._folder(path, child + "/", [*ancestors, identity])


def _keys(listing: str) -> Iterator[str]:
    """The NUL-separated keys of a listing, one at a time."""
    start = 0
    while start < len(listing):
        end = listing.find("\0", start)
        end = len(listing) if end == -1 else end
        yield listing[start:end]
        start = end + 1


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
