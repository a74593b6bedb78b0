"""An organisation's rules next to the CNIL ones: examples/org-pack through every command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.packs import PACKS
from cnilpolicy.policyset import load_policy_set
from tests.support import EVALUATION_DATE, FIXTURES, ROOT

ORG = ROOT / "examples" / "org-pack"
NOWCAST = ORG / "manifests" / "nowcast.yaml"
HOSPITAL = FIXTURES / "manifests" / "hospital-imaging.yaml"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _check(*args: str) -> Result:
    return run("check", "--date", EVALUATION_DATE, "--policy", str(ORG), *args)


def _statuses(verdict: dict[str, object]) -> dict[str, str]:
    results = verdict["results"]
    assert isinstance(results, list)
    return {r["rule_id"]: r["status"] for r in results}


def test_the_org_rules_run_in_their_pack_with_the_cnil_ones() -> None:
    result = _check("--pack", "acme", "--format", "json", str(NOWCAST))
    assert result.exit_code == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert [step["id"] for step in verdict["steps"]] == [
        *PACKS["cnil-extended"].steps,
        "acme_governance",
    ]
    statuses = _statuses(verdict)
    assert statuses["ACME-01"] == "pass"
    assert statuses["ACME-02"] == "pass"
    assert statuses["SCOPE-01"] == "pass"
    assert verdict["engine"]["policy_version"] == load_policy_set([ORG]).revision


def test_an_org_rule_in_a_cnil_step_runs_in_the_cnil_packs_too() -> None:
    result = _check("--format", "json", str(HOSPITAL))
    verdict = json.loads(result.stdout)
    assert result.exit_code == 1
    assert _statuses(verdict)["ACME-02"] == "fail"  # the hospital's forge is not ACME's
    assert "ACME-01" not in _statuses(verdict)  # its step is in the acme pack only


def test_org_findings_appear_in_every_format(tmp_path: Path) -> None:
    sarif = json.loads(_check("--pack", "acme", "--format", "sarif", str(HOSPITAL)).stdout)
    declared = {rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert {"ACME-01", "ACME-02", "RET-01"} <= declared
    for output_format in ("text", "markdown", "junit", "github", "html"):
        out = _check("--pack", "acme", "--format", output_format, str(HOSPITAL)).stdout
        assert "ACME-01" in out, output_format


def test_a_waiver_and_a_baseline_apply_to_org_rules(tmp_path: Path) -> None:
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        'waivers_version: "1"\n'
        "waivers:\n"
        "  - rule: ACME-02\n"
        "    manifests: '**/hospital-imaging.yaml'\n"
        "    justification: The hospital keeps its own forge under a 2025 agreement with ACME.\n"
        "    approved_by: ACME security office\n"
        "    ticket: SEC-2031\n"
        '    expires: "2026-12-31"\n',
        encoding="utf-8",
    )
    result = _check("--format", "json", "--waivers", str(waivers), str(HOSPITAL))
    assert _statuses(json.loads(result.stdout))["ACME-02"] == "waived", result.stderr
    baseline = tmp_path / "baseline.json"
    baseline.write_text(_check("--pack", "acme", "--format", "json", str(HOSPITAL)).stdout)
    again = _check("--pack", "acme", "--baseline", str(baseline), str(HOSPITAL))
    assert again.exit_code == 0, again.output


def test_rules_and_explain_know_the_org_rules() -> None:
    listed = json.loads(
        run("rules", "--policy", str(ORG), "--pack", "acme", "--format", "json").stdout
    )
    assert {"ACME-01", "ACME-02"} <= {rule["id"] for rule in listed}
    explained = run("explain", "ACME-01", "--policy", str(ORG), "--lang", "fr")
    assert explained.exit_code == 0
    assert "Validation par le comité IA d'ACME" in explained.stdout
    assert run("explain", "ACME-01").exit_code == 2  # unknown without the folder


def test_the_extension_is_checked_by_the_org_schema_with_lines(tmp_path: Path) -> None:
    manifest = tmp_path / "m.yaml"
    text = NOWCAST.read_text(encoding="utf-8")
    manifest.write_text(text.replace('review_board_ref: "', 'review_board: "'), encoding="utf-8")
    line = (
        text.splitlines().index(next(x for x in text.splitlines() if "review_board_ref" in x)) + 1
    )
    result = _check("--pack", "acme", str(manifest))
    assert result.exit_code == 2
    assert f"{manifest}:{line}:5: /extensions/acme/review_board: unknown key 'review_board'" in (
        result.stderr
    )


def test_an_extension_no_folder_declares_is_an_unknown_key(tmp_path: Path) -> None:
    result = run("check", "--date", EVALUATION_DATE, str(NOWCAST))
    assert result.exit_code == 2
    assert "/extensions/acme: unknown key 'acme'" in result.stderr
    assert "/extensions/acme: unknown key 'acme'" in run("validate", str(NOWCAST)).stderr
    assert run("validate", "--policy", str(ORG), str(NOWCAST)).exit_code == 0


def test_a_rule_id_colliding_with_a_cnil_id_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    shutil.copytree(ORG, folder)
    rule = folder / "acme" / "governance" / "acme_01.rego"
    rule.write_text(rule.read_text(encoding="utf-8").replace("id: ACME-01", "id: RET-01"))
    result = run("check", "--policy", str(folder), str(NOWCAST))
    assert result.exit_code == 3
    assert "rule id RET-01 is already a CNIL rule id" in result.stderr
    assert (
        run("bundle", "build", "--policy", str(folder), "--output", str(tmp_path / "b")).exit_code
        == 3
    )


def test_cnilpolicy_test_runs_the_org_tests_with_coverage(tmp_path: Path) -> None:
    result = run("test", str(ORG))
    assert result.exit_code == 0, result.output
    assert "7/7 tests passed" in result.stdout
    assert "100.00 %  acme/governance/acme_01.rego" in result.stdout
    folder = tmp_path / "org"
    shutil.copytree(ORG, folder)
    test = folder / "acme" / "security" / "acme_02_test.rego"
    test.write_text(test.read_text(encoding="utf-8").replace('"ACME-02"', '"ACME-09"'))
    failing = run("test", str(folder), "--threshold", "100")
    assert failing.exit_code == 1
    assert "FAIL data.cnil.security.acme_02_test.test_the_rule_describes_itself" in failing.stdout
    test.unlink()  # ACME-02 untested: its coverage falls
    assert run("test", str(folder)).exit_code == 0
    under = run("test", str(folder), "--threshold", "90")
    assert under.exit_code == 1
    assert "0.00 %  acme/security/acme_02.rego" in under.stdout
    assert "under the threshold of 90 %" in under.stdout


@pytest.fixture(scope="module")
def org_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("org") / "bundle.tar.gz"
    result = run("bundle", "build", "--policy", str(ORG), "--output", str(target))
    assert result.exit_code == 0, result.output
    return target


def test_a_server_with_the_org_bundle_serves_runs_with_the_folder_only(
    opa_binary: Path, org_bundle: Path
) -> None:
    with LocalOpaServer(opa_binary, policies=org_bundle) as server:
        pooled = _check("--pack", "acme", "--format", "json", "--opa-url", server.url, str(NOWCAST))
        without_folder = run("check", "--opa-url", server.url, str(HOSPITAL))
    local = _check("--pack", "acme", "--format", "json", str(NOWCAST))
    assert pooled.stdout == local.stdout
    assert without_folder.exit_code == 3
    assert f"OPA server {server.url} holds policies of revision" in without_folder.stderr


def test_the_folders_and_the_pool_come_from_the_pipeline_not_the_project(
    opa_binary: Path, org_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The audited project's configuration may not choose the rules that judge it.
    (tmp_path / "cnilpolicy.toml").write_text(f'policy = ["{ORG}"]\n')
    monkeypatch.chdir(tmp_path)
    refused = run("check", "--date", EVALUATION_DATE, str(NOWCAST))
    assert refused.exit_code == 2
    assert "policy: only the pipeline may set it" in refused.stderr
    (tmp_path / "cnilpolicy.toml").unlink()
    with LocalOpaServer(opa_binary, policies=org_bundle) as server:
        monkeypatch.setenv("CNILPOLICY_POLICY", str(ORG))
        monkeypatch.setenv("CNILPOLICY_OPA_URL", f"{server.url} {server.url}/")
        monkeypatch.setenv("CNILPOLICY_PACK", "acme")
        result = run("check", "--format", "json", "--date", EVALUATION_DATE, str(NOWCAST))
    assert result.exit_code == 0, result.stderr
    assert _statuses(json.loads(result.stdout))["ACME-01"] == "pass"


def test_a_folder_file_at_a_cnil_file_s_path_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    shutil.copytree(ORG, folder)
    (folder / "lib").mkdir()
    (folder / "lib" / "result.rego").write_text("package cnilpolicy.lib.result\n\nx := 1\n")
    result = run("check", "--policy", str(folder), str(NOWCAST))
    assert result.exit_code == 3
    assert "the bundle path lib/result.rego is also given by" in result.stderr


@pytest.mark.parametrize(
    ("package", "problem"),
    [
        ("cnil.retention.ret_01", "data.cnil.retention.ret_01 is the package of CNIL rule RET-01"),
        ("cnilpolicy.lib.result", "data.cnilpolicy.lib.result belongs to cnilpolicy itself"),
    ],
)
def test_a_folder_file_in_a_cnil_package_is_refused(
    tmp_path: Path, package: str, problem: str
) -> None:
    # Rego merges a package's files: this one could add results to a CNIL rule.
    folder = tmp_path / "org"
    shutil.copytree(ORG, folder)
    (folder / "acme" / "extra.rego").write_text(f"package {package}\n\nextra := 1\n")
    result = run("check", "--policy", str(folder), str(NOWCAST))
    assert result.exit_code == 3
    assert problem in result.stderr
