"""The fast path of the manifest loader: libyaml's C parser, for the ordinary documents.

ruamel.yaml's round-trip loader, written in Python, would be most of a batch
run (benchmarks/README.md); libyaml (through PyYAML) parses the same text many
times faster. This path only ever answers for documents whose meaning
it is sure of; for anything else (an explicit tag, an alias, a merge key, a
duplicate or non-text key, a number other than a plain decimal, a directive, a
syntax error) it gives up, and the ruamel loader, which defines what a manifest
means, reads the document instead and words any error. Scalars are resolved
with ruamel's own YAML 1.2 rules, so `no` stays text and dates stay text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ruamel.yaml.resolver import implicit_resolvers
from yaml import MappingNode, ScalarNode, SequenceNode, YAMLError

try:
    from yaml._yaml import CParser

    _LIBYAML = True
except ImportError:  # pragma: no cover - PyYAML built without libyaml: ruamel reads all
    _LIBYAML = False

Position = tuple[int, int]

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
#: What this module's resolver gives the nodes that have no tag in the text.
_IMPLICIT = "!cnilpolicy-implicit"
#: libyaml marks a plain scalar, and any scalar tagged "!", as "plain implicit".
_PLAIN_IMPLICIT = "!cnilpolicy-plain-implicit"

# The YAML 1.2 implicit resolvers ruamel applies to plain scalars, by first
# character, in ruamel's order (its resolver.py). ruamel compiles its patterns
# lazily, behind a wrapper that costs an attribute lookup in Python on every
# use: each pattern's match method is taken once, here.
_RESOLVERS: dict[str | None, list[tuple[str, Callable[[str], Any]]]] = {}
for _versions, _tag, _regexp, _first in implicit_resolvers:
    if (1, 2) in _versions:
        _firsts: list[str | None] = list(_first) if _first else [None]
        for _char in _firsts:
            _RESOLVERS.setdefault(_char, []).append((_tag, _regexp.match))
_NO_RESOLVER: list[tuple[str, Callable[[str], Any]]] = []
_ANY_FIRST = _RESOLVERS.get(None, [])
_DECIMAL_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_DECIMAL_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


class Unsupported(Exception):
    """The document needs the full loader: nothing is wrong with it as far as this path knows."""


def available() -> bool:
    return _LIBYAML


if _LIBYAML:

    class _Parser(CParser):
        # CParser asks its own resolve() for the tag of every untagged node; an
        # explicit tag never comes here and so never equals _IMPLICIT.
        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            if kind is not ScalarNode:
                return _IMPLICIT
            if implicit[0]:
                return _PLAIN_IMPLICIT
            return _IMPLICIT if implicit[1] else "!explicit"

        # Path-dependent resolution, which this path does not use.
        def descend_resolver(self, parent: Any, index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass


def load(text: str, escape: Callable[[str], str]) -> tuple[dict[str, Any], dict[str, Position]]:
    """The document as plain data and the position of every pointer; Unsupported if unsure."""
    if not _LIBYAML or text.startswith("%") or "\n%" in text:
        raise Unsupported  # no libyaml, or a directive (%YAML 1.1 would change the rules)
    parser = _Parser(text)
    try:
        root = parser.get_single_node()
    except YAMLError:
        raise Unsupported from None  # the full loader words the error
    finally:
        parser.dispose()
    if not isinstance(root, MappingNode):
        raise Unsupported
    positions: dict[str, Position] = {"": (1, 1)}
    # A node met twice is an alias, which the full loader refuses with its
    # message. Aliases need an anchor (&): without one in the text, none to look for.
    seen: set[int] | None = set() if "&" in text else None
    data = _plain(root, "", positions, seen, escape)
    return data, positions


def _plain(
    node: Any,
    pointer: str,
    positions: dict[str, Position],
    seen: set[int] | None,
    escape: Callable[[str], str],
) -> Any:
    if node.tag not in (_IMPLICIT, _PLAIN_IMPLICIT):
        raise Unsupported
    if seen is not None:
        if id(node) in seen:
            raise Unsupported
        seen.add(id(node))
    node_type = type(node)
    if node_type is MappingNode:
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                raise Unsupported
            if seen is not None:
                if id(key_node) in seen:
                    raise Unsupported
                seen.add(id(key_node))
            key = _scalar(key_node)
            if type(key) is not str or key in mapping:
                raise Unsupported
            # Only ~ and / change in a JSON pointer token: most keys need no call.
            token = escape(key) if "~" in key or "/" in key else key
            child = f"{pointer}/{token}"
            mark = key_node.start_mark
            positions[child] = (mark.line + 1, mark.column + 1)
            mapping[key] = _plain(value_node, child, positions, seen, escape)
        return mapping
    if node_type is SequenceNode:
        items = []
        for index, item in enumerate(node.value):
            child = f"{pointer}/{index}"
            mark = item.start_mark
            positions[child] = (mark.line + 1, mark.column + 1)
            items.append(_plain(item, child, positions, seen, escape))
        return items
    if node_type is not ScalarNode:
        raise Unsupported
    return _scalar(node)


def _scalar(node: Any) -> Any:
    value: str = node.value
    if node.tag == _IMPLICIT and node.style:  # quoted or block: text, whatever it looks like
        return value
    if node.tag != _PLAIN_IMPLICIT or node.style:
        # ! "123" is plain implicit but quoted: ruamel reads it as a number.
        raise Unsupported
    tag = _STR
    for candidate, match in _RESOLVERS.get(value[0] if value else "", _NO_RESOLVER) + _ANY_FIRST:
        if match(value):
            tag = candidate
            break
    if tag in (_STR, _TIMESTAMP):  # dates stay text, as the full loader keeps them
        return value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return _BOOLS[value]
    if tag == _INT and _DECIMAL_INT.fullmatch(value):
        return int(value)
    if tag == _FLOAT and _DECIMAL_FLOAT.fullmatch(value):
        return float(value)
    raise Unsupported  # hex, octal, underscores, .inf, .nan, merge keys, "=": the full loader
