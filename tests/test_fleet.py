"""A pool of real OPA servers loaded with a built bundle: same verdicts, other policies refused,
a server lost in the middle of a batch and every manifest still judged once."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cnilpolicy.bundle import build_bundle
from cnilpolicy.check import CheckOptions, check_manifests
from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer, _free_port
from cnilpolicy.errors import EngineError
from cnilpolicy.fleet import Fleet, RevisionMismatch, server_revisions
from cnilpolicy.loader import load_manifest
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from cnilpolicy.policyset import load_policy_set
from cnilpolicy.resources import policies_dir
from cnilpolicy.verdict import dumps
from tests.support import BASE_MANIFESTS, EVALUATION_DATE


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fleet") / "bundle.tar.gz"
    result = run("bundle", "build", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == load_policy_set().revision
    return target


@pytest.fixture(scope="module")
def servers(opa_binary: Path, bundle: Path) -> Iterator[list[LocalOpaServer]]:
    started: list[LocalOpaServer] = []
    try:
        for _ in range(3):
            server = LocalOpaServer(opa_binary, policies=bundle)
            server.spawn()
            started.append(server)
        for server in started:
            server.wait_until_healthy()
        yield started
    finally:
        for server in started:
            server.stop()


def _check_json(*args: str) -> Result:
    return run("check", "--format", "json", "--date", EVALUATION_DATE, *args)


def test_the_bundle_carries_the_digest_as_its_revision(
    servers: list[LocalOpaServer],
) -> None:
    bundles = server_revisions(servers[0].url, timeout=5)
    (manifest,) = bundles.values()
    assert manifest["revision"] == load_policy_set().revision
    assert manifest["roots"] == [""]


@pytest.mark.parametrize("count", [2, 3])
def test_a_pool_gives_the_verdicts_of_a_local_run(
    servers: list[LocalOpaServer], count: int
) -> None:
    manifests = [str(path) for path in BASE_MANIFESTS]
    local = _check_json(*manifests)
    urls = [argument for server in servers[:count] for argument in ("--opa-url", server.url)]
    pooled = _check_json("--jobs", "6", *urls, *manifests)
    assert pooled.exit_code == local.exit_code
    assert '"policy_version": "sha256:' in local.stdout
    # Same policies, same OPA version: even the engine fields agree.
    assert pooled.stdout == local.stdout


def _modified_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "policies"
    shutil.copytree(policies_dir(), copy)
    rule = copy / "cnil" / "retention" / "ret_01.rego"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    return copy


def test_a_server_with_a_modified_copy_is_refused(
    opa_binary: Path, servers: list[LocalOpaServer], tmp_path: Path
) -> None:
    modified = load_policy_set(cnil=_modified_copy(tmp_path))
    other = tmp_path / "other.tar.gz"
    assert build_bundle(opa_binary, modified, other) != load_policy_set().revision
    with LocalOpaServer(opa_binary, policies=other) as stale:
        result = _check_json(
            "--opa-url", servers[0].url, "--opa-url", stale.url, str(BASE_MANIFESTS[0])
        )
    assert result.exit_code == 3
    # The report names the manifest as not evaluated: nothing is reported as passed.
    assert json.loads(result.stdout)["verdict"] == "error"
    assert f"OPA server {stale.url} holds policies of revision {modified.revision}" in result.stderr


def test_a_server_without_a_bundle_is_refused(opa_binary: Path) -> None:
    with LocalOpaServer(opa_binary) as plain:  # the policy folder, no revision
        result = _check_json("--opa-url", plain.url, str(BASE_MANIFESTS[0]))
    assert result.exit_code == 3
    assert f"OPA server {plain.url} holds no bundle" in result.stderr


def test_no_server_answering_is_an_engine_error_with_nothing_reported() -> None:
    result = _check_json(
        "--timeout", "1", "--opa-url", "http://127.0.0.1:9", "--opa-url", "http://127.0.0.1:7",
        str(BASE_MANIFESTS[0]),
    )  # fmt: skip
    assert result.exit_code == 3
    assert json.loads(result.stdout)["verdict"] == "error"
    (line,) = result.stderr.splitlines()
    assert "no OPA server left" in line
    assert "127.0.0.1:9 is unreachable" in line
    assert "127.0.0.1:7 is unreachable" in line


def _options() -> CheckOptions:
    return CheckOptions(pack=PACKS[DEFAULT_PACK], lang="en", evaluation_date=EVALUATION_DATE)


def _without_path(text: str, path: str) -> str:
    return text.replace(path, "<path>")


def test_a_server_killed_in_the_middle_of_a_batch(
    opa_binary: Path, bundle: Path, tmp_path: Path
) -> None:
    originals = [load_manifest(path) for path in BASE_MANIFESTS]
    batch = []
    for index in range(300):
        source = BASE_MANIFESTS[index % len(BASE_MANIFESTS)]
        copy = tmp_path / f"m{index:03d}-{source.name}"
        shutil.copy(source, copy)
        batch.append(copy)
    victims = [LocalOpaServer(opa_binary, policies=bundle) for _ in range(3)]
    dropped: list[str] = []
    done = 0
    lock = threading.Lock()
    killed = threading.Event()

    def on_done() -> None:
        nonlocal done
        with lock:
            done += 1
            if done == 60 and not killed.is_set():
                killed.set()
                process = victims[1]._process
                assert process is not None
                process.kill()  # no goodbye: in-flight requests fail

    policy_set = load_policy_set()
    try:
        for server in victims:
            server.start()
        urls = [server.url for server in victims]
        with Fleet(policy_set, urls, on_drop=lambda url, _: dropped.append(url)) as fleet:
            verdicts = check_manifests(
                fleet, (load_manifest(path) for path in batch), _options(), jobs=6, on_done=on_done
            )
            assert fleet.members == [urls[0], urls[2]]
    finally:
        for server in victims:
            server.stop()
    assert killed.is_set()
    assert dropped == [victims[1].url]
    # Every manifest judged once, in input order, as a single server judges it.
    assert [verdict.path for verdict in verdicts] == [str(path) for path in batch]
    with Fleet(policy_set) as local:
        expected = {
            manifest.path: dumps(verdict)
            for manifest, verdict in zip(
                originals, check_manifests(local, originals, _options()), strict=True
            )
        }
    for index, verdict in enumerate(verdicts):
        source = str(BASE_MANIFESTS[index % len(BASE_MANIFESTS)])
        assert _without_path(dumps(verdict), verdict.path) == _without_path(
            expected[source], source
        )


def _key_pair(folder: Path, name: str) -> tuple[Path, Path]:
    key, public = folder / f"{name}.pem", folder / f"{name}.pub.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(key), "2048"], check=True, capture_output=True)
    subprocess.run(
        ["openssl", "rsa", "-in", str(key), "-pubout", "-out", str(public)],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, public


def test_a_signed_bundle_is_served_by_an_opa_that_verifies_it(
    opa_binary: Path, tmp_path: Path
) -> None:
    key, public = _key_pair(tmp_path, "key")
    _, stranger = _key_pair(tmp_path, "stranger")
    signed = tmp_path / "signed.tar.gz"
    result = run("bundle", "build", "--output", str(signed), "--signing-key", str(key))
    assert result.exit_code == 0, result.output
    listing = subprocess.run(
        ["tar", "tzf", str(signed)], check=True, capture_output=True, text=True
    ).stdout
    assert "/.signatures.json" in listing.split()
    # As a server pulling it would: OPA checks the signature before loading it.
    verified = _verifying_server(opa_binary, signed, public)
    try:
        assert _wait_for_bundle(verified[1]) == load_policy_set().revision
        result = _check_json("--opa-url", verified[1], str(BASE_MANIFESTS[0]))
        assert result.exit_code in (0, 1), result.stderr
    finally:
        verified[0].kill()
        verified[0].wait()
    refused, _ = _verifying_server(opa_binary, signed, stranger)
    try:
        assert refused.wait(timeout=60) != 0
    finally:
        if refused.poll() is None:
            refused.kill()


def _verifying_server(
    opa_binary: Path, bundle: Path, public_key: Path
) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    process = subprocess.Popen(
        [str(opa_binary), "run", "--server", "--addr", f"127.0.0.1:{port}", "--skip-version-check",
         "--log-level", "error", "--verification-key", str(public_key), "--bundle", str(bundle)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return process, f"http://127.0.0.1:{port}"


def _wait_for_bundle(url: str) -> str:
    for _ in range(400):
        try:
            (manifest,) = server_revisions(url, timeout=1).values()
            return str(manifest["revision"])
        except (EngineError, ValueError):
            time.sleep(0.05)
    raise AssertionError(f"{url} never served the bundle")


def test_no_server_left_during_a_batch_reports_nothing(opa_binary: Path, bundle: Path) -> None:
    server = LocalOpaServer(opa_binary, policies=bundle)
    server.start()
    manifests = [load_manifest(path) for path in BASE_MANIFESTS] * 20
    try:
        with Fleet(load_policy_set(), [server.url]) as fleet:
            fleet.ready()
            server.stop()
            with pytest.raises(EngineError, match="no OPA server left"):
                check_manifests(fleet, manifests, _options(), jobs=2)
    finally:
        server.stop()


def test_a_server_that_changes_its_policies_during_a_run_is_caught(
    opa_binary: Path, bundle: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.tar.gz"
    build_bundle(opa_binary, load_policy_set(cnil=_modified_copy(tmp_path)), other)
    first = LocalOpaServer(opa_binary, policies=bundle)
    first.start()
    port = int(first.url.rsplit(":", 1)[1])
    second = LocalOpaServer(opa_binary, policies=other)
    try:
        with Fleet(load_policy_set(), [first.url]) as fleet:
            fleet.ready()
            fleet.recheck()  # same revision: nothing to say
            first.stop()
            # As a server polling a bundle service activates a new bundle.
            second._spawn_on(port)
            assert second._healthy_or_port_taken()
            with pytest.raises(RevisionMismatch, match="holds policies of revision"):
                fleet.recheck()
    finally:
        first.stop()
        second.stop()


def test_a_rule_package_without_a_results_rule_is_an_engine_error(
    opa_binary: Path, tmp_path: Path
) -> None:
    # Its own revision, not the shipped one: OPA describes the rules, and says which
    # package describes itself but can give no result (rules.without_results).
    copy = _modified_copy(tmp_path)
    scope_01 = copy / "cnil" / "scope" / "scope_01.rego"
    text = scope_01.read_text(encoding="utf-8")
    scope_01.write_text(text.replace("\nresults", "\nresults_renamed"), encoding="utf-8")
    (copy / "cnil" / "scope" / "scope_01_test.rego").unlink(missing_ok=True)
    renamed = load_policy_set(cnil=copy)
    target = tmp_path / "renamed.tar.gz"
    build_bundle(opa_binary, renamed, target)
    refused = pytest.raises(EngineError, match=r"without a results rule: cnil\.scope\.scope_01$")
    with (
        LocalOpaServer(opa_binary, policies=target) as server,
        Fleet(renamed, [server.url]) as fleet,
        refused,
    ):
        check_manifests(fleet, [load_manifest(BASE_MANIFESTS[0])], _options())


def test_a_policy_error_on_a_server_that_is_up_does_not_drop_it(
    opa_binary: Path, tmp_path: Path
) -> None:
    copy = _modified_copy(tmp_path)
    # A rule package that does not describe itself: an engine error on any server.
    (copy / "cnil" / "scope" / "undescribed.rego").write_text(
        "package cnil.scope.undescribed\n\nresults := set()\n", encoding="utf-8"
    )
    broken = load_policy_set(cnil=copy)
    target = tmp_path / "broken.tar.gz"
    build_bundle(opa_binary, broken, target)
    servers = [LocalOpaServer(opa_binary, policies=target) for _ in range(2)]
    try:
        for server in servers:
            server.start()
        urls = [server.url for server in servers]
        with Fleet(broken, urls) as fleet:
            with pytest.raises(EngineError, match=r"without rule_info: cnil\.scope\.undescribed"):
                check_manifests(fleet, [load_manifest(BASE_MANIFESTS[0])], _options())
            assert fleet.members == urls
    finally:
        for server in servers:
            server.stop()
