"""The policies' metadata is complete: Regal cannot lint Rego v1 here, so these tests do.

Each rule must carry every field a reviewer and a CI integration read, in English
and in French, sit beside its own test, and have fixtures that fail and pass it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from cnilpolicy.catalog import load_catalog
from cnilpolicy.packs import CNIL_2024_STEPS, EXTENDED_STEPS
from cnilpolicy.rule import Rule

SEVERITY_OF_LEVEL = {
    "must": {"error", "warning"},  # warning only where the catalog's evidence is weak
    "must_if": {"error", "warning"},
    "should": {"warning"},
    "good_practice": {"info"},
}
EVIDENCE = {"confirmed", "secondary", "recalled", "inference"}
ID_PATTERN = re.compile(r"^[A-Z]+-\d{2}(\.\d+)?$")
PLACEHOLDER = re.compile(r"\{\{\s*\.(\w+)\s*\}\}")


@pytest.fixture(scope="module")
def catalog(opa_binary: Path) -> list[Rule]:
    return load_catalog(opa_binary)


def test_the_catalog_is_not_empty_and_ids_are_unique(catalog: list[Rule]) -> None:
    ids = [rule.id for rule in catalog]
    assert len(ids) >= 40
    assert len(ids) == len(set(ids))


def test_every_step_of_every_pack_has_rules(catalog: list[Rule]) -> None:
    steps = {rule.step for rule in catalog}
    assert set(CNIL_2024_STEPS) <= steps
    assert steps == set(EXTENDED_STEPS)


def _problems(rule: Rule) -> list[str]:
    problems = []
    if not ID_PATTERN.match(rule.id):
        problems.append("id does not match the catalog pattern")
    expected_package = f"cnil.{rule.step}.{rule.id.lower().replace('-', '_').replace('.', '_')}"
    if rule.package != expected_package:
        problems.append(f"package should be {expected_package}")
    if Path(rule.file).parent.name != rule.step:
        problems.append("file is not in its step's folder")
    if not Path(rule.file).with_name(Path(rule.file).stem + "_test.rego").is_file():
        problems.append("no _test.rego beside the rule")
    if rule.severity not in SEVERITY_OF_LEVEL.get(rule.level, set()):
        problems.append(f"level {rule.level!r} with severity {rule.severity!r}")
    if rule.evidence not in EVIDENCE:
        problems.append("evidence missing")
    if not rule.fiche:
        problems.append("fiche missing")
    for lang in ("en", "fr"):
        if not rule.description.get(lang, "").strip():
            problems.append(f"description in {lang} missing")
    if not rule.articles:
        problems.append("articles missing")
    if not any("cnil.fr" in url for _, url in rule.links) or not all(d for d, _ in rule.links):
        problems.append("related_resources needs a described CNIL page")
    for lang in ("en", "fr"):
        if not rule.title.get(lang):
            problems.append(f"title in {lang} missing")
        if not rule.remediation.get(lang, "").strip():
            problems.append(f"remediation in {lang} missing")
    if not rule.messages:
        problems.append("no messages")
    for key, texts in rule.messages.items():
        for lang in ("en", "fr"):
            if not texts.get(lang, "").strip():
                problems.append(f"message {key!r} has no {lang} text")
        if set(PLACEHOLDER.findall(texts.get("en", ""))) != set(
            PLACEHOLDER.findall(texts.get("fr", ""))
        ):
            problems.append(f"message {key!r}: English and French use different placeholders")
    return problems


def test_every_rule_has_complete_metadata(catalog: list[Rule]) -> None:
    problems = {rule.id: p for rule in catalog if (p := _problems(rule))}
    assert problems == {}


def test_the_metadata_check_catches_a_rule_without_french(catalog: list[Rule]) -> None:
    # The check above can fail: a copy of a real rule with its French removed is caught.
    rule = catalog[0]
    stripped = replace(rule, title={"en": rule.title["en"]})
    assert "title in fr missing" in _problems(stripped)


def test_the_metadata_check_catches_a_rule_without_french_description(
    catalog: list[Rule],
) -> None:
    rule = catalog[0]
    stripped = replace(rule, description={"en": rule.description["en"]})
    assert "description in fr missing" in _problems(stripped)
    assert stripped.description_in("fr") == rule.description["en"]


def test_explain_in_french_prints_the_french_description(catalog: list[Rule]) -> None:
    for rule in catalog:
        french = " ".join(str(rule.raw["custom"]["fr"]["description"]).split())
        assert rule.description_in("fr") == french
        assert rule.description_in("en") == rule.description["en"]
        assert french != rule.description["en"]


CATALOG_SPEC = Path(__file__).resolve().parents[2] / "shared" / "cnil-rules.md"


@pytest.mark.skipif(not CATALOG_SPEC.is_file(), reason="the team's catalog (../shared) is absent")
def test_every_catalog_requirement_is_a_rule(catalog: list[Rule]) -> None:
    # The domain specification lives beside the repository, in the team's shared folder.
    required = set(re.findall(r"^\*\*([A-Z]+-\d{2}) —", CATALOG_SPEC.read_text(), re.MULTILINE))
    assert len(required) >= 70
    assert required - {rule.id for rule in catalog} == set()
