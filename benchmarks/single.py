"""One manifest, one run: `cnilpolicy check` against a bare `opa eval`, side by side.

The issue's goal for a single check: `cnilpolicy check one-manifest.yaml --format
json` within 1.3 times a bare `opa eval` of the same policies on the same input.
Both are timed as subprocesses, end to end, in turns (cnilpolicy, then opa eval,
then again), so that the machine's load weighs on both alike:

- cnilpolicy: `cnilpolicy check <manifest> --format json`, its report read from
  standard output (Python start, OPA start, the revision check, the rule
  descriptions, evaluation, the report);
- opa eval: `opa eval -d policies --ignore '*_test.rego' -I data.cnilpolicy.main`,
  fed on standard input the JSON input cnilpolicy sends OPA (written beforehand,
  untimed, which favours the baseline).

It prints the median and the fastest of each, the ratio of the medians, and the
load average before and after, and writes them to benchmarks/results/.

    .venv/bin/python benchmarks/single.py                 # 15 turns, a fixture manifest
    .venv/bin/python benchmarks/single.py --repeat 30 --manifest path/to/manifest.yaml
    .venv/bin/python benchmarks/single.py --compare /path/to/older/cnilpolicy   # A/B
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
EVALUATION_DATE = "2026-01-15"
QUERY = "data.cnilpolicy.main"
#: A realistic manifest with failures and warnings: every step is evaluated.
DEFAULT_MANIFEST = ROOT / "fixtures" / "manifests" / "hr-recruitment-ranking.yaml"
#: The issue's target: a single check within this many times a bare opa eval.
TARGET = 1.3


def _cnilpolicy() -> str:
    beside = Path(sys.executable).parent / "cnilpolicy"
    found = str(beside) if beside.is_file() else shutil.which("cnilpolicy")
    if not found:
        sys.exit("cnilpolicy is not installed: run make setup")
    return found


def _opa() -> Path:
    from cnilpolicy.engine import find_opa

    return find_opa()


def _policy_input(path: Path) -> bytes:
    """What cnilpolicy sends OPA for this manifest, with the default pack."""
    from cnilpolicy.check import CheckOptions, policy_input
    from cnilpolicy.loader import load_manifest
    from cnilpolicy.packs import DEFAULT_PACK, PACKS

    options = CheckOptions(pack=PACKS[DEFAULT_PACK], lang="en", evaluation_date=EVALUATION_DATE)
    return json.dumps(policy_input(load_manifest(path), options)).encode()


def _timed(command: list[str], stdin: bytes | None, accept: tuple[int, ...]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, input=stdin, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in accept:
        sys.exit(f"{command[0]} exited {done.returncode}: {done.stderr.decode()[-400:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="turns of each (default 15)")
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--cnilpolicy", help="the command to time (default: this venv's)")
    parser.add_argument(
        "--compare",
        help="another cnilpolicy command (an older build, say), timed in the same turns",
    )
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    args = parser.parse_args(argv)

    opa = _opa()
    stdin = _policy_input(args.manifest)
    check = [
        *(args.cnilpolicy.split() if args.cnilpolicy else [_cnilpolicy()]),
        "check", str(args.manifest), "--format", "json", "--date", EVALUATION_DATE, "--isolated",
    ]  # fmt: skip
    bare = [str(opa), "eval", "-d", str(ROOT / "policies"), "--ignore", "*_test.rego",
            "-I", QUERY]  # fmt: skip
    other = [*args.compare.split(), *check[1:]] if args.compare else None
    env_note = {key: os.environ[key] for key in ("CNILPOLICY_OPA",) if key in os.environ}
    # One untimed turn of each: the files and the binaries in the page cache.
    _timed(check, None, (0, 1))
    _timed(bare, stdin, (0,))
    if other:
        _timed(other, None, (0, 1))
    load_before = os.getloadavg()
    cnil: list[float] = []
    eval_: list[float] = []
    compared: list[float] = []
    for _ in range(args.repeat):
        cnil.append(_timed(check, None, (0, 1)))
        eval_.append(_timed(bare, stdin, (0,)))
        if other:
            compared.append(_timed(other, None, (0, 1)))
    load_after = os.getloadavg()
    ratio = statistics.median(cnil) / statistics.median(eval_)
    figures = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": (
            f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"
        ),
        "opa": str(opa),
        "environment": env_note,
        "manifest": str(args.manifest),
        "repeat": args.repeat,
        "load_average_before": load_before,
        "load_average_after": load_after,
        "cnilpolicy_seconds": cnil,
        "opa_eval_seconds": eval_,
        "cnilpolicy_median": statistics.median(cnil),
        "opa_eval_median": statistics.median(eval_),
        "ratio_of_medians": ratio,
        "ratio_of_fastest": min(cnil) / min(eval_),
    }
    if other:
        figures["compared"] = args.compare
        figures["compared_seconds"] = compared
        figures["compared_ratio_of_medians"] = statistics.median(compared) / statistics.median(
            eval_
        )
    print(
        f"machine: {figures['machine']}; load average {load_before[0]:.2f} -> {load_after[0]:.2f}"
    )
    print("| | median s | fastest s |")
    print("| --- | ---: | ---: |")
    print(f"| cnilpolicy check | {statistics.median(cnil):.3f} | {min(cnil):.3f} |")
    print(f"| opa eval | {statistics.median(eval_):.3f} | {min(eval_):.3f} |")
    if other:
        print(f"| {args.compare} | {statistics.median(compared):.3f} | {min(compared):.3f} |")
    if other:
        print(f"ratio of medians of {args.compare}: {figures['compared_ratio_of_medians']:.2f}")
    verdict = "met" if ratio <= TARGET else "not met"
    print(
        f"ratio of medians {ratio:.2f} (fastest: {figures['ratio_of_fastest']:.2f}); "
        f"target {TARGET}: {verdict}"
    )
    args.results.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y-%m-%dT%H%M%S")
    (args.results / f"single-{stamp}.json").write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
