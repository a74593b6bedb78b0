"""verdict.dumps: orjson's speed, and exactly the bytes of Python's json.dumps."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path
from typing import Any

import pytest

from cnilpolicy.check import CheckOptions, check_manifests
from cnilpolicy.engine import LocalOpaServer, OpaService
from cnilpolicy.loader import load_manifest
from cnilpolicy.packs import PACKS
from cnilpolicy.verdict import DerivedFact, ManifestVerdict, dumps, dumps_item
from tests import verdicts
from tests.support import BASE_MANIFESTS, EVALUATION_DATE

ROOT = Path(__file__).resolve().parent.parent


class _Float(float):
    """A float orjson does not know (as a YAML library's own float type)."""


def reference(document: Any) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def realistic_documents() -> list[Any]:
    documents: list[Any] = [v.to_dict() for v in verdicts.two_manifests()]
    documents += [json.loads(p.read_text()) for p in sorted((ROOT / "schemas").glob("*.json"))]
    documents += [load_manifest(p).data for p in sorted((ROOT / "fixtures").rglob("*.yaml"))]
    return documents


def test_realistic_documents_give_the_same_bytes_as_json() -> None:
    documents = realistic_documents()
    assert len(documents) > 100
    for document in documents:
        assert dumps(document) == reference(document)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_verdicts_of_opa_give_the_same_bytes_as_json(opa_server: LocalOpaServer, lang: str) -> None:
    manifests = [load_manifest(path) for path in BASE_MANIFESTS]
    options = CheckOptions(pack=PACKS["cnil-extended"], lang=lang, evaluation_date=EVALUATION_DATE)
    for verdict in check_manifests(OpaService(opa_server.url, None), manifests, options, jobs=2):
        document = verdict.to_dict()
        assert dumps(document) == reference(document)


@pytest.mark.parametrize(
    "document",
    [
        {},
        [],
        {"a": [], "b": {}, "c": [[]], "d": [{}]},
        {"b": 1, "a": {"z": None, "y": True, "x": False}},
        {"é": "ünïcödé ✓ 中文 🙂", "e": "z"},
        {"control": "\x00\x01\x08\t\n\x0b\x0c\r\x1f\x7f \u2028\u2029", "quote": '"\\/'},
        {"big": 2**63, "bigger": 2**64, "huge": 10**30, "negative": -(2**63) - 1},
        {"floats": [0.1, 1e16, 1.5e-07, 1e-05, 100.0, -0.0]},
        {"nested": {"deep": [1, [2, [3.5]]]}},
        {"surrogate": "\ud800"},
        {2: "integer keys", 1: "become strings"},
        ("a", "tuple"),
        {"subclass": _Float(2.5e-05), "plain": 1},
    ],
    ids=lambda document: json.dumps(document, default=str)[:30],
)
def test_awkward_values_give_the_same_bytes_as_json(document: Any) -> None:
    assert dumps(document) == reference(document)


def item_reference(document: Any) -> bytes:
    """The lines json.dumps writes for document as the item of a one-item array, in UTF-8."""
    whole = reference({"manifests": [document]})
    return whole[len('{\n  "manifests": [\n') : -len("\n  ]\n}\n")].encode("utf-8", "surrogatepass")


def test_items_of_realistic_documents_are_indented_as_json_does() -> None:
    for document in realistic_documents():
        assert dumps_item(document, "manifests") == item_reference(document)


@pytest.mark.parametrize(
    "document",
    [{"floats": [0.1, 1e16]}, {"surrogate": "\ud800"}, {"big": 2**64}, {"a": "b\nc"}],
    ids=["floats", "surrogate", "big", "escaped line break"],
)
def test_items_json_writes_itself_are_indented_the_same(document: Any) -> None:
    assert dumps_item(document, "manifests") == item_reference(document)


def test_a_verdict_may_hold_floats_only_in_its_derived_facts() -> None:
    # dumps skips looking for floats in a verdict on this assumption: every
    # field is typed text, integer, boolean or a verdict class, but a fact's value.
    untyped = []
    pending: list[type] = [ManifestVerdict]
    seen: set[type] = set()
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for name, hint in typing.get_type_hints(cls).items():
            parts = {hint, *typing.get_args(hint)}
            for part in parts:
                if dataclasses.is_dataclass(part) and part not in seen:
                    pending.append(part)  # type: ignore[arg-type]
                for inner in typing.get_args(part):
                    if dataclasses.is_dataclass(inner) and inner not in seen:
                        pending.append(inner)  # type: ignore[arg-type]
            if Any in parts or float in parts or any(float in typing.get_args(p) for p in parts):
                untyped.append(f"{cls.__name__}.{name}")
    assert untyped == ["DerivedFact.value"]
    assert {c.__name__ for c in seen} >= {"RuleResult", "Waiver", "WaiverNote", "DerivedFact"}


def test_a_verdict_with_a_float_fact_is_written_by_python_json() -> None:
    hospital = verdicts.two_manifests()[0]
    fact = DerivedFact("share", 1e16, ("datasets[0]",), "/datasets")
    with_float = dataclasses.replace(hospital, derived_facts=(*hospital.derived_facts, fact))
    assert not hospital.may_hold_floats()
    assert with_float.may_hold_floats()
    document = with_float.to_dict()
    assert '"value": 1e+16' in dumps(document, may_hold_floats=with_float.may_hold_floats())
    assert dumps_item(document, "manifests", may_hold_floats=True) == item_reference(document)
