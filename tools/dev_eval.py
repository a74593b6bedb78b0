"""Developer aid while the CLI is being built: evaluate a fixture with opa eval.

    .venv/bin/python tools/dev_eval.py fixtures/manifests/X.yaml [--pack cnil-extended] [--all]
    .venv/bin/python tools/dev_eval.py --case fixtures/cases/<step>/<case>.yaml

Prints each non-passing result (or all with --all) and the fail/warn sets.
"""

import argparse
import copy
import json
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
PACK_2024 = {
    "scope",
    "purpose",
    "responsibilities",
    "legal_basis",
    "reuse",
    "minimisation",
    "retention",
    "dpia",
}


def load(path: Path):
    yaml = YAML(typ="safe", pure=True)
    yaml.constructor.yaml_constructors["tag:yaml.org,2002:timestamp"] = (
        yaml.constructor.yaml_constructors["tag:yaml.org,2002:str"]
    )
    return yaml.load(path.read_text())


def apply_patch(doc, ops):
    doc = copy.deepcopy(doc)
    for op in ops:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].split("/")[1:]]
        parent = doc
        for p in parts[:-1]:
            parent = parent[int(p)] if isinstance(parent, list) else parent[p]
        last = parts[-1]
        if isinstance(parent, list):
            idx = len(parent) if last == "-" else int(last)
            if op["op"] == "add":
                parent.insert(idx, op["value"])
            elif op["op"] == "remove":
                del parent[idx]
            else:
                parent[idx] = op["value"]
        else:
            if op["op"] == "remove":
                del parent[last]
            else:
                parent[last] = op["value"]
    return doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest", nargs="?")
    ap.add_argument("--case")
    ap.add_argument("--pack", default=None)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    expect = None
    pack = a.pack
    if a.case:
        case = load(Path(a.case))
        manifest = apply_patch(
            load(ROOT / "fixtures/manifests" / case["base"]), case.get("patch", [])
        )
        expect = case.get("expect", {})
        pack = pack or case.get("pack", "cnil-2024")
    else:
        manifest = load(Path(a.manifest))
    pack = pack or "cnil-2024"
    inp = {"manifest": manifest, "options": {"lang": a.lang, "evaluation_date": "2026-01-15"}}
    out = subprocess.run(
        [
            str(ROOT / ".tools/bin/opa"),
            "eval",
            "-I",
            "-d",
            str(ROOT / "policies"),
            "--ignore",
            "*_test.rego",
            "--format",
            "json",
            "data.cnilpolicy.main",
        ],
        input=json.dumps(inp),
        capture_output=True,
        text=True,
    )
    if out.returncode:
        print(out.stdout, out.stderr)
        sys.exit(3)
    main_doc = json.loads(out.stdout)["result"][0]["expressions"][0]["value"]
    fails, warns = set(), set()
    for r in sorted(main_doc["results"], key=lambda r: (r["step"], r["rule_id"], r["pointer"])):
        if pack == "cnil-2024" and r["step"] not in PACK_2024:
            continue
        status = r["decision"]
        if status == "fail":
            status = "fail" if r["severity"] == "error" else "warn"
            (fails if status == "fail" else warns).add(r["rule_id"])
        if a.all or status not in ("pass", "not_applicable"):
            print(f"{status:15} {r['rule_id']:12} {r['pointer']}: {r['message']}")
    silent = [
        s for s in main_doc["silent_rules"] if pack != "cnil-2024" or s.split(".")[1] in PACK_2024
    ]
    print("silent rules:", silent)
    print("fail:", sorted(fails))
    print("warn:", sorted(warns))
    if expect is not None:
        ok = sorted(expect.get("fail", [])) == sorted(fails) and sorted(
            expect.get("warn", [])
        ) == sorted(warns)
        print("EXPECTATION", "MET" if ok else "NOT MET", expect)
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
