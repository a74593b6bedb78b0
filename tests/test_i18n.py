"""The gettext catalogue of interface words is complete, current and compiled.

The messages are extracted from the code as `pybabel extract -F babel.cfg -k translate:2
-k N_` does; a message with no French translation, a translation whose English message
the code no longer has, or a .mo that does not match its .po fails.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from cnilpolicy.i18n import LOCALE_DIR, translate
from cnilpolicy.resources import source_root

KEYWORDS = {"translate": (2,), "N_": None}
PO = LOCALE_DIR / "fr" / "LC_MESSAGES" / "cnilpolicy.po"
MO = PO.with_suffix(".mo")


def code_messages() -> set[str]:
    root = source_root()
    method_map = [("**.py", "python")]
    return {
        str(message)
        for _, _, message, _, _ in extract_from_dir(
            str(root / "cnilpolicy"), method_map, keywords=KEYWORDS
        )
    }


def _po_translations() -> dict[str, str]:
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    assert not catalog.fuzzy
    return {str(m.id): str(m.string) for m in catalog if m.id and not m.fuzzy}


def test_extraction_finds_the_interface_words() -> None:
    messages = code_messages()
    assert "Why:" in messages and "References:" in messages


def test_every_message_of_the_code_has_a_french_translation() -> None:
    translations = _po_translations()
    missing = sorted(code_messages() - set(translations))
    empty = sorted(k for k, v in translations.items() if not v.strip())
    assert missing == [], f"add to {PO} (pybabel update): {missing}"
    assert empty == [], f"translate in {PO}: {empty}"


def test_no_translation_is_stale() -> None:
    stale = sorted(set(_po_translations()) - code_messages())
    assert stale == [], f"the code no longer has these messages of {PO}: {stale}"


def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    with MO.open("rb") as handle:
        compiled = {str(m.id): str(m.string) for m in read_mo(handle) if m.id}
    assert compiled == _po_translations(), "run: pybabel compile -d cnilpolicy/locale -D cnilpolicy"


def test_translate_takes_the_language_as_an_argument() -> None:
    assert translate("fr", "Why:") == "Pourquoi :"
    assert translate("en", "Why:") == "Why:"
    assert translate("fr", "A message nobody wrote") == "A message nobody wrote"
