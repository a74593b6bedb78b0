"""`cnilpolicy init` from an answers file and from defaults, `cnilpolicy schema`, docs/manifest*.md.

Every manifest init writes is read back by the loader, validated by the schema and
checked by the real OPA (init runs the check itself; `check` is run again here).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.init_texts import ACTIVITY_KEYS, DATASET_KEYS, QUESTIONS, TOP_KEYS
from cnilpolicy.loader import load_manifest
from cnilpolicy.resources import schemas_dir
from cnilpolicy.schema import schema_issues
from tests.support import EVALUATION_DATE, ROOT

ANSWERS = ROOT / "tests" / "data" / "init"
SCENARIOS = sorted(path.stem for path in ANSWERS.glob("*.yaml"))


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(autouse=True)
def _one_opa_server(opa_server: LocalOpaServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # init and check reach the session's OPA server rather than starting one each.
    monkeypatch.setenv("CNILPOLICY_TEST_OPA_URL", opa_server.url)


def _opa_url() -> str:
    return os.environ["CNILPOLICY_TEST_OPA_URL"]


def init(tmp_path: Path, *args: str, input: str | None = None) -> tuple[Result, Path]:
    target = tmp_path / "cnil-manifest.yaml"
    result = run(
        "init", "--output", str(target), "--date", EVALUATION_DATE, "--opa-url", _opa_url(),
        *args, input=input,
    )  # fmt: skip
    return result, target


def check_json(path: Path) -> Result:
    return run(
        "check", str(path), "--date", EVALUATION_DATE, "--format", "json", "--opa-url", _opa_url()
    )


def checked(path: Path) -> dict[str, Any]:
    """The manifest's data, once shown valid and evaluated by OPA (exit 0 or 1, never 2 or 3)."""
    manifest = load_manifest(path)
    assert schema_issues(manifest) == []
    verdict = check_json(path)
    assert verdict.exit_code in (0, 1), verdict.output
    assert json.loads(verdict.stdout)["manifest"]["path"] == str(path)
    return manifest.data


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_an_answers_file_writes_a_manifest_that_validates_and_checks(
    tmp_path: Path, scenario: str
) -> None:
    result, target = init(tmp_path, "--answers", str(ANSWERS / f"{scenario}.yaml"))
    assert result.exit_code == 0, result.output
    assert f"{target}: NON COMPLIANT" in result.stdout
    assert "Next to fill in:" in result.stdout
    data = checked(target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith(
        "# yaml-language-server: $schema=https://cnilpolicy.dev/schemas/manifest.schema.json\n"
    )
    assert "# screening_ref: <reference" in text  # what no question can know, left visible
    assert data["personal_data"].get("screening_ref") is None


def test_no_personal_data_writes_no_gdpr_section(tmp_path: Path) -> None:
    result, target = init(tmp_path, "--answers", str(ANSWERS / "no-personal-data.yaml"))
    data = checked(target)
    assert data["personal_data"] == {"processed": False}
    gdpr_only = {"legal_regime", "processing_activities", "datasets", "dpia", "transparency"}
    assert gdpr_only.isdisjoint(data)
    assert set(data["organisation"]) == {"name"}  # public authority, DPO: GDPR questions
    assert data["deployment"] == {"purpose": "Two-hour precipitation nowcasting for the coast"}
    # The only failures are the two fields no question fills: the screening record
    # and the AI Act risk level (the default pack evaluates the AI Act links).
    assert "(2 fail," in result.stdout
    assert "SCOPE-01" in result.stdout
    assert "AIACT-01" in result.stdout


def test_the_scraped_llm_gets_the_scraping_and_legitimate_interest_blocks(tmp_path: Path) -> None:
    _, target = init(tmp_path, "--answers", str(ANSWERS / "llm-scraped.yaml"))
    data = checked(target)
    text = target.read_text(encoding="utf-8")
    dataset = data["datasets"][0]
    assert dataset["source_type"] == "web_scraping"
    assert dataset["special_categories"] == [
        {"category": "health_data", "art9_exception": "manifestly_made_public_by_data_subject"}
    ]
    assert [c["name"] for c in dataset["personal_data_categories"]] == [
        "pseudonyms",
        "free text about people",
    ]
    assert dataset["retention"] == {"period": "P2Y"}
    activity = data["processing_activities"][0]
    assert activity["legal_basis"] == "legitimate_interests"
    assert activity["art9_exception"] == "manifestly_made_public_by_data_subject"
    assert activity["dataset_ids"] == [dataset["id"]]
    assert data["ai_act"]["annex_iii_area"] is None
    assert data["ai_act"]["gpai_model"] is True
    # Sections the interview cannot fill stay as commented skeletons, each with its readers.
    assert "# scraping: read by" in text
    assert "\n# scraping:\n  # collection_criteria:\n" in text
    assert "\n  # respects_robots_txt: <boolean>" in text
    assert "    # legitimate_interest:\n      # interest: <text>" in text
    assert "scraping" not in data


def test_the_hr_system_declares_its_known_use_and_area(tmp_path: Path) -> None:
    _, target = init(tmp_path, "--answers", str(ANSWERS / "hr-system.yaml"))
    data = checked(target)
    assert data["ai_system"]["general_purpose"] is False
    assert data["ai_system"]["operational_use_known"] is True
    assert data["ai_act"]["annex_iii_area"] == "employment"
    assert data["ai_act"]["performs_profiling"] is True
    assert data["deployment"]["legal_regime"] == "gdpr"
    purpose = data["processing_activities"][0]["purpose"]
    assert purpose["deployment_purpose"].startswith("Flag employees")
    assert data["dpia"]["screening"]["explicit_answers"]["vulnerable_data_subjects"] is True
    text = target.read_text(encoding="utf-8")
    assert "    # reuse:\n" in text and "    # compatibility_test:\n" in text  # own data reused
    assert "\n# scraping:" not in text  # no dataset is scraped


def test_accepting_every_default_writes_a_valid_cautious_manifest(tmp_path: Path) -> None:
    result, target = init(tmp_path, input="\n" * 200)
    assert result.exit_code == 0, result.output
    data = checked(target)
    assert data["personal_data"]["processed"] is True
    assert data["legal_regime"] == "gdpr"
    assert data["ai_system"] == {
        "ml_based": True,
        "general_purpose": True,
        "operational_use_known": False,
        "generative": True,
        "learning_mode": "continuous",
    }
    assert data["ai_act"]["operator_role"] == "provider"
    assert "annex_iii_area" not in data["ai_act"]  # undecided: left to fill in
    assert "legal_basis" not in data["processing_activities"][0]
    assert all(data["dpia"]["screening"]["explicit_answers"].values())
    assert data["datasets"][0]["source_type"] == "web_scraping"


def test_the_defaults_are_the_answers_of_an_empty_answers_file(tmp_path: Path) -> None:
    empty = tmp_path / "answers.yaml"
    empty.write_text("{}\n")
    _, from_file = init(tmp_path, "--answers", str(empty))
    by_hand = tmp_path / "by-hand"
    _, from_prompts = init(by_hand, input="\n" * 200)
    assert from_file.read_text().replace(tmp_path.name, "X") == from_prompts.read_text().replace(
        by_hand.name, "X"
    )


def test_an_existing_manifest_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "cnil-manifest.yaml"
    target.write_text("manifest_version: '0.1'\n")
    result = CliRunner().invoke(main, ["init", "--output", str(target)], input="\n" * 200)
    assert result.exit_code == 2
    assert "exists; use --force" in result.stderr
    assert target.read_text() == "manifest_version: '0.1'\n"
    result, _ = init(tmp_path, "--force", input="\n" * 200)
    assert result.exit_code == 0
    assert target.read_text().startswith("# yaml-language-server")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ("personal_dta: true\n", "unknown answer key 'personal_dta'"),
        ("personal_data: maybe\n", "personal_data: expected true or false"),
        ("legal_regime: french\n", "legal_regime: 'french' is not one of: gdpr,"),
        ("datasets: [{retention_period: two years}]\n", "datasets[0].retention_period: not an"),
        ("activities: [{legal_bases: consent}]\n", "activities[0]: unknown answer key"),
    ],
)
def test_unusable_answers_are_one_line_and_exit_2(
    tmp_path: Path, answers: str, message: str
) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(answers)
    result, target = init(tmp_path, "--answers", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()


def test_answers_piped_that_stop_early_write_nothing(tmp_path: Path) -> None:
    result, target = init(tmp_path, input="my project\n\ny\n")
    assert result.exit_code == 2
    assert "the input ended before the last question; nothing written" in result.stderr
    assert not target.exists()


def test_a_wrong_answer_is_asked_again(tmp_path: Path) -> None:
    # Choice 9 of 3 legal regimes, then a duration in words: each is refused and re-asked.
    answers = ["", "", "y", "9", "gdpr"] + [""] * 21 + ["two years", "P2Y"] + [""] * 20
    result, target = init(tmp_path, input="\n".join(answers) + "\n")
    assert "'9' is not one of the choices" in result.stdout
    assert "not an ISO 8601 duration" in result.stdout
    assert checked(target)["datasets"][0]["retention"]["period"] == "P2Y"


def test_the_questions_are_keyed_by_the_answers_keys() -> None:
    keys = set(TOP_KEYS) | set(ACTIVITY_KEYS) | set(DATASET_KEYS)
    # One table of English msgids; the French comes from the catalogue (tests/test_i18n.py).
    assert set(QUESTIONS) == keys


def test_the_interview_in_french(tmp_path: Path) -> None:
    result, target = init(tmp_path, "--lang", "fr", input="\n" * 200)
    assert "Le développement (jeux de données" in result.stdout
    assert "À compléter ensuite :" in result.stdout
    assert "# Écrit par cnilpolicy init le 2026-01-15." in target.read_text()
    checked(target)


def test_schema_prints_the_shipped_schema_with_its_stable_id(tmp_path: Path) -> None:
    printed = run("schema").stdout
    assert printed == (schemas_dir() / "manifest.schema.json").read_text(encoding="utf-8")
    assert json.loads(printed)["$id"] == "https://cnilpolicy.dev/schemas/manifest.schema.json"
    out = tmp_path / "schema.json"
    assert run("schema", "--output", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == printed


def test_a_json_manifest_may_name_its_schema_and_the_rules_ignore_it(tmp_path: Path) -> None:
    data = load_manifest(ROOT / "fixtures" / "manifests" / "no-personal-data.yaml").data
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(data))
    named = tmp_path / "named.json"
    named.write_text(json.dumps({"$schema": "./manifest.schema.json", **data}))
    verdicts = [json.loads(check_json(p).stdout) for p in (plain, named)]
    outcomes = [
        [(r["rule_id"], r["status"], r["message"], r["pointer"]) for r in v["results"]]
        for v in verdicts
    ]
    assert outcomes[0] == outcomes[1]
    assert verdicts[0]["verdict"] == verdicts[1]["verdict"] == "compliant"


@pytest.mark.parametrize(("lang", "name"), [("en", "manifest.md"), ("fr", "manifest.fr.md")])
def test_the_field_reference_is_up_to_date(lang: str, name: str) -> None:
    generated = run("schema", "--format", "markdown", "--lang", lang).stdout
    assert (ROOT / "docs" / name).read_text(encoding="utf-8") == generated, "run: make docs"


def test_the_field_reference_shows_every_field_its_values_and_readers() -> None:
    text = (ROOT / "docs" / "manifest.md").read_text(encoding="utf-8")
    assert "- **`datasets[].retention.period`** (duration (ISO 8601, e.g. P2Y))." in text
    assert "*Read by:* RET-01, RET-03" in text
    assert "  - `legitimate_interests`: Art. 6(1)(f)" in text
    assert "\n## processing_activities\n" in text
