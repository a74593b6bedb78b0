"""Write N realistic, varied manifests as a folder of repositories, for the benchmark.

Every manifest derives from one of fixtures/manifests/*.yaml (comments kept, as
a team would write it) with deterministic variations: its own project name,
repository and ids, extra datasets, and for some of them one failing case of
fixtures/cases applied (the same JSON patches the tests use), so the run sees
compliant, warning and non-compliant projects alike. A few are written as JSON,
the other manifest format.

Manifest i depends only on the seed and i, so the first 100 manifests of a
1,000-manifest run are the 100 manifests of a 100-manifest run, and a manifest
already in the target folder is kept rather than written again.

    .venv/bin/python benchmarks/generate.py 1000 /tmp/manifests
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from cnilpolicy.schema import validator

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DEFAULT_SEED = 20260115
#: How often each base manifest is drawn: most real projects process personal data.
BASE_WEIGHTS = {
    "hospital-imaging.yaml": 3,
    "bank-fraud-processor.yaml": 3,
    "llm-web-scraped.yaml": 2,
    "no-personal-data.yaml": 1,
}
#: Share of manifests that get one failing case applied.
FAILING_SHARE = 0.4
#: Share of manifests written as JSON rather than YAML.
JSON_SHARE = 0.05
MANIFEST_NAME = "cnil-manifest"


@dataclass(frozen=True)
class Base:
    name: str
    document: Any  # a ruamel round-trip document: comments and key order kept
    patches: tuple[list[dict[str, Any]], ...]  # the failing cases written against it


def _round_trip() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096  # long descriptions stay on one line, as in the fixtures
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_bases(fixtures: Path = FIXTURES) -> list[Base]:
    """The base manifests, each with the failing cases that keep it valid against the schema."""
    yaml = _round_trip()
    safe = YAML(typ="safe", pure=True)
    cases: dict[str, list[list[dict[str, Any]]]] = {}
    for path in sorted((fixtures / "cases").glob("*/*.yaml")):
        case = safe.load(path.read_text(encoding="utf-8"))
        if isinstance(case, dict) and case.get("patch"):
            cases.setdefault(str(case["base"]), []).append(case["patch"])
    shape = validator()
    bases = []
    for name in sorted(BASE_WEIGHTS):
        document = yaml.load((fixtures / "manifests" / name).read_text(encoding="utf-8"))
        # A few cases break the schema on purpose; the benchmark measures evaluation.
        valid = []
        for patch in cases.get(name, []):
            patched = copy.deepcopy(document)
            apply_patch(patched, patch)
            if shape.is_valid(_plain(patched)):
                valid.append(patch)
        bases.append(Base(name, document, tuple(valid)))
    return bases


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def apply_patch(document: Any, operations: list[dict[str, Any]]) -> None:
    """RFC 6902 add, remove and replace, in place: what the failing cases use."""
    for operation in operations:
        *parents, last = _tokens(operation["path"])
        target = document
        for token in parents:
            target = target[int(token)] if isinstance(target, list) else target[token]
        value = copy.deepcopy(operation.get("value"))
        op = operation["op"]
        if isinstance(target, list):
            index = len(target) if last == "-" else int(last)
            if op == "add":
                target.insert(index, value)
            elif op == "remove":
                del target[index]
            else:
                target[index] = value
        elif op == "remove":
            del target[last]
        else:
            target[last] = value


def _add_datasets(document: Any, extra: int) -> None:
    """Copies of the first dataset under new ids, used by the activities that use it."""
    datasets = document.get("datasets")
    if not isinstance(datasets, list) or not datasets or extra <= 0:
        return
    original = datasets[0]
    for number in range(2, extra + 2):
        twin = copy.deepcopy(original)
        twin["id"] = f"{original['id']}-part{number}"
        twin["name"] = f"{original['name']} (part {number})"
        datasets.append(twin)
        for activity in document.get("processing_activities") or []:
            used = activity.get("dataset_ids")
            if isinstance(used, list) and original["id"] in used:
                used.append(twin["id"])


def _rename(node: Any, names: dict[str, str]) -> Any:
    """Every string equal to an id, replaced: ids and the references to them move together."""
    if isinstance(node, dict):
        for key in list(node):
            node[key] = _rename(node[key], names)
        return node
    if isinstance(node, list):
        for index, item in enumerate(node):
            node[index] = _rename(item, names)
        return node
    if isinstance(node, str) and node in names:
        return names[node]
    return node


def _ids(document: Any) -> list[str]:
    found = []
    for section in ("processing_activities", "datasets"):
        for entry in document.get(section) or []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                found.append(entry["id"])
    return found


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Manifest:
    repo: str
    suffix: str  # "yaml" or "json"
    document: Any


def manifest(bases: list[Base], index: int, seed: int = DEFAULT_SEED) -> Manifest:
    """Manifest number index: a function of the seed and the index alone."""
    rng = random.Random(f"{seed}:{index}")
    base = rng.choices(bases, weights=[BASE_WEIGHTS[b.name] for b in bases])[0]
    document = copy.deepcopy(base.document)
    if base.patches and rng.random() < FAILING_SHARE:
        apply_patch(document, rng.choice(base.patches))
    _add_datasets(document, rng.choice((0, 0, 0, 1, 2, 4)))
    tag = f"{index:05d}"
    _rename(document, {old: f"{old}-{tag}" for old in _ids(document)})
    project = document["project"]
    project["name"] = f"{project['name']} {tag}"
    repo = f"{_slug(project['name'])}"
    if "repository" in project:
        project["repository"] = f"https://git.example.org/ai/{repo}"
    suffix = "json" if rng.random() < JSON_SHARE else "yaml"
    return Manifest(repo, suffix, document)


def _plain(node: Any) -> Any:
    # ruamel keeps unquoted dates as timestamps; a JSON manifest has them as text.
    if isinstance(node, dict):
        return {str(key): _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if node is None or isinstance(node, bool | int | float | str):
        return node
    return str(node)


def write(
    count: int, target: Path, seed: int = DEFAULT_SEED, jobs: int | None = None
) -> list[Path]:
    """target/repos/<repo>/cnil-manifest.{yaml,json} for count manifests; their paths in order."""
    # Writing YAML with comments is slow (ruamel); manifests are independent, so
    # every core writes a share of them.
    jobs = jobs or os.cpu_count() or 1
    chunk = max(1, min(500, -(-count // jobs)))
    starts = range(0, count, chunk)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = pool.map(
            _write_range, starts, [min(start + chunk, count) for start in starts],
            [target] * len(starts), [seed] * len(starts),
        )  # fmt: skip
        return [path for part in parts for path in part]


def _write_range(start: int, stop: int, target: Path, seed: int) -> list[Path]:
    yaml = _round_trip()
    bases = load_bases()
    written = []
    for index in range(start, stop):
        item = manifest(bases, index, seed)
        folder = target / "repos" / item.repo
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{MANIFEST_NAME}.{item.suffix}"
        written.append(path)
        if path.exists():
            continue  # written by an earlier run: manifest i is always the same
        # Whole or not at all: an interrupted run leaves no half manifest to reuse.
        partial = folder / f".{path.name}.partial"
        with partial.open("w", encoding="utf-8") as stream:
            if item.suffix == "json":
                json.dump(_plain(item.document), stream, indent=2, ensure_ascii=False)
                stream.write("\n")
            else:
                yaml.dump(item.document, stream)
        partial.replace(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("count", type=int, help="how many manifests")
    parser.add_argument("target", type=Path, help="folder to write repos/<name>/ into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    paths = write(args.count, args.target, args.seed)
    print(f"{len(paths)} manifests under {args.target / 'repos'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
