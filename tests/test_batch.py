"""Batch runs: folders searched for manifests, one OPA for all, the worst exit code."""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cnilpolicy.check import CheckOptions, check_manifests
from cnilpolicy.cli import main
from cnilpolicy.discovery import expand_braces, find_manifests
from cnilpolicy.engine import LocalOpaServer, OpaService
from cnilpolicy.errors import EngineError
from cnilpolicy.loader import LoadedManifest, load_manifest
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from tests.support import EVALUATION_DATE, FIXTURES

MANIFESTS = FIXTURES / "manifests"


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "repos"
    for name, fixture in [
        ("hospital", "hospital-imaging.yaml"),
        ("weather", "no-personal-data.yaml"),
        ("nested/bank", "bank-fraud-processor.yaml"),
    ]:
        folder = root / name
        folder.mkdir(parents=True)
        shutil.copy(MANIFESTS / fixture, folder / "cnil-manifest.yaml")
    (root / "hospital" / "notes.yaml").write_text("not: a manifest\n")
    return root


def test_expand_braces() -> None:
    assert expand_braces("**/m.{yaml,yml,json}") == ["**/m.yaml", "**/m.yml", "**/m.json"]
    assert expand_braces("a{1,2}b{x,y}") == ["a1bx", "a1by", "a2bx", "a2by"]


def test_find_manifests_searches_folders_with_the_glob(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = find_manifests((str(root),))
    assert [Path(p).relative_to(root).as_posix() for p in found] == [
        "hospital/cnil-manifest.yaml",
        "nested/bank/cnil-manifest.yaml",
        "weather/cnil-manifest.yaml",
    ]
    assert find_manifests((str(root),), "*/notes.yaml") == [str(root / "hospital" / "notes.yaml")]


def test_a_folder_is_checked_in_one_command(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    root = _tree(tmp_path)
    broken = root / "broken" / "cnil-manifest.yaml"
    broken.parent.mkdir()
    broken.write_text("manifest_version: '0.1'\nlegal_regime: nope\n")
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--date", EVALUATION_DATE, "--opa-url", opa_server.url,
         "--jobs", "3", str(root)],
        catch_exceptions=False,
    )  # fmt: skip
    batch = json.loads(result.stdout)
    # Every manifest is in the report, the invalid one too, in the folder's order.
    assert [Path(m["manifest"]["path"]).parent.name for m in batch["manifests"]] == [
        "broken",
        "hospital",
        "bank",
        "weather",
    ]
    assert [m["verdict"] for m in batch["manifests"]] == ["invalid"] + ["compliant"] * 3
    assert batch["verdict"] == "invalid"
    assert f"{broken}:2:" in result.stderr
    assert result.exit_code == 2  # the worst: one manifest is invalid


def test_an_engine_error_comes_after_the_invalid_manifests(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("manifest_version: '0.1'\nlegal_regime: nope\n")
    result = CliRunner().invoke(
        main,
        ["check", "--opa-url", "http://127.0.0.1:9", "--timeout", "1", str(broken),
         str(MANIFESTS / "hospital-imaging.yaml")],
    )  # fmt: skip
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"{broken}:2:")
    assert "unreachable" in lines[-1]
    # The report still lists both: one invalid, one not evaluated.
    assert f"{broken}: INVALID MANIFEST" in result.stdout
    assert "hospital-imaging.yaml: NOT EVALUATED (ENGINE ERROR)" in result.stdout


def test_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "no manifest found" in result.stderr


def _options() -> CheckOptions:
    return CheckOptions(pack=PACKS[DEFAULT_PACK], lang="en", evaluation_date=EVALUATION_DATE)


def test_manifests_are_evaluated_while_the_next_ones_are_read(opa_server: LocalOpaServer) -> None:
    hospital = load_manifest(MANIFESTS / "hospital-imaging.yaml")
    evaluated = threading.Event()

    def reader() -> Iterator[LoadedManifest]:
        yield hospital
        # A batch that read everything before evaluating would never set this.
        assert evaluated.wait(timeout=30), "the first manifest was not evaluated while reading"
        yield hospital

    verdicts = check_manifests(
        OpaService(opa_server.url, None), reader(), _options(), jobs=2, on_done=evaluated.set
    )
    assert [v.verdict for v in verdicts] == ["compliant", "compliant"]


def test_an_engine_error_stops_the_reading(opa_binary: Path) -> None:
    hospital = load_manifest(MANIFESTS / "hospital-imaging.yaml")
    server = LocalOpaServer(opa_binary)
    server.start()
    evaluated = threading.Event()
    read = 0

    def reader() -> Iterator[LoadedManifest]:
        nonlocal read
        yield hospital
        assert evaluated.wait(timeout=30)
        server.stop()  # OPA goes away in the middle of the batch
        for _ in range(200):
            read += 1
            time.sleep(0.01)
            yield hospital

    try:
        with pytest.raises(EngineError, match="unreachable"):
            check_manifests(
                OpaService(server.url, None), reader(), _options(), jobs=2, on_done=evaluated.set
            )
    finally:
        server.stop()
    assert read < 200


def test_nothing_valid_to_read_never_waits_for_opa(tmp_path: Path) -> None:
    with OpaService(None, str(tmp_path / "no-opa")) as opa:
        assert check_manifests(opa, iter([]), _options()) == []
