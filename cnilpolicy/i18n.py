"""Interface words in the reader's language, from the gettext catalogue of cnilpolicy.

The catalogue (cnilpolicy/locale/LANG/LC_MESSAGES/cnilpolicy.po, compiled to .mo and
shipped in the wheel) is extracted from the code by `pybabel extract` (babel.cfg) and
edited by translators; tests/test_i18n.py fails when a message has no translation or
the .mo no longer matches its .po. The language is always an argument: no global state.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

DOMAIN = "cnilpolicy"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    # The compiled catalogues never change while cnilpolicy runs: read each once.
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang], fallback=True)


def translate(lang: str, message: str) -> str:
    """message (the English text, the catalogue's key) in lang; English when untranslated."""
    if lang == "en":
        return message
    return _catalogue(lang).gettext(message)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; translate() renders it later."""
    return message
