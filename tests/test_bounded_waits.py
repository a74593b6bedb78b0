"""Every wait is bounded by --timeout, and OPA's children die with cnilpolicy (issue 10, 5 and 7).

A stand-in for the OPA binary that never answers is not a mock of OPA's
evaluation: it is the hanging binary the finding is about. Evaluation itself
always runs on the real OPA.
"""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnilpolicy.engine import LocalOpaServer
from tests.support import EVALUATION_DATE, FIXTURES, ServesRealRevision

MANIFEST = str(FIXTURES / "manifests" / "no-personal-data.yaml")
CNILPOLICY = str(Path(sys.executable).parent / "cnilpolicy")


def hanging_opa(tmp_path: Path, subcommand: str, real: Path) -> Path:
    """An OPA binary that hangs on one subcommand (writing its pid first) and is real otherwise."""
    script = tmp_path / "opa"
    script.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "{subcommand}" ]; then echo $$ > "{tmp_path}/hung.pid"; exec sleep 1000; fi\n'
        f'exec "{real}" "$@"\n'
    )
    script.chmod(0o755)
    return script


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CNILPOLICY, "check", "--isolated", "--date", EVALUATION_DATE, *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def test_check_asks_the_server_its_version_not_a_probe(tmp_path: Path, opa_binary: Path) -> None:
    # A single check asks its local server for OPA's version (one HTTP request)
    # rather than running `opa version` beside it: a hanging probe cannot hold it.
    binary = hanging_opa(tmp_path, "version", opa_binary)
    result = run("--opa-path", str(binary), "--timeout", "1", MANIFEST, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "hung.pid").exists()


def test_the_sarif_catalog_is_bounded(
    tmp_path: Path, opa_binary: Path, opa_server: LocalOpaServer
) -> None:
    binary = hanging_opa(tmp_path, "inspect", opa_binary)
    started = time.monotonic()
    result = run("--opa-url", opa_server.url, "--opa-path", str(binary), "--timeout", "2",
                 "--format", "sarif", MANIFEST, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"executionSuccessful": true' in result.stdout
    assert time.monotonic() - started < 50  # was 120 s: inspect's own limit


class _Drip(ServesRealRevision):
    """Answers 200 and then one byte every 0.2 s, for ever."""

    def do_POST(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            self.wfile.write(b"{")
            while True:
                time.sleep(0.2)
                self.wfile.write(b" ")
                self.wfile.flush()
        except OSError:
            pass


@pytest.fixture
def dripping_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_server_that_drips_its_answer_is_bounded(dripping_server: str) -> None:
    result = run("--opa-url", dripping_server, "--timeout", "1", MANIFEST, timeout=30)
    assert result.returncode == 3
    (line,) = result.stderr.splitlines()
    assert "did not answer in full within 1 s (--timeout)" in line


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead, only not yet reaped by its new parent.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_local_server_dies_with_cnilpolicy(tmp_path: Path, opa_binary: Path) -> None:
    # The server that never answers: cnilpolicy waits for it, and is killed outright.
    binary = hanging_opa(tmp_path, "run", opa_binary)
    command = [CNILPOLICY, "check", "--isolated", "--opa-path", str(binary), "--timeout", "120"]
    process = subprocess.Popen(
        [*command, MANIFEST], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    pid_file = tmp_path / "hung.pid"
    deadline = time.monotonic() + 30
    while not (pid_file.exists() and pid_file.read_text().strip()):
        assert time.monotonic() < deadline, "the server never started"
        time.sleep(0.05)
    probe = int(pid_file.read_text())
    assert _alive(probe)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while _alive(probe):
        if time.monotonic() > deadline:
            os.kill(probe, signal.SIGKILL)
            pytest.fail("the local OPA server outlived cnilpolicy")
        time.sleep(0.05)
