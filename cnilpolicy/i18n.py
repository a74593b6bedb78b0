"""Interface words in the reader's language, from the gettext catalogue of cnilpolicy.

The catalogue (cnilpolicy/locale/LANG/LC_MESSAGES/cnilpolicy.po, compiled to .mo and
shipped in the wheel) is extracted from the code by `pybabel extract` (babel.cfg) and
edited by translators; tests/test_i18n.py fails when a message has no translation or
the .mo no longer matches its .po. The English text is the message's key, so the code
holds only English; every other language is in its catalogue. The language is always
an argument: no global state.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from functools import cache
from pathlib import Path

DOMAIN = "cnilpolicy"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: The languages a reader may ask for; English is the code's own.
LANGUAGES = ("en", "fr")


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    # The compiled catalogues never change while cnilpolicy runs: read each once.
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang], fallback=True)


def translate(lang: str, message: str) -> str:
    """message (the English text, the catalogue's key) in lang; English when untranslated."""
    if lang == "en":
        return message
    return _catalogue(lang).gettext(message)


def translate_in_context(lang: str, context: str, message: str) -> str:
    """message where the same English text means something else elsewhere (msgctxt context)."""
    if lang == "en":
        return message
    return _catalogue(lang).pgettext(context, message)


def translate_plural(lang: str, singular: str, plural: str, count: int) -> str:
    """The form of a message for count (French counts 0 and 1 as singular, English 1 only)."""
    if lang == "en":
        return singular if count == 1 else plural
    return _catalogue(lang).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; translate() renders it later."""
    return message


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a message with a plural form for extraction; translate_plural() renders it."""
    return singular, plural


def count_words(forms: tuple[str, str], lang: str, count: int, **values: object) -> str:
    """A message with a plural form (marked with Np_), for count, with {count} filled in."""
    return translate_plural(lang, forms[0], forms[1], count).format(count=count, **values)


def words(table: Mapping[str, str], lang: str) -> dict[str, str]:
    """A table of messages (key → English text marked with N_) in lang."""
    return {key: translate(lang, message) for key, message in table.items()}


def word(table: Mapping[str, str], lang: str, key: str) -> str:
    """A key's message in lang; a key the table does not know shows as itself."""
    message = table.get(key)
    return translate(lang, message) if message is not None else key


class Message:
    """A catalogue message (marked N_) with the values of its {placeholders}, shown later.

    str() gives the English; in_language() the reader's. A value may itself be a Message
    (a reason placed in a sentence) or anything with in_language(lang) (an error).
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def in_language(self, lang: str) -> str:
        text = translate(lang, self.template)
        if not self.values:
            return text
        return text.format(**{key: _shown(value, lang) for key, value in self.values.items()})

    def __str__(self) -> str:
        return self.in_language("en")

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"


def _shown(value: object, lang: str) -> object:
    in_language = getattr(value, "in_language", None)
    return in_language(lang) if callable(in_language) else value
