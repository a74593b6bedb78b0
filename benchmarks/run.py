"""Manifests per second of `cnilpolicy check` on a folder, against two baselines of the same run.

For each size N it generates N manifests (benchmarks/generate.py) and times
`cnilpolicy check <folder> --format json --output <file>` as a subprocess, end to
end: Python start, loading and validation, OPA start, evaluation, the report.
The baselines, measured in the same run on the same machine:

- naive: one `opa eval` process per manifest, what a shell loop around OPA does.
  Timed on a sample of manifests (all of them when N is small) and multiplied up
  to N; the JSON inputs are written beforehand, untimed, which favours the baseline.
- opa bench: OPA's own evaluation time for the same query and the same kind of
  input, in-process, one evaluation at a time: the practical limit of any tool
  that asks OPA once per manifest.

It prints a Markdown table (for the README) and writes every figure to
benchmarks/results/<date>.json. Peak memory is the high-water mark of resident
memory (VmHWM) of the cnilpolicy process and of its OPA server, read from /proc.

    .venv/bin/python benchmarks/run.py                        # N = 1, 100, 1000
    .venv/bin/python benchmarks/run.py --sizes 1,100,1000,10000
    .venv/bin/python benchmarks/run.py --sizes 10000,100000 --unique 20000 --work /tmp/bench
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
#: The clock the policies see: fixed, so every run evaluates the same thing.
EVALUATION_DATE = "2026-01-15"
QUERY = "data.cnilpolicy.main"
#: Manifests the opa bench baseline is measured on, spread over the generated set:
#: evaluation time varies several-fold between a small and a large manifest.
BENCH_SAMPLE = 8
#: Targets of the issue, at N = 1,000.
TARGET_VS_NAIVE = 50.0
TARGET_VS_BENCH = 3.0


@dataclass(frozen=True)
class Run:
    manifests: int
    #: Which build: "" for the one measured, "compared" for --compare's.
    build: str
    seconds: float
    manifests_per_second: float
    naive_seconds: float
    naive_extrapolated: bool
    times_faster_than_naive: float
    times_opa_bench: float
    cpu_seconds_cnilpolicy: float
    cpu_seconds_all: float
    cpu_seconds_opa: float
    peak_rss_mib_cnilpolicy: float
    peak_rss_mib_opa: float
    verdicts: dict[str, int]


def _opa() -> Path:
    from cnilpolicy.engine import find_opa

    return find_opa()


def _cnilpolicy() -> str:
    beside = Path(sys.executable).parent / "cnilpolicy"
    found = str(beside) if beside.is_file() else shutil.which("cnilpolicy")
    if not found:
        sys.exit("cnilpolicy is not installed: run make setup")
    return found


def _policy_input(path: Path) -> dict[str, Any]:
    """What cnilpolicy sends OPA for this manifest, with the default pack and options."""
    from cnilpolicy.check import CheckOptions, policy_input
    from cnilpolicy.loader import load_manifest
    from cnilpolicy.packs import DEFAULT_PACK, PACKS

    options = CheckOptions(pack=PACKS[DEFAULT_PACK], lang="en", evaluation_date=EVALUATION_DATE)
    return policy_input(load_manifest(path), options)


def _policy_flags() -> list[str]:
    return ["-d", str(ROOT / "policies"), "--ignore", "*_test.rego"]


def materialise(paths: list[Path], count: int, target: Path) -> Path:
    """A folder with count manifests, hard-linked (they never change): the first count
    generated, or, past the number generated, the same again under other folder names."""
    folder = target / f"n{count}"
    if folder.exists():
        shutil.rmtree(folder)
    for index in range(count):
        source = paths[index % len(paths)]
        repeat = index // len(paths)
        repo = source.parent.name + (f"-again{repeat}" if repeat else "")
        destination = folder / "repos" / repo / source.name
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, destination)
    return folder


def _sample(paths: Sequence[Path], size: int) -> list[Path]:
    """size paths spread evenly over paths (all of them when there are fewer)."""
    if len(paths) <= size:
        return list(paths)
    step = len(paths) / size
    return [paths[int(index * step)] for index in range(size)]


def opa_bench_ns(opa: Path, inputs: list[Path], work: Path) -> float:
    """Mean ns per evaluation that `opa bench` reports over the inputs."""
    timings = []
    for number, path in enumerate(inputs):
        input_file = work / f"bench-input-{number}.json"
        input_file.write_text(json.dumps(_policy_input(path)), encoding="utf-8")
        completed = subprocess.run(
            [str(opa), "bench", *_policy_flags(), "-i", str(input_file),
             "--format", "json", "--metrics=false", "--benchmem=false", QUERY],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = json.loads(completed.stdout)
        timings.append(float(result["T"]) / float(result["N"]))
    return sum(timings) / len(timings)


def naive_seconds_per_manifest(opa: Path, inputs: list[Path], work: Path) -> float:
    """Wall seconds of one `opa eval` process per manifest, averaged over inputs."""
    files = []
    for number, path in enumerate(inputs):
        input_file = work / f"naive-input-{number}.json"
        input_file.write_text(json.dumps(_policy_input(path)), encoding="utf-8")
        files.append(input_file)
    command = [str(opa), "eval", *_policy_flags(), "--format", "json", "-I", QUERY]
    started = time.perf_counter()
    for input_file in files:
        with input_file.open("rb") as stdin:
            subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - started) / len(files)


def _status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # utime and stime are fields 14 and 15 of stat, 12 and 13 after the ")".
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found.extend(int(child) for child in task.read_text().split())
        except OSError:
            continue
    return found


def _kib(value: str | None) -> float:
    return int(value.split()[0]) / 1024 if value else 0.0


@dataclass
class _Peaks:
    rss_cnilpolicy: float = 0.0
    rss_opa: float = 0.0
    cpu_cnilpolicy: float = 0.0
    cpu_opa: float = 0.0


def time_check(
    cnilpolicy: str, folder: Path, output: Path, jobs: int | None
) -> tuple[float, float, _Peaks]:
    """Wall seconds, CPU seconds of cnilpolicy and its OPA together, and peak memory."""
    command = [cnilpolicy, "check", str(folder), "--format", "json", "--output", str(output),
               "--date", EVALUATION_DATE]  # fmt: skip
    if jobs:
        command += ["--jobs", str(jobs)]
    peaks = _Peaks()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # /proc is read while the processes live: VmHWM only grows, so the last
    # reading before each exits is its peak (OPA's CPU time misses at most a poll).
    while process.poll() is None:
        peaks.rss_cnilpolicy = max(peaks.rss_cnilpolicy, _kib(_status(process.pid).get("VmHWM")))
        peaks.cpu_cnilpolicy = max(peaks.cpu_cnilpolicy, _cpu_seconds(process.pid))
        for child in _children(process.pid):
            status = _status(child)
            if status.get("Name") == "opa":
                peaks.rss_opa = max(peaks.rss_opa, _kib(status.get("VmHWM")))
                peaks.cpu_opa = max(peaks.cpu_opa, _cpu_seconds(child))
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        sys.exit(f"cnilpolicy check exited {process.returncode}:\n{stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu, peaks


def _verdicts(output: Path, expected: int) -> dict[str, int]:
    """How many manifests of each verdict the report holds, read line by line.

    A batch's report is too large to load whole (about 30 kB a manifest): each
    manifest's own "verdict" is the only key six spaces deep with that name.
    """
    if expected == 1:
        verdicts = [json.loads(output.read_text(encoding="utf-8"))["verdict"]]
    else:
        verdicts = []
        with output.open(encoding="utf-8") as report:
            for line in report:
                if line.startswith('      "verdict": '):
                    verdicts.append(json.loads(line.split(": ", 1)[1].rstrip(",\n")))
    if len(verdicts) != expected:
        sys.exit(f"cnilpolicy checked {len(verdicts)} manifests, not {expected}")
    return {verdict: verdicts.count(verdict) for verdict in sorted(set(verdicts))}


def _figure(value: float) -> str:
    """Two significant digits below 10, whole numbers above: 0.18, 2.3, 45, 1,204."""
    return f"{value:.2g}" if value < 10 else f"{value:,.0f}"


def _table(runs: list[Run], bench_ns: float, naive_each: float) -> str:
    lines = [
        "| manifests | build | seconds | manifests/s | times faster than one `opa eval` each "
        "| times `opa bench`'s time per evaluation | peak RSS cnilpolicy / OPA (MiB) "
        "| CPU ms a manifest cnilpolicy / OPA |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for run in runs:
        naive = _figure(run.times_faster_than_naive) + ("*" if run.naive_extrapolated else "")
        lines.append(
            f"| {run.manifests:,} | {run.build or 'this'} | {run.seconds:.2f} "
            f"| {_figure(run.manifests_per_second)} "
            f"| {naive} | {_figure(run.times_opa_bench)} "
            f"| {run.peak_rss_mib_cnilpolicy:,.0f} / {run.peak_rss_mib_opa:,.0f} "
            f"| {_figure(run.cpu_seconds_cnilpolicy * 1000 / run.manifests)} / "
            f"{_figure(run.cpu_seconds_opa * 1000 / run.manifests)} |"
        )
    lines += [
        "",
        f"One `opa eval` process per manifest: {naive_each:.2f} s. `opa bench`: "
        f"{bench_ns / 1e6:.1f} ms per evaluation, so a tool doing nothing but evaluate, one "
        f"manifest at a time, would be {naive_each / (bench_ns / 1e9):.0f} times faster than "
        "one `opa eval` each. \\* timed on a sample of manifests and multiplied up to N.",
    ]
    return "\n".join(lines)


def _measure(
    command: str,
    folder: Path,
    output: Path,
    size: int,
    build: str,
    args: argparse.Namespace,
    bench_ns: float,
    naive_each: float,
    naive_sample: int,
) -> Run:
    best: tuple[float, float, _Peaks] | None = None
    for _ in range(max(1, args.repeat)):
        measured = time_check(command, folder, output, args.jobs)
        if best is None or measured[0] < best[0]:
            best = measured
    assert best is not None
    seconds, cpu, peaks = best
    naive = naive_each * size
    return Run(
        manifests=size,
        build=build,
        seconds=round(seconds, 3),
        manifests_per_second=round(size / seconds, 1),
        naive_seconds=round(naive, 3),
        naive_extrapolated=naive_sample < size,
        times_faster_than_naive=round(naive / seconds, 2),
        times_opa_bench=round(seconds / size / (bench_ns / 1e9), 2),
        # Each process's own CPU time as last read in /proc (a poll's worth short at
        # most): the total of the children less OPA's would also count any other
        # process cnilpolicy starts, and OPA's time a poll short.
        cpu_seconds_cnilpolicy=round(peaks.cpu_cnilpolicy, 2),
        cpu_seconds_all=round(cpu, 2),
        cpu_seconds_opa=round(peaks.cpu_opa, 2),
        peak_rss_mib_cnilpolicy=round(peaks.rss_cnilpolicy, 1),
        peak_rss_mib_opa=round(peaks.rss_opa, 1),
        verdicts=_verdicts(output, size),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--sizes", default="1,100,1000", help="comma-separated N (default 1,100,1000)"
    )
    parser.add_argument(
        "--naive-sample", type=int, default=30, help="opa eval runs timed (default 30)"
    )
    parser.add_argument(
        "--jobs", type=int, help="--jobs given to cnilpolicy check (default: its own)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs per size, and of the opa eval baseline; the fastest counts",
    )
    parser.add_argument(
        "--work",
        type=Path,
        help="folder for the manifests (default: a temporary one); those already generated "
        "there are kept",
    )
    parser.add_argument(
        "--unique",
        type=int,
        help="manifests generated (default: the largest size); a larger size checks them "
        "again under other folder names",
    )
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    parser.add_argument(
        "--cnilpolicy", help="the command to time (default: the installed cnilpolicy), for A/B runs"
    )
    parser.add_argument(
        "--compare",
        help="another build's command, timed right after it at each size up to --compare-up-to "
        "(its rows say 'compared'): an A/B in one run",
    )
    parser.add_argument("--compare-up-to", type=int, default=10_000)
    args = parser.parse_args(argv)
    sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    opa = _opa()
    cnilpolicy = args.cnilpolicy or _cnilpolicy()
    with tempfile.TemporaryDirectory(prefix="cnilpolicy-bench-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        unique = min(args.unique or max(sizes), max(sizes))
        print(f"generating {unique:,} manifests ...", file=sys.stderr)
        paths = generate.write(unique, work / "all")
        print(f"  {time.perf_counter() - started:.1f} s", file=sys.stderr)
        print("opa bench ...", file=sys.stderr)
        bench_ns = min(
            opa_bench_ns(opa, _sample(paths, BENCH_SAMPLE), work)
            for _ in range(max(1, args.repeat))
        )
        print(
            f"naive: {min(args.naive_sample, len(paths))} opa eval processes ...", file=sys.stderr
        )
        naive_inputs = _sample(paths, args.naive_sample)
        # Like cnilpolicy's, the baseline keeps its fastest of --repeat runs: on a
        # shared machine either may be slowed by a neighbour, and the ratio is
        # only fair when both are measured at their best.
        naive_each = min(
            naive_seconds_per_manifest(opa, naive_inputs, work) for _ in range(max(1, args.repeat))
        )
        runs = []
        for size in sizes:
            folder = materialise(paths, size, work)
            builds = [("", cnilpolicy)]
            if args.compare and size <= args.compare_up_to:
                builds.append(("compared", args.compare))
            for build, command in builds:
                output = work / f"verdict-{size}.json"
                print(f"cnilpolicy check {build}, {size:,} manifests ...", file=sys.stderr)
                runs.append(
                    _measure(command, folder, output, size, build, args, bench_ns, naive_each,
                             len(naive_inputs))
                )  # fmt: skip
                # Each row as soon as it is measured: a long run may be cut short.
                print(_table(runs[-1:], bench_ns, naive_each).splitlines()[2], file=sys.stderr)
                output.unlink()
            shutil.rmtree(folder)
        load_after = os.getloadavg()[0]
    table = _table(runs, bench_ns, naive_each)
    print(table)
    at_1000 = next((run for run in runs if run.manifests == 1000 and not run.build), None)
    if at_1000:
        print(
            f"\nN = 1,000: {at_1000.times_faster_than_naive:.0f} times faster than one opa eval "
            f"each (target ≥ {TARGET_VS_NAIVE:.0f}); {at_1000.times_opa_bench:.2f} times "
            f"opa bench's time per evaluation (target ≤ {TARGET_VS_BENCH:.0f})."
        )
    record = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "system": platform.platform(),
            "load_average_before": round(load_before, 2),
            "load_average_after": round(load_after, 2),
        },
        "opa": str(opa),
        "cnilpolicy": cnilpolicy,
        "compared": args.compare,
        "evaluation_date": EVALUATION_DATE,
        "seed": generate.DEFAULT_SEED,
        "unique_manifests": unique,
        "jobs": args.jobs,
        "opa_bench_ns_per_eval": round(bench_ns),
        "opa_bench_inputs": BENCH_SAMPLE,
        "naive_seconds_per_manifest": round(naive_each, 4),
        "naive_sample": len(naive_inputs),
        "runs": [asdict(run) for run in runs],
        "table": table,
    }
    args.results.mkdir(parents=True, exist_ok=True)
    target = args.results / f"{datetime.date.today().isoformat()}.json"
    target.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
