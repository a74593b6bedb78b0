"""The one rule model and the one order of rule ids, as every reader of rules uses them."""

from __future__ import annotations

import random
from typing import Any

from cnilpolicy.aggregate import build_verdict, rule_descriptions
from cnilpolicy.catalog import _from_entries, load_shipped_catalog
from cnilpolicy.engine import Decision
from cnilpolicy.field_rules import index_rules
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.packs import Pack
from cnilpolicy.render import sarif
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.rule import Rule, localised, rule_order
from cnilpolicy.rules_listing import select
from cnilpolicy.schema_fields import top_fields
from tests.verdicts import hospital

NATURAL = ["ACME-01", "ACME-2", "ACME-10", "LB-02", "LB-02.2", "LB-02.10", "LB-10", "LB-10a"]


def test_rule_ids_sort_naturally() -> None:
    shuffled = NATURAL[:]
    random.Random(13).shuffle(shuffled)
    assert sorted(shuffled, key=rule_order) == NATURAL
    # Text against number at the same place never happens, whatever the ids.
    assert sorted(["1", "A", "A1", "1A", "", "²", "-"], key=rule_order) == [
        "",
        "1",
        "1A",
        "-",
        "A",
        "A1",
        "²",
    ]


def _annotation(rule_id: str, step: str = "scope") -> dict[str, Any]:
    return {
        "annotations": {
            "scope": "package",
            "title": f"Title of {rule_id}",
            "description": f"Why {rule_id}  exists.",
            "related_resources": [{"description": "CNIL page", "ref": "https://cnil.fr/en/x"}],
            "custom": {
                "id": rule_id,
                "step": step,
                "level": "must",
                "severity": "error",
                "articles": ["GDPR 5"],
                "remediation": {"en": "Fix it.", "fr": "Corrigez."},
                "fr": {"title": f"Titre de {rule_id}"},
            },
        },
        "path": [{"value": "data"}, {"value": "cnil"}, {"value": step}, {"value": rule_id}],
        "location": {"file": f"{rule_id}.rego"},
    }


def test_the_catalog_reads_rules_in_the_one_order_and_model() -> None:
    shuffled = NATURAL[:]
    random.Random(7).shuffle(shuffled)
    rules = _from_entries([_annotation(rule_id) for rule_id in shuffled])
    assert [rule.id for rule in rules] == NATURAL
    rule = rules[0]
    assert isinstance(rule, Rule)
    assert (rule.title_in("fr"), rule.title_in("en")) == ("Titre de ACME-01", "Title of ACME-01")
    # No French description: the English one, its spaces normalised.
    assert rule.description_in("fr") == "Why ACME-01 exists."
    assert rule.remediation_in("fr") == "Corrigez."
    assert [(ref.label, ref.url) for ref in rule.references] == [
        ("CNIL page", "https://cnil.fr/en/x"),
        ("GDPR 5", None),
    ]
    pack = Pack("p", "one step", ("scope",))
    assert [r.id for r in select(list(reversed(rules)), pack)] == NATURAL


def test_the_shipped_catalog_is_in_the_one_order() -> None:
    ids = [rule.id for rule in load_shipped_catalog()]
    assert ids == sorted(ids, key=rule_order)
    assert len(ids) > 50


def test_a_text_falls_back_to_english_then_to_nothing() -> None:
    assert localised({"en": "E", "fr": "F"}, "fr") == "F"
    assert localised({"en": "E", "fr": ""}, "fr") == "E"
    assert localised({"en": "E"}, "de") == "E"
    assert localised({}, "fr") == ""


def test_a_rule_gives_its_references_in_a_language_as_the_catalog_stores_them() -> None:
    entry = _annotation("ACME-01")
    entry["references"] = {
        "en": {
            "cnil_pages": [{"label": "CNIL page", "url": "https://cnil.fr/en/x"}],
            "articles": [
                {"label": "GDPR 5", "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng"}
            ],
        },
        "fr": {
            "cnil_pages": [{"label": "Page de la CNIL", "url": "https://cnil.fr/fr/x"}],
            "articles": [{"label": "RGPD, art. 5"}],
        },
    }
    (rule,) = _from_entries([entry])
    french = rule.references_in("fr")
    assert [(r.label, r.url) for r in french.cnil_pages] == [
        ("Page de la CNIL", "https://cnil.fr/fr/x")
    ]
    assert [(r.label, r.url) for r in french.articles] == [("RGPD, art. 5", None)]
    assert [r.label for r in rule.references_in("en").articles] == ["GDPR 5"]
    # A language the catalog does not hold: English.
    assert rule.references_in("de") == rule.references_in("en")
    # A catalog read live (no generated references): as METADATA writes them.
    (live,) = _from_entries([_annotation("ACME-01")])
    assert [(r.label, r.url) for r in live.references_in("fr").cnil_pages] == [
        ("CNIL page", "https://cnil.fr/en/x")
    ]
    assert [r.label for r in live.references_in("fr").articles] == ["GDPR 5"]


def test_results_and_action_plan_follow_the_one_order() -> None:
    ids = ["X-10", "X-2", "X-02.2", "X-1"]
    manifest = LoadedManifest(
        path="m.yaml",
        data={"action_plan": [{"rule": rule_id, "action": "a"} for rule_id in ids]},
        sha256="0" * 64,
        positions={"": (1, 1)},
    )
    described = {
        rule_id: {
            "rule_id": rule_id,
            "step": "scope",
            "level": "must",
            "severity": "error",
            "title": {"en": f"title {rule_id}", "fr": f"titre {rule_id}"},
            "remediation": {"en": "fix"},
            "references": [],
        }
        for rule_id in ids
    }
    decision = Decision(
        results=[
            {
                "rule_id": rule_id,
                "step": "scope",
                "decision": "pass",
                "severity": "error",
                "level": "must",
                "message": "m",
                "pointer": "",
            }
            for rule_id in ids
        ],
        derived_facts=[],
        policy_version="1",
    )
    verdict = build_verdict(
        manifest,
        decision,
        rule_descriptions(described),
        pack=Pack("p", "one step", ("scope",)),
        lang="fr",
        evaluation_date="2026-01-15",
        opa_version="1.22.3",
    )
    expected = ["X-1", "X-2", "X-02.2", "X-10"]
    assert [result.rule_id for result in verdict.results] == expected
    assert [item.rule for item in verdict.action_plan] == expected
    # OPA gave the texts in every language: the run's is chosen, English where it has none.
    assert (verdict.results[0].title, verdict.results[0].remediation) == ("titre X-1", "fix")


def test_the_field_reference_lists_readers_in_the_one_order() -> None:
    rules = [
        Rule(
            id=rule_id,
            step="scope",
            level="must",
            severity="error",
            title={"en": "t"},
            remediation={},
            raw={"description": "Reads personal_data.processed."},
        )
        for rule_id in ["SCOPE-10", "SCOPE-02.10", "SCOPE-02.2", "SCOPE-2"]
    ]
    readers = index_rules(rules, top_fields()).reading("personal_data.processed")
    assert readers == ("SCOPE-2", "SCOPE-02.2", "SCOPE-02.10", "SCOPE-10")


def test_sarif_describes_catalog_rules_and_result_only_rules_alike() -> None:
    catalog = tuple(_from_entries([_annotation("ACME-01")]))
    options = RenderOptions(lang="fr", catalog=catalog)
    (descriptor,) = sarif.document([], options)["runs"][0]["tool"]["driver"]["rules"]
    assert descriptor["shortDescription"]["text"] == "Titre de ACME-01"
    assert descriptor["help"]["text"].startswith("Mesure corrective : Corrigez.")
    assert descriptor["helpUri"] == "https://cnil.fr/en/x"


def test_sarif_describes_a_rule_known_only_from_its_results() -> None:
    verdict = hospital()
    first = verdict.results[0]
    rules = sarif.document([verdict], RenderOptions(lang="en"))["runs"][0]["tool"]["driver"]
    descriptor = next(rule for rule in rules["rules"] if rule["id"] == first.rule_id)
    assert descriptor["shortDescription"]["text"] == first.title
    assert descriptor["fullDescription"]["text"] == first.title
    assert descriptor["help"]["text"].startswith(f"Remediation: {first.remediation}")
