"""The local OPA server spawned before the command line loads (cnilpolicy.engine.early).

A guess about the run: used only when the run wants exactly that server, never
a different evaluation; otherwise stopped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cnilpolicy.engine.early import EarlyServer, spawn_early
from cnilpolicy.fleet import Fleet
from cnilpolicy.policyset import load_policy_set
from tests.support import EVALUATION_DATE, FIXTURES

MANIFEST = str(FIXTURES / "manifests" / "no-personal-data.yaml")


@pytest.mark.parametrize(
    ("argv", "environ"),
    [
        ([], {}),
        (["rules"], {}),
        (["check", "--opa-url", "http://127.0.0.1:1", MANIFEST], {}),
        (["check", "--opa-url=http://127.0.0.1:1", MANIFEST], {}),
        (["check", "--policy", "org", MANIFEST], {}),
        (["check", "--help"], {}),
        (["check", "-h"], {}),
        (["check", MANIFEST], {"CNILPOLICY_OPA_URL": "http://127.0.0.1:1"}),
        (["check", MANIFEST], {"CNILPOLICY_POLICY": "org"}),
    ],
)
def test_no_early_server_when_the_run_may_want_another(
    argv: list[str], environ: dict[str, str]
) -> None:
    assert spawn_early(argv, environ) is None


def test_no_early_server_without_opa(tmp_path: Path) -> None:
    # The run reports OPA missing itself, where it reports engine errors.
    missing = str(tmp_path / "no-opa")
    assert spawn_early(["check", "--opa-path", missing, MANIFEST], {"PATH": ""}) is None


def _early(opa_binary: Path) -> EarlyServer:
    early = spawn_early(["check", "--opa-path", str(opa_binary), MANIFEST], {})
    assert early is not None and early.server.spawned
    return early


def test_the_run_adopts_the_early_server_of_its_policies(opa_binary: Path) -> None:
    early = _early(opa_binary)
    try:
        with Fleet(load_policy_set(), opa_path=str(opa_binary), early=early) as fleet:
            revision, _ = fleet.ready()
            assert fleet.members == [early.server.url]
            # Adopted, it passed the same revision check as any server.
            assert revision == load_policy_set().revision == early.revision
        assert not early.server.spawned
    finally:
        early.stop()


def test_an_early_server_of_other_policies_is_stopped(opa_binary: Path, tmp_path: Path) -> None:
    organisation = tmp_path / "org"
    organisation.mkdir()
    (organisation / "data.json").write_text('{"org": {"x": 1}}')
    early = _early(opa_binary)
    try:
        with Fleet(load_policy_set([organisation]), opa_path=str(opa_binary), early=early) as fleet:
            assert not early.server.spawned
            assert fleet.members == [] and fleet.ready()[0] != early.revision
    finally:
        early.stop()


def test_an_early_server_is_stopped_when_servers_are_given(opa_binary: Path) -> None:
    early = _early(opa_binary)
    with Fleet(load_policy_set(), opa_urls=["http://127.0.0.1:1"], early=early):
        assert not early.server.spawned


def test_a_check_through_the_console_command_is_judged() -> None:
    # The console command spawns the server before importing the command line:
    # end to end, the run still judges the manifest.
    command = [
        str(Path(sys.executable).parent / "cnilpolicy"),
        "check", "--isolated", "--date", EVALUATION_DATE, "--format", "json", MANIFEST,
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert '"verdict": "compliant"' in result.stdout
