"""What a rule is, whatever the manifest: the one model of a rule, and the one order of rule ids.

A rule is read from the policies' METADATA (cnilpolicy/rule_catalog.json, or
`opa inspect` live: cnilpolicy.catalog), from OPA's description of the rules
of a run (data.cnilpolicy.rules: cnilpolicy.aggregate), or, for a SARIF
driver without a catalog, from a result. Every reader (the verdict's results,
SARIF's rule descriptors, `rules`, `explain`, the field reference) takes it
as a Rule and asks it for its texts in a language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from cnilpolicy.verdict import Reference

ENGLISH = "en"


def localised(texts: Mapping[str, str], lang: str) -> str:
    """texts in lang, else in English (every rule has its English texts), else empty.

    The one place a rule's title, description and remediation are chosen in a
    language, for every reader: here rather than in Rego because `rules`,
    `explain` and SARIF read them from the annotations without OPA, so Python
    has to choose anyway; OPA gives them in every language (describe in
    policies/lib/result.rego), once per run. A rule's references are chosen in
    Rego: policies/lib/references.rego holds their French pages and citations.
    """
    return texts.get(lang) or texts.get(ENGLISH) or ""


def colon(lang: str) -> str:
    """The colon between a page and its link: French typography puts a space before it,
    as the policies' messages do (result.colon in policies/lib/result.rego)."""
    return " : " if lang == "fr" else ": "


def semicolon(lang: str) -> str:
    """The semicolon between references, in the language's typography (result.semicolon)."""
    return " ; " if lang == "fr" else "; "


@lru_cache(maxsize=4096)
def rule_order(rule_id: str) -> tuple[Any, ...]:
    """The natural order of rule ids: LB-02 < LB-02.2 < LB-10, PURPOSE-2 < PURPOSE-10.

    The id split into text and runs of ASCII digits, each run compared as a
    number. The parts alternate text, number, text... so two keys never compare
    a number with a text, whatever the ids (an organisation's own included).
    """
    parts = re.split(r"([0-9]+)", rule_id)
    return tuple(int(part) if index % 2 else part for index, part in enumerate(parts))


@dataclass(frozen=True)
class References:
    """A rule's references in one language: its CNIL pages, then its legal articles."""

    cnil_pages: tuple[Reference, ...] = ()
    articles: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One rule. Texts that exist in several languages are held by language code."""

    id: str
    step: str
    level: str
    severity: str
    title: Mapping[str, str]
    remediation: Mapping[str, str]
    #: Why the rule exists (METADATA's description); empty for a rule OPA described.
    description: Mapping[str, str] = field(default_factory=dict)
    #: The CNIL pages, then the legal articles: from OPA in the run's language, with
    #: the official texts' links; from the catalog as METADATA writes them.
    references: tuple[Reference, ...] = ()
    articles: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()  # (description, url) of the CNIL pages
    evidence: str = ""
    fiche: str = ""
    package: str = ""
    file: str = ""
    #: The texts of the rule's messages by key, then by language.
    messages: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: The rule's whole annotation, as `opa inspect` gives it (empty when OPA described it).
    raw: Mapping[str, Any] = field(default_factory=dict)
    #: By language, the CNIL pages and articles as policies/lib/references.rego
    #: gives them (the French page and title, « RGPD, art. 6, § 1, b) »): stored
    #: in rule_catalog.json by `make catalog`; empty when read live or from OPA.
    references_by_lang: Mapping[str, References] = field(default_factory=dict)

    def title_in(self, lang: str) -> str:
        return localised(self.title, lang)

    def description_in(self, lang: str) -> str:
        return localised(self.description, lang)

    def remediation_in(self, lang: str) -> str:
        return localised(self.remediation, lang)

    def references_in(self, lang: str) -> References:
        """The CNIL pages and articles in lang; as METADATA writes them when not generated."""
        known = self.references_by_lang.get(lang) or self.references_by_lang.get(ENGLISH)
        if known is not None:
            return known
        return References(
            cnil_pages=tuple(Reference(label, url or None) for label, url in self.links),
            articles=tuple(Reference(article) for article in self.articles),
        )

    def described_in(self, lang: str) -> Rule:
        """The rule as OPA describes it for a run in lang: its references, those of lang."""
        chosen = self.references_in(lang)
        return replace(self, references=(*chosen.cnil_pages, *chosen.articles))
