"""Manifest extensions: an organisation's own fields under `extensions.<organisation>`.

The manifest schema accepts an `extensions` object whose values are objects;
each organisation folder (--policy DIR) ships the JSON Schema fragment of its
part in extensions/<organisation>.schema.json. A key that no folder declares is
an unknown key, reported like any other, with its line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from cnilpolicy.errors import (
    JSON_PARSER_SAYS,
    SCHEMA_CHECKER_SAYS,
    ManifestInvalid,
    SchemaIssue,
    quoted,
    reason_of,
)
from cnilpolicy.i18n import N_
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.policyset import PolicySetError
from cnilpolicy.schema import _issues_of

SUFFIX = ".schema.json"


@dataclass(frozen=True)
class Extensions:
    """The fragments of every organisation folder, by organisation."""

    fragments: dict[str, Path]
    validator: Draft202012Validator | None

    def issues(self, manifest: LoadedManifest) -> list[SchemaIssue]:
        data = manifest.data
        if not isinstance(data, dict) or "extensions" not in data or self.validator is None:
            return []
        issues: list[SchemaIssue] = []
        for error in self.validator.iter_errors(data):
            issues.extend(_issues_of(error, manifest))
        return sorted(set(issues), key=lambda i: (i.line, i.column, i.pointer, i.message))

    def check(self, manifest: LoadedManifest) -> None:
        issues = self.issues(manifest)
        if issues:
            raise ManifestInvalid(issues)


def load_extensions(folders: Sequence[Path]) -> Extensions:
    fragments: dict[str, Path] = {}
    contents: dict[str, Any] = {}
    for folder in folders:
        for path in sorted((folder / "extensions").glob("*" + SUFFIX)):
            name = path.name[: -len(SUFFIX)]
            if name in fragments:
                message = N_("{path}: extension {name} is also in {other}")
                raise PolicySetError(message, path=path, name=repr(name), other=fragments[name])
            contents[name] = _read_fragment(path)
            fragments[name] = path
    # Only the extensions part is checked here: the manifest schema does the rest.
    # Without any folder, every key of `extensions` is unknown.
    wrapper = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {
            "extensions": {
                "type": "object",
                "properties": {
                    name: {"$ref": f"urn:cnilpolicy:extension:{name}"} for name in sorted(contents)
                },
                "additionalProperties": False,
            }
        },
    }
    registry: Registry[Any] = Registry().with_resources(
        (f"urn:cnilpolicy:extension:{name}", DRAFT202012.create_resource(fragment))
        for name, fragment in contents.items()
    )
    validator = Draft202012Validator(
        wrapper, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return Extensions(fragments, validator)


def _read_fragment(path: Path) -> Any:
    try:
        fragment = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(fragment)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        message = N_("{path}: cannot read the extension's schema: {reason}")
        reason = reason_of(error, JSON_PARSER_SAYS)
        raise PolicySetError(message, path=path, reason=reason) from None
    except SchemaError as error:
        message = N_("{path}: not a JSON Schema: {reason}")
        reason = quoted(SCHEMA_CHECKER_SAYS, error.message)
        raise PolicySetError(message, path=path, reason=reason) from None
    return fragment
