"""Each rule's references in both languages, as the policies' own helper builds them.

A rule names its CNIL pages and legal articles once, in its METADATA;
policies/lib/references.rego gives them in the reader's language (the French
page of a fiche and its French title, « RGPD, art. 6, § 1, b) » linked to the
French text on EUR-Lex). `make catalog` asks OPA for both languages and stores
them in cnilpolicy/rule_catalog.json, so that `rules`, `explain` and
docs/rules*.md show what a check's report shows, without OPA.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cnilpolicy.engine import run_bounded
from cnilpolicy.errors import EngineError
from cnilpolicy.i18n import N_
from cnilpolicy.rule import References
from cnilpolicy.verdict import Reference

LANGS = ("en", "fr")

# Every rule's references and articles, by rule id, in each language. The helper
# lists the CNIL pages first, then one reference per article, in the articles' order.
_QUERY = (
    "{info.rule_id: {lang: refs | some lang in "
    + json.dumps(list(LANGS))
    + "; refs := data.cnil[step][rule].rule_info.references with input.options.lang as lang}"
    " | some step, rule; info := data.cnil[step][rule].rule_info}"
)


def to_dict(references: References) -> dict[str, list[dict[str, Any]]]:
    """What rule_catalog.json stores of a rule's references in one language."""
    return {
        "cnil_pages": [r.to_dict() for r in references.cnil_pages],
        "articles": [r.to_dict() for r in references.articles],
    }


def from_dict(document: Mapping[str, Any]) -> References:
    """A rule's references in one language, read back from rule_catalog.json."""
    return References(
        cnil_pages=tuple(_reference(r) for r in document.get("cnil_pages") or ()),
        articles=tuple(_reference(r) for r in document.get("articles") or ()),
    )


def _reference(item: Mapping[str, Any]) -> Reference:
    return Reference(label=str(item.get("label", "")), url=str(item.get("url") or "") or None)


def split(references: list[Mapping[str, Any]], article_count: int) -> References:
    """The helper's list (pages, then one reference per article) split in its two parts."""
    pages = len(references) - article_count
    return References(
        cnil_pages=tuple(_reference(r) for r in references[:pages]),
        articles=tuple(_reference(r) for r in references[pages:]),
    )


_NO_REFERENCES = N_("opa eval did not answer the rules' references")


def references_by_rule(
    binary: Path, policies: Path, timeout: float = 120.0
) -> dict[str, dict[str, list[Any]]]:
    """{rule id: {lang: the helper's references}} for every rule of the policies folder."""
    command = [str(binary), "eval", "--format", "json", "--ignore", "*_test.rego",
               "-d", str(policies), _QUERY]  # fmt: skip
    returncode, stdout, stderr = run_bounded(command, timeout, "eval")
    if returncode != 0:
        message = N_("opa eval of the references failed: {detail}")
        raise EngineError(message, detail=" ".join(stderr.split())[:400])
    try:
        value = json.loads(stdout)["result"][0]["expressions"][0]["value"]
    except (ValueError, LookupError, TypeError):
        raise EngineError(_NO_REFERENCES) from None
    if not isinstance(value, dict):
        raise EngineError(_NO_REFERENCES)
    return value
