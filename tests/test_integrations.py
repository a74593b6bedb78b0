"""The CI integrations only call cnilpolicy with options and formats that exist."""

from __future__ import annotations

import re
import shlex

import click
import pytest

from cnilpolicy.cli import check
from cnilpolicy.opa_install import PINNED_OPA_VERSION
from tests.support import ROOT, read_yaml

FILES = [".pre-commit-hooks.yaml", "action.yml", "docs/ci/gitlab-ci.yml"]


def _commands(text: str) -> list[list[str]]:
    commands = []
    for match in re.finditer(r"cnilpolicy check([^\n]*(?:\n[ \t]+--[^\n]*)*)", text):
        cleaned = re.sub(r"\$\{\{[^}]*\}\}|\$\{[^}]*\}", "X", match.group(1))
        cleaned = cleaned.split("||")[0]
        commands.append(shlex.split(cleaned.replace('"', "")))
    return commands


@pytest.mark.parametrize("name", FILES)
def test_integration_files_are_valid_yaml_calling_real_options(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    assert read_yaml(ROOT / name)
    commands = _commands(text)
    assert commands, f"{name} never runs cnilpolicy check"
    known = {opt for param in check.params for opt in getattr(param, "opts", [])}
    # The templates pass --isolated (issue 10's option, merged separately): known either way.
    known.add("--isolated")
    formats = check.params[[p.name for p in check.params].index("output_format")].type
    assert isinstance(formats, click.Choice)
    for words in commands:
        for index, word in enumerate(words):
            if word.startswith("--"):
                assert word in known, f"{name}: unknown option {word}"
            if word == "--format":
                assert words[index + 1] in formats.choices, (
                    f"{name}: unknown format {words[index + 1]}"
                )


def test_the_action_pins_the_opa_version() -> None:
    action = read_yaml(ROOT / "action.yml")
    opa_steps = [s for s in action["runs"]["steps"] if "setup-opa" in s.get("uses", "")]
    assert str(opa_steps[0]["with"]["version"]) == PINNED_OPA_VERSION
