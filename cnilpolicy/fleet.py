"""A pool of OPA servers that hold exactly the policies this cnilpolicy would evaluate.

Before any manifest is evaluated, each server is asked which bundles it holds
(GET /v1/data/system/bundles). A server whose only bundle does not carry the
revision of this run's policies (cnilpolicy.policyset: a digest of every policy
and data file, the organisation folders included) is refused: the run stops
with an engine error naming it, for it would judge with other rules. A server
that does not answer is dropped.

During a batch, manifests go to the servers in turn. A server that fails (a
query fails and the server no longer answers its health check) is dropped and
the manifest it had is asked of another; a query that fails on a server that is
up is that query's error, as with a single server; when none is left, the run
stops with an engine error and nothing is reported as passed. Without
--opa-url, cnilpolicy starts one local server, loaded with a bundle of the same
files: the same checks apply to it, a pool of one.
"""

from __future__ import annotations

import dataclasses
import itertools
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests

from cnilpolicy.engine.client import PolicyEngine, _direct_session, _is_loopback
from cnilpolicy.engine.contract import Decision
from cnilpolicy.engine.early import EarlyServer
from cnilpolicy.engine.locate import find_opa
from cnilpolicy.engine.process import LocalOpaServer
from cnilpolicy.engine.text import first_line as _first_line
from cnilpolicy.errors import EngineError, OpaUnavailable
from cnilpolicy.i18n import N_
from cnilpolicy.policyset import PolicySet

T = TypeVar("T")

BUNDLES_PATH = "/v1/data/system/bundles"
VERSION_PATH = "/v1/data/system/version"


def _session(url: str) -> requests.Session:
    # A server on this machine is reached directly, whatever the proxy settings.
    return _direct_session() if _is_loopback(urlsplit(url).hostname or "") else requests.Session()


def _answers(url: str, timeout: float) -> bool:
    """Whether the server is up (GET /health), after one of its queries failed."""
    try:
        with _session(url) as session:
            return session.get(url.rstrip("/") + "/health", timeout=min(timeout, 2.0)).ok
    except requests.RequestException:
        return False


def _get(url: str, path: str, timeout: float) -> Any:
    try:
        with _session(url) as session:
            response = session.get(url.rstrip("/") + path, timeout=timeout)
            response.raise_for_status()
            return response.json()
    except ValueError:
        message = N_("OPA at {url} answered with a body that is not JSON")
        raise EngineError(message, url=url) from None
    except requests.ConnectionError as error:
        message = N_("OPA at {url} is unreachable: {detail}")
        raise OpaUnavailable(message, url=url, detail=_first_line(error)) from None
    except requests.RequestException as error:
        message = N_("OPA at {url} is unreachable: {detail}")
        raise EngineError(message, url=url, detail=_first_line(error)) from None


def server_version(url: str, timeout: float) -> str:
    """The version of OPA the server runs (GET /v1/data/system/version)."""
    answer = _get(url, VERSION_PATH, timeout)
    result = answer.get("result") if isinstance(answer, dict) else None
    version = result.get("version") if isinstance(result, dict) else None
    if not isinstance(version, str) or not version:
        raise EngineError(N_("OPA at {url} did not report its version"), url=url)
    return version


def server_revisions(url: str, timeout: float) -> dict[str, Any]:
    """Each bundle the server holds, by name: its manifest (revision, roots)."""
    answer = _get(url, BUNDLES_PATH, timeout)
    bundles = answer.get("result", {}) if isinstance(answer, dict) else None
    if not isinstance(bundles, dict):
        raise EngineError(N_("OPA at {url} gave no list of bundles"), url=url)
    return {
        str(name): entry.get("manifest", {}) if isinstance(entry, dict) else {}
        for name, entry in bundles.items()
    }


class RevisionMismatch(EngineError):
    """A server holds other policies than this run's: never used."""


@dataclasses.dataclass(frozen=True)
class _Reasons:
    """Why each server of a pool failed, in the reader's language."""

    errors: tuple[EngineError, ...]

    def in_language(self, lang: str) -> str:
        return "; ".join(error.in_language(lang) for error in self.errors)

    def __str__(self) -> str:
        return self.in_language("en")


def check_revision(url: str, expected: str, bundles: dict[str, Any]) -> None:
    """The server holds one bundle, of this run's revision, owning every path."""
    if not bundles:
        raise RevisionMismatch(
            N_("OPA server {url} holds no bundle, so no revision: it may run any policies "
               "(refused; load the bundle of 'cnilpolicy bundle build', revision {expected})"),
            url=url,
            expected=expected,
        )  # fmt: skip
    for name, manifest in sorted(bundles.items()):
        revision = manifest.get("revision") if isinstance(manifest, dict) else None
        roots = manifest.get("roots") if isinstance(manifest, dict) else None
        if revision != expected:
            raise RevisionMismatch(
                N_("OPA server {url} holds policies of revision {revision} in bundle {name}, "
                   "not {expected} (this cnilpolicy's policies): refused"),
                url=url,
                revision=revision or "(none)",
                name=name,
                expected=expected,
            )  # fmt: skip
        if roots != [""]:
            raise RevisionMismatch(
                N_("OPA server {url}: bundle {name} does not own every path (roots {roots}), "
                   "so other policies could be loaded beside it: refused"),
                url=url,
                name=name,
                roots=roots,
            )  # fmt: skip


@dataclasses.dataclass
class _Member:
    url: str
    alive: bool = True


class Fleet:
    """The OPA servers of a run: the given ones, or one started for the run.

    Used as a context manager; a local server is spawned on entry (or the
    early one adopted, cnilpolicy.engine.early) and waited for on the first
    ready(), so OPA compiles while the manifests load.
    """

    def __init__(
        self,
        policy_set: PolicySet,
        opa_urls: Sequence[str] = (),
        opa_path: str | None = None,
        timeout: float = 10.0,
        on_drop: Callable[[str, EngineError], None] = lambda url, reason: None,
        early: EarlyServer | None = None,
    ) -> None:
        self.policy_set = policy_set
        self._urls = tuple(opa_urls)
        self._opa_path = opa_path
        self._timeout = timeout
        self._on_drop = on_drop
        self._early = early
        self._server: LocalOpaServer | None = None
        self._workdir: tempfile.TemporaryDirectory[str] | None = None
        self._start_error: EngineError | None = None
        self._revision = ""
        self._ready: tuple[str, str] | None = None
        self._members: list[_Member] = []
        self._turn = itertools.count()
        self._lock = threading.Lock()
        self._last_error = ""

    def __enter__(self) -> Fleet:
        early, self._early = self._early, None
        if self._urls and early is not None:
            early.stop()
        if not self._urls:
            try:
                binary = find_opa(self._opa_path)
                adopted = early.adopt(self.policy_set, binary) if early is not None else None
                if adopted is not None:
                    self._server, self._workdir = adopted.server, adopted.workdir
                    self._revision = adopted.revision
                    return self
                self._workdir = tempfile.TemporaryDirectory(prefix="cnilpolicy-")
                bundle = Path(self._workdir.name) / "cnilpolicy.tar.gz"
                self._revision = self.policy_set.write_tarball(bundle)
                self._server = LocalOpaServer(binary, policies=bundle)
                self._server.spawn()
            except EngineError as error:
                if early is not None:
                    early.stop()
                self._start_error = error
        return self

    def __exit__(self, *exc_info: object) -> None:
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
            self._server.wait_until_healthy()
            urls = (self._server.url,)
            # Asked of the server, not of a second `opa version` process.
            version = server_version(self._server.url, self._timeout)
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
            raise OpaUnavailable(
                N_("no OPA server left to evaluate with: {reasons}"),
                reasons=_Reasons(tuple(reason for _, reason in unreachable)),
            )
        for url, dropped in unreachable:
            self._on_drop(url, dropped)
        if not version:
            probe = self.engine()
            try:
                version = probe.opa_version()
            finally:
                probe.close()
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
                continue  # gone since its last answer: it answers nothing more
            check_revision(url, revision, bundles)

    @property
    def members(self) -> list[str]:
        """The servers still in use."""
        with self._lock:
            return [member.url for member in self._members if member.alive]

    def engine(self, timeout: float | None = None) -> PooledEngine:
        """A client of the pool, for one thread (check.check_manifests makes one per worker)."""
        return PooledEngine(self, self._timeout if timeout is None else timeout)

    def _pick(self) -> _Member:
        with self._lock:
            alive = [member for member in self._members if member.alive]
            if not alive:
                # Nothing can be judged any more: the run stops (check.check_manifests).
                raise OpaUnavailable(
                    N_("no OPA server left to evaluate with (last error: {error})"),
                    error=self._last_error,
                )
            return alive[next(self._turn) % len(alive)]

    def _drop(self, member: _Member, reason: EngineError) -> None:
        with self._lock:
            self._last_error = f"{member.url}: {reason}"
            if not member.alive:
                return
            member.alive = False
            # The last one's failure is the run's error (see _pick), not a warning.
            others = any(other.alive for other in self._members)
        if others:
            self._on_drop(member.url, reason)


class PooledEngine:
    """PolicyEngine's queries, each asked of the pool's servers in turn until one answers.

    Not thread-safe (one HTTP session per server, as PolicyEngine): one per thread.
    """

    def __init__(self, fleet: Fleet, timeout: float) -> None:
        self._fleet = fleet
        self._timeout = timeout
        self._engines: dict[str, PolicyEngine] = {}

    def evaluate(self, input_document: dict[str, Any]) -> Decision:
        decision = self._ask(lambda engine: engine.evaluate(input_document))
        # The revision the servers were checked against, not a version the
        # policies would declare about themselves.
        return dataclasses.replace(decision, policy_version=self._fleet.ready()[0])

    def describe_rules(self, options: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return self._ask(lambda engine: engine.describe_rules(options))

    def opa_version(self) -> str:
        return self._ask(lambda engine: engine.opa_version())

    def close(self) -> None:
        for engine in self._engines.values():
            engine.close()

    def _ask(self, ask: Callable[[PolicyEngine], T]) -> T:
        while True:
            member = self._fleet._pick()
            engine = self._engines.get(member.url)
            if engine is None:
                engine = self._engines[member.url] = PolicyEngine(member.url, self._timeout)
            try:
                return ask(engine)
            except EngineError as error:
                if _answers(member.url, self._timeout):
                    # The server is up: the query itself failed (a policy error, an
                    # unusable answer), and would on any server of the same policies.
                    raise
                # The server is down: not asked again; the query goes to another.
                self._fleet._drop(member, error)
