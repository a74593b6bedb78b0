"""OPA's life cycle and every way it can fail: each is an EngineError, never a pass."""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnilpolicy.engine import (
    LocalOpaServer,
    OpaService,
    PolicyEngine,
    find_opa,
    locate,
    opa_environment,
    opa_version,
    parse_opa_url,
    policy_version,
    process,
)
from cnilpolicy.errors import EngineError, OpaNotFound
from cnilpolicy.opa_install import PINNED_OPA_VERSION
from tests.standin_opa import Scripted, scripted_server

NO_PERSONAL_DATA = {
    "manifest": {"personal_data": {"processed": False, "screening_ref": "docs/screening.md"}},
    "options": {"steps": ["scope"], "lang": "en", "evaluation_date": "2026-01-15"},
}


def executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\necho 'Version: 0.0.0'\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_find_opa_prefers_flag_then_environment(tmp_path: Path) -> None:
    flag = executable(tmp_path / "flag-opa")
    env = executable(tmp_path / "env-opa")
    assert find_opa(str(flag), {"CNILPOLICY_OPA": str(env)}) == flag
    assert find_opa(None, {"CNILPOLICY_OPA": str(env)}) == env


def test_find_opa_then_project_folder_then_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = executable(tmp_path / "local-opa")
    on_path = tmp_path / "bin"
    on_path.mkdir()
    executable(on_path / "opa")
    monkeypatch.setattr(locate, "project_local_opa", lambda: local)
    assert find_opa(None, {"PATH": str(on_path)}) == local
    monkeypatch.setattr(locate, "project_local_opa", lambda: tmp_path / "absent")
    assert find_opa(None, {"PATH": str(on_path)}) == on_path / "opa"


def test_no_opa_anywhere_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locate, "project_local_opa", lambda: tmp_path / "absent")
    with pytest.raises(
        OpaNotFound, match=re.escape("go install github.com/open-policy-agent/opa@v")
    ):
        find_opa(None, {"PATH": str(tmp_path)})


def test_a_flag_naming_a_missing_binary_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OpaNotFound, match="--opa-path"):
        find_opa(str(tmp_path / "nope"), {})


def test_versions_come_from_the_real_binary(opa_binary: Path) -> None:
    assert opa_version(opa_binary) == PINNED_OPA_VERSION
    assert policy_version(opa_binary) == "0.1.0"


def test_a_binary_that_is_not_opa_is_an_engine_error(tmp_path: Path) -> None:
    fake = tmp_path / "fake"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(EngineError, match="does not look like OPA"):
        opa_version(fake)


def test_local_server_evaluates_and_leaves_no_process(opa_binary: Path) -> None:
    with LocalOpaServer(opa_binary) as server:
        process = server._process
        assert process is not None
        engine = PolicyEngine(server.url)
        decision = engine.evaluate(NO_PERSONAL_DATA)
        assert "SCOPE-01" in {r["rule_id"] for r in decision.results}
        assert {r["step"] for r in decision.results} == {"scope"}
        assert engine.opa_version() == PINNED_OPA_VERSION
        engine.close()
    assert process.poll() is not None


def test_the_local_server_collects_garbage_less_often(
    opa_binary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GOGC", raising=False)
    with LocalOpaServer(opa_binary) as server:
        assert server._process is not None
        environ = Path(f"/proc/{server._process.pid}/environ").read_bytes().split(b"\0")
    assert b"GOGC=400" in environ


def test_a_gogc_of_the_caller_is_kept() -> None:
    assert opa_environment({"GOGC": "150", "HOME": "/h"}) == {"GOGC": "150", "HOME": "/h"}
    assert opa_environment({})["GOGC"] == "400"


def test_a_port_taken_before_opa_binds_it_is_replaced(
    opa_binary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    free_ports = iter([taken.getsockname()[1], process.free_port()])
    monkeypatch.setattr(process, "free_port", lambda: next(free_ports))
    try:
        with LocalOpaServer(opa_binary) as server:
            assert PolicyEngine(server.url).opa_version() == PINNED_OPA_VERSION
            assert not server.url.endswith(f":{taken.getsockname()[1]}")
    finally:
        taken.close()


def test_the_service_starts_opa_at_once_and_waits_for_it_when_asked(opa_binary: Path) -> None:
    with OpaService(None, str(opa_binary)) as service:
        server = service._server
        assert server is not None and server._process is not None
        process = server._process
        assert process.poll() is None  # compiling the policies while the caller works
        url, version = service.ready()
        assert service.ready() == (url, version)
        assert version == PINNED_OPA_VERSION
        engine = PolicyEngine(url)
        assert engine.evaluate(NO_PERSONAL_DATA).results
        engine.close()
    assert process.poll() is not None


def test_a_missing_binary_fails_only_when_opa_is_needed(tmp_path: Path) -> None:
    with OpaService(None, str(tmp_path / "no-opa")) as service, pytest.raises(OpaNotFound):
        service.ready()


def test_opa_service_stops_its_server_on_interrupt(opa_binary: Path) -> None:
    seen: list[str] = []
    with pytest.raises(KeyboardInterrupt), OpaService(None, str(opa_binary)) as service:
        seen.extend(service.ready())
        raise KeyboardInterrupt
    assert seen[1] == PINNED_OPA_VERSION
    with pytest.raises(EngineError, match="unreachable"):
        PolicyEngine(seen[0], timeout=1).evaluate(NO_PERSONAL_DATA)


def test_opa_service_uses_a_given_server(opa_server: LocalOpaServer) -> None:
    with OpaService(opa_server.url, None) as service:
        assert service.answering()
        assert service.ready() == (opa_server.url, PINNED_OPA_VERSION)


def test_broken_policies_stop_the_start_with_opas_reason(opa_binary: Path, tmp_path: Path) -> None:
    (tmp_path / "broken.rego").write_text("package broken\n\nallow if {\n")
    with pytest.raises(EngineError, match="exited during start-up") as raised:
        LocalOpaServer(opa_binary, policies=tmp_path).start()
    assert "\n" not in str(raised.value)


def test_a_server_without_the_policies_gives_no_result(opa_binary: Path, tmp_path: Path) -> None:
    (tmp_path / "other.rego").write_text("package other\n\nx := 1\n")
    with (
        LocalOpaServer(opa_binary, policies=tmp_path) as server,
        pytest.raises(EngineError, match="returned no result"),
    ):
        PolicyEngine(server.url).evaluate(NO_PERSONAL_DATA)


def test_an_unreachable_server_is_an_engine_error() -> None:
    with pytest.raises(EngineError, match="unreachable"):
        PolicyEngine("http://127.0.0.1:9", timeout=1).evaluate(NO_PERSONAL_DATA)


def test_a_bad_url_is_refused() -> None:
    with pytest.raises(EngineError, match="not an OPA server URL"):
        PolicyEngine("ftp://nowhere")


@pytest.fixture
def scripted() -> Iterator[type[Scripted]]:
    with scripted_server() as handler:
        yield handler


def _valid_result(**changes: object) -> dict[str, object]:
    result: dict[str, object] = {
        "rule_id": "SCOPE-01", "step": "scope", "decision": "pass", "severity": "error",
        "level": "must", "message": "m", "pointer": "",
    }  # fmt: skip
    result.update(changes)
    return result


def _decision(results: list[dict[str, object]], silent: list[str] | None = None) -> bytes:
    document = {
        "results": results,
        "silent_rules": silent or [],
        "derived_facts": [],
        "policy_version": "1",
    }
    return json.dumps({"result": document}).encode()


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (200, b"<html>proxy</html>", "not JSON"),
        (500, b'{"code": "internal_error", "message": "eval_conflict_error"}', "HTTP 500"),
        (502, b"Bad gateway", "HTTP 502"),
        (200, b"[]", "unexpected document"),
        (200, b"{}", "returned no result"),
        (200, b'{"result": 3}', 'at /result: 3 is not of type "object"'),
        (200, b'{"result": {"results": []}}', "silent_rules"),
        (200, _decision([], ["cnil.scope.scope_01"]), "decided nothing"),
        (200, _decision([]), "at /result/results: .* less than 1 item"),
        (
            200,
            _decision([_valid_result(decision="maybe")]),
            r'/results/0/decision: "maybe" is not one of .* \(rule SCOPE-01\)',
        ),
        (
            200,
            _decision([_valid_result(message=None)]),
            "message of rule SCOPE-01 could not be rendered",
        ),
        (200, _decision([_valid_result(message=3)]), "/results/0/message: 3 is not of type"),
    ],
)
def test_unusable_answers_are_engine_errors(
    scripted: type[Scripted], status: int, body: bytes, expected: str
) -> None:
    scripted.status, scripted.body = status, body
    with pytest.raises(EngineError, match=expected) as raised:
        PolicyEngine(scripted.url, timeout=2).evaluate(NO_PERSONAL_DATA)
    assert "\n" not in str(raised.value)


def _description(**changes: object) -> dict[str, object]:
    description: dict[str, object] = {
        "rule_id": "SCOPE-01", "step": "scope", "severity": "error", "level": "must",
        "title": {"en": "t", "fr": "t"}, "remediation": {"en": "r"},
        "references": [{"label": "GDPR 5"}],
    }  # fmt: skip
    description.update(changes)
    return description


def _rules(catalog: object, undescribed: object = (), without_results: object = ()) -> bytes:
    document = {
        "catalog": catalog,
        "undescribed": list(undescribed),  # type: ignore[call-overload]
        "without_results": list(without_results),  # type: ignore[call-overload]
    }
    return json.dumps({"result": document}).encode()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"result": []}', 'at /result: \\[\\] is not of type "object"'),
        (b'{"result": {"catalog": {}}}', '"undescribed" is a required property'),
        (_rules({}, ["cnil.scope.scope_01"]), "without rule_info: cnil.scope.scope_01"),
        (
            _rules({}, without_results=["cnil.scope.b", "cnil.scope.a"]),
            "without a results rule: cnil.scope.a, cnil.scope.b",
        ),
        (
            b'{"result": {"catalog": {}, "undescribed": []}}',
            '"without_results" is a required property',
        ),
        (_rules({}), "at /result/catalog: .* less than 1 property"),
        (_rules({"SCOPE-01": _description(rule_id="SCOPE-02")}), "rule SCOPE-01 is not one"),
        (_rules({"SCOPE-01": _description(title=3)}), "/SCOPE-01/title: 3 is not of type"),
        (
            _rules({"SCOPE-01": _description(references=[{"url": "x"}])}),
            '/SCOPE-01/references/0: "label" is a required property',
        ),
        (
            _rules({"SCOPE-01": _description(references=[{"label": "a", "url": 1}])}),
            "/SCOPE-01/references/0/url: 1 is not of type",
        ),
        (_rules({"SCOPE-01": _description(title="t")}), '/SCOPE-01/title: "t" is not of type'),
        (_rules({"SCOPE-01": _description(title={"fr": "t"})}), '"en" is a required property'),
        (
            _rules({"SCOPE-01": _description(remediation={"en": "r", "fr": 1})}),
            "/SCOPE-01/remediation/fr: 1 is not of type",
        ),
    ],
)
def test_unusable_rule_descriptions_are_engine_errors(
    scripted: type[Scripted], body: bytes, expected: str
) -> None:
    scripted.body = body
    with pytest.raises(EngineError, match=expected):
        PolicyEngine(scripted.url, timeout=2).describe_rules({})


def test_a_well_formed_description_is_accepted(scripted: type[Scripted]) -> None:
    scripted.body = _rules({"SCOPE-01": _description()})
    engine = PolicyEngine(scripted.url, timeout=2)
    assert engine.describe_rules({}) == {"SCOPE-01": _description()}


def test_opa_describes_every_rule_of_the_selected_steps(opa_server: LocalOpaServer) -> None:
    engine = PolicyEngine(opa_server.url)
    english = engine.describe_rules({"steps": ["scope", "dpia"], "lang": "en"})
    french = engine.describe_rules({"steps": ["scope", "dpia"], "lang": "fr"})
    engine.close()
    assert {d["step"] for d in english.values()} == {"scope", "dpia"}
    assert english.keys() == french.keys() >= {"SCOPE-01", "DPIA-01", "DPIA-04.2"}
    # Texts in every language (cnilpolicy.rule chooses), references in the one asked for.
    assert french["DPIA-04"]["title"]["fr"] == "AIPD réalisée avant le début du traitement"
    assert english["DPIA-04"]["title"] == french["DPIA-04"]["title"]
    assert english["DPIA-04"]["remediation"].keys() == {"en", "fr"}
    assert english["DPIA-04"]["references"] != french["DPIA-04"]["references"]
    assert english["DPIA-04"]["references"][0]["url"].startswith("https://")


def test_a_slow_server_times_out(scripted: type[Scripted]) -> None:
    scripted.delay = 1.0
    with pytest.raises(EngineError, match=r"timed out|did not answer in full within 0\.2 s"):
        PolicyEngine(scripted.url, timeout=0.2).evaluate(NO_PERSONAL_DATA)


def test_an_answer_that_came_too_late_is_not_taken_for_the_next_one(
    scripted: type[Scripted],
) -> None:
    # The first query is abandoned at its deadline; its answer still arrives, later,
    # on the abandoned session. The next query must get its own answer.
    versions = iter(["late", "on time"])

    def do_post(handler: Scripted) -> None:
        handler.rfile.read(int(handler.headers.get("Content-Length", 0)))
        version = next(versions)
        body = json.dumps({"provenance": {"version": version}}).encode()
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if version == "late":
            # A byte every 0.1 s: each read is within requests' own timeout, and the
            # whole answer, 0.8 s late, is past the deadline.
            for byte in [body[i : i + 1] for i in range(8)]:
                handler.wfile.write(byte)
                handler.wfile.flush()
                time.sleep(0.1)
            body = body[8:]
        handler.wfile.write(body)

    scripted.do_POST = do_post  # type: ignore[method-assign,assignment]
    engine = PolicyEngine(scripted.url, timeout=0.3)
    try:
        with pytest.raises(EngineError, match=r"did not answer in full within 0\.3 s"):
            engine.opa_version()
        time.sleep(1.0)  # the late answer has come by now
        assert engine.opa_version() == "on time"
    finally:
        engine.close()


def test_the_server_dies_with_its_parent(opa_binary: Path, tmp_path: Path) -> None:
    # A child Python starts OPA and is killed outright: OPA must not survive it.
    import signal
    import subprocess
    import sys

    script = tmp_path / "parent.py"
    pid_file = tmp_path / "pid"
    script.write_text(
        "import sys, time\n"
        "from pathlib import Path\n"
        "from cnilpolicy.engine import LocalOpaServer\n"
        f"server = LocalOpaServer(Path({str(opa_binary)!r}))\n"
        "server.start()\n"
        f"Path({str(pid_file)!r}).write_text(str(server._process.pid))\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, str(script)])
    deadline = time.monotonic() + 30
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    opa_pid = int(pid_file.read_text())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(opa_pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(opa_pid, signal.SIGKILL)
        pytest.fail("OPA outlived the process that started it")


@pytest.mark.parametrize(
    ("url", "proxied"),
    [
        ("http://127.0.0.1:8181", False),
        ("http://localhost:8181", False),
        ("http://opa.example:8181", True),
    ],
)
def test_only_a_remote_opa_is_reached_through_the_environment_s_proxy(
    url: str, proxied: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = PolicyEngine(url)._new_client()
    try:
        settings = client._session.merge_environment_settings(
            f"{url}/v1/data", {}, None, None, None
        )
        assert ("http" in settings["proxies"]) is proxied
    finally:
        client.close_connection()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8181", ("127.0.0.1", 8181, False)),
        ("https://opa.example.org", ("opa.example.org", 443, True)),
        ("http://[::1]:8181/", ("[::1]", 8181, False)),
    ],
)
def test_opa_urls_give_host_port_and_tls(url: str, expected: tuple[str, int, bool]) -> None:
    assert parse_opa_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:99999", "Port out of range"),
        ("http://user:secret@localhost:8181", "credentials"),
        ("http://localhost:8181/v1/data/x", "path, query or fragment"),
        ("http://localhost:8181?pretty=true", "path, query or fragment"),
        ("ftp://localhost", "give http://host:port"),
        ("http://[::1", "not an OPA server URL"),
    ],
)
def test_opa_urls_the_client_would_misread_are_refused(url: str, expected: str) -> None:
    # The client used to drop a path, query or credentials in silence (issue 10, 9).
    with pytest.raises(EngineError, match=re.escape(expected)):
        parse_opa_url(url)
