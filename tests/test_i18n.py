"""The gettext catalogue of interface words is complete, current and compiled.

The messages are extracted from the code as `pybabel extract` does with the keywords of
babel.cfg; a message with no French translation, a translation whose English message
the code no longer has, a fuzzy or obsolete entry, or a .mo that does not match its .po
fails.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from cnilpolicy.i18n import LOCALE_DIR, count_words, translate, translate_in_context
from cnilpolicy.resources import source_root

#: The keywords of babel.cfg's extraction command (kept in step by the test below).
KEYWORDS = {
    "translate": (2,),
    "N_": None,
    "Np_": (1, 2),
    "translate_plural": (2, 3),
    "translate_in_context": ((2, "c"), 3),
}
PO = LOCALE_DIR / "fr" / "LC_MESSAGES" / "cnilpolicy.po"
MO = PO.with_suffix(".mo")

#: A message's key: (context, English text or (singular, plural)).
Key = tuple[str | None, str | tuple[str, ...]]


def code_messages() -> set[Key]:
    root = source_root()
    method_map = [("**.py", "python")]
    return {
        (context, message if isinstance(message, str) else tuple(message))
        for _, _, message, _, context in extract_from_dir(
            str(root / "cnilpolicy"), method_map, keywords=KEYWORDS
        )
    }


def _catalog() -> Catalog:
    with PO.open("rb") as handle:
        return read_po(handle)


def _po_translations() -> dict[Key, tuple[str, ...]]:
    catalog = _catalog()
    assert not catalog.fuzzy
    return {
        (m.context, m.id if isinstance(m.id, str) else tuple(m.id)): (
            (m.string,) if isinstance(m.string, str) else tuple(m.string)
        )
        for m in catalog
        if m.id
    }


def test_extraction_finds_the_interface_words() -> None:
    messages = code_messages()
    assert (None, "Why:") in messages and (None, "NON COMPLIANT") in messages
    assert (None, ("{count} manifest", "{count} manifests")) in messages
    assert ("evidence grade", "Evidence") in messages


def test_babel_cfg_names_the_same_keywords() -> None:
    command = (source_root() / "babel.cfg").read_text(encoding="utf-8").splitlines()[0]
    for keyword, spec in KEYWORDS.items():
        if spec is None:
            assert f"-k {keyword} " in command
        else:
            parts = [f"{p[0]}{p[1]}" if isinstance(p, tuple) else str(p) for p in spec]
            assert f"-k {keyword}:{','.join(parts)}" in command, keyword


def test_every_message_of_the_code_has_a_french_translation() -> None:
    translations = _po_translations()
    missing = sorted(map(str, code_messages() - set(translations)))
    empty = sorted(str(k) for k, v in translations.items() if not all(s.strip() for s in v))
    assert missing == [], f"add to {PO} (pybabel update): {missing}"
    assert empty == [], f"translate in {PO}: {empty}"


def test_no_translation_is_stale_fuzzy_or_obsolete() -> None:
    catalog = _catalog()
    stale = sorted(map(str, set(_po_translations()) - code_messages()))
    assert stale == [], f"the code no longer has these messages of {PO}: {stale}"
    fuzzy = sorted(str(m.id) for m in catalog if m.id and m.fuzzy)
    assert fuzzy == [], f"review these fuzzy translations in {PO}: {fuzzy}"
    assert not catalog.obsolete, f"remove the obsolete (#~) entries of {PO}"


def test_a_french_translation_keeps_the_placeholders_the_code_fills_in() -> None:
    # A translation may leave a placeholder out but never add one the code does not
    # fill in.
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    wrong = []
    for (_, message), strings in _po_translations().items():
        english = message if isinstance(message, str) else message[1]
        allowed = fields(english) | ({"title"} if "{step}" in english else set())
        wrong += [f"{message!r}: {s!r}" for s in strings if not fields(s) <= allowed]
    assert wrong == []


def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    with MO.open("rb") as handle:
        compiled = {
            (m.context, m.id if isinstance(m.id, str) else tuple(m.id)): (
                (m.string,) if isinstance(m.string, str) else tuple(m.string)
            )
            for m in read_mo(handle)
            if m.id
        }
    assert compiled == _po_translations(), "run: pybabel compile -d cnilpolicy/locale -D cnilpolicy"


def test_translate_takes_the_language_as_an_argument() -> None:
    assert translate("fr", "Why:") == "Pourquoi :"
    assert translate("en", "Why:") == "Why:"
    assert translate("fr", "A message nobody wrote") == "A message nobody wrote"


def test_plurals_and_contexts_follow_the_language() -> None:
    forms = ("{count} manifest", "{count} manifests")
    assert [count_words(forms, "en", n) for n in (0, 1, 2)] == [
        "0 manifests",
        "1 manifest",
        "2 manifests",
    ]
    # French counts 0 and 1 as singular.
    assert [count_words(forms, "fr", n) for n in (0, 1, 2)] == [
        "0 manifeste",
        "1 manifeste",
        "2 manifestes",
    ]
    assert translate_in_context("fr", "evidence grade", "Evidence") == "Preuve"
    assert translate("fr", "Evidence") == "Élément probant"
