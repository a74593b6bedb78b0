"""A pool of OPA servers that hold exactly the policies this cnilpolicy would evaluate.

Before any manifest is evaluated, each server is asked which bundles it holds
(GET /v1/data/system/bundles). A server whose only bundle does not carry the
revision of this run's policies (cnilpolicy.policyset: a digest of every policy
and data file, the organisation folders included) is refused: the run stops
with an engine error naming it, for it would judge with other rules. A server
that does not answer is dropped.

During a batch, manifests go to the servers in turn. A server that fails is
dropped and the manifest it had is asked of another; when none is left, the run
stops with an engine error and nothing is reported as passed. Without
--opa-url, cnilpolicy starts one local server, loaded with a bundle of the same
files: the same checks apply to it, a pool of one.
"""

from __future__ import annotations

import dataclasses
import itertools
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests

from cnilpolicy.aggregate import build_verdict
from cnilpolicy.check import (
    CheckOptions,
    _read_while_opa_starts,
    describe_rules,
    policy_input,
    without_cycle_collection,
)
from cnilpolicy.engine import (
    LocalOpaServer,
    PolicyEngine,
    _direct_session,
    _first_line,
    _is_loopback,
    find_opa,
    opa_version,
)
from cnilpolicy.errors import EngineError
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.policyset import PolicySet
from cnilpolicy.verdict import ManifestVerdict

T = TypeVar("T")

BUNDLES_PATH = "/v1/data/system/bundles"


def server_revisions(url: str, timeout: float) -> dict[str, Any]:
    """Each bundle the server holds, by name: its manifest (revision, roots)."""
    host = urlsplit(url).hostname or ""
    session = _direct_session() if _is_loopback(host) else requests.Session()
    try:
        with session:
            response = session.get(url.rstrip("/") + BUNDLES_PATH, timeout=timeout)
            response.raise_for_status()
            answer = response.json()
    except ValueError:
        raise EngineError(f"OPA at {url} answered with a body that is not JSON") from None
    except requests.RequestException as error:
        raise EngineError(f"OPA at {url} is unreachable: {_first_line(error)}") from None
    bundles = answer.get("result", {}) if isinstance(answer, dict) else None
    if not isinstance(bundles, dict):
        raise EngineError(f"OPA at {url} gave no list of bundles")
    return {
        str(name): entry.get("manifest", {}) if isinstance(entry, dict) else {}
        for name, entry in bundles.items()
    }


class RevisionMismatch(EngineError):
    """A server holds other policies than this run's: never used."""


def check_revision(url: str, expected: str, bundles: dict[str, Any]) -> None:
    """The server holds one bundle, of this run's revision, owning every path."""
    if not bundles:
        raise RevisionMismatch(
            f"OPA server {url} holds no bundle, so no revision: it may run any policies "
            f"(refused; load the bundle of 'cnilpolicy bundle build', revision {expected})"
        )
    for name, manifest in sorted(bundles.items()):
        revision = manifest.get("revision") if isinstance(manifest, dict) else None
        roots = manifest.get("roots") if isinstance(manifest, dict) else None
        if revision != expected:
            raise RevisionMismatch(
                f"OPA server {url} holds policies of revision {revision or '(none)'} "
                f"in bundle {name}, not {expected} (this cnilpolicy's policies): refused"
            )
        if roots != [""]:
            raise RevisionMismatch(
                f"OPA server {url}: bundle {name} does not own every path (roots {roots}), "
                "so other policies could be loaded beside it: refused"
            )


@dataclasses.dataclass
class _Member:
    url: str
    alive: bool = True


class Fleet:
    """The OPA servers of a run: the given ones, or one started for the run.

    Used as a context manager; a local server is spawned on entry and waited
    for on the first ready(), so OPA compiles while the manifests load.
    """

    def __init__(
        self,
        policy_set: PolicySet,
        opa_urls: Sequence[str] = (),
        opa_path: str | None = None,
        timeout: float = 10.0,
        on_drop: Callable[[str, str], None] = lambda url, reason: None,
    ) -> None:
        self.policy_set = policy_set
        self._urls = tuple(opa_urls)
        self._opa_path = opa_path
        self._timeout = timeout
        self._on_drop = on_drop
        self._server: LocalOpaServer | None = None
        self._workdir: tempfile.TemporaryDirectory[str] | None = None
        self._start_error: EngineError | None = None
        self._revision = ""
        self._ready: tuple[str, str] | None = None
        self._members: list[_Member] = []
        self._turn = itertools.count()
        self._lock = threading.Lock()
        self._local = threading.local()
        self._engines: list[PolicyEngine] = []
        self._last_error = ""

    def __enter__(self) -> Fleet:
        if not self._urls:
            try:
                binary = find_opa(self._opa_path)
                self._workdir = tempfile.TemporaryDirectory(prefix="cnilpolicy-")
                bundle = Path(self._workdir.name) / "cnilpolicy.tar.gz"
                self._revision = self.policy_set.write_tarball(bundle)
                self._server = LocalOpaServer(binary, policies=bundle)
                self._server.spawn()
            except EngineError as error:
                self._start_error = error
        return self

    def __exit__(self, *exc_info: object) -> None:
        for engine in self._engines:
            engine.close()
        if self._server is not None:
            self._server.stop()
        if self._workdir is not None:
            self._workdir.cleanup()

    def answering(self) -> bool:
        """Whether the servers may be asked now, without waiting."""
        if self._urls or self._ready is not None:
            return True
        return self._server is None or not self._server.starting()

    def ready(self) -> tuple[str, str]:
        """The policies' revision and OPA's version, once every server is checked."""
        if self._ready is None:
            self._ready = self._check_members()
        return self._ready

    def _check_members(self) -> tuple[str, str]:
        if self._start_error is not None:
            raise self._start_error
        urls = self._urls
        version = ""
        if self._server is not None:
            version = opa_version(self._server.binary)
            self._server.wait_until_healthy()
            urls = (self._server.url,)
        revision = self._revision or self.policy_set.revision
        unreachable: list[tuple[str, EngineError]] = []
        for url in urls:
            try:
                check_revision(url, revision, server_revisions(url, self._timeout))
            except RevisionMismatch:
                raise
            except EngineError as failure:
                unreachable.append((url, failure))
                continue
            self._members.append(_Member(url))
        if not self._members:
            if len(unreachable) == 1:
                raise unreachable[0][1]
            raise EngineError(
                "no OPA server left to evaluate with: "
                + "; ".join(str(reason) for _, reason in unreachable)
            )
        for url, dropped in unreachable:
            self._on_drop(url, str(dropped))
        if not version:
            version = self.call(lambda engine: engine.opa_version())
        return revision, version

    def recheck(self) -> None:
        """Each server still in use holds the revision it held at the start.

        A server polling a bundle service may activate a new bundle in the
        middle of a run: its answers since then would come from other policies.
        """
        revision = self.ready()[0]
        for url in self.members:
            try:
                bundles = server_revisions(url, self._timeout)
            except EngineError:
                continue  # gone after its last answer, each checked when it came
            check_revision(url, revision, bundles)

    @property
    def members(self) -> list[str]:
        """The servers still in use."""
        with self._lock:
            return [member.url for member in self._members if member.alive]

    def call(self, ask: Callable[[PolicyEngine], T]) -> T:
        """ask() of one server after another, until one answers; EngineError if none can."""
        while True:
            member = self._pick()
            try:
                return ask(self._engine(member.url))
            except EngineError as error:
                self._drop(member, str(error))

    def _pick(self) -> _Member:
        with self._lock:
            alive = [member for member in self._members if member.alive]
            if not alive:
                raise EngineError(
                    f"no OPA server left to evaluate with (last error: {self._last_error})"
                )
            return alive[next(self._turn) % len(alive)]

    def _drop(self, member: _Member, reason: str) -> None:
        with self._lock:
            self._last_error = f"{member.url}: {reason}"
            if not member.alive:
                return
            member.alive = False
            # The last one's failure is the run's error (see _pick), not a warning.
            others = any(other.alive for other in self._members)
        if others:
            self._on_drop(member.url, reason)

    def _engine(self, url: str) -> PolicyEngine:
        # One HTTP session per worker thread and server: requests' sessions
        # are not thread-safe.
        engines: dict[str, PolicyEngine] = self._local.__dict__.setdefault("engines", {})
        engine = engines.get(url)
        if engine is None:
            engine = engines[url] = PolicyEngine(url, timeout=self._timeout)
            with self._lock:
                self._engines.append(engine)
        return engine


def check_batch(
    fleet: Fleet,
    manifests: Iterable[LoadedManifest],
    options: CheckOptions,
    *,
    jobs: int = 4,
    on_done: Callable[[], None] | None = None,
) -> list[ManifestVerdict]:
    """Every manifest judged once by one server of the pool; verdicts in input order."""
    incoming = iter(manifests)
    early = _read_while_opa_starts(fleet, incoming)  # type: ignore[arg-type]
    if not early:
        return []
    revision, version = fleet.ready()
    descriptions = fleet.call(lambda engine: describe_rules(engine, options))
    failed = threading.Event()

    def one(manifest: LoadedManifest) -> ManifestVerdict:
        try:
            document = policy_input(manifest, options)
            decision = fleet.call(lambda engine: engine.evaluate(document))
            verdict = build_verdict(
                manifest,
                # The revision the servers were checked against, not a version
                # the policies would declare about themselves.
                dataclasses.replace(decision, policy_version=revision),
                descriptions,
                pack=options.pack,
                lang=options.lang,
                evaluation_date=options.evaluation_date,
                opa_version=version,
                platform=options.platform,
            )
        except BaseException:
            failed.set()
            raise
        if on_done is not None:
            on_done()
        return verdict

    with without_cycle_collection():
        manifests_in_order = itertools.chain(early, incoming)
        if jobs <= 1:
            verdicts = [one(manifest) for manifest in manifests_in_order]
            fleet.recheck()
            return verdicts
        pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="cnilpolicy")
        try:
            futures = []
            for manifest in manifests_in_order:
                if failed.is_set():
                    break  # an engine error: reading the rest would only delay it
                futures.append(pool.submit(one, manifest))
            verdicts = [future.result() for future in futures]
        finally:
            # On an error or Ctrl-C, what has not started is dropped, not awaited.
            pool.shutdown(wait=True, cancel_futures=True)
    fleet.recheck()
    return verdicts
