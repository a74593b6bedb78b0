"""No traceback, ever: every case of issue 10's finding 6 (and 7, 9) is one line and its exit code.

The command runs as a pipeline runs it: a separate process, real OPA.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pytest

from cnilpolicy.engine import LocalOpaServer
from tests.support import (
    EVALUATION_DATE,
    FIXTURES,
    ServesRealRevision,
    forged_bundle,
)

CNILPOLICY = str(Path(sys.executable).parent / "cnilpolicy")
MANIFEST = FIXTURES / "manifests" / "no-personal-data.yaml"
HOSPITAL = FIXTURES / "manifests" / "hospital-imaging.yaml"


def cnilpolicy(
    *args: str, env: dict[str, str] | None = None, stdout: Any = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    return subprocess.run(
        [CNILPOLICY, *args], stdout=stdout, stderr=subprocess.PIPE, text=True,
        timeout=120, check=False, env={**environment, **(env or {})},
    )  # fmt: skip


def one_line(result: subprocess.CompletedProcess[str], code: int, *expected: str) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("cnilpolicy: error:")]
    assert lines, result.stderr
    for text in expected:
        assert any(text in line for line in lines), (text, result.stderr)
    assert all(len(line) < 2000 for line in result.stderr.splitlines())
    return lines[-1]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("deep.yaml", 'manifest_version: "0.1"\nx: ' + "[" * 1200 + "]" * 1200 + "\n",
         "nesting is deeper than"),
        ("deep.json", '{"manifest_version": "0.1", "x": ' + "[" * 1200 + "]" * 1200 + "}",
         "nesting is deeper than"),
        ("big.yaml", 'manifest_version: "0.1"\nx: ' + "9" * 5000 + "\n", "more than 4,300 digits"),
        ("big.json", '{"manifest_version": "0.1", "x": ' + "9" * 5000 + "}",
         "more than 4,300 digits"),
        ("python.yaml", 'manifest_version: "0.1"\nx: !!python/object:os.system [1]\n',
         "YAML tags"),
        ("custom.yaml", 'manifest_version: "0.1"\nx: !custom [1, 2]\n', "YAML tags (!custom)"),
        ("scalar.yaml", 'manifest_version: "0.1"\nx: !custom text\n', "YAML tags (!custom)"),
        ("binary.yaml", 'manifest_version: "0.1"\nx: !!binary aGVsbG8=\n', "YAML tags"),
        ("yaml11.yaml", '%YAML 1.1\n---\nmanifest_version: "0.1"\n', "a manifest is YAML 1.2"),
        ("anchors.yaml", 'manifest_version: "0.1"\nx: &a [1]\ny: &a [2]\n',
         "anchor (&a) is defined twice"),
    ],
)  # fmt: skip
def test_hostile_manifests_are_invalid_in_one_line(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    path = _write(tmp_path / name, text)
    result = cnilpolicy("validate", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Warning" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{path}") and expected in line


def test_a_million_duplicates_give_a_short_error_line(tmp_path: Path) -> None:
    document = json.loads(json.dumps(_yaml(HOSPITAL)))
    # jsonschema quotes the whole list in its uniqueItems error: megabytes on one line.
    document["security"]["measures"] = ["mfa"] * 200_000
    path = _write(tmp_path / "dup.json", json.dumps(document))
    result = cnilpolicy("validate", str(path))
    assert result.returncode == 2
    assert max(len(line) for line in result.stderr.splitlines()) < 1000


def _yaml(path: Path) -> Any:
    from tests.support import read_yaml

    return read_yaml(path)


def test_a_waiver_rule_id_with_a_line_break_is_refused(tmp_path: Path) -> None:
    waivers = _write(
        tmp_path / "w.yaml",
        'waivers_version: "1"\nwaivers:\n  - rule: "PURPOSE-02\\n"\n    manifests: ["**"]\n'
        '    justification: accepted\n    approved_by: dpo\n    expires: "2030-01-01"\n',
    )
    result = cnilpolicy("check", "--isolated", "--waivers", str(waivers), str(MANIFEST))
    one_line(result, 2, f"invalid waiver file {waivers}")
    assert "does not match" in result.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:99999", "Port out of range"),
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://127.0.0.1:1/v1/data", "a path, query or fragment is not supported"),
        ("http://user:pw@127.0.0.1:1", "credentials in the URL are not supported"),
    ],
)
def test_bad_opa_urls_are_usage_errors(url: str, expected: str) -> None:
    one_line(cnilpolicy("check", "--isolated", "--opa-url", url, str(MANIFEST)), 2, expected)


def test_an_ipv6_opa_url_reaches_the_server(opa_binary: Path, tmp_path: Path) -> None:
    import socket

    try:
        with socket.socket(socket.AF_INET6) as free:
            free.bind(("::1", 0))
            port = free.getsockname()[1]
    except OSError:
        pytest.skip("no IPv6 loopback here")
    server = subprocess.Popen(
        [str(opa_binary), "run", "--server", "--addr", f"[::1]:{port}", "--ignore", "*_test.rego",
         "--log-level", "error", str(forged_bundle(Path(__file__).resolve().parent.parent
                                                   / "policies", tmp_path / "bundle.tar.gz"))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://[::1]:{port}"
        deadline = time.monotonic() + 30
        result = None
        while time.monotonic() < deadline:
            result = cnilpolicy("check", "--isolated", "--opa-url", url, "--date",
                                EVALUATION_DATE, str(MANIFEST))  # fmt: skip
            if result.returncode != 3:
                break
            time.sleep(0.3)
        assert result is not None and result.returncode == 0, result and result.stderr
    finally:
        server.terminate()
        server.wait()


class _Provenance(ServesRealRevision):
    def do_POST(self) -> None:
        body = json.dumps({"provenance": ["not", "an", "object"], "result": {}}).encode()
        self.send_json(body)


@pytest.fixture
def odd_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Provenance)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_provenance_that_is_not_an_object_is_an_engine_error(odd_server: str) -> None:
    result = cnilpolicy("check", "--isolated", "--opa-url", odd_server, str(MANIFEST))
    one_line(result, 3, "did not report its version")


def test_an_opa_printing_bytes_that_are_not_utf8_is_an_engine_error(tmp_path: Path) -> None:
    binary = tmp_path / "opa"
    binary.write_bytes(b"#!/bin/sh\nprintf 'Version: \\377\\376\\n' >&2; exit 1\n")
    binary.chmod(0o755)
    result = cnilpolicy("version", "--opa-path", str(binary))
    assert "Traceback" not in result.stderr
    assert result.returncode == 3


@pytest.mark.parametrize(
    "document",
    [
        '{"manifest": "x", "results": [{"rule_id": "A", "pointer": ""}]}',
        '{"manifests": [{"manifest": 3, "results": [{"rule_id": "A", "pointer": ""}]}]}',
        "[1, 2]",
        "{",
    ],
)
def test_a_malformed_baseline_is_a_usage_error(tmp_path: Path, document: str) -> None:
    baseline = _write(tmp_path / "base.json", document)
    result = cnilpolicy("check", "--isolated", "--baseline", str(baseline), str(MANIFEST))
    one_line(result, 2, str(baseline))


# --- outputs that cannot be written (issue 10, 6; issue 12): one line, exit 2, nothing left


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("missing/report.json", "does not exist"),
        (".", "it is a folder"),
        ("/dev/full", "No space left on device"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line_and_leaves_nothing(
    opa_server: LocalOpaServer, tmp_path: Path, target: str, expected: str
) -> None:
    output = target if target.startswith("/") else str(tmp_path / target)
    before = set(tmp_path.rglob("*"))
    result = cnilpolicy("check", "--isolated", "--opa-url", opa_server.url, "--format", "json",
                        "--output", output, str(MANIFEST))  # fmt: skip
    one_line(result, 2, expected)
    assert set(tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--isolated", "MANIFEST"],
        ["validate", "MANIFEST"],
        ["rules"],
        ["explain", "MIN-01"],
        ["version"],
    ],
)
def test_every_command_with_an_unwritable_standard_output(
    opa_server: LocalOpaServer, command: list[str]
) -> None:
    args = [str(MANIFEST) if part == "MANIFEST" else part for part in command]
    if args[0] == "check":
        args += ["--opa-url", opa_server.url]
    with open("/dev/full", "w") as full:
        result = cnilpolicy(*args, stdout=full)
    one_line(result, 2, "No space left on device")


def test_an_unwritable_step_summary_is_one_line(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    result = cnilpolicy(
        "check", "--isolated", "--opa-url", opa_server.url, "--format", "github", str(MANIFEST),
        env={"GITHUB_STEP_SUMMARY": str(tmp_path / "missing" / "summary.md")},
    )  # fmt: skip
    one_line(result, 2, "cannot write the step summary")


def test_an_unexpected_error_is_one_line_and_debug_shows_its_traceback() -> None:
    from click.testing import CliRunner

    from cnilpolicy.cli import _Main

    @click.group(cls=_Main)
    def group() -> None:
        pass

    @group.command()
    def boom() -> None:
        raise RuntimeError("a bug\nover two lines")

    plain = CliRunner().invoke(group, ["boom"])
    assert plain.exit_code == 3
    assert plain.stderr == (
        "cnilpolicy: error: unexpected RuntimeError: a bug over two lines "
        "(run with --debug for the traceback)\n"
    )
    debug = CliRunner().invoke(group, ["boom"], env={"CNILPOLICY_DEBUG": "1"})
    assert debug.exit_code == 3
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.endswith(
        "cnilpolicy: error: unexpected RuntimeError: a bug over two lines\n"
    )


# --- signals (issue 10, 7)


def _start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [CNILPOLICY, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_during_a_batch_gives_130_and_no_partial_report(
    opa_server: LocalOpaServer, tmp_path: Path, number: int
) -> None:
    text = HOSPITAL.read_text()
    for index in range(150):
        (tmp_path / "m" / f"{index:03}").mkdir(parents=True)
        _write(tmp_path / "m" / f"{index:03}" / "cnil-manifest.yaml", text)
    report = tmp_path / "report.json"
    process = _start(["check", "--isolated", "--opa-url", opa_server.url, "--format", "json",
                      "--output", str(report), "--jobs", "1", str(tmp_path / "m")])  # fmt: skip
    # A sign of life, not a fixed delay: on a busy machine Python may still be starting
    # after seconds, and a signal then is the interpreter's, not cnilpolicy's.
    _wait_for(lambda: any(p.name.startswith(".report.json.") for p in tmp_path.iterdir()), process)
    process.send_signal(number)
    time.sleep(0.05)
    process.send_signal(number)  # a second one: no traceback from the shutdown either
    _, stderr = process.communicate(timeout=60)
    assert "Traceback" not in stderr and "Aborted!" not in stderr
    if process.returncode == 130:
        assert "cnilpolicy: error: interrupted" in stderr
        assert not report.exists() or json.loads(report.read_text())["manifests"]
    else:  # the batch was over before the signal: then the report is whole
        assert process.returncode in (0, 1)
        json.loads(report.read_text())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.json.")]


def _wait_for(sign: Callable[[], bool], process: subprocess.Popen[str]) -> None:
    """Until sign() holds or the process is over (at most a minute)."""
    deadline = time.monotonic() + 60
    while not sign() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


def test_ctrl_c_during_start_up_is_one_line() -> None:
    # -X importtime prints a line as each module is imported: the signal goes as soon as
    # the command's own start-up has begun (its first import), while the rest imports.
    process = subprocess.Popen(
        [sys.executable, "-X", "importtime", CNILPOLICY, "version"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    lines = []
    for line in process.stderr:
        lines.append(line)
        if line.rstrip().endswith("cnilpolicy.engine.early"):
            break
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=60)
    stderr = "".join(line for line in [*lines, *rest.splitlines(True)]
                     if not line.startswith("import time:"))  # fmt: skip
    assert any(line.rstrip().endswith("cnilpolicy.engine.early") for line in lines)
    assert "Traceback" not in stderr
    assert process.returncode in (0, 130)
    if process.returncode == 130:
        assert stderr.strip().endswith("cnilpolicy: error: interrupted")


def test_a_signal_while_a_report_is_written_waits_for_the_report() -> None:
    from cnilpolicy.output import signals_held

    written = []
    with pytest.raises(KeyboardInterrupt), signals_held():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)
        written.append("the whole report")
    assert written == ["the whole report"]


def test_a_report_cut_short_leaves_no_file(tmp_path: Path) -> None:
    from cnilpolicy.output import write_file

    def chunks() -> Iterator[str]:
        yield '{"manifests": ['
        raise KeyboardInterrupt

    target = tmp_path / "report.json"
    target.write_text('{"previous": "report"}')
    with pytest.raises(KeyboardInterrupt):
        write_file(target, chunks())
    assert target.read_text() == '{"previous": "report"}'
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
