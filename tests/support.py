"""Shared by the tests: where things are, and how a failing case becomes a manifest."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BASE_MANIFESTS = sorted((FIXTURES / "manifests").glob("*.yaml"))
CASES = sorted((FIXTURES / "cases").glob("*/*.yaml"))
#: Fixed so that every run of the suite sees the same clock.
EVALUATION_DATE = "2026-01-15"


def read_yaml(path: Path) -> Any:
    yaml = YAML(typ="safe", pure=True)
    # Dates stay text, as the loader keeps them.
    yaml.constructor.yaml_constructors["tag:yaml.org,2002:timestamp"] = (
        yaml.constructor.yaml_constructors["tag:yaml.org,2002:str"]
    )
    return yaml.load(path.read_text(encoding="utf-8"))


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def apply_json_patch(document: Any, operations: list[dict[str, Any]]) -> Any:
    """RFC 6902 add, remove and replace: what the failing cases use."""
    document = copy.deepcopy(document)
    for operation in operations:
        *parents, last = _tokens(operation["path"])
        target = document
        for token in parents:
            target = target[int(token)] if isinstance(target, list) else target[token]
        op = operation["op"]
        if isinstance(target, list):
            index = len(target) if last == "-" else int(last)
            if op == "add":
                target.insert(index, operation["value"])
            elif op == "remove":
                del target[index]
            elif op == "replace":
                target[index] = operation["value"]
            else:
                raise ValueError(f"unsupported op {op}")
        elif op == "remove":
            del target[last]
        elif op in ("add", "replace"):
            if op == "replace" and last not in target:
                raise KeyError(f"replace of a missing key: {operation['path']}")
            target[last] = operation["value"]
        else:
            raise ValueError(f"unsupported op {op}")
    return document


@dataclass(frozen=True)
class FailingCase:
    path: Path
    description: str
    pack: str
    manifest: dict[str, Any]
    expected_fail: frozenset[str]
    expected_warn: frozenset[str]

    @property
    def name(self) -> str:
        return f"{self.path.parent.name}/{self.path.stem}"

    def write(self, directory: Path) -> Path:
        """The patched manifest as a file the CLI can read (JSON is a manifest format)."""
        target = directory / f"{self.path.stem}.json"
        target.write_text(json.dumps(self.manifest, indent=2), encoding="utf-8")
        return target


def load_case(path: Path) -> FailingCase:
    case = read_yaml(path)
    base = read_yaml(FIXTURES / "manifests" / case["base"])
    expect = case.get("expect", {})
    return FailingCase(
        path=path,
        description=case["description"],
        pack=case.get("pack", "cnil-2024"),
        manifest=apply_json_patch(base, case.get("patch", [])),
        expected_fail=frozenset(expect.get("fail", [])),
        expected_warn=frozenset(expect.get("warn", [])),
    )
