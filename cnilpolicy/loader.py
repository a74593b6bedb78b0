"""Load a manifest (YAML 1.2 or JSON) into plain data, with the line of every JSON pointer."""

from __future__ import annotations

import errno
import hashlib
import math
import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, merge_attrib
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError
from ruamel.yaml.events import AliasEvent, NodeEvent
from ruamel.yaml.scalarbool import ScalarBoolean

from cnilpolicy import yaml_fast
from cnilpolicy.errors import YAML_PARSER_SAYS, ManifestError, os_reason, quoted
from cnilpolicy.i18n import N_, Message
from cnilpolicy.pointer import escape_token

Position = tuple[int, int]  # 1-based line and column


@dataclass(frozen=True)
class DocumentWords:
    """How the loader's errors name the document as a whole: init reads its answers
    file with this loader, and an answers file is not a manifest."""

    not_text: str
    empty: str
    not_mapping: str


MANIFEST_WORDS = DocumentWords(
    not_text=N_("{path}: manifest is not UTF-8 text"),
    empty=N_("{path}: manifest is empty"),
    not_mapping=N_("{path}: a manifest must be a mapping at the top level"),
)


class _NoAliasComposer(Composer):
    # A few bytes of nested aliases expand into gigabytes of JSON (a "billion
    # laughs"); a manifest has no use for them, so they are refused outright.
    # So are explicit tags (!!binary, !!python/object, !custom): a manifest is
    # plain YAML 1.2 data, and a tag would only give a value another meaning.
    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        mark = event.start_mark
        where = {"line": mark.line + 1, "column": mark.column + 1}
        if isinstance(event, AliasEvent):
            raise ManifestError(
                N_("line {line}, column {column}: YAML aliases (*{anchor}) are not allowed in a "
                   "manifest"),
                anchor=event.anchor,
                **where,
            )  # fmt: skip
        tag = getattr(event, "ctag", None) or getattr(event, "tag", None)
        if isinstance(event, NodeEvent) and tag is not None and not _implicit(event):
            raise ManifestError(
                N_("line {line}, column {column}: YAML tags ({tag}) are not allowed in a manifest"),
                tag=tag,
                **where,
            )
        return super().compose_node(parent, index)


def _implicit(event: Any) -> bool:
    # A scalar or collection without a tag in the text: ruamel fills in an
    # implicit one, which is not the author's.
    implicit = getattr(event, "implicit", None)
    if isinstance(implicit, tuple):
        return any(implicit)
    return bool(implicit)


class _DatesAsTextConstructor(RoundTripConstructor):
    """Keeps unquoted dates as text, as JSON would see them (format: date checks them)."""


_DatesAsTextConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    yaml.allow_duplicate_keys = False
    yaml.Composer = _NoAliasComposer
    yaml.Constructor = _DatesAsTextConstructor
    return yaml


@dataclass(frozen=True)
class LoadedManifest:
    """A manifest as plain JSON-like data, with where each of its values stands."""

    path: str
    data: Any
    sha256: str
    positions: dict[str, Position] = field(repr=False)

    def position(self, pointer: str) -> Position:
        """The position of pointer, or of its nearest ancestor present in the file."""
        while True:
            if pointer in self.positions:
                return self.positions[pointer]
            if not pointer:
                return (1, 1)
            pointer = pointer.rsplit("/", 1)[0]


def load_manifest(path: Path | str, words: DocumentWords = MANIFEST_WORDS) -> LoadedManifest:
    """Read and parse a manifest; any problem is a one-line ManifestError."""
    display = str(path)
    raw = read_regular_file(path, display)
    return parse_manifest(raw, display, words)


def parse_manifest(
    raw: bytes, display: str, words: DocumentWords = MANIFEST_WORDS
) -> LoadedManifest:
    """A manifest from its bytes (a file's, or standard input's), shown as display."""
    if len(raw) > MAX_MANIFEST_BYTES:
        raise _too_large(display)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ManifestError(words.not_text, path=display) from None
    data, positions = _parse(text, display, words)
    if _SURROGATE_ESCAPE.search(text):
        data = _join_surrogates(data, "", positions, display)
    return LoadedManifest(
        path=display, data=data, sha256=hashlib.sha256(raw).hexdigest(), positions=positions
    )


#: The most a manifest may weigh: a manifest is a few kilobytes; a file much
#: larger is a mistake (or an attack) that would only exhaust memory.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024


#: A problem the parser found, after the manifest's name.
_PLACED = N_("{path}: {problem}")


def _too_large(display: str) -> ManifestError:
    return ManifestError(
        N_("{path}: manifest is larger than {size} MiB"),
        path=display,
        size=MAX_MANIFEST_BYTES // (1024 * 1024),
    )


def _unreadable(display: str, reason: object) -> ManifestError:
    return ManifestError(N_("{path}: cannot read manifest: {reason}"), path=display, reason=reason)


def read_regular_file(path: Path | str, display: str) -> bytes:
    """The bytes of a regular file; anything else (FIFO, device, folder) is never read.

    The file is opened without blocking (a FIFO would block an ordinary open
    until a writer comes) and checked on the descriptor it was opened as, so
    that nothing swapped in after a check is read either.
    """
    try:
        status = os.stat(path)
    except OSError as error:
        raise _unreadable(display, _os_reason(path, error)) from None
    if not stat.S_ISREG(status.st_mode):
        raise _unreadable(display, _kind(status.st_mode))
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as error:
        raise _unreadable(display, _os_reason(path, error)) from None
    try:
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):
            raise _unreadable(display, _kind(opened.st_mode))
        if opened.st_size > MAX_MANIFEST_BYTES:
            raise _too_large(display)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            raw = handle.read(MAX_MANIFEST_BYTES + 1)
    except OSError as error:
        raise _unreadable(display, _os_reason(path, error)) from None
    finally:
        os.close(descriptor)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise _too_large(display)
    return raw


def _kind(mode: int) -> Message:
    kinds = (
        (stat.S_ISDIR, N_("it is a folder, not a regular file")),
        (stat.S_ISFIFO, N_("it is a named pipe (FIFO), not a regular file")),
        (stat.S_ISSOCK, N_("it is a socket, not a regular file")),
        (stat.S_ISCHR, N_("it is a character device, not a regular file")),
        (stat.S_ISBLK, N_("it is a block device, not a regular file")),
    )
    for test, message in kinds:
        if test(mode):
            return Message(message)
    return Message(N_("it is not a regular file"))


def _os_reason(path: Path | str, error: OSError) -> Message | str:
    if error.errno == errno.ENOENT and os.path.islink(path):
        return Message(N_("dangling symbolic link (its target does not exist)"))
    if error.errno == errno.ELOOP:
        return Message(N_("symbolic link loop"))
    return os_reason(error)


# JSON writes characters outside the Basic Multilingual Plane (emoji) as two
# escapes, "\ud83e\udd16"; YAML parsers read each half as a lone surrogate,
# which is not text and cannot be written out again. Only then is a fix needed.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _join_surrogates(value: Any, pointer: str, positions: dict[str, Position], display: str) -> Any:
    if isinstance(value, dict):
        return {
            _join_surrogates(key, f"{pointer}/{escape_token(key)}", positions, display): (
                _join_surrogates(item, f"{pointer}/{escape_token(key)}", positions, display)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [
            _join_surrogates(item, f"{pointer}/{index}", positions, display)
            for index, item in enumerate(value)
        ]
    if isinstance(value, str):
        try:
            return value.encode("utf-16", "surrogatepass").decode("utf-16")
        except UnicodeDecodeError:
            line, column = positions.get(pointer, (1, 1))
            raise ManifestError(
                N_("{path}:{line}:{column}: {pointer}: a \\u escape is half of a character"),
                path=display,
                line=line,
                column=column,
                pointer=pointer or "/",
            ) from None
    return value


#: The deepest nesting a manifest may have (the schema's own is under ten).
MAX_DEPTH = 64

_DIRECTIVE = re.compile(r"^%YAML[ \t]+([^\s#]*)", re.MULTILINE)


def _parse(
    text: str, display: str, words: DocumentWords = MANIFEST_WORDS
) -> tuple[dict[str, Any], dict[str, Position]]:
    """Plain data and positions: libyaml when it is sure, else ruamel, which words the errors."""
    if "%YAML" in text:
        for match in _DIRECTIVE.finditer(text):
            if match.group(1) != "1.2":
                line = text.count("\n", 0, match.start()) + 1
                raise ManifestError(
                    N_("{path}:{line}:1: %YAML {version}: a manifest is YAML 1.2"),
                    path=display,
                    line=line,
                    version=match.group(1),
                )
    try:
        try:
            data, positions = yaml_fast.load(text, escape_token)
        except yaml_fast.Unsupported:
            data, positions = parse_full(text, display, words)
    except RecursionError:
        raise _too_deep(display) from None
    except ValueError as error:
        if "integer string conversion" not in str(error):
            raise
        message = N_("{path}: a number has more than 4,300 digits")
        raise ManifestError(message, path=display) from None
    _check_depth(data, display, positions)
    return data, positions


def _too_deep(display: str) -> ManifestError:
    message = N_("{path}: nesting is deeper than {depth} levels")
    return ManifestError(message, path=display, depth=MAX_DEPTH)


def _check_depth(data: Any, display: str, positions: dict[str, Position]) -> None:
    """No value deeper than MAX_DEPTH: the schema, OPA and every report can then take it."""
    pending: list[tuple[Any, int]] = [(data, 0)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(display)
        if isinstance(value, dict):
            pending.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)


def parse_full(
    text: str, display: str, words: DocumentWords = MANIFEST_WORDS
) -> tuple[dict[str, Any], dict[str, Position]]:
    """The reference reading of a manifest (ruamel.yaml), which defines what it means."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ReusedAnchorWarning)
            document = _yaml().load(text)
        for warning in caught:
            if issubclass(warning.category, ReusedAnchorWarning):
                anchor = re.search(r"duplicate anchor '([^']*)'", str(warning.message))
                name = f" (&{anchor.group(1)})" if anchor else ""
                raise ManifestError(
                    N_("a YAML anchor{name} is defined twice; a manifest has no use for anchors"),
                    name=name,
                )
    except ManifestError as error:
        raise ManifestError(_PLACED, path=display, problem=error) from None
    except MarkedYAMLError as error:
        described = _describe_yaml_error(error)
        raise ManifestError(_PLACED, path=display, problem=described) from None
    except YAMLError as error:
        problem = Message(_INVALID_YAML, detail=quoted(YAML_PARSER_SAYS, error))
        raise ManifestError(_PLACED, path=display, problem=problem) from None
    if document is None:
        raise ManifestError(words.empty, path=display)
    positions: dict[str, Position] = {"": (1, 1)}
    data = _to_plain(document, "", positions, display)
    if not isinstance(data, dict):
        raise ManifestError(words.not_mapping, path=display)
    return data, positions


def _to_plain(node: Any, pointer: str, positions: dict[str, Position], display: str) -> Any:
    if isinstance(node, CommentedMap):
        if getattr(node, merge_attrib, None):
            # Merged keys have no line of their own, and a manifest has no use for them.
            line, column = node.lc.line + 1, node.lc.col + 1
            message = N_("{path}:{line}:{column}: merge keys (<<) are not allowed")
            raise ManifestError(message, path=display, line=line, column=column)
        plain: dict[str, Any] = {}
        for key in node:
            if not isinstance(key, str):
                line, column = node.lc.key(key)
                raise ManifestError(
                    N_("{path}:{line}:{column}: key {key} must be text"),
                    path=display,
                    line=line + 1,
                    column=column + 1,
                    key=repr(key),
                )
            child = f"{pointer}/{escape_token(key)}"
            line, column = node.lc.key(key)
            positions[child] = (line + 1, column + 1)
            plain[key] = _to_plain(node[key], child, positions, display)
        return plain
    if isinstance(node, CommentedSeq):
        items = []
        for index, item in enumerate(node):
            child = f"{pointer}/{index}"
            line, column = node.lc.item(index)
            positions[child] = (line + 1, column + 1)
            items.append(_to_plain(item, child, positions, display))
        return items
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, ScalarBoolean):  # what ruamel makes of an anchored true or false
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        if not math.isfinite(node):
            line, column = positions.get(pointer, (1, 1))
            raise ManifestError(
                N_("{path}:{line}:{column}: {pointer}: {value} is not a JSON number"),
                path=display,
                line=line,
                column=column,
                pointer=pointer,
                value=node,
            )
        return float(node)
    return str(node)


#: The parser's own words (English) after the reader's, quoted as the parser's.
_INVALID_YAML = N_("invalid YAML: {detail}")


def _describe_yaml_error(error: MarkedYAMLError) -> Message:
    mark = error.problem_mark or error.context_mark
    what = " ".join(part for part in (error.context, error.problem) if part)
    problem = quoted(YAML_PARSER_SAYS, what or error)
    if not mark:
        return Message(_INVALID_YAML, detail=problem)
    message = N_("line {line}, column {column}: {problem}")
    return Message(message, line=mark.line + 1, column=mark.column + 1, problem=problem)
