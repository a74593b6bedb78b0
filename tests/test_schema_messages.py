"""Every JSON Schema keyword a manifest can break is worded in French too (issue 14).

The English line of a schema error is jsonschema's own; the French one comes
from the gettext catalogue (schema._template). A keyword without a template
would put jsonschema's English into a French report.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from cnilpolicy import schema
from cnilpolicy.errors import SchemaIssue
from tests.support import ROOT

#: One breach of each keyword: (schema, value).
BREACHES: dict[str, tuple[dict[str, Any], Any]] = {
    "type": ({"type": "string"}, 3),
    "type (several)": ({"type": ["string", "null"]}, True),
    "const": ({"const": "0.1"}, "0.2"),
    "enum": ({"enum": ["a", "b"]}, "c"),
    "format": ({"format": "date"}, "2026-13-01"),
    "pattern": ({"pattern": "^P[0-9]+$"}, "Q1"),
    "minimum": ({"minimum": 0}, -1),
    "maximum": ({"maximum": 5}, 6),
    "exclusiveMinimum": ({"exclusiveMinimum": 0}, 0),
    "exclusiveMaximum": ({"exclusiveMaximum": 5}, 5),
    "multipleOf": ({"multipleOf": 2}, 3),
    "anyOf": ({"anyOf": [{"type": "string"}, {"type": "null"}]}, 3),
    "oneOf": ({"oneOf": [{"type": "string"}, {"type": "null"}]}, 3),
    "oneOf (several)": ({"oneOf": [{"type": "string"}, {"minLength": 1}]}, "x"),
    "not": ({"not": {"type": "string"}}, "x"),
    "minLength 1": ({"minLength": 1}, ""),
    "minLength": ({"minLength": 3}, "ab"),
    "maxLength": ({"maxLength": 2}, "abc"),
    "maxLength 0": ({"maxLength": 0}, "a"),
    "minItems 1": ({"minItems": 1}, []),
    "minItems": ({"minItems": 2}, [1]),
    "maxItems": ({"maxItems": 1}, [1, 2]),
    "maxItems 0": ({"maxItems": 0}, [1]),
    "uniqueItems": ({"uniqueItems": True}, [1, 1]),
}
#: What an English line says around its values.
ENGLISH = {"is", "not", "of", "should", "the", "valid", "under", "too", "was", "expected",
           "any", "given", "schemas", "than", "less", "greater", "has", "elements"}  # fmt: skip


def _french(keyword: str) -> tuple[str, str]:
    definition, value = BREACHES[keyword]
    checker = Draft202012Validator.FORMAT_CHECKER
    (error,) = Draft202012Validator(definition, format_checker=checker).iter_errors(value)
    template, values = schema._template(error)
    issue = SchemaIssue("m.yaml", 1, 1, "/x", error.message, template, tuple(values.items()))
    return issue.message_in("en"), issue.message_in("fr")


@pytest.mark.parametrize("keyword", sorted(BREACHES))
def test_each_keyword_is_worded_in_french(keyword: str) -> None:
    english, french = _french(keyword)
    assert french != english
    assert not ENGLISH & set(french.replace(",", " ").split()), french


def _keywords(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("properties", "$defs", "patternProperties"):
                for child in value.values():
                    found |= _keywords(child)
                continue
            found.add(key)
            found |= _keywords(value)
    elif isinstance(node, list):
        for item in node:
            found |= _keywords(item)
    return found


def test_every_keyword_of_the_shipped_schemas_is_covered_above() -> None:
    used: set[str] = set()
    for file in (ROOT / "schemas").glob("*.schema.json"):
        used |= _keywords(json.loads(file.read_text(encoding="utf-8")))
    # Keywords that never fail alone, or whose errors schema._issues_of words itself.
    silent = {"$schema", "$id", "$defs", "$ref", "title", "description", "enumDescriptions",
              "items", "properties", "patternProperties", "propertyNames", "default",
              "examples", "additionalProperties", "required"}  # fmt: skip
    covered = {keyword.split(" ")[0] for keyword in BREACHES}
    assert used - silent - covered == set()
