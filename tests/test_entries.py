"""Batch folders skip nothing in silence, and no special file is ever read (issue 10, 4 and 5).

Run as a separate process, as a pipeline runs it: a FIFO read by mistake would
hang the test (the subprocess timeout turns that into a failure). Permission
checks need a process the kernel holds to them: when the suite runs as root,
the command runs without the capabilities that let root read anything.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnilpolicy.engine import LocalOpaServer
from tests.support import EVALUATION_DATE, FIXTURES

COMPLIANT = FIXTURES / "manifests" / "no-personal-data.yaml"


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder every user can read (pytest's own tmp_path is private to its user)."""
    path = Path(tempfile.mkdtemp(prefix="cnilpolicy-entries-"))
    path.chmod(0o755)
    yield path
    for child in path.rglob("*"):
        if child.is_dir() and not child.is_symlink():
            child.chmod(0o755)
    shutil.rmtree(path)


def cnilpolicy(*args: str, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "cnilpolicy"), *args]
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False, cwd="/")


def _manifest(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.parent.chmod(0o755)
    shutil.copy(COMPLIANT, target)
    target.chmod(0o644)


def _one_line(result: subprocess.CompletedProcess[str], path: Path, reason: str) -> None:
    assert "Traceback" not in result.stderr
    assert f"{path}: {reason}" in result.stderr.splitlines()


def test_a_fifo_named_like_a_manifest_is_reported_never_read(folder: Path) -> None:
    _manifest(folder / "a" / "cnil-manifest.yaml")
    fifo = folder / "b" / "cnil-manifest.yaml"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    result = cnilpolicy("validate", str(folder))
    assert result.returncode == 2
    _one_line(result, fifo, "cannot read manifest: it is a named pipe (FIFO), not a regular file")
    assert f"{folder / 'a' / 'cnil-manifest.yaml'}: valid" in result.stdout


def test_a_fifo_given_as_a_manifest_does_not_hang(folder: Path) -> None:
    fifo = folder / "pipe.yaml"
    os.mkfifo(fifo)
    result = cnilpolicy("validate", str(fifo))
    assert result.returncode == 2
    _one_line(result, fifo, "cannot read manifest: it is a named pipe (FIFO), not a regular file")


def test_a_dangling_link_and_a_folder_named_like_a_manifest_are_reported(folder: Path) -> None:
    dangling = folder / "gone" / "cnil-manifest.yaml"
    dangling.parent.mkdir()
    dangling.symlink_to(folder / "nowhere.yaml")
    named_folder = folder / "odd" / "cnil-manifest.json"
    named_folder.mkdir(parents=True)
    looping = folder / "loop" / "cnil-manifest.yml"
    looping.parent.mkdir()
    looping.symlink_to(looping)
    result = cnilpolicy("validate", str(folder))
    assert result.returncode == 2
    reason = "cannot read manifest: dangling symbolic link (its target does not exist)"
    _one_line(result, dangling, reason)
    _one_line(result, named_folder, "cannot read manifest: it is a folder, not a regular file")
    _one_line(result, looping, "cannot read manifest: symbolic link loop")


def test_a_symbolic_link_loop_is_reported_and_the_rest_searched(folder: Path) -> None:
    _manifest(folder / "x" / "cnil-manifest.yaml")
    (folder / "x" / "back").symlink_to(folder)
    linked = folder / "elsewhere"
    linked.mkdir()
    _manifest(linked / "deep" / "cnil-manifest.yaml")
    (folder / "x" / "to-elsewhere").symlink_to(linked / "deep")
    result = cnilpolicy("validate", str(folder))
    assert result.returncode == 2
    reason = "cannot follow: symbolic link loop (it leads back to a parent)"
    _one_line(result, folder / "x" / "back", reason)
    valid = [line for line in result.stdout.splitlines() if line.endswith(": valid")]
    assert len(valid) == 2  # elsewhere/deep, once, under one of its two paths


def _with_unreadable_folder(folder: Path) -> Path:
    """A readable manifest, and another in a folder the search cannot list."""
    _manifest(folder / "ok" / "cnil-manifest.yaml")
    hidden = folder / "hidden"
    _manifest(hidden / "cnil-manifest.yaml")
    hidden.chmod(0o000)
    return hidden


def test_an_unreadable_folder_holding_a_failing_manifest_never_gives_exit_0(
    folder: Path, opa_server: LocalOpaServer
) -> None:
    hidden = _with_unreadable_folder(folder)
    result = cnilpolicy("check", "--isolated", "--opa-url", opa_server.url, "--date",
                        EVALUATION_DATE, str(folder), unprivileged=True)  # fmt: skip
    assert result.returncode == 2, result.stderr
    _one_line(result, hidden, "cannot list folder: Permission denied")
    assert "COMPLIANT" in result.stdout  # the readable one is still judged


def test_an_unreadable_folder_is_an_entry_of_the_machine_readable_report(
    folder: Path, opa_server: LocalOpaServer
) -> None:
    hidden = _with_unreadable_folder(folder)
    result = cnilpolicy("check", "--isolated", "--opa-url", opa_server.url, "--date",
                        EVALUATION_DATE, "--format", "json", str(folder),
                        unprivileged=True)  # fmt: skip
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)["manifests"]
    entries = {entry["manifest"]["path"]: entry for entry in report}
    assert entries[str(hidden)]["verdict"] == "invalid"
    assert entries[str(hidden)]["errors"][0]["message"] == "cannot list folder: Permission denied"
    assert entries[str(folder / "ok" / "cnil-manifest.yaml")]["verdict"] == "compliant"


def test_an_explicit_path_in_an_unreadable_folder_is_one_line(folder: Path) -> None:
    hidden = folder / "hidden"
    _manifest(hidden / "cnil-manifest.yaml")
    hidden.chmod(0o000)
    result = cnilpolicy("validate", str(hidden / "cnil-manifest.yaml"), unprivileged=True)
    assert result.returncode == 2
    _one_line(result, hidden / "cnil-manifest.yaml", "cannot read manifest: Permission denied")


@pytest.mark.parametrize(
    ("glob", "reason"),
    [("", "--glob is empty"), ("/etc/**", "is absolute"), ("../**/*.yaml", "climbs out")],
)
def test_a_glob_that_cannot_select_below_a_folder_is_a_usage_error(
    folder: Path, glob: str, reason: str
) -> None:
    result = cnilpolicy("validate", "--glob", glob, str(folder))
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("cnilpolicy: error: ") and reason in line


def test_globs_select_as_pathlib_did(folder: Path) -> None:
    for relative in ("cnil-manifest.yaml", "a/cnil-manifest.yml", "a/b/cnil-manifest.json",
                     "a/b/other.yaml", "c/notes.yaml"):  # fmt: skip
        _manifest(folder / relative)
    from cnilpolicy.discovery import discover

    def found(glob: str) -> list[str]:
        return [str(Path(p).relative_to(folder)) for p in discover((str(folder),), glob).paths]

    assert found("**/cnil-manifest.{yaml,yml,json}") == [
        "a/b/cnil-manifest.json", "a/cnil-manifest.yml", "cnil-manifest.yaml",
    ]  # fmt: skip
    assert found("*/notes.yaml") == ["c/notes.yaml"]
    assert found("**/*.yaml") == ["a/b/other.yaml", "c/notes.yaml", "cnil-manifest.yaml"]
    assert found("a/*/*.yaml") == ["a/b/other.yaml"]
    assert found("[ac]/cnil-*.y?l") == ["a/cnil-manifest.yml"]


def test_a_link_to_a_folder_outside_is_not_searched(folder: Path) -> None:
    outside = Path(tempfile.mkdtemp(prefix="cnilpolicy-outside-"))
    try:
        _manifest(outside / "cnil-manifest.yaml")
        inside = folder / "repo"
        _manifest(inside / "cnil-manifest.yaml")
        (inside / "vendor").symlink_to(outside)
        (inside / "root").symlink_to("/")
        result = cnilpolicy("validate", str(inside))
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"{inside / 'cnil-manifest.yaml'}: valid\n"
    finally:
        shutil.rmtree(outside)
