"""Summarise `opa test --coverage --format json` and fail under a threshold.

python tools/rego_coverage.py coverage.json --threshold 95
"""

from __future__ import annotations

import argparse
import json
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report")
    parser.add_argument("--threshold", type=float, required=True)
    args = parser.parse_args()
    with open(args.report, encoding="utf-8") as handle:
        report = json.load(handle)
    total = float(report.get("coverage", 0.0))
    weak = sorted(
        (float(entry.get("coverage", 0.0)), name)
        for name, entry in report.get("files", {}).items()
        if not name.endswith("_test.rego") and float(entry.get("coverage", 0.0)) < args.threshold
    )
    for coverage, name in weak:
        print(f"  {coverage:6.2f} %  {name}")
    print(f"Rego coverage: {total:.2f} % (threshold {args.threshold:g} %)")
    return 0 if total >= args.threshold else 1


if __name__ == "__main__":
    sys.exit(main())
