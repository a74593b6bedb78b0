"""Packs are data: pack files say which steps a pack evaluates and which pack it extends."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnilpolicy.packs import DEFAULT_PACK, PACKS, PackError, default_pack_of, load_packs
from cnilpolicy.resources import packs_dir, policies_dir


def test_the_default_pack_is_the_complete_catalog_in_code_and_data() -> None:
    assert default_pack_of(packs_dir()) == DEFAULT_PACK
    steps_with_rules = {p.name for p in (policies_dir() / "cnil").iterdir() if p.is_dir()}
    assert set(PACKS[DEFAULT_PACK].steps) == steps_with_rules


def test_every_pack_step_has_rules() -> None:
    steps_with_rules = {p.name for p in (policies_dir() / "cnil").iterdir() if p.is_dir()}
    for pack in PACKS.values():
        assert set(pack.steps) <= steps_with_rules, pack.id


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_extending_pack_adds_its_steps_after_its_parents(tmp_path: Path) -> None:
    _write(tmp_path, "acme.yaml", "id: acme\nextends: cnil-2024\nsteps: [acme_governance]\n")
    _write(tmp_path, "acme-strict.yaml", "id: acme-strict\nextends: acme\nsteps: [acme_strict]\n")
    packs = load_packs([tmp_path])
    assert packs["acme"].steps == (*PACKS["cnil-2024"].steps, "acme_governance")
    assert packs["acme-strict"].steps[-2:] == ("acme_governance", "acme_strict")
    assert packs["acme"].extends == "cnil-2024"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("id: cnil-2024\nsteps: [x]\n", "already defined"),
        ("id: acme\nextends: nowhere\n", "unknown pack 'nowhere'"),
        ("id: acme\nextends: cnil-2024\nsteps: [scope]\n", "already in pack"),
        ("id: acme\n", "needs steps"),
        ("id: acme\nsteps: [a]\ncolour: red\n", "unknown pack key(s): colour"),
        ("id: Acme Corp\nsteps: [a]\n", "'id' must be"),
        ("- a list\n", "is a mapping"),
        ("id: a\nextends: b\n---\n", "cannot read"),
    ],
)
def test_a_wrong_pack_file_is_refused_with_its_path(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = _write(tmp_path, "acme.yaml", text)
    with pytest.raises(PackError) as caught:
        load_packs([tmp_path])
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


def test_packs_that_extend_each_other_in_a_loop_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", "id: a\nextends: b\nsteps: [x]\n")
    _write(tmp_path, "b.yaml", "id: b\nextends: a\nsteps: [y]\n")
    with pytest.raises(PackError, match="loop"):
        load_packs([tmp_path])
