"""The wheel carries the policies, schemas and fixtures: an installed cnilpolicy works anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cnilpolicy.opa_install import PINNED_OPA_VERSION
from tests.support import EVALUATION_DATE, FIXTURES, ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """cnilpolicy built as a wheel and installed into a folder of its own."""
    build = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "--wheel-dir", str(build), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = build.glob("cnilpolicy-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "cnilpolicy/_data/policies/main/main.rego" in names
    # The tool's thresholds are data the policies read (data.lib.thresholds).
    assert "cnilpolicy/_data/policies/lib/thresholds/data.yaml" in names
    assert "cnilpolicy/_data/schemas/manifest.schema.json" in names
    assert "cnilpolicy/_data/policies/lib/thresholds/data.yaml" in names
    assert "cnilpolicy/_data/fixtures/manifests/hospital-imaging.yaml" in names
    assert "cnilpolicy/_data/packs/cnil-extended.yaml" in names
    assert not [name for name in names if name.endswith("_test.rego")]
    # The rule catalog `rules` and `explain` read without OPA.
    assert "cnilpolicy/rule_catalog.json" in names
    # The compiled gettext catalogue of the interface words (cnilpolicy/i18n.py).
    assert "cnilpolicy/locale/fr/LC_MESSAGES/cnilpolicy.mo" in names
    # Click's own words (cnilpolicy/click_language.py).
    assert "cnilpolicy/locale/fr/LC_MESSAGES/click.mo" in names
    templates = ROOT / "cnilpolicy" / "render" / "templates"
    assert {f"cnilpolicy/render/templates/{t.name}" for t in templates.iterdir()} <= set(names)
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return target


def _run(
    installed: Path, opa_binary: Path, cwd: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    # Outside the repository, with the installed copy first on the path.
    env = {**os.environ, "PYTHONPATH": str(installed), "CNILPOLICY_OPA": str(opa_binary)}
    code = "import sys; from cnilpolicy.cli import main; sys.argv[0] = 'cnilpolicy'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_installed_package_checks_a_manifest_with_its_own_policies(
    installed: Path, opa_binary: Path, tmp_path: Path
) -> None:
    manifest = tmp_path / "cnil-manifest.yaml"
    manifest.write_text((FIXTURES / "manifests" / "hospital-imaging.yaml").read_text())
    result = _run(installed, opa_binary, tmp_path, "check", "--format", "json", "--date",
                  EVALUATION_DATE, str(manifest))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == "compliant"
    where = _run(installed, opa_binary, tmp_path, "version")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import cnilpolicy.resources as r; print(r.policies_dir())"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(probe.stdout.strip()).is_relative_to(installed)


def test_the_installed_package_reads_the_tools_thresholds(
    installed: Path, opa_binary: Path, tmp_path: Path
) -> None:
    # 164,000 applicants is large-scale only through policies/lib/thresholds/data.yaml.
    manifest = tmp_path / "cnil-manifest.yaml"
    manifest.write_text((FIXTURES / "manifests" / "hr-recruitment-ranking.yaml").read_text())
    result = _run(installed, opa_binary, tmp_path, "check", "--format", "json", "--date",
                  EVALUATION_DATE, str(manifest))  # fmt: skip
    assert result.returncode == 1, result.stderr
    facts = {fact["id"]: fact for fact in json.loads(result.stdout)["derived_facts"]}
    assert any(
        "data_subjects_count=164000" in basis and "the tool's threshold" in basis
        for basis in facts["dpia_edpb_criteria"]["basis"]
    )


def test_the_installed_package_explains_rules_from_its_fixtures(
    installed: Path, opa_binary: Path, tmp_path: Path
) -> None:
    result = _run(installed, opa_binary, tmp_path, "explain", "RET-01")
    assert result.returncode == 0, result.stderr
    assert "fixtures/cases/retention/" in result.stdout
    french = _run(installed, opa_binary, tmp_path, "explain", "RET-01", "--lang", "fr")
    assert french.returncode == 0, french.stderr
    assert "Pourquoi :" in french.stdout and "Niveau : obligation" in french.stdout


def test_the_installed_package_writes_a_first_manifest_in_french(
    installed: Path, opa_binary: Path, tmp_path: Path
) -> None:
    answers = ROOT / "tests" / "data" / "init" / "llm-scraped.yaml"
    result = _run(installed, opa_binary, tmp_path, "init", "--answers", str(answers), "--lang",
                  "fr", "--date", EVALUATION_DATE)  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "cnil-manifest.yaml").read_text(encoding="utf-8")
    # The schema's French texts come with the wheel.
    assert "Où l'examen est consigné." in written
    schema = _run(installed, opa_binary, tmp_path, "schema")
    assert json.loads(schema.stdout)["$id"] == "https://cnilpolicy.dev/schemas/manifest.schema.json"


def _without_opa(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed cnilpolicy where no OPA can be found: none on PATH, no CNILPOLICY_OPA."""
    env = {key: value for key, value in os.environ.items() if key != "CNILPOLICY_OPA"}
    env["PATH"] = str(cwd)  # a folder with no opa in it
    env["PYTHONPATH"] = str(installed)
    code = "import sys; from cnilpolicy.cli import main; sys.argv[0] = 'cnilpolicy'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_rules_and_explain_need_no_opa(installed: Path, tmp_path: Path) -> None:
    listed = _without_opa(installed, tmp_path, "rules", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    ids = [rule["id"] for rule in json.loads(listed.stdout)]
    assert "RET-01" in ids and len(ids) == len(set(ids)) > 50
    explained = _without_opa(installed, tmp_path, "explain", "ret-01", "--lang", "fr")
    assert explained.returncode == 0, explained.stderr
    assert explained.stdout.startswith("RET-01 — ")
    assert "Pourquoi :" in explained.stdout
    # Click's words come from the wheel's own catalogue too.
    helped = _without_opa(installed, tmp_path, "check", "--lang", "fr", "--bogus")
    assert helped.returncode == 2
    assert "Erreur : Option inconnue : '--bogus'." in helped.stderr


def test_check_without_opa_says_how_to_get_it(installed: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "cnil-manifest.yaml"
    manifest.write_text((FIXTURES / "manifests" / "hospital-imaging.yaml").read_text())
    result = _without_opa(installed, tmp_path, "check", str(manifest))
    assert result.returncode == 3
    (line,) = result.stderr.splitlines()
    for way in (
        "CNILPOLICY_OPA",
        "--opa-path",
        "PATH",
        f"go install github.com/open-policy-agent/opa@v{PINNED_OPA_VERSION}",
        f"https://github.com/open-policy-agent/opa/releases/download/v{PINNED_OPA_VERSION}/",
    ):
        assert way in line
    assert "make setup" not in line  # means nothing to someone who installed the wheel
    assert result.stdout.startswith(f"{manifest}: NOT EVALUATED (ENGINE ERROR)")
