"""The OPA a run evaluates with: a given server, or a local one started for the run."""

from __future__ import annotations

from cnilpolicy.engine.client import PolicyEngine
from cnilpolicy.engine.locate import find_opa, opa_version
from cnilpolicy.engine.process import LocalOpaServer
from cnilpolicy.errors import EngineError
from cnilpolicy.i18n import N_


class OpaService:
    """The OPA a run evaluates with: a given server, or one started for the run.

    A local server is spawned on entry and waited for on the first ready():
    OPA compiles the policies while cnilpolicy reads the manifests, and a run
    whose manifests are all invalid never needs OPA (nor fails for want of it).
    """

    def __init__(self, opa_url: str | None, opa_path: str | None, timeout: float = 10.0) -> None:
        self._opa_url = opa_url
        self._opa_path = opa_path
        self._timeout = timeout
        self._server: LocalOpaServer | None = None
        self._binary_error: EngineError | None = None
        self._ready: tuple[str, str] | None = None

    def __enter__(self) -> OpaService:
        if not self._opa_url:
            try:
                self._server = LocalOpaServer(find_opa(self._opa_path))
                self._server.spawn()
            except EngineError as error:
                self._binary_error = error
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.stop()

    def answering(self) -> bool:
        """Whether the server answers now, without waiting (a given server: assumed so)."""
        if self._opa_url or self._ready is not None:
            return True
        # Not started, or exited: nothing to wait for, and ready() says what went wrong.
        return self._server is None or not self._server.starting()

    def engine(self, timeout: float = 10.0) -> PolicyEngine:
        """A client of the server, for one thread."""
        return PolicyEngine(self.ready()[0], timeout=timeout)

    def ready(self) -> tuple[str, str]:
        """The server's URL and OPA version, once it answers (EngineError if it cannot)."""
        if self._ready is None:
            self._ready = self._wait()
        return self._ready

    def _wait(self) -> tuple[str, str]:
        if self._opa_url:
            probe = PolicyEngine(self._opa_url, timeout=self._timeout)
            try:
                return self._opa_url, probe.opa_version()
            finally:
                probe.close()
        if self._binary_error is not None:
            raise self._binary_error
        if self._server is None:
            raise EngineError(N_("OPA server was not started"))
        version = opa_version(self._server.binary, timeout=self._timeout)
        self._server.wait_until_healthy()
        return self._server.url, version
