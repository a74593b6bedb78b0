"""The HTTP client of an OPA server, through opa-python-client.

One PolicyEngine per thread (a requests session is not thread-safe). Every
failure of the request is an EngineError with one line saying what happened;
every answer passes the answer contract (cnilpolicy.engine.contract) before it
is returned.
"""

from __future__ import annotations

import ipaddress
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
        self._source = f"OPA at {url}"
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
        self._client = _OpaClient(**self._options)

    def close(self) -> None:
        self._client.close_connection()

    def opa_version(self) -> str:
        """The server's version, from a provenance query."""
        answer = self._post({}, {"provenance": True})
        provenance = answer.get("provenance")
        version = provenance.get("version") if isinstance(provenance, dict) else None
        if not isinstance(version, str):
            raise EngineError(f"OPA at {self.url} did not report its version")
        return version

    def evaluate(self, input_document: dict[str, Any]) -> Decision:
        return contract.decision(self._post(input_document, None, DECISION_PATH), self._source)

    def describe_rules(self, options: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """Each selected rule's description by id, for the steps and language of options."""
        answer = self._post({"options": options}, None, RULES_PATH)
        return contract.descriptions(answer, self._source)

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
            raise EngineError(_http_error(error)) from None
        except ValueError:  # requests' JSONDecodeError is a ValueError and a RequestException
            raise EngineError(f"OPA at {self.url} answered with a body that is not JSON") from None
        except requests.Timeout:
            raise EngineError(f"OPA at {self.url} timed out") from None
        except requests.ConnectionError as error:
            raise OpaUnavailable(f"OPA at {self.url} is unreachable: {first_line(error)}") from None
        except requests.RequestException as error:
            raise EngineError(f"OPA at {self.url} is unreachable: {first_line(error)}") from None
        except Exception as error:  # the client's own exceptions have no common base
            raise EngineError(f"OPA query failed: {first_line(error)}") from None
        if not isinstance(answer, dict):
            raise EngineError(f"OPA at {self.url} answered with an unexpected document")
        return answer

    def _within_deadline(
        self, input_document: dict[str, Any], path: str, params: dict[str, bool] | None
    ) -> Any:
        """The client's answer, read in full within self.timeout seconds overall.

        requests' timeout bounds each wait for a byte, not the answer: a server
        that drips its answer would hold the run forever. The query runs in a
        daemon thread; past the deadline it is abandoned, with its session.
        """
        outcome: dict[str, Any] = {}
        done = threading.Event()
        client = self._client

        def query() -> None:
            try:
                outcome["answer"] = client.query_rule(input_document, path, query_params=params)
            except BaseException as error:  # handed over to the caller below
                outcome["error"] = error
            finally:
                done.set()

        threading.Thread(target=query, daemon=True, name="cnilpolicy-query").start()
        if not done.wait(self.timeout):
            # The abandoned query still holds the old session: the next one gets its own.
            self._client = _OpaClient(**self._options)
            raise EngineError(
                f"OPA at {self.url} did not answer in full within {self.timeout:g} s (--timeout)"
            )
        if "error" in outcome:
            raise outcome["error"]
        return outcome["answer"]


def parse_opa_url(url: str) -> tuple[str, int, bool]:
    """Host, port and TLS of an OPA server URL; anything the client would drop is refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise EngineError(f"not an OPA server URL: {url!r} ({first_line(error)})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EngineError(f"not an OPA server URL: {url!r} (give http://host:port)")
    if parts.username is not None or parts.password is not None:
        raise EngineError(f"OPA server URL {url!r}: credentials in the URL are not supported")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise EngineError(
            f"OPA server URL {url!r}: a path, query or fragment is not supported "
            "(give http://host:port; cnilpolicy asks /v1/data itself)"
        )
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


def _http_error(error: requests.HTTPError) -> str:
    response = error.response
    status = response.status_code if response is not None else "?"
    detail = ""
    if response is not None:
        try:
            body = response.json()
            detail = body.get("message", "") if isinstance(body, dict) else ""
            errors = body.get("errors") if isinstance(body, dict) else None
            if errors and isinstance(errors, list) and isinstance(errors[0], dict):
                detail = f"{detail}: {errors[0].get('message', '')}"
        except ValueError:
            detail = "body is not JSON"
    return first_line(f"OPA answered HTTP {status}: {detail}".rstrip(": "))
