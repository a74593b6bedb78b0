"""Load a manifest (YAML 1.2 or JSON) into plain data, with the line of every JSON pointer."""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, merge_attrib
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.scalarbool import ScalarBoolean

from cnilpolicy import yaml_fast
from cnilpolicy.errors import ManifestError

Position = tuple[int, int]  # 1-based line and column


class _NoAliasComposer(Composer):
    # A few bytes of nested aliases expand into gigabytes of JSON (a "billion
    # laughs"); a manifest has no use for them, so they are refused outright.
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            mark = event.start_mark
            raise ManifestError(
                f"line {mark.line + 1}, column {mark.column + 1}: YAML aliases (*{event.anchor}) "
                "are not allowed in a manifest"
            )
        return super().compose_node(parent, index)


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


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def load_manifest(path: Path | str) -> LoadedManifest:
    """Read and parse a manifest; any problem is a one-line ManifestError."""
    display = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ManifestError(f"{display}: cannot read manifest: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ManifestError(f"{display}: manifest is not UTF-8 text") from None
    data, positions = _parse(text, display)
    if _SURROGATE_ESCAPE.search(text):
        data = _join_surrogates(data, "", positions, display)
    return LoadedManifest(
        path=display, data=data, sha256=hashlib.sha256(raw).hexdigest(), positions=positions
    )


# JSON writes characters outside the Basic Multilingual Plane (emoji) as two
# escapes, "\ud83e\udd16"; YAML parsers read each half as a lone surrogate,
# which is not text and cannot be written out again. Only then is a fix needed.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _join_surrogates(value: Any, pointer: str, positions: dict[str, Position], display: str) -> Any:
    if isinstance(value, dict):
        return {
            _join_surrogates(key, f"{pointer}/{escape_pointer_token(key)}", positions, display): (
                _join_surrogates(item, f"{pointer}/{escape_pointer_token(key)}", positions, display)
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
                f"{display}:{line}:{column}: {pointer or '/'}: a \\u escape is half of a character"
            ) from None
    return value


def _parse(text: str, display: str) -> tuple[dict[str, Any], dict[str, Position]]:
    """Plain data and positions: libyaml when it is sure, else ruamel, which words the errors."""
    try:
        return yaml_fast.load(text, escape_pointer_token)
    except yaml_fast.Unsupported:
        return parse_full(text, display)


def parse_full(text: str, display: str) -> tuple[dict[str, Any], dict[str, Position]]:
    """The reference reading of a manifest (ruamel.yaml), which defines what it means."""
    try:
        document = _yaml().load(text)
    except ManifestError as error:
        raise ManifestError(f"{display}: {error}") from None
    except MarkedYAMLError as error:
        raise ManifestError(f"{display}: {_describe_yaml_error(error)}") from None
    except YAMLError as error:
        raise ManifestError(f"{display}: {_one_line(str(error))}") from None
    if document is None:
        raise ManifestError(f"{display}: manifest is empty")
    positions: dict[str, Position] = {"": (1, 1)}
    data = _to_plain(document, "", positions, display)
    if not isinstance(data, dict):
        raise ManifestError(f"{display}: a manifest must be a mapping at the top level")
    return data, positions


def _to_plain(node: Any, pointer: str, positions: dict[str, Position], display: str) -> Any:
    if isinstance(node, CommentedMap):
        if getattr(node, merge_attrib, None):
            # Merged keys have no line of their own, and a manifest has no use for them.
            line, column = node.lc.line + 1, node.lc.col + 1
            raise ManifestError(f"{display}:{line}:{column}: merge keys (<<) are not allowed")
        plain: dict[str, Any] = {}
        for key in node:
            if not isinstance(key, str):
                line, column = node.lc.key(key)
                raise ManifestError(f"{display}:{line + 1}:{column + 1}: key {key!r} must be text")
            child = f"{pointer}/{escape_pointer_token(key)}"
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
                f"{display}:{line}:{column}: {pointer}: {node} is not a JSON number"
            )
        return float(node)
    return str(node)


def _describe_yaml_error(error: MarkedYAMLError) -> str:
    mark = error.problem_mark or error.context_mark
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    what = " ".join(part for part in (error.context, error.problem) if part)
    return where + _one_line(what or str(error))


def _one_line(text: str) -> str:
    return " ".join(text.split())
