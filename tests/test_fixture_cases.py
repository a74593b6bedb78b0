"""The JSON Patch subset the fixture cases use, and the cases' descriptions in French."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnilpolicy.explain import explain
from cnilpolicy.fixture_cases import apply_json_patch, load_case
from cnilpolicy.rule import Rule
from tests.support import CASES


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


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_case_has_its_french_description(path: Path) -> None:
    # `explain --lang fr` shows a failing case's description: each case gives one in
    # French (fr.description), its own text and not the English one.
    case = load_case(path)
    french = case.descriptions.get("fr", "")
    assert french.strip(), f"{case.name}: add fr: {{description: ...}}"
    assert french != case.description
    assert case.description_in("fr") == french
    assert case.description_in("en") == case.description


def test_explain_shows_the_case_description_in_the_reader_s_language() -> None:
    from cnilpolicy.catalog import load_shipped_catalog

    rule: Rule = next(r for r in load_shipped_catalog() if r.id == "LB-01")
    case = load_case(next(p for p in CASES if p.stem == "lb-01-basis-decided-after-start"))
    french, english = explain(rule, "fr"), explain(rule, "en")
    assert f"Non conforme : {case.descriptions['fr']} (fixtures/cases/" in french
    assert case.description not in french
    assert f"Failing: {case.description} (fixtures/cases/" in english
