"""One manifest through the whole path: the input OPA sees, and the verdict it gives."""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cnilpolicy.aggregate import build_verdict, error_verdict, rule_descriptions
from cnilpolicy.catalog import shipped_catalog
from cnilpolicy.engine import OpaService, PolicyEngine
from cnilpolicy.engine.contract import Decision, check_answered
from cnilpolicy.errors import EngineError, OpaUnavailable
from cnilpolicy.i18n import N_, translate
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.packs import Pack
from cnilpolicy.rule import Rule, rule_order
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


def describe_rules(
    engine: PolicyEngine, options: CheckOptions, revision: str | None = None
) -> dict[str, Rule]:
    """The texts every result of the run shares, asked once.

    Every rule of cnilpolicy's own catalog in the pack's steps must be among them:
    a server whose policies lost a whole rule package (neither its description nor
    its results) would otherwise judge without it, and no answer would show it.

    revision: the revision the run's servers were checked to hold. When it is the
    revision the shipped catalog was generated from, the servers hold exactly
    those policy files, so their descriptions are the catalog's
    (tests/test_describe_from_catalog.py compares them): they are taken from it,
    and a single check does not wait for OPA to describe 88 rules. The contract
    still requires every rule of the catalog to answer for each manifest.
    """
    from_catalog = _described_by_catalog(options, revision)
    if from_catalog is not None:
        return from_catalog
    descriptions = rule_descriptions(engine.describe_rules(policy_options(options)))
    shipped = shipped_catalog()
    expected = {rule.id for rule in shipped.rules if rule.step in options.pack.steps}
    missing = sorted(expected - set(descriptions), key=rule_order)
    if missing:
        raise EngineError(
            N_("OPA's policies lack rule(s) {rules} of cnilpolicy's rule catalog"),
            rules=", ".join(missing),
        )
    return descriptions


def _described_by_catalog(options: CheckOptions, revision: str | None) -> dict[str, Rule] | None:
    """The rules' texts from the shipped catalog, when the servers hold its revision."""
    shipped = shipped_catalog()
    if revision is None or revision != shipped.policies_revision:
        return None
    return {
        rule.id: rule.described_in(options.lang)
        for rule in shipped.rules
        if rule.step in options.pack.steps
    }


def check_manifests(
    opa: OpaService | Fleet,
    manifests: Iterable[LoadedManifest],
    options: CheckOptions,
    *,
    jobs: int = 4,
    timeout: float = 10.0,
    on_done: Callable[[], None] | None = None,
) -> list[ManifestVerdict]:
    """Every manifest's verdict, in input order (see evaluate)."""
    return list(evaluate(opa, manifests, options, jobs=jobs, timeout=timeout, on_done=on_done))


#: Manifests read ahead of the verdict due next, per job: enough to keep every job busy
#: while a slow manifest holds the head of the line; bounded, so that a batch's memory
#: does not grow with its size.
WINDOW_PER_JOB = 4


def evaluate(
    opa: OpaService | Fleet,
    manifests: Iterable[LoadedManifest],
    options: CheckOptions,
    *,
    jobs: int = 4,
    timeout: float = 10.0,
    on_done: Callable[[], None] | None = None,
) -> Iterator[ManifestVerdict]:
    """Every manifest through OPA, several at a time; each verdict given as soon as it and
    those before it are decided, in input order.

    manifests may be a generator that reads them: each is evaluated as soon as
    it is read, so reading the next ones (Python) overlaps evaluating the
    previous ones (OPA, on the other cores). At most WINDOW_PER_JOB * jobs
    manifests are read ahead of the verdict given next.
    """
    window = max(1, jobs) * WINDOW_PER_JOB
    incoming = iter(manifests)
    early = _read_while_opa_starts(opa, incoming, window)
    if not early:
        return
    checked, opa_version = opa.ready()
    # A Fleet's servers were checked to hold this revision of the policies (an
    # OpaService names its URL there instead).
    revision = None if isinstance(opa, OpaService) else checked
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
    describer: ThreadPoolExecutor | None = None
    described: Future[dict[str, Rule]] = Future()
    from_catalog = _described_by_catalog(options, revision)
    if from_catalog is not None:
        described.set_result(from_catalog)
    else:
        # Asked alongside the first evaluations, not before them: a single check
        # would otherwise wait for one answer after the other.
        describer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cnilpolicy-describe")
        described = describer.submit(lambda: describe_rules(engine(), options))

    def descriptions() -> Mapping[str, Rule]:
        """The rules' texts: without them no manifest can be judged, and the run stops."""
        try:
            return described.result()
        except BaseException:
            failed.set()
            raise

    def one(manifest: LoadedManifest) -> ManifestVerdict:
        try:
            decision = engine().evaluate(policy_input(manifest, options))
        except OpaUnavailable:
            failed.set()
            raise
        except Exception as error:  # EngineError, or a bug met on this manifest only
            descriptions()  # rules that cannot be described stop the run first
            return _failed(manifest, error)
        except BaseException:
            failed.set()
            raise
        texts = descriptions()
        try:
            verdict = judge(manifest, decision, options, texts, opa_version)
        except Exception as error:  # the answer broke the contract, or a bug met here only
            return _failed(manifest, error)
        if on_done is not None:
            on_done()
        return verdict

    def _failed(manifest: LoadedManifest, error: Exception) -> ManifestVerdict:
        # Reported for this manifest (exit 3 at the end); the others are still judged.
        message = (
            error.in_language(options.lang)
            if isinstance(error, EngineError)
            else _unexpected(error, options.lang)
        )
        verdict = error_verdict(
            manifest.path,
            manifest.sha256,
            message,
            pack=options.pack,
            lang=options.lang,
            evaluation_date=options.evaluation_date,
            opa_version=opa_version,
        )
        if on_done is not None:
            on_done()
        return verdict

    try:
        if jobs <= 1:
            for manifest in itertools.chain(_drained(early), incoming):
                yield one(manifest)
            return
        pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="cnilpolicy")
        try:
            pending: deque[Future[ManifestVerdict]] = deque()
            for manifest in itertools.chain(_drained(early), incoming):
                if failed.is_set():
                    break  # an engine error: reading the rest would only delay it
                pending.append(pool.submit(one, manifest))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            # On an error or Ctrl-C, what has not started is dropped, not awaited.
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        if describer is not None:
            describer.shutdown(wait=True, cancel_futures=True)
        for opened in engines:
            opened.close()


def _unexpected(error: Exception, lang: str) -> str:
    message = translate(lang, N_("unexpected {kind}: {detail}"))
    return " ".join(message.format(kind=type(error).__name__, detail=error).split())[:400]


#: How often, while OPA starts, reading manifests pauses to ask whether it answers.
_POLL_SECONDS = 0.02


def _drained(items: deque[LoadedManifest]) -> Iterator[LoadedManifest]:
    """The items, each let go of as it is given (a list would hold them all to the end)."""
    while items:
        yield items.popleft()


def _read_while_opa_starts(
    opa: OpaService | Fleet, incoming: Iterator[LoadedManifest], most: int
) -> deque[LoadedManifest]:
    """The manifests read until OPA answers, at most `most` of them."""
    early: deque[LoadedManifest] = deque()
    next_poll = 0.0
    for manifest in incoming:
        early.append(manifest)
        if len(early) >= most:
            break
        now = time.monotonic()
        if now >= next_poll:
            if opa.answering():
                break
            next_poll = now + _POLL_SECONDS
    return early


def check_manifest(
    engine: PolicyEngine,
    opa_version: str,
    manifest: LoadedManifest,
    options: CheckOptions,
    descriptions: Mapping[str, Rule],
) -> ManifestVerdict:
    decision = engine.evaluate(policy_input(manifest, options))
    return judge(manifest, decision, options, descriptions, opa_version)


def judge(
    manifest: LoadedManifest,
    decision: Decision,
    options: CheckOptions,
    descriptions: Mapping[str, Rule],
    opa_version: str,
) -> ManifestVerdict:
    """The verdict on OPA's decision, once the decision answers for every rule described."""
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
