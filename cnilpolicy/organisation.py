"""An organisation's rules next to the CNIL ones: read from METADATA, checked for collisions.

An organisation rule is written like a CNIL rule: a package under data.cnil
(cnil.<step>.<rule>), its METADATA with custom.id in the organisation's own
namespace (e.g. ACME-01), step, level, severity, texts in English and French,
remediation, and its results built by data.cnilpolicy.lib.result. Its id must
not be a CNIL rule's, nor its package a CNIL package: OPA would merge the two.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cnilpolicy.catalog import RuleInfo, load_catalog
from cnilpolicy.policyset import PolicySet, PolicySetError


def catalogs(binary: Path, policy_set: PolicySet) -> tuple[list[RuleInfo], list[RuleInfo]]:
    """The CNIL rules and the organisations' rules, each read by `opa inspect`."""
    folders = (policy_set.cnil, *policy_set.organisations)
    # One `opa inspect` per folder, side by side: each takes about a second.
    with ThreadPoolExecutor(max_workers=len(folders)) as pool:
        read = list(pool.map(lambda folder: load_catalog(binary, folder), folders))
    return read[0], [rule for rules in read[1:] for rule in rules]


def check_collisions(cnil: Sequence[RuleInfo], organisation: Sequence[RuleInfo]) -> None:
    """Refuse an organisation rule whose id or package is already taken."""
    ids = {rule.id: rule for rule in cnil}
    packages = {rule.package: rule for rule in cnil}
    for rule in organisation:
        taken = ids.get(rule.id)
        if taken is not None:
            raise PolicySetError(
                f"{rule.file}: rule id {rule.id} is already {_owner(taken, cnil)} "
                f"({taken.file}): give the organisation's rules their own id namespace"
            )
        in_package = packages.get(rule.package)
        if in_package is not None:
            raise PolicySetError(
                f"{rule.file}: package {rule.package} is already rule {in_package.id}'s "
                f"({in_package.file})"
            )
        ids[rule.id] = rule
        packages[rule.package] = rule


def _owner(rule: RuleInfo, cnil: Sequence[RuleInfo]) -> str:
    return "a CNIL rule id" if rule in cnil else "the id of another organisation rule"
