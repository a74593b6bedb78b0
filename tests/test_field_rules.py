"""Which rules read which field: derived from what each rule's METADATA names, never a list."""

from __future__ import annotations

from typing import Any

from cnilpolicy.field_rules import index_rules
from cnilpolicy.rule import Rule
from cnilpolicy.schema_fields import top_fields


def _rule(rule_id: str, step: str, texts: dict[str, Any]) -> Rule:
    return Rule(
        id=rule_id, step=step, package=f"cnil.{step}", level="must", severity="error",
        evidence="confirmed", title={"en": "t"}, remediation={}, raw=texts,
    )  # fmt: skip


def test_a_rule_reads_the_fields_its_texts_name() -> None:
    rules = [
        _rule(
            "RET-01",
            "retention",
            {
                "messages": {
                    "no_period": {
                        "en": "Dataset {{.dataset}} declares no period "
                        "(datasets[{{.index}}].retention.period)."
                    }
                }
            },
        ),
        # A bare name counts when one field has it...
        _rule("PURPOSE-02", "purpose", {"description": "Activity {{.activity}}: no ropa_ref."}),
        # ... and an ambiguous one (legal_basis: an activity's and the model's) for the section
        # the text speaks of.
        _rule(
            "LB-01",
            "legal_basis",
            {"description": "Activity {{.activity}}: legal_basis is missing."},
        ),
        _rule("MODEL-03", "model_status", {"description": "model.legal_basis is missing."}),
        # The end of a path is enough when it is one field's.
        _rule("REUSE-02", "reuse", {"description": "compatibility_test.result is incompatible."}),
        # Words of prose are not fields.
        _rule("SCRAPE-01", "scraping", {"description": "Web scraping needs a model of care."}),
    ]
    readers = index_rules(rules, top_fields())
    assert readers.reading("datasets[].retention.period") == ("RET-01",)
    assert readers.reading("datasets[].retention") == ("RET-01",)  # a field under it
    assert readers.reading("datasets") == ("RET-01", "REUSE-02")
    assert readers.reading("processing_activities[].ropa_ref") == ("PURPOSE-02",)
    assert readers.reading("processing_activities[].legal_basis") == ("LB-01",)
    assert readers.reading("model.legal_basis") == ("MODEL-03",)
    assert readers.reading("datasets[].compatibility_test.result") == ("REUSE-02",)
    assert readers.reading("scraping") == ()
    assert readers.reading("model") == ("MODEL-03",)
    assert readers.steps["RET-01"] == "retention"
