"""The French texts use the glossary's terms (docs/glossary.md), never the variants it rejects.

Scanned: every rule's custom.fr.* METADATA, French messages and remediations, the
French texts of the manifest schema (schemas/manifest.fr.json), and the French frames:
every translation of the interface's gettext catalogue (cnilpolicy/locale/fr).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po

from cnilpolicy.catalog import load_catalog
from cnilpolicy.i18n import LOCALE_DIR
from cnilpolicy.resources import schemas_dir, source_root
from cnilpolicy.rule import Rule

GLOSSARY = source_root() / "docs" / "glossary.md"


def rejected_variants(markdown: str) -> list[str]:
    """The backquoted variants of the third column of the glossary's table."""
    section = markdown.split("## Termes", 1)[1].split("\n## ", 1)[0]
    variants = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and not cells[0].startswith(("English", "---")):
            variants += re.findall(r"`([^`]+)`", cells[2])
    return variants


def pattern(variant: str) -> re.Pattern[str]:
    # A schema name (dpia.ref, waivers[], DPIA-01, processor_contract_ref) is what the
    # reader types, not a word of the sentence: it never matches.
    flags = 0 if variant.isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w.\[-]){re.escape(variant)}(?![\w\[-])", flags)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def french_texts(catalog: list[Rule]) -> Iterator[tuple[str, str, str]]:
    """(where, English text or "", French text) of every French text of the tool."""
    for rule in catalog:
        custom = rule.raw.get("custom", {})
        for key, text in (custom.get("fr") or {}).items():
            english = str(rule.raw.get(key, "")) if key in ("title", "description") else ""
            for french in _strings(text):
                yield f"{rule.id} custom.fr.{key}", english, french
        for key, texts in (custom.get("messages") or {}).items():
            if isinstance(texts, dict) and "fr" in texts:
                yield f"{rule.id} message {key}", str(texts.get("en", "")), str(texts["fr"])
        remediation = custom.get("remediation") or {}
        if "fr" in remediation:
            yield f"{rule.id} remediation", str(remediation.get("en", "")), remediation["fr"]
    schema_texts = json.loads((schemas_dir() / "manifest.fr.json").read_text(encoding="utf-8"))
    for english, french in schema_texts.items():
        yield f"manifest.fr.json {english[:50]!r}", english, french


def frame_texts() -> Iterator[tuple[str, str, str]]:
    """(where, English message, French translation) of every message of the catalogue."""
    with (LOCALE_DIR / "fr" / "LC_MESSAGES" / "cnilpolicy.po").open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        for french in strings:
            yield f"cnilpolicy.po {ids[0][:50]!r}", " ".join(ids), french


@pytest.fixture(scope="module")
def texts(opa_binary: Path) -> list[tuple[str, str, str]]:
    return [*french_texts(load_catalog(opa_binary)), *frame_texts()]


@pytest.fixture(scope="module")
def rule_texts(opa_binary: Path) -> list[tuple[str, str, str]]:
    """The rules' and the schema's French texts, without the interface's frames."""
    return list(french_texts(load_catalog(opa_binary)))


def test_the_glossary_rejects_the_known_clashes() -> None:
    variants = rejected_variants(GLOSSARY.read_text(encoding="utf-8"))
    assert {
        "DPD",
        "dérogation (waiver)",
        "waiver",
        "recherche de données personnelles",
        "règlement IA",
        "règlement européen sur l'IA",
        "activité de développement",
        "activité {{.activity}}",
    } <= set(variants)


def test_the_scan_sees_every_kind_of_french_text(texts: list[tuple[str, str, str]]) -> None:
    wheres = [where for where, _, _ in texts]
    for kind in (" custom.fr.title", " custom.fr.description", " message ", " remediation"):
        assert any(kind in where for where in wheres), kind
    assert any(where.startswith("manifest.fr.json") for where in wheres)
    assert any(where.startswith("cnilpolicy.po") for where in wheres)


def test_the_pattern_spares_schema_names() -> None:
    assert not pattern("waiver").search("une entrée waivers[] pour MIN-02.2")
    assert not pattern("DPIA").search("dpia.ref et DPIA-01")
    assert pattern("DPIA").search("la DPIA est faite")
    assert pattern("dérogation (waiver)").search("dans une dérogation (waiver).")
    assert pattern("waiver").search("un waiver daté")


def test_french_texts_use_no_rejected_variant(texts: list[tuple[str, str, str]]) -> None:
    variants = rejected_variants(GLOSSARY.read_text(encoding="utf-8"))
    found = [
        f"{where}: {variant!r}"
        for where, _, french in texts
        for variant in variants
        if pattern(variant).search(french)
    ]
    assert found == []


def test_the_tool_s_waivers_and_overrides_are_never_legal_derogations(
    texts: list[tuple[str, str, str]],
) -> None:
    # "dérogation" is the law's word (GDPR art. 14(5), AI Act art. 6(3)): a French text
    # whose English speaks only of the tool's waiver or of an override must not use it.
    tool_words = re.compile(r"\b(waivers?|override)\b", re.IGNORECASE)
    found = [
        where
        for where, english, french in texts
        if tool_words.search(english)
        and not re.search(r"derogation", english, re.IGNORECASE)
        and re.search(r"dérogation", french, re.IGNORECASE)
    ]
    assert found == []


def test_the_frames_call_the_tool_s_waivers_exemptions() -> None:
    # The report, the CI formats and the terminal name the tool's waivers; every one of
    # their French words for it is « exemption ».
    frames = list(frame_texts())
    waivers = [(english, french) for _, english, french in frames if re.search(r"\bwaive", english)]
    assert len(waivers) > 10
    wrong = [english for english, french in waivers if "exempt" not in french.lower()]
    assert wrong == []


# The English way of citing an article ("article 5(1)(e) du RGPD", "art. 6(4)", "RGPD 13(4)",
# "Annexe III(1)") in a French text; the glossary's Citations section gives the French form.
ENGLISH_CITATION = re.compile(r"\b\d+\((?:\d+|[a-z])\)|\b[Aa]rticles? \d|\b[Aa]nnexe [IVX]+\(")


def test_the_citation_check_tells_the_two_forms_apart() -> None:
    for english in ("(article 5(2) du RGPD)", "de l'art. 6(4)", "(RGPD 13(4))", "Annexe III(1) :"):
        assert ENGLISH_CITATION.search(english), english
    for french in (
        "(RGPD, art. 5, § 1, e))",
        "du RGPD, art. 6, § 4, est dû",
        "(règlement sur l'IA, art. 10, § 2, art. 11 et annexe IV)",
        "annexe III, point 4, a)",
        "(a) lien entre les finalités",
        "{{.exception}} (art. 9, § 2, {{.letter}}))",
    ):
        assert not ENGLISH_CITATION.search(french), french


def test_french_texts_cite_articles_the_french_way(rule_texts: list[tuple[str, str, str]]) -> None:
    found = [
        f"{where}: {french[:80]!r}"
        for where, _, french in rule_texts
        if ENGLISH_CITATION.search(french)
    ]
    assert found == []


def test_exemption_translates_only_the_tool_s_waiver(
    rule_texts: list[tuple[str, str, str]],
) -> None:
    # « exemption » is the glossary's word for a waivers[] entry; the law's own
    # exceptions (GDPR art. 30(5), art. 14(5)) are « dérogations ».
    found = [
        where
        for where, english, french in rule_texts
        if re.search(r"\bexemptions?\b", french, re.IGNORECASE)
        and english
        and not re.search(r"\bwaivers?\b", english, re.IGNORECASE)
    ]
    assert found == []


def test_french_texts_use_one_typography(rule_texts: list[tuple[str, str, str]]) -> None:
    # One convention in the sources: straight apostrophes and « » quotation marks; how a
    # format typesets them (curly apostrophes, no-break spaces) is the renderer's choice.
    found = [
        f"{where}: {french[:80]!r}"
        for where, _, french in rule_texts
        if re.search('[\u2018\u2019\u201c\u201d"]', french)
    ]
    assert found == []


def test_french_texts_elide_only_before_a_vowel(rule_texts: list[tuple[str, str, str]]) -> None:
    # A replaced word must not leave a broken elision behind (« de l'règlement »).
    elision = re.compile(r"\b[LlDd]'(?=[bcdfgjklmnpqrstvwxzç])")
    found = [
        f"{where}: {french[:80]!r}" for where, _, french in rule_texts if elision.search(french)
    ]
    assert found == []


def test_rule_texts_name_the_ai_act_in_french(rule_texts: list[tuple[str, str, str]]) -> None:
    # « règlement sur l'IA » in the rules' and the schema's sentences (glossary); the
    # references keep the official title « Règlement (UE) 2024/1689 (AI Act) ».
    found = [where for where, _, french in rule_texts if pattern("AI Act").search(french)]
    assert found == []
