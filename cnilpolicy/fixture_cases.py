"""The fixture cases: a JSON Patch over a compliant base manifest, with the rules it must fail.

Used by `cnilpolicy explain` (excerpts) and by the tests (end-to-end expectations).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from cnilpolicy.pointer import MISSING, array_index, child, tokens


def read_yaml(path: Path) -> Any:
    """A fixture file as plain data, dates kept as text (as the manifest loader keeps them)."""
    yaml = YAML(typ="safe", pure=True)
    yaml.constructor.yaml_constructors["tag:yaml.org,2002:timestamp"] = (
        yaml.constructor.yaml_constructors["tag:yaml.org,2002:str"]
    )
    return yaml.load(path.read_text(encoding="utf-8"))


def apply_json_patch(document: Any, operations: list[dict[str, Any]]) -> Any:
    """RFC 6902 add, remove and replace (what the cases use), on a copy."""
    document = copy.deepcopy(document)
    for operation in operations:
        *parents, last = tokens(operation["path"])
        target = document
        for token in parents:
            target = child(target, token)
            if target is MISSING:
                raise KeyError(f"patch of a missing path: {operation['path']}")
        op = operation["op"]
        if op not in ("add", "remove", "replace"):
            raise ValueError(f"unsupported JSON Patch operation {op!r}")
        if isinstance(target, list):
            index = len(target) if last == "-" else array_index(last)
            if index is None:
                raise ValueError(f"not an array index: {operation['path']}")
            if op == "add":
                target.insert(index, operation["value"])
            elif op == "remove":
                del target[index]
            else:
                target[index] = operation["value"]
        elif op == "remove":
            del target[last]
        else:
            if op == "replace" and last not in target:
                raise KeyError(f"replace of a missing key: {operation['path']}")
            target[last] = operation["value"]
    return document


@dataclass(frozen=True)
class FixtureCase:
    path: Path
    description: str
    pack: str
    base: str
    base_manifest: dict[str, Any]
    operations: tuple[dict[str, Any], ...]
    expected_fail: frozenset[str]
    expected_warn: frozenset[str]

    @property
    def manifest(self) -> dict[str, Any]:
        """The base manifest with the case's patch applied."""
        patched: dict[str, Any] = apply_json_patch(self.base_manifest, list(self.operations))
        return patched

    @property
    def name(self) -> str:
        return f"{self.path.parent.name}/{self.path.stem}"

    def write(self, directory: Path) -> Path:
        """The patched manifest as a file the CLI can read (JSON is a manifest format)."""
        target = directory / f"{self.path.stem}.json"
        target.write_text(json.dumps(self.manifest, indent=2), encoding="utf-8")
        return target


def load_case(path: Path) -> FixtureCase:
    case = read_yaml(path)
    expect = case.get("expect") or {}
    return FixtureCase(
        path=path,
        description=str(case["description"]),
        pack=str(case.get("pack", "cnil-2024")),
        base=str(case["base"]),
        base_manifest=read_yaml(path.parent.parent.parent / "manifests" / case["base"]),
        operations=tuple(case.get("patch") or ()),
        expected_fail=frozenset(expect.get("fail") or ()),
        expected_warn=frozenset(expect.get("warn") or ()),
    )


def case_paths(fixtures: Path) -> list[Path]:
    return sorted((fixtures / "cases").glob("*/*.yaml"))
