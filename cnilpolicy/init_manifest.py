"""From the interview's answers to the manifest `init` writes: only the sections that apply.

What the interview cannot know (a reference to a document, a date, a justification)
is a ToFill: written as a commented line `# key: <what to put>` in its place, and
absent from the data, so that the manifest is valid and the rule that needs the
field fails on it, naming it, until someone fills it in. Which leaves of a block
are to fill is read from the rules (FieldRules), not listed here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from cnilpolicy import i18n
from cnilpolicy.field_rules import FieldRules
from cnilpolicy.init_interview import NO_AREA, UNDECIDED, Answers, DatasetAnswers
from cnilpolicy.init_texts import MESSAGES
from cnilpolicy.schema_fields import Field, field_at, top_fields
from cnilpolicy.schema_texts import SchemaTexts, first_sentence

SCHEMA_ID = "https://cnilpolicy.dev/schemas/manifest.schema.json"
#: Sources of a dataset that reuse data first collected for another purpose (REUSE-*).
_REUSED = ("own_data_reuse",)
_OBTAINED_FROM_OTHERS = ("public_dataset_reuse", "third_party_acquired")


@dataclass(frozen=True)
class ToFill:
    """A field the interview cannot fill: shown commented, with what to put."""

    hint: str


def strip_placeholders(document: Any) -> Any:
    """The manifest's data: what the YAML means once the commented lines are ignored."""
    if isinstance(document, dict):
        kept = {k: strip_placeholders(v) for k, v in document.items() if not _only_to_fill(v)}
        return kept
    if isinstance(document, list):
        return [strip_placeholders(item) for item in document]
    return document


def _only_to_fill(value: Any) -> bool:
    if isinstance(value, ToFill):
        return True
    if isinstance(value, dict):
        return all(_only_to_fill(v) for v in value.values())
    return False


class Builder:
    def __init__(self, readers: FieldRules, texts: SchemaTexts, lang: str) -> None:
        self._readers = readers
        self._texts = texts
        self._lang = lang

    def hint(self, found: Field) -> ToFill:
        first = first_sentence(self._texts.description(found, self._lang))
        if found.choices:
            values = ", ".join(str(choice.value) for choice in found.choices)
            words = i18n.words(MESSAGES, self._lang)
            shape = (words["list_of"] if found.kind == "array" else words["one_of"]).format(
                values=values
            )
        else:
            shape = self._texts.type_text(found, self._lang)
        return ToFill(f"<{shape}> {first}")

    def to_fill(self, path: str) -> ToFill:
        return self.hint(field_at(path))

    def skeleton(self, path: str) -> dict[str, Any]:
        """Every field under path that some rule reads, to fill in (nested blocks included)."""
        block: dict[str, Any] = {}
        for child in field_at(path).children:
            if not self._readers.reading(child.path):
                continue
            if child.kind == "object" and child.children:
                block[child.name] = self.skeleton(child.path)
            else:
                block[child.name] = self.hint(child)
        return block

    def build(self, answers: Answers) -> dict[str, Any]:
        document: dict[str, Any] = {"manifest_version": "0.1"}
        document["project"] = {"name": answers.project_name}
        organisation: dict[str, Any] = {
            "name": answers.organisation_name or self.to_fill("organisation.name")
        }
        if answers.gdpr_applies:
            organisation["is_public_authority"] = answers.public_authority
            organisation["has_dpo"] = answers.has_dpo
        document["organisation"] = organisation
        if answers.personal_data:
            document["legal_regime"] = answers.legal_regime
        document["personal_data"] = {
            "processed": answers.personal_data,
            "screening_ref": self.to_fill("personal_data.screening_ref"),
        }
        document["ai_system"] = {
            "ml_based": answers.ml_based,
            "general_purpose": answers.general_purpose,
            "operational_use_known": not answers.general_purpose,
            "generative": answers.generative,
            "learning_mode": answers.learning_mode,
        }
        document["ai_act"] = self._ai_act(answers)
        if not answers.general_purpose:
            deployment: dict[str, Any] = {}
            if answers.deployment_regime:
                deployment["legal_regime"] = answers.deployment_regime
            deployment["purpose"] = answers.deployment_purpose or self.to_fill("deployment.purpose")
            document["deployment"] = deployment
        if answers.gdpr_applies:
            dataset_ids = _dataset_ids(answers.datasets)
            document["processing_activities"] = [
                self._activity(answers, number, dataset_ids)
                for number in range(1, len(answers.activities) + 1)
            ]
            document["datasets"] = [
                self._dataset(dataset, identifier, answers.learning_mode)
                for dataset, identifier in zip(answers.datasets, dataset_ids, strict=True)
            ]
            if any(d.source_type == "web_scraping" for d in answers.datasets):
                document["scraping"] = self.skeleton("scraping")
            document["dpia"] = self._dpia(answers)
            for section in ("transparency", "rights", "model", "security"):
                document[section] = self.skeleton(section)
        return _in_schema_order(document)

    def _ai_act(self, answers: Answers) -> dict[str, Any]:
        ai_act: dict[str, Any] = {
            "operator_role": answers.ai_act_role,
            "risk_level": self.to_fill("ai_act.risk_level"),
        }
        if answers.annex_iii_area == NO_AREA:
            ai_act["annex_iii_area"] = None
        elif answers.annex_iii_area == UNDECIDED:
            ai_act["annex_iii_area"] = self.to_fill("ai_act.annex_iii_area")
        else:
            ai_act["annex_iii_area"] = answers.annex_iii_area
        ai_act["performs_profiling"] = answers.performs_profiling
        ai_act["gpai_model"] = answers.gpai_model
        if answers.gpai_model:
            ai_act["gpai"] = self.skeleton("ai_act.gpai")
        return ai_act

    def _activity(self, answers: Answers, number: int, dataset_ids: list[str]) -> dict[str, Any]:
        given = answers.activities[number - 1]
        prefix = "processing_activities[]"
        purpose: dict[str, Any] = {
            "description": given.purpose or self.to_fill(f"{prefix}.purpose.description"),
            "defined_on": self.to_fill(f"{prefix}.purpose.defined_on"),
            "legitimacy_rationale": self.to_fill(f"{prefix}.purpose.legitimacy_rationale"),
        }
        if not answers.general_purpose:
            purpose["deployment_purpose"] = answers.deployment_purpose or self.to_fill(
                f"{prefix}.purpose.deployment_purpose"
            )
        purpose["scientific_research"] = given.scientific_research
        if answers.general_purpose:
            purpose["gpai"] = self.skeleton(f"{prefix}.purpose.gpai")
        activity: dict[str, Any] = {
            "id": f"pa-development-{number}" if len(answers.activities) > 1 else "pa-development",
            "phase": "development",
            "start_date": self.to_fill(f"{prefix}.start_date"),
            "dataset_ids": dataset_ids,
            "gdpr_role": given.gdpr_role,
            "ropa_ref": self.to_fill(f"{prefix}.ropa_ref"),
            "purpose": purpose,
        }
        if given.legal_basis == UNDECIDED:
            activity["legal_basis"] = self.to_fill(f"{prefix}.legal_basis")
        else:
            activity["legal_basis"] = given.legal_basis
        activity["legal_basis_rationale"] = self.to_fill(f"{prefix}.legal_basis_rationale")
        activity["legal_basis_decided_on"] = self.to_fill(f"{prefix}.legal_basis_decided_on")
        block = _BASIS_BLOCKS.get(given.legal_basis)
        if block:
            activity[block] = self.skeleton(f"{prefix}.{block}")
        exceptions = {d.art9_exception for d in answers.datasets if d.special_categories}
        if exceptions:
            chosen = sorted(exceptions - {UNDECIDED})
            activity["art9_exception"] = (
                chosen[0] if len(chosen) == 1 else self.to_fill(f"{prefix}.art9_exception")
            )
        return _in_field_order(activity, prefix)

    def _dataset(self, given: DatasetAnswers, identifier: str, learning: str) -> dict[str, Any]:
        prefix = "datasets[]"
        dataset: dict[str, Any] = {
            "id": identifier,
            "name": given.name,
            "source_type": given.source_type,
            "contains_personal_data": given.contains_personal_data,
        }
        if given.contains_personal_data:
            dataset["personal_data_categories"] = [
                {
                    "name": name,
                    "necessity_justification": self.to_fill(
                        f"{prefix}.personal_data_categories[].necessity_justification"
                    ),
                }
                for name in given.categories
            ] or self.to_fill(f"{prefix}.personal_data_categories")
            dataset["special_categories"] = [
                {
                    "category": category,
                    "necessity_justification": self.to_fill(
                        f"{prefix}.special_categories[].necessity_justification"
                    ),
                    "art9_exception": given.art9_exception
                    if given.art9_exception != UNDECIDED
                    else self.to_fill(f"{prefix}.special_categories[].art9_exception"),
                }
                for category in given.special_categories
            ]
            for name in ("documentation_ref", "information_measure_ref", "rights_procedure_ref"):
                dataset[name] = self.to_fill(f"{prefix}.{name}")
            if given.source_type in _REUSED:
                dataset["reuse"] = self.skeleton(f"{prefix}.reuse")
                dataset["compatibility_test"] = self.skeleton(f"{prefix}.compatibility_test")
            if given.source_type in _REUSED + _OBTAINED_FROM_OTHERS:
                dataset["provenance"] = self.skeleton(f"{prefix}.provenance")
            dataset["preparation"] = self.skeleton(f"{prefix}.preparation")
            dataset["pets"] = self.to_fill(f"{prefix}.pets")
            if learning == "continuous":
                dataset["review_frequency"] = self.to_fill(f"{prefix}.review_frequency")
            retention = self.skeleton(f"{prefix}.retention")
            if given.retention_period:
                retention["period"] = given.retention_period
            dataset["retention"] = _in_field_order(retention, f"{prefix}.retention")
        return _in_field_order(dataset, prefix)

    def _dpia(self, answers: Answers) -> dict[str, Any]:
        dpia = self.skeleton("dpia")
        screening = dpia.get("screening", {})
        screening["explicit_answers"] = dict(answers.dpia)
        screening.pop("dpia_required", None)
        dpia["screening"] = _in_field_order(screening, "dpia.screening")
        if not answers.has_dpo:
            dpia.pop("dpo_advice_ref", None)
        return _in_field_order(dpia, "dpia")


#: The block of an activity that details each legal basis.
_BASIS_BLOCKS = {
    "consent": "consent",
    "contract": "contract",
    "public_task": "public_task",
    "legal_obligation": "legal_obligation",
    "legitimate_interests": "legitimate_interest",
}


def _dataset_ids(datasets: tuple[DatasetAnswers, ...]) -> list[str]:
    identifiers: list[str] = []
    for number, dataset in enumerate(datasets, start=1):
        slug = re.sub(r"[^a-z0-9]+", "-", dataset.name.lower()).strip("-") or str(number)
        identifier = f"ds-{slug}"
        while identifier in identifiers:
            identifier += f"-{number}"
        identifiers.append(identifier)
    return identifiers


def _in_schema_order(document: dict[str, Any]) -> dict[str, Any]:
    order = [top.name for top in top_fields()]
    return {key: document[key] for key in sorted(document, key=order.index)}


def _in_field_order(block: dict[str, Any], path: str) -> dict[str, Any]:
    order = [child.name for child in field_at(path).children]
    return {key: block[key] for key in sorted(block, key=order.index)}


def section_comment(section: str, readers: FieldRules, lang: str) -> str:
    words = i18n.words(MESSAGES, lang)
    rules = readers.reading(section)
    if not rules:
        return words["read_by_none"].format(section=section)
    if len(rules) <= 12:
        return words["read_by"].format(section=section, rules=", ".join(rules))
    steps = list(dict.fromkeys(readers.steps.get(rule, "") for rule in rules))
    return words["read_by_many"].format(
        section=section, count=len(rules), steps=", ".join(s for s in steps if s)
    )


def render_yaml(document: dict[str, Any], readers: FieldRules, lang: str, date: str) -> str:
    """The manifest as YAML: the modeline, a header, a comment above each section."""
    words = i18n.words(MESSAGES, lang)
    lines = [f"# yaml-language-server: $schema={SCHEMA_ID}"]
    lines += _wrap_comment(words["header"].format(date=date), "")
    for key, value in document.items():
        if key != "manifest_version":
            lines.append("")
            lines += _wrap_comment(section_comment(key, readers, lang), "")
        lines += _entry(key, value, "")
    return "\n".join(lines) + "\n"


def _wrap_comment(text: str, indent: str, width: int = 98) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(indent) + 2 + len(current) + 1 + len(word) > width:
            lines.append(f"{indent}# {current}")
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(f"{indent}# {current}")
    return lines


def _entry(key: str, value: Any, indent: str, commented: bool = False) -> list[str]:
    mark = "# " if commented else ""
    if isinstance(value, ToFill):
        return [f"{indent}# {key}: {value.hint}"]
    if isinstance(value, dict):
        if not value:
            return []  # nothing to say (strip_placeholders drops it too)
        inner_commented = commented or _only_to_fill(value)
        head = f"{indent}# {key}:" if inner_commented else f"{indent}{key}:"
        lines = [head]
        for child_key, child in value.items():
            lines += _entry(child_key, child, indent + "  ", inner_commented)
        return lines
    if isinstance(value, list):
        if all(not isinstance(item, dict | list) for item in value):
            return [f"{indent}{mark}{key}: [{', '.join(_scalar(item) for item in value)}]"]
        lines = [f"{indent}{mark}{key}:"]
        for item in value:
            lines += _list_item(item, indent + "  ", commented)
        return lines
    return [f"{indent}{mark}{key}: {_scalar(value)}"]


def _list_item(item: dict[str, Any], indent: str, commented: bool) -> list[str]:
    lines: list[str] = []
    for position, (key, value) in enumerate(item.items()):
        entry = _entry(key, value, indent + "  ", commented)
        if position == 0 and not isinstance(value, ToFill):
            first = entry[0]
            entry[0] = f"{indent}- {first[len(indent) + 2 :]}"
        elif position == 0:
            entry.insert(0, f"{indent}-")
        lines += entry
    return lines


#: Words a YAML 1.1 reader (the fast path is one) would not read as text.
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    text = str(value)
    if re.fullmatch(r"[a-z][a-z0-9_]*(-[a-z0-9_]+)*", text) and text not in _YAML11_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)
