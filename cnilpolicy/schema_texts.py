"""The schema's texts in the reader's language.

The schema's own descriptions are English. French ones are in
`schemas/manifest.fr.json`, keyed by the English text (as a gettext catalogue is
by msgid, so that issue 14 can move it to one): a description with no French
entry is shown in English, never dropped. The type words around them are interface
words, in the gettext catalogue (cnilpolicy/i18n.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cnilpolicy.i18n import N_, translate
from cnilpolicy.resources import schemas_dir
from cnilpolicy.schema_fields import Choice, Field

FRENCH_TEXTS = "manifest.fr.json"

#: The type words of schema_fields (English, the catalogue's keys).
_TYPE_WORDS = frozenset(
    (
        N_("date (YYYY-MM-DD)"),
        N_("duration (ISO 8601, e.g. P2Y)"),
        N_("reference (path, URL or register id)"),
        N_("text"),
        N_("identifier"),
        N_("rule id (e.g. RET-01)"),
        N_("one of the values below"),
        N_("URL"),
        N_("object"),
        N_("list"),
        N_("any value"),
        N_("string"),
        N_("boolean"),
        N_("integer"),
        N_("number"),
    )
)
_LIST_OF = N_("list of {items}")
_OBJECTS = N_("objects")
_OR_NULL = N_("{type}, or null")
_INTEGER_RANGE = N_("integer from {low} to {high}")
_THE_VALUE = N_("the value {value}")


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
        nullable = text.endswith(", or null")
        text = text.removesuffix(", or null")
        if text.startswith("list of "):
            inner = text.removeprefix("list of ")
            items = translate(lang, _OBJECTS) if inner == "object" else _type_word(inner, lang)
            text = _elided(translate(lang, _LIST_OF).format(items=items), lang)
        else:
            text = _type_word(text, lang)
        return translate(lang, _OR_NULL).format(type=text) if nullable else text


#: The end of a sentence: a full stop before a capital, not that of an abbreviation.
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bart)(?<!\bno)(?<!\bn°)\.\s+(?=[A-Z])")


def first_sentence(text: str) -> str:
    head = _SENTENCE_END.split(text, maxsplit=1)[0]
    return head if head.endswith(".") else head + "."


def _type_word(text: str, lang: str) -> str:
    if text in _TYPE_WORDS:
        return translate(lang, text)
    if text.startswith("integer from "):
        low, _, high = text.removeprefix("integer from ").partition(" to ")
        return translate(lang, _INTEGER_RANGE).format(low=low, high=high)
    if text.startswith("the value "):
        return translate(lang, _THE_VALUE).format(value=text.removeprefix("the value "))
    return text


def _elided(text: str, lang: str) -> str:
    # French elides « de » before a vowel (« liste d'objets »); a catalogue cannot say so.
    return re.sub(r"\bde (?=[aeéiouy])", "d'", text) if lang == "fr" else text
