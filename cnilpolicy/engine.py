"""Everything that talks to Open Policy Agent: find it, run it, query it.

Every failure here becomes an EngineError with a one-line message. Nothing in
this module ever turns a missing or malformed answer into a decision.
"""

from __future__ import annotations

import contextlib
import ctypes
import ipaddress
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import requests
from opa_client.opa import OpaClient

from cnilpolicy.errors import EngineError, OpaNotFound, OpaUnavailable
from cnilpolicy.opa_install import install_hint
from cnilpolicy.resources import policies_dir, source_root

OPA_ENV_VAR = "CNILPOLICY_OPA"
#: The one document cnilpolicy asks for, per manifest (policies/main/main.rego).
DECISION_PATH = "cnilpolicy/main"
#: What every selected rule is (title, remediation, references), asked once per
#: run (policies/main/rules.rego).
RULES_PATH = "cnilpolicy/rules"


def project_local_opa() -> Path:
    return source_root() / ".tools" / "bin" / "opa"


def find_opa(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The OPA binary: --opa-path, then $CNILPOLICY_OPA, then .tools/bin, then PATH."""
    environ = os.environ if environ is None else environ
    for origin, candidate in (("--opa-path", explicit), (OPA_ENV_VAR, environ.get(OPA_ENV_VAR))):
        if candidate:
            path = Path(candidate)
            if not (path.is_file() and os.access(path, os.X_OK)):
                raise OpaNotFound(f"OPA binary given by {origin} is not an executable file: {path}")
            return path
    local = project_local_opa()
    if local.is_file() and os.access(local, os.X_OK):
        return local
    on_path = shutil.which("opa", path=environ.get("PATH"))
    if on_path:
        return Path(on_path)
    raise OpaNotFound(f"OPA not found: {install_hint()}")


def run_bounded(command: list[str], timeout: float, what: str) -> tuple[int, str, str]:
    """Run an OPA command to its end within timeout seconds: exit code, stdout, stderr.

    The child dies with cnilpolicy (PR_SET_PDEATHSIG), is killed at the
    deadline, and its output is read as UTF-8 whatever bytes it prints.
    """
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent,
        )
    except (OSError, ValueError) as error:
        raise EngineError(f"cannot run {command[0]} {what}: {_first_line(error)}") from None
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise EngineError(
            f"{command[0]} {what} did not finish within {timeout:g} s (--timeout)"
        ) from None
    except BaseException:
        process.kill()
        process.wait()
        raise
    return (
        process.returncode,
        stdout.decode("utf-8", "replace"),
        stderr.decode("utf-8", "replace"),
    )


def opa_version(binary: Path, timeout: float = 30.0) -> str:
    """The version `opa version` reports, e.g. '1.22.3'."""
    returncode, stdout, _ = run_bounded([str(binary), "version"], timeout, "version")
    match = re.search(r"^Version:\s*(\S+)", stdout, re.MULTILINE)
    if returncode != 0 or not match:
        raise EngineError(f"{binary} does not look like OPA ('opa version' failed)")
    return match.group(1)


def policy_version(binary: Path, timeout: float = 60.0) -> str:
    """The version the policies declare, asked of OPA itself."""
    returncode, stdout, stderr = run_bounded(
        [str(binary), "eval", "--format", "raw", "--ignore", "*_test.rego",
         "-d", str(policies_dir()), f"data.{DECISION_PATH.replace('/', '.')}.policy_version"],
        timeout, "eval",
    )  # fmt: skip
    if returncode != 0 or not stdout.strip():
        raise EngineError(f"OPA could not load the policies: {_first_line(stderr)}")
    return stdout.strip()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


#: Go's garbage collector for the local OPA server, unless the caller set GOGC.
#: Evaluating a manifest allocates a lot and keeps little, and OPA's live heap
#: (the compiled policies) is small: at Go's default of 100, OPA spent about a
#: quarter of its CPU time collecting. 400 lets the heap grow to five times the
#: live set (some 200 MiB) before a collection.
OPA_GOGC = "400"


def opa_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment the local OPA server runs with: the caller's, and GOGC."""
    environment = dict(os.environ if environ is None else environ)
    environment.setdefault("GOGC", OPA_GOGC)
    return environment


def _die_with_parent() -> None:  # pragma: no cover - runs in the child process
    # If cnilpolicy is killed outright (SIGKILL), the kernel stops OPA too.
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class LocalOpaServer:
    """An `opa run --server` on 127.0.0.1 with the cnilpolicy policies, for one run."""

    def __init__(
        self,
        binary: Path,
        policies: Path | None = None,
        startup_timeout: float = 20.0,
    ) -> None:
        self.binary = binary
        self.policies = policies or policies_dir()
        self.startup_timeout = startup_timeout
        self.url = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._log: Any = None

    def __enter__(self) -> LocalOpaServer:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start the server and wait until it answers."""
        self.spawn()
        self.wait_until_healthy()

    def spawn(self) -> None:
        """Start the server process without waiting: it compiles the policies meanwhile."""
        self._spawn_on(_free_port())

    def wait_until_healthy(self) -> None:
        """Wait until the spawned server answers; start it again if its port was taken."""
        for attempt in range(3):
            if attempt:
                self._spawn_on(_free_port())
            if self._healthy_or_port_taken():
                return
        raise EngineError("OPA server could not bind a free port on 127.0.0.1")

    def _spawn_on(self, port: int) -> None:
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        command = [
            str(self.binary), "run", "--server",
            "--addr", f"127.0.0.1:{port}",
            "--log-level", "error",
            "--skip-version-check",
            "--ignore", "*_test.rego",
            str(self.policies),
        ]  # fmt: skip
        try:
            # Started from the thread that lives as long as the run: the kernel
            # sends PR_SET_PDEATHSIG when the creating thread ends, not the process.
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                env=opa_environment(),
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        except OSError as error:
            raise EngineError(f"cannot start OPA ({self.binary}): {error}") from None
        self.url = f"http://127.0.0.1:{port}"

    def starting(self) -> bool:
        """Whether the process runs but does not answer yet (asked without waiting)."""
        process = self._process
        if process is None or process.poll() is not None:
            return False
        return not _healthy(self.url, timeout=0.05)

    def _healthy_or_port_taken(self) -> bool:
        """True once the server answers; False if its port was taken meanwhile."""
        process = self._process
        if process is None:
            raise EngineError("OPA server was not started")
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                detail = self._first_log_line()
                self.stop()
                if "address already in use" in detail:
                    return False
                raise EngineError(f"OPA server exited during start-up: {detail}")
            if _healthy(self.url):
                return True
            time.sleep(0.05)
        self.stop()
        raise EngineError(f"OPA server did not become healthy within {self.startup_timeout:g} s")

    def _first_log_line(self) -> str:
        if self._log is None:
            return "no output"
        self._log.seek(0)
        lines = [line.strip() for line in self._log.read().decode("utf-8", "replace").splitlines()]
        lines = [line for line in lines if line]
        # OPA logs JSON records; the first error record says what went wrong.
        for line in lines:
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                if isinstance(record, dict) and record.get("level") == "error":
                    return _first_line(record.get("err") or record.get("msg") or line)
        return _first_line(lines[-1]) if lines else "no output"

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


def _healthy(url: str, timeout: float = 0.5) -> bool:
    try:
        with _direct_session() as session:
            return session.get(f"{url}/health", timeout=timeout).status_code == 200
    except requests.RequestException:
        return False


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
            # Besides the proxy, scanning the environment for one cost a quarter
            # of the client's time per query.
            session.trust_env = False
        return session


@dataclass(frozen=True)
class Decision:
    """What OPA answered for one manifest, checked for shape."""

    results: list[dict[str, Any]]
    derived_facts: list[dict[str, Any]]
    policy_version: str


_RESULT_KEYS = {
    "rule_id": str,
    "step": str,
    "decision": str,
    "severity": str,
    "level": str,
    "message": str,
    "pointer": str,
}
_DESCRIPTION_KEYS = {
    "rule_id": str,
    "step": str,
    "severity": str,
    "level": str,
    "title": dict,
    "remediation": dict,
    "references": list,
}
_DECISIONS = {"pass", "fail", "not_applicable"}
_SEVERITIES = {"error", "warning", "info"}
_LEVELS = {"must", "must_if", "should", "good_practice"}


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
            # Over loopback, compressing each answer (some 30 kB) costs OPA
            # about a millisecond of CPU per manifest and saves nothing.
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
        return _check_decision(self._result(input_document, DECISION_PATH))

    def describe_rules(self, options: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """Each selected rule's description by id, for the steps and language of options."""
        return _check_descriptions(self._result({"options": options}, RULES_PATH))

    def _result(self, input_document: dict[str, Any], path: str) -> Any:
        answer = self._post(input_document, None, path)
        if "result" not in answer:
            raise EngineError(
                f"OPA at {self.url} returned no result for data.{path.replace('/', '.')}: "
                "are the cnilpolicy policies loaded?"
            )
        return answer["result"]

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
            raise OpaUnavailable(
                f"OPA at {self.url} is unreachable: {_first_line(error)}"
            ) from None
        except requests.RequestException as error:
            raise EngineError(f"OPA at {self.url} is unreachable: {_first_line(error)}") from None
        except Exception as error:  # the client's own exceptions have no common base
            raise EngineError(f"OPA query failed: {_first_line(error)}") from None
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
        raise EngineError(f"not an OPA server URL: {url!r} ({_first_line(error)})") from None
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
    return _first_line(f"OPA answered HTTP {status}: {detail}".rstrip(": "))


def _first_line(value: object) -> str:
    return " ".join(str(value).split())[:400]


def _check_decision(result: Any) -> Decision:
    if not isinstance(result, dict):
        raise EngineError("OPA decision is not an object")
    _check_no_package(result, "silent_rules", "OPA decision lacks", "decided nothing")
    results = result.get("results")
    facts = result.get("derived_facts", [])
    version = result.get("policy_version")
    if not isinstance(results, list) or not results:
        raise EngineError("OPA decision has no rule results")
    if not isinstance(facts, list) or not isinstance(version, str):
        raise EngineError("OPA decision lacks derived_facts or policy_version")
    for item in results:
        _check_result(item)
    return Decision(results=results, derived_facts=facts, policy_version=version)


def _check_no_package(result: dict[str, Any], key: str, lacking: str, problem: str) -> None:
    """result[key] lists rule packages that went wrong: it must be there, and empty."""
    packages = result.get(key)
    if not isinstance(packages, list):
        raise EngineError(f"{lacking} '{key}'")
    if packages:
        raise EngineError(f"rule package(s) {problem}: {', '.join(sorted(map(str, packages)))}")


def _check_result(item: Any) -> None:
    if not isinstance(item, dict):
        raise EngineError("OPA returned a rule result that is not an object")
    if "message" in item and item["message"] is None:
        # policies/lib/result.rego: the message's template failed even with its
        # parameters escaped; the result is there, its text is not.
        raise EngineError(f"the message of rule {item.get('rule_id', '?')} could not be rendered")
    _check_fields(item, _RESULT_KEYS, f"OPA result of rule {item.get('rule_id', '?')}")
    if (
        item["decision"] not in _DECISIONS
        or item["severity"] not in _SEVERITIES
        or item["level"] not in _LEVELS
    ):
        raise EngineError(f"OPA result of rule {item['rule_id']} has an unknown decision or level")


def _check_fields(document: dict[str, Any], fields: Mapping[str, type], what: str) -> None:
    for key, kind in fields.items():
        if not isinstance(document.get(key), kind):
            raise EngineError(f"{what} has no valid '{key}'")


def _check_descriptions(result: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(result, dict):
        raise EngineError("OPA rule descriptions are not an object")
    _check_no_package(result, "undescribed", "OPA rule descriptions lack", "without rule_info")
    catalog = result.get("catalog")
    if not isinstance(catalog, dict) or not catalog:
        raise EngineError("OPA gave no rule descriptions")
    for rule_id, description in catalog.items():
        _check_description(rule_id, description)
    return catalog


def _check_description(rule_id: str, description: Any) -> None:
    if not isinstance(description, dict) or description.get("rule_id") != rule_id:
        raise EngineError(f"OPA description of rule {rule_id} is not one")
    _check_fields(description, _DESCRIPTION_KEYS, f"OPA description of rule {rule_id}")
    for key in ("title", "remediation"):
        # Every language of the text (cnilpolicy.rule chooses one), English always.
        texts = description[key]
        if not isinstance(texts.get("en"), str) or not all(
            isinstance(text, str) for text in texts.values()
        ):
            raise EngineError(f"OPA description of rule {rule_id} has no valid '{key}'")
    for reference in description["references"]:
        if (
            not isinstance(reference, dict)
            or not isinstance(reference.get("label"), str)
            or not isinstance(reference.get("url", ""), str)
        ):
            raise EngineError(f"OPA description of rule {rule_id} has a malformed reference")


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
            raise EngineError("OPA server was not started")
        version = opa_version(self._server.binary, timeout=self._timeout)
        self._server.wait_until_healthy()
        return self._server.url, version
