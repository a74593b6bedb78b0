"""The HR recruitment fixture: a system whose declarations (minimal risk, art. 6(3) derogation,
no DPIA) contradict its facts (Annex III employment, profiling of applicants). It must come out
non-compliant, in every pack, for those reasons and no others."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.packs import PACKS
from tests.support import EVALUATION_DATE, FIXTURES

HR = FIXTURES / "manifests" / "hr-recruitment-ranking.yaml"

#: The DPIA rules fail because the facts require a DPIA that was not carried out; the AI Act
#: rules (cnil-extended only) because the facts make the system high-risk; DPIA-03 warns because
#: the screening answers that no vulnerable people are concerned.
EXPECTED = {
    "cnil-2024": (
        {"DPIA-01", "DPIA-02", "DPIA-04", "DPIA-05", "DPIA-06"},
        {"DPIA-03", "DPIA-04.2", "DPIA-05.2"},
    ),
    "cnil-extended": (
        {"DPIA-01", "DPIA-02", "DPIA-04", "DPIA-05", "DPIA-06"}
        | {"AIACT-01", "AIACT-02", "AIACT-03", "AIACT-04"},
        {"DPIA-03", "DPIA-04.2", "DPIA-05.2"},
    ),
}


def check(server: LocalOpaServer, pack: str) -> tuple[int, Any]:
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--date", EVALUATION_DATE, "--pack", pack,
         "--opa-url", server.url, str(HR)],
        catch_exceptions=False,
    )  # fmt: skip
    return result.exit_code, json.loads(result.stdout)


def messages(verdict: Any, rule_id: str) -> list[str]:
    return [r["message"] for r in verdict["results"] if r["rule_id"] == rule_id]


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_hr_system_is_non_compliant_for_the_derived_reasons(
    opa_server: LocalOpaServer, pack: str
) -> None:
    code, verdict = check(opa_server, pack)
    assert code == 1
    assert verdict["verdict"] == "non_compliant"
    failing = {r["rule_id"] for r in verdict["results"] if r["status"] == "fail"}
    warning = {r["rule_id"] for r in verdict["results"] if r["status"] == "warn"}
    assert (failing, warning) == EXPECTED[pack]
    facts = {fact["id"]: fact for fact in verdict["derived_facts"]}
    # Derived facts do not depend on the pack.
    assert facts["ai_act_high_risk"]["value"] is True
    assert any("annex_iii_profiling" in basis for basis in facts["ai_act_high_risk"]["basis"])
    assert facts["dpia_cnil_list_items"]["value"] == [3]
    assert {"evaluation_scoring", "vulnerable_data_subjects", "large_scale"} <= set(
        facts["dpia_edpb_criteria"]["value"]
    )
    # 164,000 applicants: large scale by the tool's threshold (policies/lib/thresholds/data.yaml,
    # loaded by the OPA server the engine starts), not only by the screening's declaration.
    assert any(
        basis.startswith("large-scale processing: datasets.0.data_subjects_count=164000")
        and "the tool's threshold" in basis
        for basis in facts["dpia_edpb_criteria"]["basis"]
    )
    assert facts["dpia_required"]["value"] is True
    dpia_01 = " ".join(messages(verdict, "DPIA-01"))
    assert "place the processing in item 3 of the CNIL list" in dpia_01
    assert 'ai_system.intended_uses.0="recruitment" (/ai_system/intended_uses/0)' in dpia_01
    assert "/ai_act/performs_profiling" in " ".join(messages(verdict, "DPIA-02"))
    # The screening answers that no vulnerable people are concerned; the applicants are.
    assert "explicit_answers.vulnerable_data_subjects is false" in " ".join(
        messages(verdict, "DPIA-03")
    )


def test_hr_system_ai_act_classification_shows_both_sides(opa_server: LocalOpaServer) -> None:
    _, verdict = check(opa_server, "cnil-extended")
    (contradiction,) = [
        r
        for r in verdict["results"]
        if r["rule_id"] == "AIACT-01" and r["pointer"] == "/ai_act/risk_level"
    ]
    assert contradiction["message"].startswith(
        "The manifest classifies the system as minimal risk (ai_act.risk_level), but its facts"
        " make it high-risk under AI Act art. 6: "
    )
    assert "annex_iii_profiling: ai_act.performs_profiling=true" in contradiction["message"]
