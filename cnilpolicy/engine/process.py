"""OPA as a child process: a bounded command, or a local server for one run.

Every child dies with cnilpolicy (PR_SET_PDEATHSIG) and is waited for within a
deadline. Nothing here speaks HTTP beyond the health probe, so that spawning
the server needs no HTTP library: a single check spawns OPA before importing
the rest of cnilpolicy (cnilpolicy.engine.early).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from cnilpolicy.engine.text import first_line
from cnilpolicy.errors import EngineError, os_reason
from cnilpolicy.i18n import N_, Message
from cnilpolicy.resources import policies_dir


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
        raise launch_error(command[0], what, error) from None
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise EngineError(
            N_("{command} {what} did not finish within {seconds} s (--timeout)"),
            command=command[0],
            what=what,
            seconds=f"{timeout:g}",
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


def launch_error(command: object, what: str, error: BaseException) -> EngineError:
    """Why an OPA command could not be run (or not to its end), in the reader's words."""
    if isinstance(error, subprocess.TimeoutExpired):
        message = N_("{command} {what} did not finish within {seconds} s")
        return EngineError(message, command=command, what=what, seconds=f"{error.timeout:g}")
    if isinstance(error, OSError):
        reason = os_reason(error)
    else:  # Popen's ValueError: an argument holds a NUL character
        reason = Message(N_("an argument holds a NUL character"))
    return EngineError(
        N_("cannot run {command} {what}: {detail}"), command=command, what=what, detail=reason
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


#: Go's garbage collector for the local OPA server, unless the caller set GOGC.
#: Evaluating a manifest allocates a lot and keeps little, and OPA's live heap
#: (the compiled policies) is small: at Go's default of 100, OPA spent a large
#: share of its CPU time collecting (benchmarks/README.md). 400 lets the heap
#: grow to five times the live set before a collection.
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


#: Between two health probes while OPA starts: the wait is on the path of every
#: single check, and a refused connection to loopback costs next to nothing.
_PROBE_INTERVAL = 0.01


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
        self._spawn_on(free_port())

    @property
    def spawned(self) -> bool:
        """Whether the process was started and has not been stopped."""
        return self._process is not None

    def wait_until_healthy(self) -> None:
        """Wait until the spawned server answers; start it again if its port was taken."""
        for attempt in range(3):
            if attempt:
                self._spawn_on(free_port())
            if self._healthy_or_port_taken():
                return
        raise EngineError(N_("OPA server could not bind a free port on 127.0.0.1"))

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
                # OPA says why it cannot load the policies on stdout, and logs on stderr.
                stdout=self._log,
                stderr=self._log,
                env=opa_environment(),
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        except OSError as error:
            raise EngineError(
                N_("cannot start OPA ({binary}): {reason}"),
                binary=self.binary,
                reason=os_reason(error),
            ) from None
        self.url = f"http://127.0.0.1:{port}"

    def starting(self) -> bool:
        """Whether the process runs but does not answer yet (asked without waiting)."""
        process = self._process
        if process is None or process.poll() is not None:
            return False
        return not healthy(self.url, timeout=0.05)

    def _healthy_or_port_taken(self) -> bool:
        """True once the server answers; False if its port was taken meanwhile."""
        process = self._process
        if process is None:
            raise EngineError(N_("OPA server was not started"))
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                detail = self._first_log_line()
                self.stop()
                if "address already in use" in detail:
                    return False
                if not detail:
                    raise EngineError(N_("OPA server exited during start-up and wrote nothing"))
                raise EngineError(N_("OPA server exited during start-up: {detail}"), detail=detail)
            if healthy(self.url):
                return True
            time.sleep(_PROBE_INTERVAL)
        self.stop()
        raise EngineError(
            N_("OPA server did not become healthy within {seconds} s"),
            seconds=f"{self.startup_timeout:g}",
        )

    def _first_log_line(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        lines = [line.strip() for line in self._log.read().decode("utf-8", "replace").splitlines()]
        lines = [line for line in lines if line]
        # OPA logs JSON records; the first error record says what went wrong.
        for line in lines:
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                if isinstance(record, dict) and record.get("level") == "error":
                    return first_line(record.get("err") or record.get("msg") or line)
        return first_line(" ".join(lines))

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            # Killed, not asked to shut down: the server holds nothing to save (no
            # decision log, no persisted state), and its graceful shutdown would
            # delay the report of every run, written once the server is stopped.
            process.kill()
            process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


def healthy(url: str, timeout: float = 0.5) -> bool:
    """Whether the local server at url (http://127.0.0.1:PORT) answers GET /health.

    A plain connection to the address, never through a proxy: CI runners often
    set HTTP_PROXY without listing 127.0.0.1 in NO_PROXY.
    """
    import http.client  # only once a server is waited for: not on the way to spawning it

    host, _, port = url.removeprefix("http://").rpartition(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        connection.request("GET", "/health")
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()
