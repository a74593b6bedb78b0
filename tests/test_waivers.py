"""Waivers, end to end against the real OPA: valid, expired, stale, refused, locked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.schema import validator
from tests.support import EVALUATION_DATE, FIXTURES, read_yaml

HOSPITAL = FIXTURES / "manifests" / "hospital-imaging.yaml"


def _hospital_without(tmp_path: Path, *, waivers: list[dict[str, Any]] | None = None) -> Path:
    """The hospital manifest with a MUST failure (no ropa_ref on activity 0) and a
    SHOULD warning (deletion of dataset 0 never verified), plus the given manifest waivers."""
    data = read_yaml(HOSPITAL)
    del data["processing_activities"][0]["ropa_ref"]
    data["datasets"][0]["retention"]["deletion_verification"] = "none"
    if waivers is not None:
        data["waivers"] = waivers
    path = tmp_path / "cnil-manifest.json"
    path.write_text(json.dumps(data, indent=2))
    return path


def _check(server: LocalOpaServer, manifest: Path, *extra: str) -> tuple[int, dict[str, Any], str]:
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--date", EVALUATION_DATE, "--opa-url", server.url,
         *extra, str(manifest)],
        catch_exceptions=False,
    )  # fmt: skip
    verdict = json.loads(result.stdout) if result.stdout else {}
    if verdict:
        validator("verdict.schema.json").validate(verdict)
    return result.exit_code, verdict, result.stderr


def _status(verdict: dict[str, Any], rule: str) -> set[str]:
    return {r["status"] for r in verdict["results"] if r["rule_id"] == rule}


def _platform_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "waivers.yaml"
    path.write_text(text)
    return path


def test_the_starting_point_fails_and_warns(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    code, verdict, _ = _check(opa_server, _hospital_without(tmp_path))
    assert code == 1
    assert "fail" in _status(verdict, "PURPOSE-02")
    assert "warn" in _status(verdict, "RET-04")


def test_a_manifest_waiver_of_a_should_rule_applies(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    waiver = {
        "rule": "RET-04",
        "pointer": "/datasets/0",
        "justification": "Purge is verified by the hospital archive service, outside this team.",
        "approved_by": "DPO",
        "date": "2025-12-01",
    }
    code, verdict, _ = _check(opa_server, _hospital_without(tmp_path, waivers=[waiver]))
    waived = [r for r in verdict["results"] if r["status"] == "waived"]
    assert [r["rule_id"] for r in waived] == ["RET-04"]
    assert waived[0]["waiver"]["justification"].startswith("Purge is verified")
    assert waived[0]["waiver"]["source"] == "manifest"
    assert verdict["waiver_notes"] == []
    assert code == 1  # PURPOSE-02 still fails


def test_a_manifest_cannot_waive_a_must_rule(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    waiver = {"rule": "PURPOSE-02", "justification": "Our register is kept elsewhere, trust us."}
    code, verdict, _ = _check(opa_server, _hospital_without(tmp_path, waivers=[waiver]))
    assert code == 1
    assert "fail" in _status(verdict, "PURPOSE-02")
    assert [(n["kind"], n["waiver"]["rule"]) for n in verdict["waiver_notes"]] == [
        ("refused", "PURPOSE-02")
    ]


def test_an_expired_waiver_no_longer_applies(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    waiver = {
        "rule": "RET-04",
        "justification": "Purge is verified by the hospital archive service.",
        "expires": "2025-12-31",
    }
    _, verdict, _ = _check(opa_server, _hospital_without(tmp_path, waivers=[waiver]))
    assert "warn" in _status(verdict, "RET-04")
    notes = verdict["waiver_notes"]
    assert [n["kind"] for n in notes] == ["expired"]
    assert "2025-12-31" in notes[0]["message"]


def test_a_waiver_that_matches_nothing_is_stale(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    waiver = {"rule": "RET-02", "justification": "Post-development subset kept for audits only."}
    _, verdict, _ = _check(opa_server, _hospital_without(tmp_path, waivers=[waiver]))
    assert _status(verdict, "RET-02") == {"pass"}
    assert [(n["kind"], n["waiver"]["rule"]) for n in verdict["waiver_notes"]] == [
        ("stale", "RET-02")
    ]


PLATFORM = """\
waivers_version: "1"
non_waivable: [{locked}]
waivers:
  - rule: PURPOSE-02
    manifests: "**/cnil-manifest.json"
    justification: Register entry being created by the DPO office this quarter.
    approved_by: platform-security
    ticket: SEC-1234
    expires: "{expires}"
"""


def test_a_platform_waiver_may_waive_a_must_rule(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    platform = _platform_file(tmp_path, PLATFORM.format(locked="SCOPE-01", expires="2026-06-30"))
    code, verdict, _ = _check(opa_server, _hospital_without(tmp_path), "--waivers", str(platform))
    assert _status(verdict, "PURPOSE-02") == {"waived"}
    waived = next(r for r in verdict["results"] if r["rule_id"] == "PURPOSE-02")
    assert waived["waiver"]["ticket"] == "SEC-1234"
    assert waived["waiver"]["expires"] == "2026-06-30"
    assert code == 0  # only a warning is left
    assert verdict["verdict"] == "compliant_with_warnings"


def test_an_expired_platform_waiver_fails_again(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    platform = _platform_file(tmp_path, PLATFORM.format(locked="SCOPE-01", expires="2026-01-14"))
    code, verdict, _ = _check(opa_server, _hospital_without(tmp_path), "--waivers", str(platform))
    assert code == 1
    assert [n["kind"] for n in verdict["waiver_notes"]] == ["expired"]


def test_a_locked_rule_cannot_be_waived(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    platform = _platform_file(tmp_path, PLATFORM.format(locked="PURPOSE-02", expires="2026-06-30"))
    code, verdict, _ = _check(opa_server, _hospital_without(tmp_path), "--waivers", str(platform))
    assert code == 1
    assert "fail" in _status(verdict, "PURPOSE-02")
    assert [n["kind"] for n in verdict["waiver_notes"]] == ["not_waivable"]


def test_a_platform_waiver_for_other_manifests_does_not_apply(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    text = PLATFORM.format(locked="SCOPE-01", expires="2026-06-30").replace(
        "**/cnil-manifest.json", "services/legacy-*/cnil-manifest.json"
    )
    code, verdict, _ = _check(
        opa_server, _hospital_without(tmp_path), "--waivers", str(_platform_file(tmp_path, text))
    )
    assert code == 1
    assert verdict["waiver_notes"] == []


def test_an_invalid_waiver_file_exits_2_with_its_line(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    text = PLATFORM.format(locked="SCOPE-01", expires="2026-06-30").replace(
        "    ticket: SEC-1234\n", ""
    )
    text = text.replace('    expires: "2026-06-30"\n', "")
    platform = _platform_file(tmp_path, text)
    code, _, stderr = _check(opa_server, _hospital_without(tmp_path), "--waivers", str(platform))
    assert code == 2
    assert f"{platform}:4:" in stderr and "missing required key 'expires'" in stderr


@pytest.mark.parametrize("fail_on", ["error", "warning", "never"])
def test_fail_on(opa_server: LocalOpaServer, tmp_path: Path, fail_on: str) -> None:
    platform = _platform_file(tmp_path, PLATFORM.format(locked="SCOPE-01", expires="2026-06-30"))
    code, _, _ = _check(
        opa_server, _hospital_without(tmp_path), "--waivers", str(platform), "--fail-on", fail_on
    )
    # Only a warning (RET-04) is left once PURPOSE-02 is waived.
    assert code == {"error": 0, "warning": 1, "never": 0}[fail_on]


def test_a_baseline_counts_only_new_or_worse_results(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    manifest = _hospital_without(tmp_path)
    code, verdict, _ = _check(opa_server, manifest)
    assert code == 1
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(verdict))
    code, _, _ = _check(opa_server, manifest, "--baseline", str(baseline))
    assert code == 0  # nothing new
    data = json.loads(manifest.read_text())
    del data["datasets"][0]["retention"]["period"]
    manifest.write_text(json.dumps(data))
    code, verdict, _ = _check(opa_server, manifest, "--baseline", str(baseline))
    assert code == 1  # RET-01 is new
    assert "fail" in _status(verdict, "RET-01")


def test_a_baseline_that_is_not_a_verdict_exits_2(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"hello": 1}')
    code, _, stderr = _check(opa_server, HOSPITAL, "--baseline", str(baseline))
    assert code == 2
    assert "not a cnilpolicy JSON verdict" in stderr


def test_text_output_shows_waivers_and_notes(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    platform = _platform_file(tmp_path, PLATFORM.format(locked="SCOPE-01", expires="2026-06-30"))
    stale = {"rule": "RET-02", "justification": "Post-development subset kept for audits only."}
    manifest = _hospital_without(tmp_path, waivers=[stale])
    result = CliRunner().invoke(
        main,
        ["check", "--date", EVALUATION_DATE, "--opa-url", opa_server.url,
         "--waivers", str(platform), str(manifest)],
        catch_exceptions=False,
    )  # fmt: skip
    out = result.stdout
    assert "~ PURPOSE-02" in out
    assert "waived: platform waiver: Register entry being created" in out
    assert "ticket SEC-1234" in out and "until 2026-06-30" in out
    assert "waivers that did not apply" in out
    assert "stale: manifest waiver of RET-02 matches no failure or warning" in out
