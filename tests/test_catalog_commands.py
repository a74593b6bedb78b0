"""`cnilpolicy rules` and `cnilpolicy explain`, and the generated docs/rules*.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cnilpolicy.catalog import load_catalog
from cnilpolicy.cli import main
from cnilpolicy.packs import CNIL_2024_STEPS, PACKS
from cnilpolicy.rule import Rule
from tests.support import ROOT


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def catalog(opa_binary: Path) -> list[Rule]:
    return load_catalog(opa_binary)


def test_rules_json_lists_every_rule_of_the_extended_pack(catalog: list[Rule]) -> None:
    listed = json.loads(run("rules", "--pack", "cnil-extended", "--format", "json").stdout)
    assert sorted(r["id"] for r in listed) == sorted(r.id for r in catalog)
    first = listed[0]
    assert set(first) >= {"id", "step", "level", "severity", "title", "articles", "cnil_pages"}
    assert listed[0]["step"] == "scope"


def test_the_2024_pack_is_a_selection_of_steps(catalog: list[Rule]) -> None:
    listed = json.loads(run("rules", "--pack", "cnil-2024", "--format", "json").stdout)
    assert {r["step"] for r in listed} == set(CNIL_2024_STEPS)
    assert len(listed) == sum(1 for r in catalog if r.step in CNIL_2024_STEPS)
    assert all("cnil-extended" in r["packs"] for r in listed)


def test_rules_of_one_step_in_french() -> None:
    result = run("rules", "--step", "retention", "--lang", "fr")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("RET-01 ")
    assert "conservation" in lines[0]
    assert all(line.split()[0].startswith("RET-") for line in lines[::2])


def test_an_unknown_step_is_a_usage_error() -> None:
    result = run("rules", "--step", "nope")
    assert result.exit_code == 2
    assert "no step 'nope'" in result.stderr


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_explain_shows_rationale_excerpts_and_references(lang: str) -> None:
    result = run("explain", "ret-01", "--lang", lang)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("RET-01 — ")
    assert "retention.period" in out  # what to declare
    assert "fixtures/manifests/" in out and "fixtures/cases/retention/" in out
    assert "(absent)" in out or "period:" in out
    assert "https://cnil.fr/" in out
    # Articles cited as the reader's language cites them (policies/lib/references.rego).
    assert ("GDPR 5(1)(e)" in out) == (lang == "en")
    assert ("RGPD, art. 5, § 1, e)" in out) == (lang == "fr")
    assert ("Pourquoi :" in out) == (lang == "fr")
    # The rationale is in the reader's language (custom.fr.description in French).
    assert ("durée de conservation pour les données utilisées" in out) == (lang == "fr")
    assert ("set a retention period for the data" in out) == (lang == "en")


def test_rules_json_gives_the_rationale_in_the_requested_language() -> None:
    english = json.loads(run("rules", "--step", "retention", "--format", "json").stdout)
    french = json.loads(
        run("rules", "--step", "retention", "--format", "json", "--lang", "fr").stdout
    )
    assert english[0]["id"] == french[0]["id"] == "RET-01"
    assert english[0]["description"].startswith("The CNIL asks the provider")
    assert french[0]["description"].startswith("La CNIL demande au fournisseur")


def test_explain_an_unknown_rule() -> None:
    result = run("explain", "NOPE-01")
    assert result.exit_code == 2
    assert "unknown rule" in result.stderr


@pytest.mark.parametrize(("lang", "name"), [("en", "rules.md"), ("fr", "rules.fr.md")])
def test_generated_docs_are_up_to_date(lang: str, name: str) -> None:
    generated = run(
        "rules", "--pack", "cnil-extended", "--format", "markdown", "--lang", lang
    ).stdout
    assert (ROOT / "docs" / name).read_text(encoding="utf-8") == generated, "run: make docs"


def test_every_pack_step_appears_in_the_docs() -> None:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for step in PACKS["cnil-extended"].steps:
        assert f"\n## {step}\n" in text


def test_rules_and_explain_show_the_french_pages_and_citations() -> None:
    french = run("explain", "PURPOSE-02", "--lang", "fr").stdout
    assert "  - RGPD, art. 30, § 1, b)" in french
    # French typography: a space before the colon and the semicolon.
    assert "CNIL — IA : Définir une finalité : https://cnil.fr/fr/definir-une-finalite-0" in french
    assert "cnil.fr/en/" not in french and "GDPR 30" not in french
    english = run("explain", "PURPOSE-02", "--lang", "en").stdout
    assert "  - GDPR 30(1)(b)" in english
    assert "CNIL — Defining a purpose: https://www.cnil.fr/en/defining-purpose" in english
    assert "cnil.fr/fr/" not in english
    listed = json.loads(
        run("rules", "--step", "purpose", "--format", "json", "--lang", "fr").stdout
    )
    purpose_02 = next(rule for rule in listed if rule["id"] == "PURPOSE-02")
    assert purpose_02["articles"] == ["RGPD, art. 30, § 1, b)"]
    assert purpose_02["cnil_pages"] == [
        {
            "label": "CNIL — IA : Définir une finalité",
            "url": "https://cnil.fr/fr/definir-une-finalite-0",
        }
    ]
    text = run("rules", "--step", "purpose", "--lang", "fr").stdout
    assert "RGPD, art. 30, § 1, b) ; https://cnil.fr/fr/definir-une-finalite-0" in text
    english_text = run("rules", "--step", "purpose", "--lang", "en").stdout
    assert "GDPR 30(1)(b); https://www.cnil.fr/en/defining-purpose" in english_text
