"""With --lang fr, every rule cites its articles the French way and links French texts.

The references come from the policies' shared helper (policies/lib/references.rego),
evaluated by the real OPA; these tests read them for every rule of the catalog.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from cnilpolicy.catalog import load_catalog
from cnilpolicy.resources import policies_dir
from cnilpolicy.rule import Rule

# How a French lawyer cites the texts the rules name.
FRENCH_CITATION = re.compile(
    r"^(RGPD|Règlement \(UE\) 2024/1689 \(AI Act\)), "
    r"(art\. \d+( à \d+)?(, § \d+)?(, [a-z]+\))*|annexe [IVX]+|considérant \d+)$"
    r"|^(Avis 28/2024 du CEPD|Directive \(UE\) 2016/680|Loi Informatique et Libertés, titre III"
    r"|G29, lignes directrices WP248 rév\.01|CJUE, C-\d+/\d+|Code [a-zé ]+, art\. L?[\d-]+)$"
)
# Every rule's references as its own rule_info builds them, in lang.
QUERY = (
    "{info.rule_id: info.references | some step, rule; "
    "info := data.cnil[step][rule].rule_info} with input.options.lang as "
)


def references_in(binary: Path, lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    command = [str(binary), "eval", "--format", "json", "--ignore", "*_test.rego",
               "-d", str(policies_dir()), QUERY + json.dumps(lang)]  # fmt: skip
    answer = subprocess.run(command, capture_output=True, check=True, timeout=120)
    value = json.loads(answer.stdout)["result"][0]["expressions"][0]["value"]
    return {
        rule_id: tuple((r["label"], r.get("url", "")) for r in references)
        for rule_id, references in value.items()
    }


FRENCH_EUR_LEX = {
    "RGPD": "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679",
    "Règlement (UE) 2024/1689": "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32024R1689",
}


@pytest.fixture(scope="module")
def catalog(opa_binary: Path) -> list[Rule]:
    return load_catalog(opa_binary)


@pytest.fixture(scope="module")
def french(opa_binary: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    return references_in(opa_binary, "fr")


@pytest.fixture(scope="module")
def english(opa_binary: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    return references_in(opa_binary, "en")


def test_every_article_is_cited_the_french_way(
    catalog: list[Rule], french: dict[str, tuple[tuple[str, str], ...]]
) -> None:
    for rule in catalog:
        pages = [r for r in french[rule.id] if "cnil.fr" in r[1]]
        articles = french[rule.id][len(pages) :]
        assert len(articles) == len(rule.articles), rule.id
        for label, url in articles:
            assert FRENCH_CITATION.match(label), f"{rule.id}: {label!r}"
            for name, link in FRENCH_EUR_LEX.items():
                if label.startswith(name):
                    assert url == link, f"{rule.id}: {label!r} links {url}"


def test_french_readers_get_french_pages_or_are_told_the_page_is_english(
    catalog: list[Rule], french: dict[str, tuple[tuple[str, str], ...]]
) -> None:
    for rule in catalog:
        for label, url in french[rule.id]:
            if "/en/" in url:
                assert label.endswith("(page en anglais)"), f"{rule.id}: {label!r}"
            assert "GDPR" not in label and "eli/reg" not in url, f"{rule.id}: {label!r}"


def test_english_readers_keep_the_english_citations(
    catalog: list[Rule], english: dict[str, tuple[tuple[str, str], ...]]
) -> None:
    for rule in catalog:
        labels = [label for label, _ in english[rule.id]]
        assert labels[len(labels) - len(rule.articles) :] == list(rule.articles), rule.id
        assert not any("page en anglais" in label for label in labels), rule.id


ORG = Path(__file__).resolve().parent.parent / "examples" / "org-pack"


@pytest.mark.parametrize("read_live", ["--policy", "--opa-path"])
def test_rules_read_live_cite_in_the_reader_s_language(opa_binary: Path, read_live: str) -> None:
    # With --policy (an organisation's folder) or --opa-path, the rules are read by OPA
    # instead of the shipped catalog: their references are the same as the shipped ones.
    from click.testing import CliRunner

    from cnilpolicy.catalog import load_shipped_catalog
    from cnilpolicy.cli import main

    shipped = {rule.id: rule for rule in load_shipped_catalog()}
    live = ["--policy", str(ORG), "--pack", "acme"] if read_live == "--policy" else []
    if read_live == "--opa-path":
        live = ["--opa-path", str(opa_binary), "--pack", "cnil-extended"]
    for lang in ("fr", "en"):
        result = CliRunner().invoke(main, ["rules", "--format", "json", "--lang", lang, *live])
        assert result.exit_code == 0, result.stderr
        listed = json.loads(result.stdout)
        cnil = [entry for entry in listed if entry["id"] in shipped]
        assert cnil and len(cnil) < len(listed) if read_live == "--policy" else cnil == listed
        for entry in cnil:
            cited = shipped[entry["id"]].references_in(lang)
            assert entry["articles"] == [a.label for a in cited.articles], entry["id"]
            pages = [{"label": p.label, "url": p.url} for p in cited.cnil_pages]
            assert entry["cnil_pages"] == pages, entry["id"]
        if lang == "fr":
            assert all(FRENCH_CITATION.match(a) for entry in cnil for a in entry["articles"])
    # The organisation's own pages are its own, in both languages.
    if read_live == "--policy":
        (acme,) = [entry for entry in listed if entry["id"] == "ACME-01"]
        assert acme["cnil_pages"] == [
            {"label": "ACME — AI review board charter",
             "url": "https://intranet.acme.example/ai-review-board"}
        ]  # fmt: skip
