"""One manifest through the whole path: the input OPA sees, and the verdict it gives."""

from __future__ import annotations

import contextlib
import gc
import itertools
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cnilpolicy.aggregate import RuleDescription, build_verdict, error_verdict, rule_descriptions
from cnilpolicy.catalog import load_shipped_catalog
from cnilpolicy.engine import OpaService, PolicyEngine
from cnilpolicy.engine.contract import check_answered
from cnilpolicy.errors import EngineError, OpaUnavailable
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.packs import Pack
from cnilpolicy.verdict import ManifestVerdict
from cnilpolicy.waivers import PlatformPolicy

if TYPE_CHECKING:
    from cnilpolicy.fleet import Fleet

LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class CheckOptions:
    pack: Pack
    lang: str
    #: YYYY-MM-DD: the only clock the policies see.
    evaluation_date: str
    platform: PlatformPolicy = field(default_factory=PlatformPolicy)


def policy_options(options: CheckOptions) -> dict[str, Any]:
    return {
        "evaluation_date": options.evaluation_date,
        "lang": options.lang,
        "steps": list(options.pack.steps),
    }


def policy_input(manifest: LoadedManifest, options: CheckOptions) -> dict[str, Any]:
    return {"manifest": manifest.data, "options": policy_options(options)}


def describe_rules(engine: PolicyEngine, options: CheckOptions) -> dict[str, RuleDescription]:
    """The texts every result of the run shares, asked once.

    Every rule of cnilpolicy's own catalog in the pack's steps must be among them:
    a server whose policies lost a whole rule package (neither its description nor
    its results) would otherwise judge without it, and no answer would show it.
    """
    descriptions = rule_descriptions(engine.describe_rules(policy_options(options)))
    expected = {rule.id for rule in load_shipped_catalog() if rule.step in options.pack.steps}
    missing = sorted(expected - set(descriptions))
    if missing:
        raise EngineError(
            f"OPA's policies lack rule(s) {', '.join(missing)} of cnilpolicy's rule catalog"
        )
    return descriptions


def check_manifests(
    opa: OpaService | Fleet,
    manifests: Iterable[LoadedManifest],
    options: CheckOptions,
    *,
    jobs: int = 4,
    timeout: float = 10.0,
    on_done: Callable[[], None] | None = None,
) -> list[ManifestVerdict]:
    """Every manifest through one OPA server, several at a time; verdicts in input order.

    manifests may be a generator that reads them: each is evaluated as soon as
    it is read, so reading the next ones (Python) overlaps evaluating the
    previous ones (OPA, on the other cores).
    """
    incoming = iter(manifests)
    early = _read_while_opa_starts(opa, incoming)
    if not early:
        return []
    _, opa_version = opa.ready()
    local = threading.local()
    engines: list[PolicyEngine] = []
    lock = threading.Lock()

    def engine() -> PolicyEngine:
        # One HTTP session per worker thread: requests' sessions are not thread-safe.
        if not hasattr(local, "engine"):
            local.engine = opa.engine(timeout)
            with lock:
                engines.append(local.engine)
        return local.engine  # type: ignore[no-any-return]

    failed = threading.Event()

    def one(manifest: LoadedManifest) -> ManifestVerdict:
        try:
            verdict = check_manifest(engine(), opa_version, manifest, options, descriptions)
        except OpaUnavailable:
            failed.set()
            raise
        except Exception as error:  # EngineError, or a bug met on this manifest only
            # Reported for this manifest (exit 3 at the end); the others are still judged.
            message = str(error) if isinstance(error, EngineError) else _unexpected(error)
            verdict = error_verdict(
                manifest.path,
                manifest.sha256,
                message,
                pack=options.pack,
                lang=options.lang,
                evaluation_date=options.evaluation_date,
                opa_version=opa_version,
            )
        except BaseException:
            failed.set()
            raise
        if on_done is not None:
            on_done()
        return verdict

    try:
        descriptions = describe_rules(engine(), options)
        with without_cycle_collection():
            if jobs <= 1:
                return [one(manifest) for manifest in itertools.chain(early, incoming)]
            pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="cnilpolicy")
            try:
                futures = []
                for manifest in itertools.chain(early, incoming):
                    if failed.is_set():
                        break  # an engine error: reading the rest would only delay it
                    futures.append(pool.submit(one, manifest))
                return [future.result() for future in futures]
            finally:
                # On an error or Ctrl-C, what has not started is dropped, not awaited.
                pool.shutdown(wait=True, cancel_futures=True)
    finally:
        for opened in engines:
            opened.close()


def _unexpected(error: Exception) -> str:
    return " ".join(f"unexpected {type(error).__name__}: {error}".split())[:400]


#: How often, while OPA starts, reading manifests pauses to ask whether it answers.
_POLL_SECONDS = 0.02


def _read_while_opa_starts(
    opa: OpaService | Fleet, incoming: Iterator[LoadedManifest]
) -> list[LoadedManifest]:
    """The manifests read until OPA answers (or all of them, if it answers later)."""
    early: list[LoadedManifest] = []
    next_poll = 0.0
    for manifest in incoming:
        early.append(manifest)
        now = time.monotonic()
        if now >= next_poll:
            if opa.answering():
                break
            next_poll = now + _POLL_SECONDS
    return early


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for a batch, and resumed as it was.

    A batch holds its manifests and verdicts, hundreds of thousands of objects:
    each pass of the collector walks them all again, holding the lock every
    thread needs (paused for a whole 1,000-manifest run, from loading to the
    report, it saved a quarter of cnilpolicy's CPU time). The batch makes no
    reference cycles (reference counting frees what it drops: tested), so
    nothing is left for the collector to find until it resumes.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check_manifest(
    engine: PolicyEngine,
    opa_version: str,
    manifest: LoadedManifest,
    options: CheckOptions,
    descriptions: Mapping[str, RuleDescription],
) -> ManifestVerdict:
    decision = engine.evaluate(policy_input(manifest, options))
    check_answered(decision, descriptions, options.pack)
    return build_verdict(
        manifest,
        decision,
        descriptions,
        pack=options.pack,
        lang=options.lang,
        evaluation_date=options.evaluation_date,
        opa_version=opa_version,
        platform=options.platform,
    )
