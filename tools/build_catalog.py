"""Write cnilpolicy/rule_catalog.json from the policies' METADATA (`make catalog`).

`cnilpolicy rules` and `cnilpolicy explain` read that file, so that they work
without OPA, and so does `check` when OPA holds exactly the policies the file
records the revision of; this script is the only writer. Run it after editing
any policy file: tests/test_rule_catalog_file.py fails while the file is stale.

Usage: python tools/build_catalog.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cnilpolicy.catalog import CATALOG_FILE, catalog_document
from cnilpolicy.engine import find_opa
from cnilpolicy.verdict import dumps

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "cnilpolicy" / CATALOG_FILE


def generated() -> str:
    return dumps(catalog_document(find_opa(), ROOT / "policies"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    arguments = parser.parse_args()
    text = generated()
    if arguments.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run 'make catalog'", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
