"""Fuzzing the whole path, manifest file to exit code, with Hypothesis (issue 10).

Manifests are built from the schema's own shape (the compliant fixtures, their
sections kept or dropped) and from the failing fixture cases, then mutated:
control characters, odd Unicode, huge and deep values, YAML tags, anchors and
directives. For every run:

- the exit code is one of 0, 1, 2, 3 and nothing escapes as a traceback;
- a failing case never passes because characters were added to a free text;
- what is printed parses (JSON, JUnit XML).

The CLI runs in this process, against the one shared real OPA server: a run
costs a few tens of milliseconds. `make test` runs the bounded "ci" profile
(some 20 seconds on 2 cores); `HYPOTHESIS_PROFILE=nightly` runs many more
examples (see README "Tests").
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from tests.support import BASE_MANIFESTS, CASES, EVALUATION_DATE, load_case, read_yaml

settings.register_profile(
    "ci",
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "nightly",
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

EXIT_CODES = {0, 1, 2, 3}
BASES = {path.name: read_yaml(path) for path in BASE_MANIFESTS}
FAILING = [case for case in map(load_case, CASES) if case.expected_fail]

#: Characters that carry no meaning a rule could read, but break naive code:
#: controls, separators, bidi overrides, combining marks, emoji, surrogate-free oddities.
ODD = st.sampled_from(
    [chr(c) for c in range(0x00, 0x20)]
    + ["\x7f", "\x85", "\u00a0", "\u2028", "\u2029", "\u202e", "\u2066", "\u200b", "\ufeff",
       "\u0301", "🤖", "\U0010fffd", "%", "{{", "}}", "\\", '"', "::", "@", "<", "&"]
)  # fmt: skip
ODD_TEXT = st.lists(ODD, min_size=1, max_size=12).map("".join)


def string_pointers(document: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield from string_pointers(value, f"{pointer}/{key}")
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from string_pointers(value, f"{pointer}/{index}")
    elif isinstance(document, str):
        yield pointer, document


def set_at(document: Any, pointer: str, value: Any) -> None:
    *parents, last = pointer.split("/")[1:]
    for token in parents:
        document = document[int(token)] if isinstance(document, list) else document[token]
    document[int(last) if isinstance(document, list) else last] = value


def get_at(document: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        document = document[int(token)] if isinstance(document, list) else document[token]
    return document


def run(server: LocalOpaServer, text: str, suffix: str, *args: str) -> Result:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"manifest{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        return CliRunner().invoke(
            main,
            ["check", "--isolated", "--opa-url", server.url, "--date", EVALUATION_DATE,
             "--pack", "cnil-extended", *args, str(path)],
        )  # fmt: skip


def sound(result: Result) -> None:
    """The properties every run holds, whatever the manifest."""
    assert result.exit_code in EXIT_CODES, (result.exit_code, result.stderr)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    for line in result.stderr.splitlines():
        assert len(line) < 5000


@st.composite
def from_the_schema(draw: st.DrawFn) -> dict[str, Any]:
    """A manifest from a fixture's sections, some dropped, some strings mutated."""
    document = copy.deepcopy(BASES[draw(st.sampled_from(sorted(BASES)))])
    for key in draw(st.sets(st.sampled_from(sorted(document)), max_size=4)):
        if key != "manifest_version":
            del document[key]
    pointers = [pointer for pointer, _ in string_pointers(document)]
    if pointers:
        for pointer in draw(st.lists(st.sampled_from(pointers), max_size=3)):
            set_at(document, pointer, get_at(document, pointer) + draw(ODD_TEXT))
    return document


@st.composite
def hostile(draw: st.DrawFn) -> tuple[str, str]:
    """Manifest text with hostile YAML or values: tags, anchors, directives, depth, size."""
    document = copy.deepcopy(BASES[draw(st.sampled_from(sorted(BASES)))])
    pointer, _ = draw(st.sampled_from(list(string_pointers(document))))
    kind = draw(st.sampled_from(["deep", "long", "bigint", "tag", "anchor", "directive", "odd"]))
    if kind == "deep":
        depth = draw(st.integers(min_value=20, max_value=1500))
        return '{"manifest_version": "0.1", "x": ' + "[" * depth + "]" * depth + "}", ".json"
    if kind == "long":
        set_at(document, pointer, draw(ODD_TEXT) * draw(st.integers(1_000, 20_000)))
    elif kind == "bigint":
        set_at(document, pointer, int("9" * draw(st.integers(20, 6000))))
        return json.dumps(document), ".json"
    elif kind == "odd":
        set_at(document, pointer, draw(st.text(max_size=50)))
    text = json.dumps(document, ensure_ascii=False)
    if kind == "tag":
        tag = draw(st.sampled_from(["!custom", "!!binary", "!!python/object:os.system", "!"]))
        return f'manifest_version: "0.1"\nx: {tag} [1, 2]\n', ".yaml"
    if kind == "anchor":
        return 'manifest_version: "0.1"\na: &x [1]\nb: &x [2]\nc: *x\n', ".yaml"
    if kind == "directive":
        return f"%YAML 1.{draw(st.integers(0, 3))}\n---\n{text}\n", ".yaml"
    return text, ".json"


@given(document=from_the_schema(), output_format=st.sampled_from(["json", "junit"]))
def test_any_manifest_gives_a_known_exit_code_and_output_that_parses(
    opa_server: LocalOpaServer, document: dict[str, Any], output_format: str
) -> None:
    result = run(opa_server, json.dumps(document), ".json", "--format", output_format)
    sound(result)
    if result.exit_code in (0, 1) and output_format == "json":
        assert json.loads(result.stdout)["verdict"] in ("compliant", "compliant_with_warnings",
                                                          "non_compliant")  # fmt: skip
    elif result.exit_code in (0, 1):
        ET.fromstring(result.stdout)


@given(mutation=hostile())
def test_hostile_manifests_never_crash(
    opa_server: LocalOpaServer, mutation: tuple[str, str]
) -> None:
    text, suffix = mutation
    result = run(opa_server, text, suffix, "--format", "json")
    sound(result)
    if result.stdout:
        json.loads(result.stdout)


@given(data=st.data())
def test_a_failing_case_never_passes_by_adding_characters_to_a_free_text(
    opa_server: LocalOpaServer, data: st.DataObject
) -> None:
    case = data.draw(st.sampled_from(FAILING), label="case")
    document = case.manifest
    pointers = [pointer for pointer, value in string_pointers(document) if value.strip()]
    for pointer in data.draw(st.lists(st.sampled_from(pointers), min_size=1, max_size=4)):
        set_at(document, pointer, get_at(document, pointer) + data.draw(ODD_TEXT))
    result = run(opa_server, json.dumps(document), ".json", "--format", "json",
                 "--pack", case.pack)  # fmt: skip
    sound(result)
    assert result.exit_code != 0, (case.name, result.stdout[:400])
    if result.exit_code == 1:
        verdict = json.loads(result.stdout)
        failed = {r["rule_id"] for r in verdict["results"] if r["status"] == "fail"}
        assert case.expected_fail <= failed, (case.name, case.expected_fail - failed)


@pytest.mark.parametrize("output_format", ["text", "markdown", "github"])
@given(document=from_the_schema())
def test_human_formats_start_no_workflow_command(
    opa_server: LocalOpaServer, output_format: str, document: dict[str, Any]
) -> None:
    result = run(opa_server, json.dumps(document), ".json", "--format", output_format)
    sound(result)
    for line in result.stdout.splitlines():
        if output_format != "github":
            assert not line.lstrip().startswith("::"), line
        else:
            assert not line.startswith("::") or line.split(" ", 1)[0] in (
                "::error", "::warning", "::notice",
            )  # fmt: skip
        assert "\x1b" not in line and "\x00" not in line
