"""The libyaml fast path reads every manifest exactly as the ruamel loader does, or stands aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cnilpolicy import yaml_fast
from cnilpolicy.errors import ManifestError
from cnilpolicy.loader import load_manifest, parse_full
from cnilpolicy.pointer import escape_token
from tests.support import BASE_MANIFESTS, CASES, ROOT

pytestmark = pytest.mark.skipif(not yaml_fast.available(), reason="PyYAML without libyaml")


def typed(value: Any) -> Any:
    """The value with the type of every leaf: 1, 1.0 and True are equal in Python."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}, list(value)
    if isinstance(value, list):
        return [typed(item) for item in value]
    return type(value).__name__, value


def assert_same_reading(text: str) -> bool:
    """True when the fast path answered (and agreed with ruamel), False when it stood aside."""
    try:
        fast = yaml_fast.load(text, escape_token)
    except yaml_fast.Unsupported:
        return False
    data, positions = parse_full(text, "m.yaml")
    assert typed(fast[0]) == typed(data)
    assert fast[1] == positions
    return True


REAL_DOCUMENTS = [
    *BASE_MANIFESTS,
    *sorted((ROOT / "schemas").glob("*.json")),
    *CASES,
]


@pytest.mark.parametrize("path", REAL_DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_real_documents_take_the_fast_path_and_read_the_same(path: Path) -> None:
    assert assert_same_reading(path.read_text(encoding="utf-8"))


AGREEING = {
    "scalars": "a: 0\nb: -12\nc: +5\nd: 1.5\ne: .5\nf: 1e5\ng: -2.5E-3\nh: 1.\n",
    "yaml 1.2 booleans and nulls": (
        "a: true\nb: False\nc: TRUE\nd: yes\ne: no\nf: on\ng: ~\nh: null\ni: NULL\nj:\n"
    ),
    "dates and times stay text": "a: 2025-01-10\nb: 2025-01-10T10:00:00Z\nc: 2025-1-1\n",
    "quoted and block scalars": (
        "a: 'it''s'\nb: \"\\u00e9\\t\\/x\"\nc: |\n  one\n  two\nd: >-\n  folded\n  line\n"
        "e: |+\n  kept\n\nf: \"123\"\ng: 'true'\n"
    ),
    "multi-line plain scalar": "a: first\n  second\n  third\nb: x\n",
    "flow collections": "a: {b: [1, 2, {c: d}], e: []}\nf: {}\ng: [x, 'y', \"z\"]\n",
    "non-ascii before a key": "é: {ü: 1, ß: [ä, ö]}\nnext: 'ça'\n",
    "astral characters before a key": "a: {🙂: 1, b: [🙂🙂, c]}\n",
    "keys to escape": "a/b: 1\nc~d: {e/f~g: 2}\n",
    "indentless sequence": "a:\n- x\n- y: 1\n  z: 2\nb: 3\n",
    "comments everywhere": "# top\na: 1 # end\n# middle\nb:\n  # inside\n  - c # item\n",
    "document markers": "---\na: 1\n...\n",
    "crlf line ends": "a: 1\r\nb:\r\n  - c\r\n",
    "byte order mark": "\ufeffa: 1\nb: 2\n",
    "non-specific tag on plain scalars": "a: ! 123\nb: ! true\nc: ! [1]\nd: ! x\n",
    "anchor without alias": "a: &x 1\nb: &y true\nc: &z [1]\n",
    "ampersand in text": "a: 'R&D'\nb: R&D team\nc: [x, {d: 1}]\n",
    "json with tabs": '{\n\t"a": {"b": [1, 2.5, null]},\n\t"c": true,\n\t"d": "x"\n}\n',
    "plain text that looks odd": "a: 1:20\nb: 0.1.2\nc: 1 000\nd: x - y\ne: 'x: y'\n",
}


@pytest.mark.parametrize("text", AGREEING.values(), ids=AGREEING.keys())
def test_ordinary_yaml_reads_the_same(text: str) -> None:
    assert assert_same_reading(text)


STANDING_ASIDE = {
    "alias": "a: &x [1]\nb: *x\n",
    "explicit tag": "a: !!str 123\n",
    "non-specific tag on a quoted scalar": 'a: ! "123"\n',
    "non-specific tag on a block scalar": "a: ! |\n  x\n",
    "custom tag": "a: !thing x\n",
    "tagged mapping": "a: !!map {b: 1}\n",
    "merge key": "a: {b: 1}\nc:\n  <<: {b: 2}\n  d: 3\n",
    "duplicate key": "a: 1\na: 2\n",
    "non-text key": "1: x\n",
    "null key": "~: x\n",
    "boolean key": "true: x\n",
    "complex key": "? [a]\n: x\n",
    "hexadecimal": "a: 0x1F\n",
    "octal": "a: 0o17\n",
    "leading zero": "a: 017\n",
    "underscores": "a: 1_000\n",
    "infinity": "a: .inf\n",
    "not a number": "a: .nan\n",
    "value key": "a: =\n",
    "directive": "%YAML 1.2\n---\na: 1\n",
    "syntax error": "a: [\n",
    "sequence entry as a value": "d: -\n",
    "key longer than 1024 characters": f"{'k' * 2000}: 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "empty": "",
    "only a comment": "# nothing\n",
    "sequence at the top": "- a\n",
    "scalar at the top": "just text\n",
}


@pytest.mark.parametrize("text", STANDING_ASIDE.values(), ids=STANDING_ASIDE.keys())
def test_what_the_fast_path_is_unsure_of_goes_to_ruamel(text: str, tmp_path: Path) -> None:
    with pytest.raises(yaml_fast.Unsupported):
        yaml_fast.load(text, escape_token)
    # The whole loader still answers, as ruamel does: same data, or the same error.
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        expected: Any = parse_full(text, str(path))
    except ManifestError as error:
        with pytest.raises(ManifestError) as raised:
            load_manifest(path)
        assert str(raised.value) == str(error)
    else:
        loaded = load_manifest(path)
        assert typed(loaded.data) == typed(expected[0])
        assert loaded.positions == expected[1]


def test_an_anchored_boolean_stays_a_boolean(tmp_path: Path) -> None:
    # ruamel gives an anchored scalar a wrapper type; a boolean must not become 1.
    path = tmp_path / "m.yaml"
    path.write_text("a: &flag true\n", encoding="utf-8")
    assert typed(parse_full(path.read_text(), str(path))[0]) == typed({"a": True})
    assert typed(load_manifest(path).data) == typed({"a": True})


def test_a_merge_key_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text("a: {b: 1}\nc:\n  <<: {b: 2}\n  d: 3\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"m\.yaml:3:3: merge keys \(<<\) are not allowed"):
        load_manifest(path)
