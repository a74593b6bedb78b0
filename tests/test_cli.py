"""End to end: the cnilpolicy command against the real OPA."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.opa_install import PINNED_OPA_VERSION
from cnilpolicy.packs import PACKS
from cnilpolicy.policyset import load_policy_set
from cnilpolicy.schema import validator
from tests.support import COMPLIANT_MANIFESTS, EVALUATION_DATE, FIXTURES

MANIFESTS = FIXTURES / "manifests"
HOSPITAL = MANIFESTS / "hospital-imaging.yaml"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def check_json(server: LocalOpaServer, *args: str) -> tuple[int, Any]:
    result = run(
        "check", "--format", "json", "--date", EVALUATION_DATE, "--opa-url", server.url, *args
    )
    return result.exit_code, json.loads(result.stdout) if result.stdout else None


@pytest.mark.parametrize("manifest", COMPLIANT_MANIFESTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("pack", sorted(PACKS))
def test_compliant_fixtures_pass_every_step(
    opa_server: LocalOpaServer, manifest: Path, pack: str
) -> None:
    code, verdict = check_json(opa_server, "--pack", pack, str(manifest))
    problems = [
        (r["rule_id"], r["status"], r["message"])
        for r in verdict["results"]
        if r["status"] in ("fail", "warn")
    ]
    assert problems == []
    assert verdict["verdict"] == "compliant"
    assert code == 0
    assert [step["id"] for step in verdict["steps"]] == list(PACKS[pack].steps)
    validator("verdict.schema.json").validate(verdict)


def test_a_project_without_personal_data_is_compliant_and_rules_do_not_apply(
    opa_server: LocalOpaServer,
) -> None:
    code, verdict = check_json(opa_server, str(MANIFESTS / "no-personal-data.yaml"))
    assert code == 0
    statuses = {r["rule_id"]: r["status"] for r in verdict["results"]}
    assert statuses["SCOPE-01"] == "pass"
    assert statuses["RET-01"] == "not_applicable"
    assert statuses["DPIA-01"] == "not_applicable"
    fact = next(f for f in verdict["derived_facts"] if f["id"] == "gdpr_applies")
    assert fact["value"] is False


def test_json_is_byte_identical_across_runs_and_servers(
    opa_binary: Path, cnil_bundle: Path, tmp_path: Path
) -> None:
    outputs = []
    for _ in range(2):
        # Each run starts its own OPA: nothing is shared between the two.
        with LocalOpaServer(opa_binary, policies=cnil_bundle) as server:
            result = run(
                "check",
                "--format",
                "json",
                "--date",
                EVALUATION_DATE,
                "--opa-url",
                server.url,
                str(HOSPITAL),
                str(MANIFESTS / "llm-web-scraped.yaml"),
            )
            outputs.append(result.stdout_bytes)
    assert outputs[0] == outputs[1]
    batch = json.loads(outputs[0])
    assert [m["manifest"]["path"] for m in batch["manifests"]] == [
        str(HOSPITAL),
        str(MANIFESTS / "llm-web-scraped.yaml"),
    ]
    validator("verdict.schema.json").validate(batch)


def test_the_evaluation_date_is_the_one_given(opa_server: LocalOpaServer) -> None:
    _, verdict = check_json(opa_server, str(HOSPITAL))
    assert verdict["evaluation_date"] == EVALUATION_DATE


@pytest.mark.parametrize("failing", [False, True])
def test_french_and_english_give_the_same_outcomes(
    opa_server: LocalOpaServer, tmp_path: Path, failing: bool
) -> None:
    manifest = HOSPITAL
    if failing:
        data = _yaml(HOSPITAL)
        del data["processing_activities"][0]["ropa_ref"]
        del data["datasets"][0]["retention"]
        manifest = tmp_path / "failing.json"
        manifest.write_text(json.dumps(data))
    _, english = check_json(opa_server, "--pack", "cnil-extended", str(manifest))
    _, french = check_json(opa_server, "--pack", "cnil-extended", "--lang", "fr", str(manifest))
    assert [(r["rule_id"], r["status"], r["pointer"]) for r in english["results"]] == [
        (r["rule_id"], r["status"], r["pointer"]) for r in french["results"]
    ]
    assert english["lang"] == "en" and french["lang"] == "fr"
    differing = [
        e
        for e, f in zip(english["results"], french["results"], strict=True)
        if e["message"] != f["message"]
    ]
    assert len(differing) == len(english["results"])


def test_text_output_explains_a_failure_with_its_line(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    manifest = tmp_path / "no-ropa.json"
    data = json.loads(json.dumps(_yaml(HOSPITAL)))
    del data["processing_activities"][0]["ropa_ref"]
    manifest.write_text(json.dumps(data, indent=2))
    result = run("check", "--date", EVALUATION_DATE, "--opa-url", opa_server.url, str(manifest))
    assert result.exit_code == 1
    out = result.stdout
    assert "NON COMPLIANT" in out
    assert "✗ PURPOSE-02" in out
    assert f"where: {manifest}:" in out
    assert "/processing_activities/0/ropa_ref" in out
    assert "fix:" in out and "see:" in out
    assert "\x1b[" not in out  # no colour when not a terminal


def test_output_file(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    target = tmp_path / "verdict.json"
    result = run(
        "check",
        "--format",
        "json",
        "--date",
        EVALUATION_DATE,
        "--opa-url",
        opa_server.url,
        "--output",
        str(target),
        str(HOSPITAL),
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text())["verdict"] == "compliant"


def test_schema_invalid_manifest_exits_2_with_lines(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    manifest = tmp_path / "typo.yaml"
    manifest.write_text(
        "manifest_version: '0.1'\n"
        "organisation:\n  name: ACME\n  has_dpoo: true\n"
        "legal_regime: gdprr\n"
        "personal_data:\n  processed: false\n  screening_ref: s.md\n"
    )
    result = run("check", "--opa-url", opa_server.url, str(manifest))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert f"{manifest}:4:3: /organisation/has_dpoo: unknown key 'has_dpoo'" in lines
    assert any(
        line.startswith(f"{manifest}:5:") and "/legal_regime" in line and "gdprr" in line
        for line in lines
    )
    # The report lists it too, with the same places.
    assert result.stdout.startswith(f"{manifest}: INVALID MANIFEST (2 errors)\n")
    assert f"  {manifest}:4:3: /organisation/has_dpoo: unknown key 'has_dpoo'" in result.stdout


def test_validate_reports_every_issue(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "manifest_version: '0.1'\ndatasets:\n  - id: ds\n    retention:\n      period: two years\n"
    )
    good = MANIFESTS / "no-personal-data.yaml"
    result = run("validate", str(good), str(bad))
    assert result.exit_code == 2
    assert f"{good}: valid" in result.stdout
    assert any(
        line.startswith(f"{bad}:5:") and "/datasets/0/retention/period" in line
        for line in result.stderr.splitlines()
    )


def test_unreadable_manifest_exits_2(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "absent.yaml"))
    assert result.exit_code == 2
    assert "cannot read manifest" in result.stderr


def test_no_opa_exits_3_and_says_how_to_install(tmp_path: Path) -> None:
    result = run("check", "--opa-path", str(tmp_path / "no-opa"), str(HOSPITAL))
    assert result.exit_code == 3
    assert result.stderr.startswith("cnilpolicy: error: OPA binary given by --opa-path")
    assert result.stdout.startswith(f"{HOSPITAL}: NOT EVALUATED (ENGINE ERROR)")


def test_invalid_manifests_alone_need_no_opa(tmp_path: Path) -> None:
    bad = tmp_path / "cnil-manifest.yaml"
    bad.write_text("project: [unclosed\n", encoding="utf-8")
    result = run("check", "--opa-path", str(tmp_path / "no-opa"), str(bad))
    assert result.exit_code == 2
    assert "OPA" not in result.stderr
    assert str(bad) in result.stderr


def test_unreachable_opa_url_exits_3() -> None:
    result = run("check", "--opa-url", "http://127.0.0.1:9", "--timeout", "1", str(HOSPITAL))
    assert result.exit_code == 3
    assert "unreachable" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_date_is_a_usage_error() -> None:
    result = run("check", "--date", "28/11/2026", str(HOSPITAL))
    assert result.exit_code == 2


def test_version_names_tool_policies_and_opa() -> None:
    result = run("version")
    assert result.exit_code == 0
    # The policies' version is their digest: the revision of 'cnilpolicy bundle build'.
    assert result.stdout.splitlines()[:2] == [
        "cnilpolicy 0.1.0",
        f"policies {load_policy_set().revision}",
    ]
    assert result.stdout.splitlines()[2].startswith(f"opa {PINNED_OPA_VERSION} ")


def test_installed_command_starts_and_stops_its_own_opa(tmp_path: Path) -> None:
    # The console script as a user runs it: no --opa-url, OPA found and started by cnilpolicy.
    command = Path(sys.executable).parent / "cnilpolicy"
    completed = subprocess.run(
        [str(command), "check", "--format", "json", "--date", EVALUATION_DATE, str(HOSPITAL)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["verdict"] == "compliant"


def _yaml(path: Path) -> Any:
    from tests.support import read_yaml

    return read_yaml(path)


def test_a_proxy_in_the_environment_does_not_reach_the_local_opa() -> None:
    # CI runners often set HTTP_PROXY without 127.0.0.1 in NO_PROXY; port 9 (discard)
    # has no proxy behind it, so any request sent there would fail the run.
    proxy = "http://127.0.0.1:9"
    env = {name: proxy for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")}
    env |= {"NO_PROXY": "", "no_proxy": ""}
    result = run("check", "--format", "json", "--date", EVALUATION_DATE, str(HOSPITAL), env=env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == "compliant"
