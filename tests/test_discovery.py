"""Discovery walks folders in the order of the sorted paths and holds no list of them (issue 13).

A batch of a hundred thousand manifests would otherwise keep every path for the
whole run; the run walks the folders again as it reads them instead.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from cnilpolicy.discovery import discover, find_manifests


def _touch(root: Path, *relatives: str) -> None:
    for relative in relatives:
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("project: {}\n", encoding="utf-8")


def test_finds_come_in_the_order_of_the_sorted_paths(tmp_path: Path) -> None:
    # "repo-2/…" and "repo.old/…" sort before "repo/…" ('-' and '.' come before '/'),
    # though the folder "repo" sorts before "repo-2": a walk must not follow its listing.
    _touch(
        tmp_path,
        "repo/cnil-manifest.yaml",
        "repo/sub/cnil-manifest.yaml",
        "repo-2/cnil-manifest.yaml",
        "repo.old/cnil-manifest.json",
        "repo0/cnil-manifest.yml",
        "Z/cnil-manifest.yaml",
        "cnil-manifest.yaml",
    )
    found = find_manifests((str(tmp_path),))
    assert len(found) == 7
    assert found == sorted(found)


def test_a_folder_named_like_a_manifest_sorts_as_its_name(tmp_path: Path) -> None:
    # Matched, a folder is an entry of its own (the loader says it cannot be read), not a
    # folder whose contents are searched: "x.yaml" sorts before "x.yaml-notes", not after
    # it as "x.yaml/…" would.
    _touch(tmp_path, "x.yaml/inside.txt", "x.yaml-notes/x.yaml", "x.yaml0")
    found = find_manifests((str(tmp_path),), "**/x.yaml*")
    assert [str(Path(path).relative_to(tmp_path)) for path in found] == [
        "x.yaml",
        "x.yaml-notes",
        "x.yaml0",
    ]


def test_the_paths_are_walked_again_not_kept(tmp_path: Path) -> None:
    count = 2000
    for index in range(count):
        _touch(tmp_path, f"repos/project-{index:05}/cnil-manifest.yaml")
    tracemalloc.start()
    try:
        found = discover((str(tmp_path),))
        held, _peak = tracemalloc.get_traced_memory()
        assert len(found.paths) == count
        # A list of 2,000 paths would hold over 200 kB (each path a hundred characters).
        assert held < 20_000, f"discovery holds {held} bytes after finding {count} manifests"
        walked = list(found.paths)
    finally:
        tracemalloc.stop()
    assert walked == list(found.paths) == sorted(walked)
    assert len(walked) == count


def test_problems_are_found_before_the_first_path_is_read(tmp_path: Path) -> None:
    _touch(tmp_path, "a/cnil-manifest.yaml")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "loop").symlink_to(tmp_path / "b")
    found = discover((str(tmp_path),))
    assert len(found.paths) == 1
    assert found.problems == [
        f"{tmp_path / 'b' / 'loop'}: cannot follow: symbolic link loop (it leads back to a parent)"
    ]


def test_problems_are_said_in_the_reader_s_language(tmp_path: Path) -> None:
    _touch(tmp_path, "a/cnil-manifest.yaml")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "loop").symlink_to(tmp_path / "b")
    (line,) = discover((str(tmp_path),), lang="fr").problems
    # The path stays as it is (problem.unlisted reads it back before ": ").
    assert line == (
        f"{tmp_path / 'b' / 'loop'}: impossible de suivre : boucle de liens symboliques "
        "(le lien ramène à un dossier parent)"
    )
