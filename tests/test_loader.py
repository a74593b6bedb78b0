from __future__ import annotations

import json
from pathlib import Path

import pytest

from cnilpolicy.errors import ManifestError
from cnilpolicy.loader import load_manifest


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_yaml_positions_point_at_each_key_and_item(tmp_path: Path) -> None:
    manifest = load_manifest(
        write(
            tmp_path,
            "m.yaml",
            "manifest_version: '0.1'\ndatasets:\n  - id: ds-a\n    retention:\n      period: P2Y\n",
        )
    )
    assert manifest.positions["/manifest_version"] == (1, 1)
    assert manifest.positions["/datasets"] == (2, 1)
    assert manifest.positions["/datasets/0/id"] == (3, 5)
    assert manifest.positions["/datasets/0/retention/period"] == (5, 7)


def test_a_missing_pointer_falls_back_to_its_nearest_ancestor(tmp_path: Path) -> None:
    manifest = load_manifest(write(tmp_path, "m.yaml", "a: 1\nb:\n  c: 2\n"))
    assert manifest.position("/b/missing/deeper") == (2, 1)
    assert manifest.position("/nothing") == (1, 1)


def test_yaml_1_2_keeps_no_and_dates_as_text(tmp_path: Path) -> None:
    manifest = load_manifest(write(tmp_path, "m.yaml", "answer: no\nday: 2025-01-10\nn: 3\n"))
    assert manifest.data == {"answer": "no", "day": "2025-01-10", "n": 3}


def test_json_manifest_has_positions_too(tmp_path: Path) -> None:
    manifest = load_manifest(
        write(tmp_path, "m.json", '{\n\t"a": {"b": [1, 2]},\n\t"c": true\n}\n')
    )
    assert manifest.data == {"a": {"b": [1, 2]}, "c": True}
    assert manifest.positions["/c"] == (3, 2)


def test_sha256_is_of_the_file_bytes(tmp_path: Path) -> None:
    # sha256sum of the 5 bytes "a: 1\n", computed outside Python.
    manifest = load_manifest(write(tmp_path, "m.yaml", "a: 1\n"))
    assert manifest.sha256 == "37b128c59f1f5097f73f82691cb519f1f568667faab5ced1b4ab979d36837eae"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\na: 2\n", 'duplicate key "a"'),
        ("a: &x [1]\nb: *x\n", "aliases (*x) are not allowed"),
        ("a: [\n", "line 2"),
        ("- a\n- b\n", "must be a mapping"),
        ("", "manifest is empty"),
        ("1: x\n", "key 1 must be text"),
        ("a: .nan\n", "is not a JSON number"),
        (b"a: \xff\n", "not UTF-8"),
    ],
)
def test_unreadable_manifests_are_one_line_errors(
    tmp_path: Path, text: str | bytes, expected: str
) -> None:
    with pytest.raises(ManifestError) as raised:
        load_manifest(write(tmp_path, "bad.yaml", text))
    message = str(raised.value)
    assert expected in message
    assert "\n" not in message
    assert message.startswith(str(tmp_path / "bad.yaml"))


def test_a_missing_file_is_a_manifest_error(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="cannot read manifest"):
        load_manifest(tmp_path / "absent.yaml")


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}]")
    with pytest.raises(ManifestError, match="aliases"):
        load_manifest(write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n"))


def test_json_escaped_emoji_become_one_character(tmp_path: Path) -> None:
    text = json.dumps(
        {"project": {"name": "Robot \U0001f916 \u202e"}}
    )  # ASCII, with \\ud83e\\udd16
    assert "\\ud83e" in text
    manifest = load_manifest(write(tmp_path, "m.json", text))
    assert manifest.data["project"]["name"] == "Robot \U0001f916 \u202e"
    json.dumps(manifest.data).encode("utf-8")  # writable text again


def test_half_a_character_is_a_manifest_error(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match=r"1:\d+: /project/name: a \\u escape is half"):
        load_manifest(write(tmp_path, "m.json", '{"project": {"name": "half \\ud83e x"}}'))
