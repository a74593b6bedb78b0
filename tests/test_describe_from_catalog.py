"""The rules' texts of a run: from the shipped catalog when OPA holds exactly the shipped
policies, and then the same as OPA's own descriptions (issue 13: a single check).

A single check used to wait for OPA to describe every rule before judging the
manifest. When the servers hold the revision the shipped catalog was generated
from, check.describe_rules takes the texts from the catalog: these tests hold
that shortcut to giving exactly what OPA gives, for every pack and language.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cnilpolicy.catalog import shipped_catalog
from cnilpolicy.check import CheckOptions, describe_rules
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.engine.client import PolicyEngine
from cnilpolicy.i18n import LANGUAGES
from cnilpolicy.packs import PACKS
from cnilpolicy.policyset import load_policy_set
from cnilpolicy.rule import Rule
from tests.support import EVALUATION_DATE


@pytest.fixture(scope="module")
def engine(opa_server: LocalOpaServer) -> Iterator[PolicyEngine]:
    opened = PolicyEngine(opa_server.url, timeout=60)
    yield opened
    opened.close()


def _as_judged(rule: Rule) -> tuple[object, ...]:
    """What a verdict takes of a rule's description (aggregate.build_verdict)."""
    return (rule.id, rule.step, rule.level, rule.severity, dict(rule.title),
            dict(rule.remediation), tuple(rule.references))  # fmt: skip


def test_the_shipped_catalog_records_the_revision_of_the_shipped_policies() -> None:
    # Else every run would ask OPA again: the shortcut would be silently lost.
    assert shipped_catalog().policies_revision == load_policy_set().revision


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("pack", sorted(PACKS))
def test_the_catalog_describes_the_rules_as_opa_does(
    engine: PolicyEngine, pack: str, lang: str
) -> None:
    options = CheckOptions(pack=PACKS[pack], lang=lang, evaluation_date=EVALUATION_DATE)
    by_opa = describe_rules(engine, options)  # no revision: OPA is asked
    by_catalog = describe_rules(engine, options, shipped_catalog().policies_revision)
    assert sorted(by_catalog) == sorted(by_opa)
    assert {rule_id: _as_judged(rule) for rule_id, rule in by_catalog.items()} == {
        rule_id: _as_judged(rule) for rule_id, rule in by_opa.items()
    }


def test_another_revision_asks_opa(engine: PolicyEngine) -> None:
    options = CheckOptions(pack=PACKS["cnil-2024"], lang="fr", evaluation_date=EVALUATION_DATE)
    described = describe_rules(engine, options, "sha256:" + "0" * 64)
    # OPA's descriptions carry no METADATA file nor package: the catalog's do.
    assert described and all(rule.file == "" for rule in described.values())
    from_catalog = describe_rules(engine, options, shipped_catalog().policies_revision)
    assert all(rule.file for rule in from_catalog.values())
