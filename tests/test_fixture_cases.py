"""The JSON Patch subset the fixture cases use."""

from __future__ import annotations

import pytest

from cnilpolicy.fixture_cases import apply_json_patch


def test_add_remove_replace_on_objects_and_lists() -> None:
    base = {"a": {"b": 1, "c": [1, 2, 3]}, "x~y/z": 0}
    patched = apply_json_patch(
        base,
        [
            {"op": "remove", "path": "/a/b"},
            {"op": "add", "path": "/a/c/1", "value": 9},
            {"op": "add", "path": "/a/c/-", "value": 4},
            {"op": "replace", "path": "/a/c/0", "value": 0},
            {"op": "replace", "path": "/x~0y~1z", "value": 1},
            {"op": "add", "path": "/a/d", "value": {"e": True}},
        ],
    )
    assert patched == {"a": {"c": [0, 9, 2, 3, 4], "d": {"e": True}}, "x~y/z": 1}
    assert base == {"a": {"b": 1, "c": [1, 2, 3]}, "x~y/z": 0}  # the base is untouched


def test_replace_of_a_missing_key_and_unknown_ops_are_errors() -> None:
    with pytest.raises(KeyError):
        apply_json_patch({"a": 1}, [{"op": "replace", "path": "/b", "value": 2}])
    with pytest.raises(ValueError, match="move"):
        apply_json_patch({"a": 1}, [{"op": "move", "from": "/a", "path": "/b"}])
