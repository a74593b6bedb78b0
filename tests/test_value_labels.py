"""The one table of labels (policies/lib/labels/data.yaml) against the schema and the glossary.

Every value of every closed list of the manifest's schema has a short label in English and
in French; the table names no list or value the schema does not have; the French labels
use the glossary's terms (docs/glossary.md). Rego (labels.word) and Python (value_labels)
read the same file.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cnilpolicy.resources import policies_dir, schemas_dir
from cnilpolicy.value_labels import LABELS_FILE, fact_value, read_labels, value_labels
from tests.test_glossary import GLOSSARY, pattern, rejected_variants

LANGS = ("en", "fr")


def schema_enums(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, list[Any]]]:
    """(key, values) of every enum: its $defs name, or definition.property for a property's."""
    if isinstance(node, dict):
        if "enum" in node:
            key = ".".join(part for part in path if part not in ("$defs", "properties", "items"))
            yield key, node["enum"]
        for name, child in node.items():
            yield from schema_enums(child, (*path, name))
    elif isinstance(node, list):
        for child in node:
            yield from schema_enums(child, path)


@pytest.fixture(scope="module")
def enums() -> dict[str, list[Any]]:
    schema = json.loads((schemas_dir() / "manifest.schema.json").read_text(encoding="utf-8"))
    found: dict[str, list[Any]] = {}
    for key, values in schema_enums(schema):
        assert key not in found, f"two enums of the schema are both keyed {key}"
        found[key] = values
    return found


TABLE = read_labels(policies_dir() / LABELS_FILE).table


def test_every_value_of_the_schema_has_a_label_in_both_languages(
    enums: dict[str, list[Any]],
) -> None:
    missing = [
        f"{key}: {value} ({lang})"
        for key, values in enums.items()
        for value in values
        for lang in LANGS
        if not TABLE.get(key, {}).get(str(value), {}).get(lang, "").strip()
    ]
    assert not missing, f"values without a label in {LABELS_FILE}: {missing}"


def test_the_table_names_only_values_the_schema_has(enums: dict[str, list[Any]]) -> None:
    stale = [
        f"{key}: {value}"
        for key, values in TABLE.items()
        for value in values
        if key not in enums or value not in {str(v) for v in enums[key]}
    ]
    assert not stale, f"labels of values the schema no longer has: {stale}"
    other_languages = [
        f"{key}: {value}: {sorted(texts)}"
        for key, values in TABLE.items()
        for value, texts in values.items()
        if set(texts) != set(LANGS)
    ]
    assert not other_languages, other_languages


def test_labels_are_short_words_not_the_stored_value() -> None:
    for key, values in TABLE.items():
        for value, texts in values.items():
            for lang in LANGS:
                text = texts[lang]
                assert len(text) <= 90, f"{key}: {value} ({lang}) is not a short label"
                # A label reads as words: no identifier with underscores.
                assert "_" not in text, f"{key}: {value} ({lang}) is the stored value: {text!r}"


def _glossary_pairs() -> list[tuple[str, tuple[str, ...]]]:
    """(English term, its French terms) of each row of the glossary's table."""
    section = GLOSSARY.read_text(encoding="utf-8").split("## Termes", 1)[1].split("\n## ", 1)[0]
    pairs = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0].startswith(("English", "---")):
            continue
        english_terms = cells[0].split(" / ")
        french_terms = cells[1].split(" / ")
        if len(english_terms) != len(french_terms):
            continue
        for english, french in zip(english_terms, french_terms, strict=True):
            alternatives = tuple(_bare(f) for f in french.split(" ; "))
            pairs.append((_bare(english), alternatives))
            # An abbreviation in brackets on both sides is a term of its own (DPIA: AIPD).
            short_en, short_fr = _bracketed(english), _bracketed(french)
            if short_en and short_fr:
                pairs.append((short_en, (short_fr,)))
    return pairs


def _bare(term: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", term).strip()


def _bracketed(term: str) -> str:
    found = re.search(r"\(([A-Z]{2,})\)", term)
    return found.group(1) if found else ""


def _singular(text: str) -> str:
    # Plurals are the same term (legitimate interests, personnes concernées).
    return " ".join(re.sub(r"s$", "", word) for word in text.lower().replace("'s", "").split())


def test_french_labels_use_the_glossary_terms() -> None:
    pairs = _glossary_pairs()
    assert ("legal basis", ("base légale",)) in pairs
    assert ("DPIA", ("AIPD",)) in pairs
    wrong = []
    for key, values in TABLE.items():
        for value, texts in values.items():
            english, french = _singular(texts["en"]), _singular(texts["fr"])
            found = [
                (match.span(), alternatives)
                for term, alternatives in pairs
                for match in re.finditer(rf"(?<![\w-]){re.escape(_singular(term))}(?!\w)", english)
            ]
            for span, alternatives in found:
                # The longest term wins: "joint controller" is not checked as "controller".
                if any(o != span and o[0] <= span[0] and span[1] <= o[1] for o, _ in found):
                    continue
                if not any(_singular(a) in french for a in alternatives):
                    wrong.append(
                        f"{key}: {value}: {texts['fr']!r} lacks {' or '.join(alternatives)}"
                    )
    assert not wrong, wrong


def test_french_labels_avoid_the_variants_the_glossary_rejects() -> None:
    variants = rejected_variants(GLOSSARY.read_text(encoding="utf-8"))
    found = [
        f"{key}: {value}: {texts['fr']!r} uses {variant!r}"
        for key, values in TABLE.items()
        for value, texts in values.items()
        for variant in variants
        if pattern(variant).search(texts["fr"])
    ]
    assert not found, found


def test_the_policies_read_the_same_table(opa_binary: Path) -> None:
    query = (
        '[data.cnilpolicy.lib.labels.word("legal_basis", "public_task"), '
        'data.cnilpolicy.lib.labels.word("retention.start_event", "end_of_service")]'
    )
    for lang in LANGS:
        command = [str(opa_binary), "eval", "--format", "json", "--ignore", "*_test.rego",
                   "-d", str(policies_dir()), "--stdin-input", query]  # fmt: skip
        answer = subprocess.run(
            command,
            input=json.dumps({"options": {"lang": lang}}),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        value = json.loads(answer.stdout)["result"][0]["expressions"][0]["value"]
        labels = value_labels()
        assert value == [
            labels.word("legal_basis", "public_task", lang),
            labels.word("retention.start_event", "end_of_service", lang),
        ]
    assert labels.word("legal_basis", "public_task", "fr") == "mission d'intérêt public"


def test_a_fact_listing_values_shows_their_labels() -> None:
    criteria = ["large_scale", "evaluation_scoring"]
    assert fact_value("dpia_edpb_criteria", criteria, "en") == (
        "large-scale processing, evaluation or scoring"
    )
    assert fact_value("dpia_edpb_criteria", criteria, "fr") == (
        "traitement à grande échelle, évaluation ou notation"
    )
    assert fact_value("dpia_cnil_list_items", [3, 7], "fr") is None
    assert value_labels().word("legal_basis", "an_org_basis", "fr") == "an_org_basis"
