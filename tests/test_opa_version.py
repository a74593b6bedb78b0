"""The OPA version is written once (cnilpolicy/opa_version.txt); every copy must say the same.

The Makefile and cnilpolicy/opa_install.py read the file. The files below are
read by people or by CI systems that cannot read it: each must name the
pinned version wherever it names an OPA version, and name it at least once
(a rewording that hides it from the patterns fails here, rather than goes stale).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from cnilpolicy.opa_install import PINNED_OPA_VERSION

ROOT = Path(__file__).resolve().parent.parent
VERSION = r"(\d+\.\d+\.\d+)"
#: How the project's files name an OPA version: "OPA v1.2.3", "opa@v1.2.3",
#: "opa:1.2.3" (an image), "opa v1.2.3" (go.mod), a release URL, "v1.2.3" in prose.
MENTIONS = (
    re.compile(rf"\b(?:OPA|opa)[ @:]v?{VERSION}"),
    re.compile(rf"opa/releases/download/v{VERSION}"),
    re.compile(rf"(?<![\w.@/-])v{VERSION}"),
    re.compile(rf'OPA_VERSION: "{VERSION}"'),
)
COPIES = (
    "README.md",
    ".pre-commit-hooks.yaml",
    "docs/ci/gitlab-ci.yml",
    "docs/deploy/compose.yaml",
    "docs/deploy/kubernetes.yaml",
)
#: Versions of other tools the README names in the same forms.
OTHERS = {"0.29.2"}


def test_the_version_file_holds_one_version() -> None:
    text = (ROOT / "cnilpolicy" / "opa_version.txt").read_text(encoding="utf-8")
    assert re.fullmatch(rf"{VERSION}\n", text)
    assert text.strip() == PINNED_OPA_VERSION


@pytest.mark.parametrize("name", COPIES)
def test_every_copy_names_the_pinned_version(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    named = {match for pattern in MENTIONS for match in pattern.findall(text)} - OTHERS
    assert named == {PINNED_OPA_VERSION}, f"{name} names OPA {sorted(named)}"


def test_the_action_installs_the_pinned_version() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in action["runs"]["steps"] if "setup-opa" in s.get("uses", "")]
    assert str(step["with"]["version"]) == PINNED_OPA_VERSION


def test_the_opa_build_module_requires_the_pinned_version() -> None:
    go_mod = (ROOT / "tools" / "opa" / "go.mod").read_text(encoding="utf-8")
    assert f"github.com/open-policy-agent/opa v{PINNED_OPA_VERSION}\n" in go_mod


def test_the_makefile_reads_the_version_file() -> None:
    printed = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "--eval=print-opa-version: ; @echo $(OPA_VERSION)",
         "print-opa-version"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert printed.stdout.strip() == PINNED_OPA_VERSION
