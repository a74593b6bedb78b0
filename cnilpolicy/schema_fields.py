"""The manifest schema as a tree of fields: what `init` asks from and docs/manifest.md shows.

The schema is the one source of every field's name, type, description and allowed
values (each with its meaning, `enumDescriptions`); this module only reads it.
Paths are written as the rules' messages write them: `datasets[].retention.period`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from cnilpolicy.resources import schemas_dir
from cnilpolicy.schema import MANIFEST_SCHEMA

#: What a named definition of the schema is, in a type column, when its name says it better
#: than its JSON type.
_NAMED_TYPES = {
    "date": "date (YYYY-MM-DD)",
    "iso_duration": "duration (ISO 8601, e.g. P2Y)",
    "ref": "reference (path, URL or register id)",
    "text": "text",
    "identifier": "identifier",
    "rule_id": "rule id (e.g. RET-01)",
}


@dataclass(frozen=True)
class Choice:
    value: Any
    description: str


@dataclass(frozen=True)
class Field:
    path: str  # e.g. datasets[].retention.period
    name: str
    type: str  # for a reader: "boolean", "date (YYYY-MM-DD)", "list of objects", ...
    kind: str  # JSON type: object, array, string, boolean, integer, number, any
    description: str
    choices: tuple[Choice, ...] = ()
    required: bool = False
    children: tuple[Field, ...] = field(default=())

    def walk(self) -> list[Field]:
        """This field and every field under it, in the schema's order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


@cache
def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def top_fields(schema: dict[str, Any] | None = None) -> tuple[Field, ...]:
    """The manifest's sections, in the schema's order, each with its subtree."""
    document = schema if schema is not None else _load(schemas_dir() / MANIFEST_SCHEMA)
    return _Reader(document).children(document, "")


def all_fields(schema: dict[str, Any] | None = None) -> list[Field]:
    return [found for top in top_fields(schema) for found in top.walk()]


@cache
def _all_fields_cached() -> tuple[Field, ...]:
    return tuple(all_fields())


def field_at(path: str, schema: dict[str, Any] | None = None) -> Field:
    """The field at path; `datasets[]` (an item) is the list's field, whose children it has."""
    path = path.removesuffix("[]")
    for candidate in _all_fields_cached() if schema is None else all_fields(schema):
        if candidate.path == path:
            return candidate
    raise KeyError(path)


class _Reader:
    def __init__(self, schema: dict[str, Any]) -> None:
        self._defs: dict[str, Any] = schema.get("$defs", {})

    def _resolve(self, node: dict[str, Any]) -> tuple[dict[str, Any], str | None, bool]:
        """The node with its $ref followed (local keys win), its definition's name, nullable."""
        nullable = False
        if "anyOf" in node:
            options = [option for option in node["anyOf"] if option.get("type") != "null"]
            nullable = len(options) < len(node["anyOf"])
            if len(options) == 1:
                merged = {key: value for key, value in node.items() if key != "anyOf"}
                resolved, name, inner_nullable = self._resolve({**options[0], **merged})
                return resolved, name, nullable or inner_nullable
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            target, _, inner_nullable = self._resolve(self._defs[name])
            merged = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
            return merged, name, nullable or inner_nullable
        return node, None, nullable

    def children(self, node: dict[str, Any], prefix: str) -> tuple[Field, ...]:
        required = set(node.get("required", ()))
        return tuple(
            self.field(name, definition, prefix, name in required)
            for name, definition in node.get("properties", {}).items()
        )

    def field(self, name: str, raw: dict[str, Any], prefix: str, required: bool) -> Field:
        node, definition, nullable = self._resolve(raw)
        path = f"{prefix}.{name}" if prefix else name
        kind = _kind(node)
        children: tuple[Field, ...] = ()
        choices = _choices(node)
        type_text = _NAMED_TYPES.get(definition or "", "") or _type_text(node, kind)
        if kind == "object":
            children = self.children(node, path)
        elif kind == "array":
            items, item_definition, _ = self._resolve(node.get("items", {}))
            item_kind = _kind(items)
            choices = _choices(items)
            item_type = _NAMED_TYPES.get(item_definition or "", "") or _type_text(items, item_kind)
            type_text = f"list of {item_type}"
            if item_kind == "object":
                children = self.children(items, f"{path}[]")
        if "const" in node:
            type_text = f"the value {json.dumps(node['const'])}"
        return Field(
            path=path,
            name=name,
            type=type_text + (", or null" if nullable else ""),
            kind=kind,
            description=" ".join(str(node.get("description", "")).split()),
            choices=choices,
            required=required,
            children=children,
        )


def _kind(node: dict[str, Any]) -> str:
    declared = node.get("type")
    if isinstance(declared, str):
        return declared
    if "properties" in node:
        return "object"
    if "enum" in node or "const" in node:
        return "string"
    return "any"


def _type_text(node: dict[str, Any], kind: str) -> str:
    if "enum" in node:
        return "one of the values below"
    if node.get("format") == "uri":
        return "URL"
    if node.get("format") == "date":
        return _NAMED_TYPES["date"]
    if kind == "integer" and "minimum" in node and "maximum" in node:
        return f"integer from {node['minimum']} to {node['maximum']}"
    return {"object": "object", "array": "list", "any": "any value"}.get(kind, kind)


def _choices(node: dict[str, Any]) -> tuple[Choice, ...]:
    values = node.get("enum") or ()
    meanings = node.get("enumDescriptions") or ()
    return tuple(
        Choice(value, " ".join(str(meanings[i]).split()) if i < len(meanings) else "")
        for i, value in enumerate(values)
    )
