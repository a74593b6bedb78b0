"""What a run evaluates with: the CNIL policies, and the organisation folders of --policy.

Gathers, once per run, the bundle files and their revision (cnilpolicy.policyset),
the packs (the CNIL ones and each folder's packs/), and the extension schemas
(each folder's extensions/); with check_rules, the organisation rules are read
by `opa inspect` and refused if an id or a package is already taken.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from cnilpolicy.catalog import load_catalog, with_references
from cnilpolicy.click_language import option
from cnilpolicy.engine import find_opa
from cnilpolicy.errors import OpaNotFound
from cnilpolicy.extensions import Extensions, load_extensions
from cnilpolicy.i18n import N_
from cnilpolicy.organisation import catalogs, check_collisions, check_namespaces, namespaces
from cnilpolicy.packs import Pack, load_packs
from cnilpolicy.policyset import PolicySet, load_policy_set
from cnilpolicy.rule import Rule, rule_order
from cnilpolicy.rule_references import references_of_set


@dataclass(frozen=True)
class PolicyContext:
    policy_set: PolicySet
    packs: dict[str, Pack]
    extensions: Extensions


def load_policy_context(
    policy_dirs: Sequence[str], opa_path: str | None, *, check_rules: bool
) -> PolicyContext:
    policy_set = load_policy_set(policy_dirs)
    folders = policy_set.organisations
    packs = load_packs(folder / "packs" for folder in folders if (folder / "packs").is_dir())
    extensions = load_extensions(folders)
    if check_rules and folders:
        try:
            binary = find_opa(opa_path)
        except OpaNotFound:
            # Only a remote pool can evaluate then; OPA itself refuses two
            # descriptions of one rule id (policies/main/rules.rego), and
            # `cnilpolicy bundle build` checked the folders with a binary.
            binary = None
        if binary is not None:
            cnil, organisation = catalogs(binary, policy_set)
            check_collisions(cnil, organisation)
            for folder in folders:
                check_namespaces(namespaces(binary, folder), cnil)
    return PolicyContext(policy_set, packs, extensions)


def rules_of(binary: Path, context: PolicyContext) -> list[Rule]:
    """Every rule, CNIL and organisation, in id order (the organisations' read by opa inspect),
    with its references in each language."""
    if not context.policy_set.organisations:
        return load_catalog(binary)
    with ThreadPoolExecutor(max_workers=1) as pool:
        references = pool.submit(references_of_set, binary, context.policy_set)
        cnil, organisation = catalogs(binary, context.policy_set)
        rules = with_references([*cnil, *organisation], references.result())
    return sorted(rules, key=lambda rule: rule_order(rule.id))


policy_option: Callable[[Any], Any] = option(
    "--policy",
    "policy_dirs",
    multiple=True,
    envvar="CNILPOLICY_POLICY",
    show_envvar=True,
    type=click.Path(exists=True, file_okay=False),
    help=N_(
        "An organisation's folder of rules (Rego like the CNIL rules, packs/, extensions/), "
        "loaded next to the CNIL policies. Repeatable; the variable takes folders separated by "
        "the path separator (: or ;). Never from a configuration file: the pipeline chooses."
    ),
)
