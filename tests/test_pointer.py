"""The one JSON Pointer decoder (RFC 6901), and the readers that go through it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnilpolicy.aggregate import evidence_value
from cnilpolicy.explain import failing_excerpt
from cnilpolicy.fixture_cases import apply_json_patch
from cnilpolicy.pointer import MISSING, array_index, escape_token, resolve, tokens

DOCUMENT = {
    "a/b": 1,
    "m~n": 2,
    "~1": 3,
    "": 4,
    "list": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    "nested": {"items": [{"id": "x"}, {"id": "y"}]},
}


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("", DOCUMENT),
        ("/a~1b", 1),
        ("/m~0n", 2),
        # ~1 is read before ~0: "~01" is the key "~1", never "/".
        ("/~01", 3),
        ("/", 4),
        ("/list/0", "zero"),
        ("/list/10", "ten"),
        ("/nested/items/1/id", "y"),
    ],
)
def test_a_pointer_names_its_value(pointer: str, expected: object) -> None:
    assert resolve(DOCUMENT, pointer) == expected


@pytest.mark.parametrize(
    "pointer",
    [
        "/absent",
        "/a/b",  # an unescaped slash is two tokens
        "/list/11",  # past the end
        "/list/-",  # the end itself names no item
        "/list/01",  # a leading zero is no index
        "/list/-1",
        "/list/\u00b2",  # a digit Python knows, not an ASCII one
        "/list/x",
        "/nested/items/0/id/deeper",  # below a string
        "/nested/id",
    ],
)
def test_a_missing_path_is_missing_not_an_error(pointer: str) -> None:
    assert resolve(DOCUMENT, pointer) is MISSING


def test_escape_and_tokens_are_inverse() -> None:
    keys = ["plain", "a/b", "m~n", "~1", "~0/~", "", "0"]
    pointer = "".join(f"/{escape_token(key)}" for key in keys)
    assert pointer == "/plain/a~1b/m~0n/~01/~00~1~0//0"
    assert tokens(pointer) == keys
    assert tokens("") == []
    assert escape_token(3) == "3"


def test_array_indexes() -> None:
    assert [array_index(token) for token in ("0", "7", "10", "01", "-", "", "1e2", "\u0663")] == [
        0,
        7,
        10,
        None,
        None,
        None,
        None,
        None,
    ]


def test_evidence_quotes_escaped_keys_and_items() -> None:
    data = {"tags": {"a/b": "slash", "m~n": ["x", 2, True]}, "list": [None]}
    assert evidence_value(data, "/tags/a~1b") == "slash"
    assert evidence_value(data, "/tags/m~0n") == "x, 2, true"
    assert evidence_value(data, "/list/0") == "null"
    assert evidence_value(data, "/list/1") is None
    assert evidence_value(data, "/tags/absent") is None
    assert evidence_value(data, "/tags") is None  # a whole section is not quoted


def test_a_patch_of_a_missing_parent_or_a_bad_index_is_an_error() -> None:
    with pytest.raises(KeyError, match="missing path"):
        apply_json_patch({"a": {}}, [{"op": "add", "path": "/b/c", "value": 1}])
    with pytest.raises(ValueError, match="array index"):
        apply_json_patch({"a": [1]}, [{"op": "replace", "path": "/a/01", "value": 2}])
    assert apply_json_patch(
        {"a~b": {"c/d": [0]}}, [{"op": "add", "path": "/a~0b/c~1d/0", "value": 9}]
    ) == {"a~b": {"c/d": [9, 0]}}


def test_explain_shows_a_removed_value_as_absent(tmp_path: Path) -> None:
    manifests = tmp_path / "manifests"
    cases = tmp_path / "cases" / "step"
    manifests.mkdir()
    cases.mkdir(parents=True)
    (manifests / "base.yaml").write_text("a/b:\n  - kept\n  - removed\n", encoding="utf-8")
    (cases / "case.yaml").write_text(
        "description: one item removed\n"
        "base: base.yaml\n"
        "patch:\n"
        "  - {op: remove, path: /a~1b/1}\n"
        "expect: {fail: [X-01]}\n",
        encoding="utf-8",
    )
    excerpt = failing_excerpt("X-01", tmp_path)
    assert excerpt is not None
    (change,) = excerpt.changes
    assert (change.passing, change.failing) == ("removed", MISSING)
