"""The schema's texts in the reader's language.

The schema's own descriptions are English. French ones are in
`schemas/manifest.fr.json`, keyed by the English text (as a gettext catalogue is
by msgid, so that issue 14 can move it to one): a description with no French
entry is shown in English, never dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cnilpolicy.resources import schemas_dir
from cnilpolicy.schema_fields import Choice, Field

FRENCH_TEXTS = "manifest.fr.json"

#: The type words of schema_fields, in French.
_TYPES_FR = {
    "date (YYYY-MM-DD)": "date (AAAA-MM-JJ)",
    "duration (ISO 8601, e.g. P2Y)": "durée (ISO 8601, par ex. P2Y)",
    "reference (path, URL or register id)": "référence (chemin, URL ou identifiant de registre)",
    "text": "texte",
    "identifier": "identifiant",
    "rule id (e.g. RET-01)": "identifiant de règle (par ex. RET-01)",
    "one of the values below": "l'une des valeurs ci-dessous",
    "URL": "URL",
    "object": "objet",
    "list": "liste",
    "any value": "toute valeur",
    "string": "chaîne",
    "boolean": "booléen",
    "integer": "entier",
    "number": "nombre",
    "objects": "objets",
}


@cache
def _french(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return table


@dataclass(frozen=True)
class SchemaTexts:
    french: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> SchemaTexts:
        return cls(french=_french(schemas_dir() / FRENCH_TEXTS))

    def text(self, english: str, lang: str) -> str:
        if lang == "fr":
            return self.french.get(english, english)
        return english

    def description(self, found: Field, lang: str) -> str:
        return self.text(found.description, lang)

    def choice(self, found: Field, choice: Choice, lang: str) -> str:
        return self.text(choice.description, lang)

    def type_text(self, found: Field, lang: str) -> str:
        text = found.type
        if lang != "fr":
            return text.replace("list of object", "list of objects")
        nullable = text.endswith(", or null")
        text = text.removesuffix(", or null")
        if text.startswith("list of "):
            inner = text.removeprefix("list of ")
            inner = "objets" if inner == "object" else _TYPES_FR.get(inner, _type_fr(inner))
            text = f"liste de {inner}" if inner[0] not in "aeéiouy" else f"liste d'{inner}"
        else:
            text = _TYPES_FR.get(text, _type_fr(text))
        return text + (", ou null" if nullable else "")


#: The end of a sentence: a full stop before a capital, not that of an abbreviation.
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bart)(?<!\bno)(?<!\bn°)\.\s+(?=[A-Z])")


def first_sentence(text: str) -> str:
    head = _SENTENCE_END.split(text, maxsplit=1)[0]
    return head if head.endswith(".") else head + "."


def _type_fr(text: str) -> str:
    if text.startswith("integer from "):
        low, _, high = text.removeprefix("integer from ").partition(" to ")
        return f"entier de {low} à {high}"
    if text.startswith("the value "):
        return "la valeur " + text.removeprefix("the value ")
    return text
