"""Every field of the manifest schema explains itself: in editors, in `init`, in docs/manifest.md.

Convention: each property carries its own `description`; each `enum` carries
`enumDescriptions`, one explanation per value in the same order (the keyword
VS Code, yaml-language-server and JetBrains show beside each completion).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from cnilpolicy.resources import schemas_dir


def _schema() -> dict[str, Any]:
    return json.loads((schemas_dir() / "manifest.schema.json").read_text(encoding="utf-8"))


def _nodes(node: Any, pointer: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _nodes(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{pointer}/{index}")


def _properties(schema: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for pointer, node in _nodes(schema):
        properties = node.get("properties")
        if isinstance(properties, dict) and not pointer.endswith("/properties"):
            for name, definition in properties.items():
                yield f"{pointer}/properties/{name}", definition


def test_every_property_has_a_description() -> None:
    properties = list(_properties(_schema()))
    assert len(properties) > 300  # the walk reaches every section
    missing = [
        pointer
        for pointer, definition in properties
        if not (isinstance(definition, dict) and str(definition.get("description", "")).strip())
    ]
    assert missing == [], f"properties without a description: {missing}"


def test_every_enum_value_is_explained() -> None:
    enums = [(p, n) for p, n in _nodes(_schema()) if "enum" in n and not p.endswith("/properties")]
    assert len(enums) > 50
    problems = []
    for pointer, node in enums:
        explained = node.get("enumDescriptions")
        if not isinstance(explained, list) or len(explained) != len(node["enum"]):
            problems.append(f"{pointer}: enumDescriptions must give one text per value")
        elif not all(isinstance(text, str) and text.strip() for text in explained):
            problems.append(f"{pointer}: an enumDescriptions entry is blank")
    assert problems == []


def test_json_manifests_may_name_their_schema() -> None:
    schema = _schema()
    assert schema["$id"] == "https://cnilpolicy.dev/schemas/manifest.schema.json"
    assert schema["properties"]["$schema"]["type"] == "string"


def test_the_french_table_translates_only_texts_of_the_schema() -> None:
    # Keyed by the English text: an entry whose English changed or went away is stale,
    # and the field would silently show English again.
    french = json.loads((schemas_dir() / "manifest.fr.json").read_text(encoding="utf-8"))
    texts = set()
    for _, node in _nodes(_schema()):
        if isinstance(node.get("description"), str):
            texts.add(" ".join(node["description"].split()))
        texts.update(" ".join(t.split()) for t in node.get("enumDescriptions", ()))
    stale = sorted(set(french) - texts)
    assert stale == [], f"update or remove these entries of schemas/manifest.fr.json: {stale}"
    assert all(value.strip() for value in french.values())
