"""Validate a manifest's shape against schemas/manifest.schema.json (draft 2020-12).

jsonschema (Python) is the validator that decides and words every issue. It
is slow enough to weigh on a batch run (benchmarks/README.md), so a valid
manifest is first recognised by jsonschema-rs, many times faster, given
jsonschema's own format checkers. Only its "valid" is trusted: on "invalid" (or
if it is missing or cannot compile a schema) jsonschema validates as before.
This is sound while jsonschema-rs accepts nothing jsonschema rejects: its
ECMA-262 regular expressions are stricter than Python's for the constructs the
schemas use (its digit class is ASCII only, its $ is the very end of the text),
and tests/test_schema_fast.py holds the schemas to those constructs and
compares the two validators on many variants of the manifests.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

from cnilpolicy.errors import ManifestInvalid, SchemaIssue
from cnilpolicy.i18n import N_, translate
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.output import signals_held
from cnilpolicy.pointer import escape_token
from cnilpolicy.resources import schemas_dir

try:
    import jsonschema_rs
except ImportError:  # pragma: no cover - a dependency; without it jsonschema does it all
    jsonschema_rs = None  # type: ignore[assignment]

MANIFEST_SCHEMA = "manifest.schema.json"


@cache
def _validator(directory: Path, name: str) -> Draft202012Validator:
    # Every schema of the folder is registered so that $ref between files
    # resolves offline.
    resources = []
    for file in sorted(directory.glob("*.schema.json")):
        contents = json.loads(file.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents)
        resources.append((contents.get("$id", file.name), resource))
        resources.append((file.name, resource))
    registry: Registry[Any] = Registry().with_resources(resources)
    schema = json.loads((directory / name).read_text(encoding="utf-8"))
    # Format checking is off in jsonschema unless a checker is given.
    checking: Draft202012Validator = _EcmaPatterns(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return checking


@cache
def _ecma(pattern: str) -> re.Pattern[str]:
    """A schema pattern as JSON Schema means it (ECMA-262), in Python's re.

    Python's $ also matches before a final line break, and its \\d matches any
    Unicode digit: "PURPOSE-02\\n" or Arabic-Indic digits would pass a rule-id
    pattern. ECMA's $ is the very end, its \\d ASCII only.
    """
    translated = re.sub(r"(?<!\\)\$", r"\\Z", pattern)
    return re.compile(translated, re.ASCII)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    if validator.is_type(instance, "string") and not _ecma(pattern).search(instance):
        yield ValidationError(f"{_shown(instance)} does not match {pattern!r}")


_EcmaPatterns: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _pattern}
)

#: The longest text of a value quoted in an error line.
_SHOWN_LENGTH = 120


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"


def validator(name: str = MANIFEST_SCHEMA) -> Draft202012Validator:
    return _validator(schemas_dir(), name)


@cache
def _fast_validator(directory: Path, name: str) -> Any:
    if jsonschema_rs is None:
        return None
    checker: FormatChecker = Draft202012Validator.FORMAT_CHECKER
    formats = {format_name: _conforms(checker, format_name) for format_name in checker.checkers}
    try:
        resources = []
        for file in sorted(directory.glob("*.schema.json")):
            contents = json.loads(file.read_text(encoding="utf-8"))
            if isinstance(contents.get("$id"), str):
                resources.append((contents["$id"], contents))
        schema = json.loads((directory / name).read_text(encoding="utf-8"))
        # jsonschema-rs calls the format checkers (Python) from Rust: a Ctrl-C or SIGTERM
        # raised inside one would be printed as ignored and lost. Held, it comes after.
        with signals_held():
            return jsonschema_rs.Draft202012Validator(
                schema,
                formats=formats,
                validate_formats=True,
                registry=jsonschema_rs.Registry(resources),
            )
    except Exception:  # a schema it cannot compile: jsonschema alone decides
        return None


def _conforms(checker: FormatChecker, format_name: str) -> Any:
    return lambda value: checker.conforms(value, format_name)


def fast_validator(name: str = MANIFEST_SCHEMA) -> Any:
    """The jsonschema-rs validator of the schema with jsonschema's formats, or None."""
    return _fast_validator(schemas_dir(), name)


def _surely_valid(data: Any, schema: str) -> bool:
    fast = fast_validator(schema)
    if fast is None:
        return False
    try:
        with signals_held():  # the format checkers run from Rust (see _fast_validator)
            return bool(fast.is_valid(data))
    except Exception:  # e.g. an integer too large for it: let jsonschema decide
        return False


def schema_issues(manifest: LoadedManifest, schema: str = MANIFEST_SCHEMA) -> list[SchemaIssue]:
    """Every schema violation of the document, in file order."""
    if _surely_valid(manifest.data, schema):
        return []
    issues: list[SchemaIssue] = []
    for error in validator(schema).iter_errors(manifest.data):
        issues.extend(_issues_of(error, manifest))
    return sorted(set(issues), key=lambda i: (i.line, i.column, i.pointer, i.message))


def check_manifest(manifest: LoadedManifest, schema: str = MANIFEST_SCHEMA) -> None:
    """Raise ManifestInvalid with every issue when the document is not valid."""
    issues = schema_issues(manifest, schema)
    if issues:
        raise ManifestInvalid(issues)


def _pointer(parts: Any) -> str:
    return "".join(f"/{escape_token(part)}" for part in parts)


def _issues_of(error: ValidationError, manifest: LoadedManifest) -> list[SchemaIssue]:
    pointer = _pointer(error.absolute_path)
    # jsonschema reports unknown and missing keys on the parent object; point
    # at the key itself so the line is the offending one and the key is named.
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(schema.get("properties", {}))
        patterns = schema.get("patternProperties", {})
        unknown = [
            key for key in error.instance if key not in allowed and not _matches_any(key, patterns)
        ]
        return [
            _issue(
                manifest,
                f"{pointer}/{escape_token(key)}",
                f"unknown key '{key}'",
                N_("unknown key '{key}'"),
                key=key,
            )
            for key in unknown
        ] or [_issue(manifest, pointer, error.message)]
    if (
        error.validator == "required"
        and isinstance(error.validator_value, list)
        and isinstance(error.instance, dict)
    ):
        missing = [key for key in error.validator_value if key not in error.instance]
        return [
            _issue(
                manifest,
                f"{pointer}/{escape_token(key)}",
                f"missing required key '{key}'",
                N_("missing required key '{key}'"),
                key=key,
            )
            for key in missing
        ]
    template, values = _template(error)
    return [_issue(manifest, pointer, _message(error), template, **values)]


def _matches_any(key: str, patterns: dict[str, Any]) -> bool:
    return any(re.search(pattern, key) for pattern in patterns)


#: The longest error line: jsonschema quotes the whole value, which for a list
#: of a million items is megabytes on one line.
_MESSAGE_LENGTH = 400


def _message(error: ValidationError) -> str:
    if error.validator == "enum" and isinstance(error.validator_value, list):
        allowed = ", ".join(json.dumps(value) for value in error.validator_value)
        message = f"{_shown_json(error.instance)} is not one of: {allowed}"
    elif error.validator == "uniqueItems":
        message = "has non-unique elements"
    else:
        message = " ".join(error.message.split())
    return message if len(message) <= _MESSAGE_LENGTH else message[: _MESSAGE_LENGTH - 1] + "…"


#: The violations the catalogue words in the reader's language, with the values each
#: needs (the English is jsonschema's own).
_TEMPLATES = {
    "type": N_("{value} is not of type {types}"),
    "pattern": N_("{value} does not match {pattern}"),
    "format": N_("{value} is not a {format}"),
    "minimum": N_("{value} is less than the minimum of {limit}"),
    "maximum": N_("{value} is greater than the maximum of {limit}"),
    "const": N_("{expected} was expected"),
    "exclusiveMinimum": N_("{value} is less than or equal to the minimum of {limit}"),
    "exclusiveMaximum": N_("{value} is greater than or equal to the maximum of {limit}"),
    "multipleOf": N_("{value} is not a multiple of {limit}"),
    "anyOf": N_("{value} is not valid under any of the given schemas"),
    "oneOf": N_("{value} is not valid under any of the given schemas"),
    "not": N_("{value} should not be valid under {expected}"),
    "uniqueItems": N_("has non-unique elements"),
}
#: A text (minLength, maxLength) or a list (minItems, maxItems) of the wrong length.
_LENGTHS = {
    "short": N_("{value} is too short"),
    "empty": N_("{value} should be non-empty"),
    "long": N_("{value} is too long"),
    "not empty": N_("{value} is expected to be empty"),
}


#: JSON's types, as the reader's language names them.
_JSON_TYPES = {
    "object": N_("object"),
    "array": N_("array"),
    "string": N_("string"),
    "number": N_("number"),
    "integer": N_("integer"),
    "boolean": N_("boolean"),
    "null": N_("null"),
}


@dataclass(frozen=True)
class TypeNames:
    """The types a value should have had, named in the reader's language."""

    names: tuple[str, ...]

    def in_language(self, lang: str) -> str:
        return ", ".join(translate(lang, _JSON_TYPES.get(name, name)) for name in self.names)

    def __str__(self) -> str:
        return ", ".join(repr(name) for name in self.names)


def _template(error: ValidationError) -> tuple[str, dict[str, object]]:
    """The catalogue's message for the violation, and its values; ("", {}) if it has none."""
    kind, limit, instance = error.validator, error.validator_value, error.instance
    if kind == "enum" and isinstance(limit, list):
        allowed = ", ".join(json.dumps(value) for value in limit)
        return N_("{value} is not one of: {allowed}"), {
            "value": _shown_json(instance),
            "allowed": allowed,
        }
    if kind in ("minLength", "minItems"):
        return _LENGTHS["empty" if limit == 1 else "short"], {"value": _shown(instance)}
    if kind in ("maxLength", "maxItems"):
        return _LENGTHS["not empty" if limit == 0 else "long"], {"value": _shown(instance)}
    if kind == "oneOf" and not error.context:
        # Valid under several of them: jsonschema names them, the reader needs less.
        return N_("{value} is valid under more than one of the given schemas"), {
            "value": _shown(instance)
        }
    template = _TEMPLATES.get(str(kind), "")
    if not template:
        return "", {}
    types = [limit] if isinstance(limit, str) else list(limit) if isinstance(limit, list) else []
    return template, {
        "value": _shown(instance),
        "types": TypeNames(tuple(map(str, types))),
        "pattern": repr(limit),
        "format": repr(limit),
        "limit": str(limit),
        "expected": _shown(limit),
    }


def _shown_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"


def _issue(
    manifest: LoadedManifest, pointer: str, message: str, template: str = "", **values: object
) -> SchemaIssue:
    line, column = manifest.position(pointer)
    return SchemaIssue(
        manifest.path, line, column, pointer, message, template, tuple(sorted(values.items()))
    )
