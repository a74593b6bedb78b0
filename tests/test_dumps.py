"""verdict.dumps: orjson's speed, and exactly the bytes of Python's json.dumps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cnilpolicy.check import CheckOptions, check_manifests
from cnilpolicy.engine import LocalOpaServer, OpaService
from cnilpolicy.loader import load_manifest
from cnilpolicy.packs import PACKS
from cnilpolicy.verdict import dumps
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
