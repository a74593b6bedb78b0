"""The manifest's values as words: the one table of labels, policies/lib/labels/data.yaml.

The policies read the same file (OPA loads it as data.lib.labels); a report
that shows a value of one of the schema's closed lists shows its label in the
report's language, never the value the manifest stores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ruamel.yaml import YAML

from cnilpolicy.resources import policies_dir

LABELS_FILE = Path("lib") / "labels" / "data.yaml"

#: The derived facts whose value is a list of one enum's values, with that enum's key.
FACT_VALUE_KINDS: Mapping[str, str] = {"dpia_edpb_criteria": "edpb_criterion"}


@dataclass(frozen=True)
class ValueLabels:
    """Each enum's values (by the enum's key) with their label per language."""

    table: Mapping[str, Mapping[str, Mapping[str, str]]]

    def word(self, kind: str, value: object, lang: str) -> str:
        """The label of a value in lang (English if lang has none); unknown values as written."""
        texts = self.table.get(kind, {}).get(str(value)) if isinstance(value, str) else None
        if not texts:
            return str(value)
        return texts.get(lang) or texts["en"]


def read_labels(path: Path) -> ValueLabels:
    document = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    table = {
        str(kind): {
            str(value): {str(lang): str(text) for lang, text in texts.items()}
            for value, texts in values.items()
        }
        for kind, values in (document or {}).items()
    }
    return ValueLabels(table)


@cache
def value_labels() -> ValueLabels:
    """The table shipped with the policies (read once: it never changes during a run)."""
    return read_labels(policies_dir() / LABELS_FILE)


def fact_value(fact_id: str, value: object, lang: str) -> str | None:
    """A derived fact's list of enum values as their labels, or None for another value."""
    kind = FACT_VALUE_KINDS.get(fact_id)
    if kind is None or not isinstance(value, list):
        return None
    return ", ".join(value_labels().word(kind, item, lang) for item in value)
