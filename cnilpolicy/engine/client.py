"""The HTTP client of an OPA server, through opa-python-client.

One PolicyEngine per thread (a requests session is not thread-safe). Every
failure of the request is an EngineError with one line saying what happened;
every answer passes the answer contract (cnilpolicy.engine.contract) before it
is returned.
"""

from __future__ import annotations

import ipaddress
import queue
import threading
from typing import Any
from urllib.parse import urlsplit

import requests

from cnilpolicy.engine import contract

# Not `from opa_client import OpaClient`: see _sync_client (no aiohttp).
from cnilpolicy.engine._sync_client import OpaClient
from cnilpolicy.engine.contract import DECISION_PATH, RULES_PATH, Decision
from cnilpolicy.engine.text import first_line
from cnilpolicy.errors import EngineError, OpaUnavailable
from cnilpolicy.i18n import N_


def _direct_session() -> requests.Session:
    """A session that ignores HTTP_PROXY and the like, for a server on this machine.

    CI runners often set a proxy without listing 127.0.0.1 in NO_PROXY: requests
    would then send the local OPA server's traffic to the proxy, and the run fail.
    """
    session = requests.Session()
    session.trust_env = False
    return session


class _OpaClient(OpaClient):  # type: ignore[misc]  # opa-python-client ships no types
    """opa-python-client's client, reaching a loopback server directly (see _direct_session)."""

    def __init__(self, *, loopback: bool, **options: Any) -> None:
        self._loopback = loopback
        super().__init__(**options)

    def _init_session(self) -> requests.Session:
        session: requests.Session = super()._init_session()
        if self._loopback:
            # Besides the proxy, scanning the environment for one was a large part
            # of the client's time per query (benchmarks/README.md).
            session.trust_env = False
        return session


class PolicyEngine:
    """Queries an OPA server that has the cnilpolicy policies loaded."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        host, port, ssl = parse_opa_url(url)
        self.url = url
        self.timeout = timeout
        loopback = _is_loopback(host)
        self._options: dict[str, Any] = {
            "loopback": loopback,
            "host": host,
            "port": port,
            "ssl": ssl,
            "timeout": timeout,
            "retries": 0,
            # Over loopback, compressing each answer costs OPA CPU for every
            # manifest and saves nothing (benchmarks/README.md).
            "headers": {"Accept-Encoding": "identity"} if loopback else None,
        }
        self._worker: _QueryWorker | None = None

    def _new_client(self) -> _OpaClient:
        return _OpaClient(**self._options)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def opa_version(self) -> str:
        """The server's version, from a provenance query."""
        answer = self._post({}, {"provenance": True})
        provenance = answer.get("provenance")
        version = provenance.get("version") if isinstance(provenance, dict) else None
        if not isinstance(version, str):
            raise EngineError(N_("OPA at {url} did not report its version"), url=self.url)
        return version

    def evaluate(self, input_document: dict[str, Any]) -> Decision:
        return contract.decision(self._post(input_document, None, DECISION_PATH), self.url)

    def describe_rules(self, options: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """Each selected rule's description by id, for the steps and language of options."""
        answer = self._post({"options": options}, None, RULES_PATH)
        return contract.descriptions(answer, self.url)

    def _post(
        self,
        input_document: dict[str, Any],
        params: dict[str, bool] | None,
        path: str = DECISION_PATH,
    ) -> Any:
        # opa-python-client lets raw requests and json exceptions through:
        # every one of them is an engine failure.
        try:
            answer = self._within_deadline(input_document, path, params)
        except requests.HTTPError as error:
            raise _http_error(error) from None
        except ValueError:  # requests' JSONDecodeError is a ValueError and a RequestException
            message = N_("OPA at {url} answered with a body that is not JSON")
            raise EngineError(message, url=self.url) from None
        except requests.Timeout:
            raise EngineError(N_("OPA at {url} timed out"), url=self.url) from None
        except requests.ConnectionError as error:
            message = N_("OPA at {url} is unreachable: {detail}")
            raise OpaUnavailable(message, url=self.url, detail=first_line(error)) from None
        except requests.RequestException as error:
            message = N_("OPA at {url} is unreachable: {detail}")
            raise EngineError(message, url=self.url, detail=first_line(error)) from None
        except Exception as error:  # the client's own exceptions have no common base
            raise EngineError(N_("OPA query failed: {detail}"), detail=first_line(error)) from None
        if not isinstance(answer, dict):
            message = N_("OPA at {url} answered with an unexpected document")
            raise EngineError(message, url=self.url)
        return answer

    def _within_deadline(
        self, input_document: dict[str, Any], path: str, params: dict[str, bool] | None
    ) -> Any:
        """The client's answer, read in full within self.timeout seconds overall.

        requests' timeout bounds each wait for a byte, not the answer: a server
        that drips its answer would hold the run forever. The query runs in the
        engine's worker thread; past the deadline that worker is abandoned, with
        its session, and the next query gets a new one.
        """
        worker = self._worker = self._worker or _QueryWorker(self._new_client())
        try:
            outcome = worker.ask((input_document, path, params), self.timeout)
        except BaseException as error:
            # Its answer, when it comes, would be taken for the next question's.
            worker.stop()
            self._worker = None
            if not isinstance(error, queue.Empty):
                raise
            raise EngineError(
                N_("OPA at {url} did not answer in full within {seconds} s (--timeout)"),
                url=self.url,
                seconds=f"{self.timeout:g}",
            ) from None
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


class _QueryWorker:
    """One daemon thread that runs an engine's queries, one at a time, on its own session.

    A thread for the life of the engine, not one per query: a batch of 100,000
    manifests started 100,000 threads, each with its stack and its share of the
    C allocator's state (benchmarks/README.md).
    """

    def __init__(self, client: _OpaClient) -> None:
        self._client = client
        self._questions: queue.SimpleQueue[tuple[Any, str, Any] | None] = queue.SimpleQueue()
        self._answers: queue.SimpleQueue[Any] = queue.SimpleQueue()
        threading.Thread(target=self._serve, daemon=True, name="cnilpolicy-query").start()

    def ask(self, question: tuple[Any, str, Any], timeout: float) -> Any:
        """The answer, or the exception the query raised; queue.Empty past the timeout."""
        self._questions.put(question)
        return self._answers.get(timeout=timeout)

    def stop(self) -> None:
        """Ends the thread once its current query, if any, is over; then closes its session."""
        self._questions.put(None)

    def _serve(self) -> None:
        while (question := self._questions.get()) is not None:
            input_document, path, params = question
            try:
                answer = self._client.query_rule(input_document, path, query_params=params)
            except BaseException as error:  # handed over to the asking thread
                answer = error
            self._answers.put(answer)
        self._client.close_connection()


def parse_opa_url(url: str) -> tuple[str, int, bool]:
    """Host, port and TLS of an OPA server URL; anything the client would drop is refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        message = N_("not an OPA server URL: {url} ({detail})")
        raise EngineError(message, url=repr(url), detail=first_line(error)) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EngineError(N_("not an OPA server URL: {url} (give http://host:port)"), url=repr(url))
    if parts.username is not None or parts.password is not None:
        message = N_("OPA server URL {url}: credentials in the URL are not supported")
        raise EngineError(message, url=repr(url))
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise EngineError(
            N_("OPA server URL {url}: a path, query or fragment is not supported "
               "(give http://host:port; cnilpolicy asks /v1/data itself)"),
            url=repr(url),
        )  # fmt: skip
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address, bracketed as a URL and requests want it
    return host, port or (443 if parts.scheme == "https" else 80), parts.scheme == "https"


def _is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _http_error(error: requests.HTTPError) -> EngineError:
    response = error.response
    status = response.status_code if response is not None else "?"
    detail = ""
    if response is not None:
        try:
            body = response.json()
        except ValueError:
            # Not OPA's words: ours, in their own sentence, never where OPA's message goes.
            message = N_("OPA answered HTTP {status} with a body that is not JSON")
            return EngineError(message, status=status)
        detail = body.get("message", "") if isinstance(body, dict) else ""
        errors = body.get("errors") if isinstance(body, dict) else None
        if errors and isinstance(errors, list) and isinstance(errors[0], dict):
            detail = f"{detail}: {errors[0].get('message', '')}"
    said = first_line(f"OPA answered HTTP {status}: {detail}".rstrip(": "))
    head = f"OPA answered HTTP {status}"
    if not said.startswith(head + ": "):
        return EngineError(N_("OPA answered HTTP {status}"), status=status)
    # OPA's own message, in its words, after the reader's.
    detail = said.removeprefix(head + ": ")
    return EngineError(N_("OPA answered HTTP {status}: {detail}"), status=status, detail=detail)
