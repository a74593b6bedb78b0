"""One run of `cnilpolicy check`, top to bottom, as a stream.

    load → validate → evaluate (OPA) → waive → baseline → gate → render

Each manifest is read and checked against the schema, sent to OPA as soon as
it is valid, and its verdict (waivers applied by aggregate.build_verdict) is
marked against the baseline, counted by the gate and handed to the renderer
in input order as soon as it and those before it are decided; then it is let
go. A bounded number of manifests is in flight (check.WINDOW_PER_JOB per
job), so memory does not grow with the batch: what outlives a manifest is a
counter of the gate, a line of stderr if it had a problem, and whatever its
format keeps (totals, or text in a spool).

The command line builds a Run from its flags, takes the entries from
`entries`, routes them to a renderer, and turns the Tally into an exit code.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable, Collection, Generator, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from cnilpolicy import problem
from cnilpolicy.allocator import fix_mmap_threshold
from cnilpolicy.catalog import load_shipped_catalog
from cnilpolicy.check import CheckOptions, evaluate
from cnilpolicy.discovery import Found
from cnilpolicy.engine import find_opa
from cnilpolicy.engine.early import EarlyServer
from cnilpolicy.entries import EntryOrder
from cnilpolicy.errors import EngineError, ManifestError, ManifestInvalid
from cnilpolicy.extensions import Extensions
from cnilpolicy.fleet import Fleet
from cnilpolicy.gate import Baseline, Gate
from cnilpolicy.loader import LoadedManifest, load_manifest, parse_manifest
from cnilpolicy.policy_context import PolicyContext, rules_of
from cnilpolicy.problem import Entry
from cnilpolicy.rule import Rule
from cnilpolicy.schema import check_manifest as check_schema
from cnilpolicy.verdict import ManifestVerdict

#: A manifest argument that means: read the manifest from standard input.
STDIN = "-"

Progress = Callable[[int], AbstractContextManager[Callable[[], None]]]


def _no_progress(total: int) -> AbstractContextManager[Callable[[], None]]:
    return contextlib.nullcontext(lambda: None)


@dataclass(frozen=True)
class Run:
    """What the command line decided: the manifests, the policies, and how to judge them."""

    found: Found
    policies: PolicyContext
    #: The pack, language, evaluation date and platform waivers.
    options: CheckOptions
    fail_on: str = "error"
    baseline: Baseline | None = None
    jobs: int = 4
    timeout: float = 10.0
    opa_urls: tuple[str, ...] = ()
    opa_path: str | None = None
    #: Told when a server of a pool (--opa-url) is dropped: its URL and why.
    on_dropped: Callable[[str, EngineError], None] = lambda url, reason: None
    #: A progress bar for this many manifests, ticked once per manifest.
    progress: Progress = _no_progress
    #: The local server the console command spawned before importing the rest
    #: (cnilpolicy.engine.early), adopted by the Fleet if it serves these policies.
    early: EarlyServer | None = None

    def entry_paths(self) -> Collection[str]:
        """The path of every entry of the report, in order, before any is read."""
        return _EntryPaths(self.found)


@dataclass(frozen=True)
class _EntryPaths(Collection[str]):
    """The manifests' paths, then the unlisted entries', walked again each time (discovery)."""

    found: Found

    def __len__(self) -> int:
        return len(self.found.paths) + len(self.found.problems)

    def __iter__(self) -> Iterator[str]:
        yield from self.found.paths
        for line in self.found.problems:
            yield problem.unlisted(line).path

    def __contains__(self, path: object) -> bool:
        return any(each == path for each in self)


@dataclass
class Tally:
    """What the exit code is made of, kept as the entries pass: counts, never verdicts."""

    gate: Gate
    #: Manifests (or folder entries) listed as invalid: unreadable, or not matching the schema.
    invalid: int = 0
    #: "path: message" of each manifest the engine failed on alone.
    engine_errors: list[str] = field(default_factory=list)
    #: The engine error that stopped the run, if one did.
    stopped: str | None = None
    #: What was wrong with each invalid manifest, a line each, for stderr.
    problems: list[str] = field(default_factory=list)


def tally(run: Run) -> Tally:
    return Tally(Gate(run.fail_on, run.baseline))


def entries(run: Run, counts: Tally) -> Generator[Entry, None, None]:
    """Every entry of the report, in input order, each as soon as it is decided."""
    order = EntryOrder()
    counts.problems.extend(run.found.problems)
    paths = run.found.paths
    if len(paths) > 1:
        fix_mmap_threshold()  # a single manifest cannot creep: no ctypes for it
    with collector_paused():
        # OPA compiles the policies while the first manifests load, and each manifest
        # is evaluated as soon as it is read. OPA is waited for only if one is valid.
        stream = valid_manifests(
            paths, counts.problems, order=order, extensions=run.policies.extensions,
            lang=run.options.lang,
        )  # fmt: skip
        try:
            with (
                Fleet(run.policies.policy_set, run.opa_urls, run.opa_path, run.timeout,
                      run.on_dropped, early=run.early) as opa,
                run.progress(len(paths)) as tick,
            ):  # fmt: skip
                stream = valid_manifests(
                    paths, counts.problems, on_invalid=tick, order=order,
                    extensions=run.policies.extensions, lang=run.options.lang,
                )  # fmt: skip
                verdicts = evaluate(
                    opa, stream, run.options, jobs=run.jobs, timeout=run.timeout, on_done=tick
                )
                judged = False
                for verdict in verdicts:
                    judged = True
                    yield from order.settle(_judged(verdict, counts))
                if judged:
                    opa.recheck()
        except EngineError as error:
            counts.stopped = error.in_language(run.options.lang)
            # The manifests not read yet are still checked against the schema, so
            # that the report tells the invalid ones from those left unevaluated.
            for _manifest in stream:
                pass
        yield from order.rest(counts.stopped, run.options.lang)
    counts.invalid += order.problems + len(run.found.problems)
    for line in run.found.problems:
        yield problem.unlisted(line)


def _judged(verdict: ManifestVerdict, counts: Tally) -> ManifestVerdict:
    """The verdict marked against the baseline and counted by the gate (waivers are applied
    when it is built: aggregate.build_verdict)."""
    if verdict.error is not None:
        counts.engine_errors.append(f"{verdict.path}: {verdict.error}")
    return counts.gate.judge(verdict)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a batch, and resumed as it was.

    Each pass of the collector walks every object alive, holding the lock every
    thread needs, and a batch makes objects by the hundred thousand: paused, a
    run spends a quarter less CPU (benchmarks/README.md). The batch makes no
    reference cycles (reference counting frees what it drops:
    tests/test_check_cycles.py), so nothing is left for the collector to find.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def valid_manifests(
    paths: Collection[str],
    problems: list[str],
    on_invalid: Callable[[], None] = lambda: None,
    order: EntryOrder | None = None,
    extensions: Extensions | None = None,
    lang: str = "en",
) -> Iterator[LoadedManifest]:
    """Each manifest that loads and matches the schema, as it is read.

    What is wrong with the others goes into problems (at least a line each),
    for the caller to print: while a batch runs, a progress bar owns stderr.
    order, if given, keeps each manifest's place and problem for the report.
    """
    order = order or EntryOrder()
    for path in paths:
        try:
            manifest = _load(path)
            check_schema(manifest)
            if extensions is not None:
                extensions.check(manifest)
        except ManifestError as error:
            problems.append(error.in_language(lang))
            order.problem(problem.unreadable(path, str(error), error.in_language(lang)))
        except ManifestInvalid as error:
            problems.extend(issue.line_in(lang) for issue in error.issues)
            order.problem(problem.invalid(path, error.issues, lang))
        else:
            order.valid(path)
            yield manifest
            continue
        on_invalid()


def _load(path: str) -> LoadedManifest:
    if path == STDIN:
        return parse_manifest(sys.stdin.buffer.read(), STDIN)
    return load_manifest(path)


def report_catalog(
    output_format: str, opa_path: str | None, policies: PolicyContext
) -> tuple[Rule, ...]:
    """Every rule of the policies, for a format that declares them all (SARIF); else none.

    The catalog generated from the annotations at build time (no OPA needed), or,
    with --policy folders, their annotations read by a local OPA.
    """
    if output_format != "sarif":
        return ()
    try:
        if policies.policy_set.organisations:
            return tuple(rules_of(find_opa(opa_path), policies))
        return tuple(load_shipped_catalog())
    except EngineError:
        return ()
