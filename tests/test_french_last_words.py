"""The last English of French output: punctuation, places, and the messages that were left.

Each test reads the French (--lang fr) and the English of the same thing: French
typography and words in the one, the English unchanged in the other.
"""

from __future__ import annotations

import re

from cnilpolicy.render import FORMATS, RenderOptions
from tests.verdicts import french, with_problems

#: "file:line:column: " is what editors and CI logs read: the same in every language.
EDITOR_PLACE = re.compile(r"^  (?P<path>[^:\n]+):(?P<line>\d+):(?P<column>\d+): (?P<rest>.*)$")


def _problem_lines(text: str) -> list[re.Match[str]]:
    return [m for line in text.splitlines() if (m := EDITOR_PLACE.match(line))]


def test_a_french_problem_line_keeps_the_editor_s_place_then_reads_as_french() -> None:
    french_text = FORMATS["text"](french(with_problems("fr")), RenderOptions(lang="fr"))
    english_text = FORMATS["text"](with_problems(), RenderOptions())
    french_lines, english_lines = _problem_lines(french_text), _problem_lines(english_text)
    assert len(french_lines) == len(english_lines) == 3
    for fr, en in zip(french_lines, english_lines, strict=True):
        assert fr.group("path", "line", "column") == en.group("path", "line", "column")
        # The pointer (or the root, in words) then a French colon; English keeps "/: ".
        assert re.match(r"(/\S+|à la racine du manifeste) : \S", fr.group("rest")), fr.group(0)
        assert re.match(r"/\S*: \S", en.group("rest")), en.group(0)
    assert "/: " not in french_text
    assert ": à la racine du manifeste : OPA a répondu HTTP 500" in french_text
    assert ":1:1: /: OPA answered HTTP 500: eval_conflict_error" in english_text


def test_quiet_french_problem_lines_read_as_french_too() -> None:
    options = RenderOptions(quiet=True, lang="fr")
    text = FORMATS["text"](french(with_problems("fr")), options)
    assert ":3:3: invalide : /project/name : '' ne doit pas être vide" in text
    assert ":1:1: erreur : à la racine du manifeste : OPA a répondu HTTP 500" in text
    english = FORMATS["text"](with_problems(), RenderOptions(quiet=True))
    assert ":1:1: error: /: OPA answered HTTP 500" in english


def test_references_are_separated_the_french_way_in_french() -> None:
    french_text = FORMATS["text"](french(with_problems("fr")), RenderOptions(lang="fr"))
    english_text = FORMATS["text"](with_problems(), RenderOptions())
    see_fr = [line for line in french_text.splitlines() if line.strip().startswith("voir :")]
    see_en = [line for line in english_text.splitlines() if line.strip().startswith("see:")]
    assert see_fr and len(see_fr) == len(see_en)
    assert all("> ; " in line and ">; " not in line for line in see_fr)
    assert all(">; " in line and "> ; " not in line for line in see_en)


def test_the_machine_formats_place_a_problem_in_french_too() -> None:
    for output_format in ("codequality", "github", "junit", "sarif"):
        fr = FORMATS[output_format](french(with_problems("fr")), RenderOptions(lang="fr"))
        en = FORMATS[output_format](with_problems(), RenderOptions())
        # JUnit puts the pointer in brackets after the place: "… (/project/name) : …".
        assert re.search(r"/project/name\)? : '' ne doit pas être vide", fr), output_format
        assert re.search(r"/project/name\)?: '' should be non-empty", en), output_format
        assert "should be non-empty" not in fr and "OPA answered" not in fr, output_format
