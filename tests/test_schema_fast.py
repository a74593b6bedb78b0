"""jsonschema-rs only ever says "valid" where jsonschema does: the fast path changes no verdict."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cnilpolicy.schema import MANIFEST_SCHEMA, fast_validator, schema_issues, validator
from tests.support import BASE_MANIFESTS, CASES, ROOT, load_case, read_yaml

SCHEMAS = sorted((ROOT / "schemas").glob("*.schema.json"))

pytestmark = pytest.mark.skipif(fast_validator() is None, reason="jsonschema-rs not installed")


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            if key == "patternProperties" and isinstance(value, dict):
                yield from value
            yield from _patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from _patterns(item)


# Escapes and flags whose ECMA-262 meaning is wider than Python's somewhere
# (\s takes U+FEFF in ECMA-262, not in Python), or not simply narrower: a
# schema that needs one must drop the fast path or prove it safe first.
_UNSAFE = re.compile(r"\\[sSwWbBpPu]|\(\?[imsxu]|\(\?<[=!]|\\[1-9]")


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_schema_patterns_use_only_constructs_where_python_is_wider(path: Path) -> None:
    patterns = list(_patterns(json.loads(path.read_text(encoding="utf-8"))))
    assert patterns, "the scan found no pattern: it would prove nothing"
    unsafe = [pattern for pattern in patterns if _UNSAFE.search(pattern)]
    assert unsafe == []


def _pointers(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _pointers(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _pointers(value, f"{pointer}/{index}")


def _parent(document: Any, pointer: str) -> tuple[Any, str]:
    *parents, last = pointer.split("/")[1:]
    target = document
    for token in parents:
        target = target[int(token)] if isinstance(target, list) else target[token]
    return target, last


def _wrong(value: Any) -> list[Any]:
    """Values of other types, and edge values of the same type."""
    if isinstance(value, bool):
        return ["true", 1, None]
    if isinstance(value, int | float):
        return [-1, 1.5, "3", True]
    if isinstance(value, str):
        return [7, "", "2025-02-30", "not a uri", "x" * 300]
    if isinstance(value, list):
        return [{}, [None], "x"]
    return [[], "x", {"unknown_key": 1}]


def _edits(document: dict[str, Any]) -> list[tuple[str, Any]]:
    """Each pointer removed, or given another value; an unknown key in each mapping."""
    edits: list[tuple[str, Any]] = []
    for pointer, value in list(_pointers(document))[1:]:
        edits.extend((pointer, replacement) for replacement in [*_wrong(value), _REMOVE])
        if isinstance(value, dict):
            edits.append((f"{pointer}/zz_not_in_schema", True))
    return edits


_REMOVE = object()


def _apply(document: dict[str, Any], pointer: str, replacement: Any) -> Any:
    variant = copy.deepcopy(document)
    parent, last = _parent(variant, pointer)
    index: Any = int(last) if isinstance(parent, list) else last
    if replacement is _REMOVE:
        del parent[index]
    else:
        parent[index] = replacement
    return variant


def _documents() -> Iterator[tuple[str, Any]]:
    for path in BASE_MANIFESTS:
        yield path.name, read_yaml(path)
    for path in CASES:
        case = load_case(path)
        yield case.name, case.manifest


@pytest.mark.parametrize(("name", "document"), list(_documents()), ids=lambda v: str(v)[:60])
def test_both_validators_agree_on_the_fixtures(name: str, document: Any) -> None:
    assert fast_validator().is_valid(document) == validator().is_valid(document)


@pytest.mark.parametrize("path", BASE_MANIFESTS, ids=lambda p: p.name)
def test_both_validators_agree_on_broken_variants(path: Path) -> None:
    # Some 300 variants of each manifest, spread over all of it: stride sampling
    # keeps the test to a second or so while touching every section.
    document = read_yaml(path)
    edits = _edits(document)
    checked = invalid = 0
    for pointer, replacement in edits[:: max(1, len(edits) // 300)]:
        variant = _apply(document, pointer, replacement)
        fast, slow = fast_validator().is_valid(variant), validator().is_valid(variant)
        assert fast == slow, json.dumps(variant)[:300]
        checked += 1
        invalid += not slow
    # The variants must exercise the schema, not only pass it.
    assert invalid > checked // 4


def test_patterns_mean_what_json_schema_says_in_both_validators() -> None:
    # Python's $ also matches before a final newline, and its \\d any Unicode
    # digit: jsonschema used to accept "FR\\n" as a country code and
    # "PURPOSE-02\\n" as a rule id (issue 10, 9). Both validators now refuse them.
    document = read_yaml(ROOT / "fixtures" / "manifests" / "hospital-imaging.yaml")
    document["organisation"]["country"] = "FR\n"
    assert not fast_validator().is_valid(document)
    assert not validator().is_valid(document)

    class Manifest:
        path = "m.yaml"
        data = document

        @staticmethod
        def position(pointer: str) -> tuple[int, int]:
            return (1, 1)

    (issue,) = schema_issues(Manifest(), MANIFEST_SCHEMA)  # type: ignore[arg-type]
    assert issue.pointer == "/organisation/country"
    assert "does not match" in issue.message
