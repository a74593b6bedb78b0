"""With --lang fr, messages and derived facts name the schema's values in words and cite in French.

Every fixture manifest and every failing case goes through the real OPA in French. A value
of one of the schema's closed lists written as stored (`legitimate_interests`) may appear
only where the reader must type it, in code style (between backquotes), or as part of a
field, a pointer or a quoted `field=value` fact; everywhere else the message shows its
label (« intérêt légitime »). Values with an underscore are the ones a reader cannot
mistake for a word; a value that is also a field name (`legal_basis`) is left out. And the
citations the rules build from values are French (« RGPD, art. 6, § 1, f) »), never
half-English ("RGPD, art. 6(1)(f)").
"""

from __future__ import annotations

import json
import re
import shutil
from typing import Any

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.resources import policies_dir, schemas_dir
from cnilpolicy.value_labels import LABELS_FILE, read_labels
from tests.support import BASE_MANIFESTS, CASES, EVALUATION_DATE, load_case


def _field_names(node: Any, names: set[str]) -> set[str]:
    if isinstance(node, dict):
        names.update((node.get("properties") or {}).keys())
        for child in node.values():
            _field_names(child, names)
    elif isinstance(node, list):
        for child in node:
            _field_names(child, names)
    return names


def raw_value_pattern() -> re.Pattern[str]:
    schema = json.loads((schemas_dir() / "manifest.schema.json").read_text(encoding="utf-8"))
    fields = _field_names(schema, set(schema["$defs"]))
    table = read_labels(policies_dir() / LABELS_FILE).table
    values = {v for values in table.values() for v in values if "_" in v and v not in fields}
    alternatives = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    # Not inside code style, a field path, a pointer or a quoted fact (field="value").
    return re.compile(rf"(?<![\w.`/=\[\"-])({alternatives})(?![\w`\[])")


@pytest.fixture(scope="module")
def french_texts(
    opa_server: LocalOpaServer, tmp_path_factory: pytest.TempPathFactory
) -> list[tuple[str, str]]:
    """(rule or fact id, text) of every message and derived fact's reason, in French."""
    tmp_path = tmp_path_factory.mktemp("french")
    for path in CASES:
        folder = tmp_path / f"{path.parent.name}-{path.stem}"
        folder.mkdir()
        written = load_case(path).write(folder)
        written.rename(folder / f"cnil-manifest{written.suffix}")
    for path in BASE_MANIFESTS:
        folder = tmp_path / path.stem
        folder.mkdir()
        shutil.copy(path, folder / "cnil-manifest.yaml")
    result = CliRunner().invoke(
        main,
        ["check", str(tmp_path), "--format", "json", "--lang", "fr", "--date", EVALUATION_DATE,
         "--fail-on", "never", "--opa-url", opa_server.url],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    manifests = json.loads(result.stdout)["manifests"]
    assert len(manifests) == len(CASES) + len(BASE_MANIFESTS)
    texts = []
    for manifest in manifests:
        texts += [(r["rule_id"], r["message"]) for r in manifest.get("results", [])]
        texts += [(f["id"], basis) for f in manifest["derived_facts"] for basis in f["basis"]]
    return texts


def test_raw_values_only_where_the_reader_types_them(french_texts: list[tuple[str, str]]) -> None:
    pattern = raw_value_pattern()
    found = {}
    for where, text in french_texts:
        for value in pattern.findall(text):
            found.setdefault(f"{where}: {value}", text)
    assert not found, "\n".join(f"{key}\n    {text}" for key, text in sorted(found.items()))


#: An article cited the English way ("6(1)(f)", "GDPR art. 13", "AI Act"), or a point
#: lettered "(c)": in French, « RGPD, art. 6, § 1, f) », « règlement sur l'IA », « c) ».
ENGLISH_CITATION = re.compile(r"\d\([0-9a-z]+\)|\bGDPR\b|\bAI Act\b|(?<![\w(])\([a-f]\) ")


def test_french_texts_cite_the_french_way(french_texts: list[tuple[str, str]]) -> None:
    # The fixtures' own free texts hold no such citation, so every one found was built
    # by a rule (LB-01's article, AIACT-03's point, REUSE-03's criteria, INFO-01's regimes).
    found = {
        f"{where}: {match.group(0)}": text
        for where, text in french_texts
        for match in [ENGLISH_CITATION.search(text)]
        if match
    }
    assert not found, "\n".join(f"{key}\n    {text}" for key, text in sorted(found.items()))


def test_the_citation_pattern_tells_english_from_french() -> None:
    assert ENGLISH_CITATION.search("(RGPD, art. 6(1)(f))")
    assert ENGLISH_CITATION.search("(règlement sur l'IA, art. 10, § 5(b))")
    assert ENGLISH_CITATION.search("collected_from_data_subject : true (GDPR art. 13)")
    assert ENGLISH_CITATION.search("art. 6, § 4 : (a) le lien")
    assert not ENGLISH_CITATION.search("(RGPD, art. 6, § 1, f)), choisie")
    assert not ENGLISH_CITATION.search("art. 6, § 4 : a) le lien ; c) la nature (art. 9)")
    assert not ENGLISH_CITATION.search("3 alternative(s) moins intrusive(s)")


def test_the_pattern_tells_words_from_values_to_type() -> None:
    pattern = raw_value_pattern()
    assert pattern.findall("repose sur legitimate_interests et") == ["legitimate_interests"]
    assert pattern.findall("ne contient pas `ai_specific_attacks` (attaques)") == []
    assert pattern.findall('ai_system.intended_uses.0="credit_scoring" (/ai_system/x)') == []
    assert pattern.findall("dpia.screening.explicit_answers.large_scale vaut false") == []
    assert pattern.findall("repose sur l'intérêt légitime") == []
