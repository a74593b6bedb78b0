"""Configuration: found like ruff finds its own, and never able to weaken the gate (issue 10, 3).

Precedence: the file, then CNILPOLICY_* variables, then flags. The file belongs
to the audited project; the gate belongs to whoever runs it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cnilpolicy.cli import main
from cnilpolicy.config import Choices, ConfigError, check_table, find_config
from cnilpolicy.engine import LocalOpaServer
from tests.support import EVALUATION_DATE, FIXTURES, load_case

NO_PERSONAL_DATA = str(FIXTURES / "manifests" / "no-personal-data.yaml")
FAILING_CASE = FIXTURES / "cases" / "scope" / "scope-01-screening-not-declared.yaml"


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository (it has .git) with a sub-folder, run from that sub-folder."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "services" / "x").mkdir(parents=True)
    monkeypatch.chdir(root / "services" / "x")
    for name in list(os.environ):
        if name.startswith("CNILPOLICY_") and name != "CNILPOLICY_OPA":
            monkeypatch.delenv(name)
    return root


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def check(server: LocalOpaServer, *args: str, env: dict[str, str] | None = None) -> Result:
    return run("check", "--date", EVALUATION_DATE, "--opa-url", server.url, *args, env=env)


def test_the_nearest_file_up_to_the_repository_root_is_used(
    repository: Path, opa_server: LocalOpaServer
) -> None:
    (repository.parent / "cnilpolicy.toml").write_text('format = "junit"\n')  # outside: ignored
    (repository / "pyproject.toml").write_text('[tool.cnilpolicy]\nformat = "json"\n')
    (repository / "services" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    result = check(opa_server, NO_PERSONAL_DATA)
    assert json.loads(result.stdout)["verdict"] == "compliant"
    (repository / "services" / "cnilpolicy.toml").write_text('format = "github"\n')
    assert run("check", "--date", EVALUATION_DATE, "--opa-url", opa_server.url,
               NO_PERSONAL_DATA).stdout.startswith("cnilpolicy: ")  # fmt: skip


def test_outside_a_repository_only_the_working_folder_is_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "cnilpolicy.toml").write_text('format = "json"\n')
    (tmp_path / "sub").mkdir()
    assert find_config(tmp_path / "sub") is None
    assert find_config(tmp_path) == (tmp_path / "cnilpolicy.toml", {"format": "json"})


def test_cnilpolicy_toml_comes_before_pyproject_in_one_folder(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.cnilpolicy]\nformat = "json"\n')
    (tmp_path / "cnilpolicy.toml").write_text('format = "sarif"\n')
    assert find_config(tmp_path) == (tmp_path / "cnilpolicy.toml", {"format": "sarif"})


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('fail-on = "never"', "fail-on"),
        ('waivers = "ci/waivers.yaml"', "waivers"),
        ('baseline = "old.json"', "baseline"),
        ('opa-url = "http://203.0.113.9:8181"', "opa-url"),
        ('opa_path = "/tmp/fake-opa"', "opa_path"),
        ('glob = "nothing/*.yaml"', "glob"),
    ],
)
def test_the_audited_project_cannot_weaken_its_own_gate(
    repository: Path, line: str, key: str
) -> None:
    # Run from the repository's root, as the GitHub Action's gate does.
    (repository / "cnilpolicy.toml").write_text(line + "\n")
    result = run("check", "--date", EVALUATION_DATE, NO_PERSONAL_DATA)
    assert result.exit_code == 2
    (message,) = result.stderr.splitlines()
    assert message.startswith(f"cnilpolicy: error: {repository / 'cnilpolicy.toml'}: {key}: ")


def test_a_failing_manifest_fails_whatever_the_file_says(
    repository: Path, opa_server: LocalOpaServer, tmp_path: Path
) -> None:

    manifest = tmp_path / "failing.json"
    manifest.write_text(json.dumps(load_case(FAILING_CASE).manifest))
    (repository / "pyproject.toml").write_text('[tool.cnilpolicy]\nfail-on = "never"\n')
    assert check(opa_server, str(manifest)).exit_code == 2
    (repository / "pyproject.toml").write_text('[tool.cnilpolicy]\nfail-on = "warning"\n')
    assert check(opa_server, str(manifest)).exit_code == 1  # stricter is allowed


def test_a_narrower_pack_is_refused_but_a_wider_one_is_allowed(tmp_path: Path) -> None:
    choices = Choices(
        formats=("json",),
        packs={"small": ("scope",), "full": ("scope", "purpose")},
        default_pack="full",
        languages=("en",),
    )
    with pytest.raises(ConfigError, match="pack: 'small' would weaken the gate"):
        check_table(tmp_path / "c.toml", {"pack": "small"}, choices)
    narrow_default = Choices(choices.formats, choices.packs, "small", choices.languages)
    assert check_table(tmp_path / "c.toml", {"pack": "full"}, narrow_default) == {"pack": "full"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('jobs = "many"', "jobs: must be an integer"),
        ("timeout = -1", "timeout: must be a number"),
        ('format = "pdf"', "format: 'pdf' is not one of"),
        ('colour = "always"', "colour: unknown cnilpolicy setting"),
        ("format = ", "cannot read configuration"),
    ],
)
def test_errors_name_the_file_and_the_key(repository: Path, line: str, expected: str) -> None:
    (repository / "cnilpolicy.toml").write_text(line + "\n")
    result = run("check", NO_PERSONAL_DATA)
    assert result.exit_code == 2
    assert str(repository / "cnilpolicy.toml") in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_variables_come_between_the_file_and_the_flags(
    repository: Path, opa_server: LocalOpaServer
) -> None:
    (repository / "cnilpolicy.toml").write_text('format = "json"\n')
    from_file = check(opa_server, NO_PERSONAL_DATA)
    assert json.loads(from_file.stdout)["verdict"] == "compliant"
    from_variable = check(opa_server, NO_PERSONAL_DATA, env={"CNILPOLICY_FORMAT": "github"})
    assert from_variable.stdout.startswith("cnilpolicy: ")
    from_flag = check(
        opa_server, "--format", "junit", NO_PERSONAL_DATA, env={"CNILPOLICY_FORMAT": "github"}
    )
    assert from_flag.stdout.startswith("<?xml")


def test_the_pipeline_sets_what_the_file_may_not(
    repository: Path, opa_server: LocalOpaServer, tmp_path: Path
) -> None:

    manifest = tmp_path / "failing.json"
    manifest.write_text(json.dumps(load_case(FAILING_CASE).manifest))
    result = run(
        "check",
        "--date",
        EVALUATION_DATE,
        str(manifest),
        env={"CNILPOLICY_OPA_URL": opa_server.url, "CNILPOLICY_FAIL_ON": "never"},
    )
    assert result.exit_code == 0


def test_isolated_ignores_every_configuration_file(
    repository: Path, opa_server: LocalOpaServer
) -> None:
    (repository / "cnilpolicy.toml").write_text('fail-on = "never"\nformat = "json"\n')
    result = check(opa_server, "--isolated", NO_PERSONAL_DATA)
    assert result.exit_code == 0
    assert "COMPLIANT" in result.stdout  # text: the file's format was not read
    variable = check(opa_server, NO_PERSONAL_DATA, env={"CNILPOLICY_ISOLATED": "1"})
    assert variable.exit_code == 0
