"""An organisation's rules next to the CNIL ones: read from METADATA, checked for collisions.

An organisation rule is written like a CNIL rule: a package under data.cnil
(cnil.<step>.<rule>), its METADATA with custom.id in the organisation's own
namespace (e.g. ACME-01), step, level, severity, texts in English and French,
remediation, and its results built by data.cnilpolicy.lib.result. Its id must
not be a CNIL rule's, nor its package a CNIL package: OPA would merge the two.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cnilpolicy.catalog import read_rules
from cnilpolicy.engine import run_bounded
from cnilpolicy.engine.text import first_line
from cnilpolicy.errors import EngineError
from cnilpolicy.i18n import N_
from cnilpolicy.policyset import PolicySet, PolicySetError
from cnilpolicy.rule import Rule

#: What only cnilpolicy declares: its library and queries, and its data (thresholds).
RESERVED_NAMESPACES = ("data.cnilpolicy", "data.lib")


def catalogs(binary: Path, policy_set: PolicySet) -> tuple[list[Rule], list[Rule]]:
    """The CNIL rules and the organisations' rules, each read by `opa inspect`."""
    folders = (policy_set.cnil, *policy_set.organisations)
    # One `opa inspect` per folder, side by side: each takes about a second.
    with ThreadPoolExecutor(max_workers=len(folders)) as pool:
        read = list(pool.map(lambda folder: read_rules(binary, folder), folders))
    return read[0], [rule for rules in read[1:] for rule in rules]


def check_collisions(cnil: Sequence[Rule], organisation: Sequence[Rule]) -> None:
    """Refuse an organisation rule whose id or package is already taken."""
    ids = {rule.id: rule for rule in cnil}
    packages = {rule.package: rule for rule in cnil}
    for rule in organisation:
        taken = ids.get(rule.id)
        if taken is not None:
            message = (
                N_("{path}: rule id {id} is already a CNIL rule id ({other}): give the "
                   "organisation's rules their own id namespace")
                if taken in cnil
                else N_("{path}: rule id {id} is already the id of another organisation rule "
                        "({other}): give the organisation's rules their own id namespace")
            )  # fmt: skip
            raise PolicySetError(message, path=rule.file, id=rule.id, other=taken.file)
        in_package = packages.get(rule.package)
        if in_package is not None:
            raise PolicySetError(
                N_("{path}: package {package} is already rule {rule}'s ({other})"),
                path=rule.file,
                package=rule.package,
                rule=in_package.id,
                other=in_package.file,
            )
        ids[rule.id] = rule
        packages[rule.package] = rule


def namespaces(binary: Path, folder: Path) -> dict[str, list[str]]:
    """Each package and data path the folder declares, with its files (`opa inspect`)."""
    returncode, stdout, stderr = run_bounded(
        [str(binary), "inspect", "--format", "json", str(folder)], 120, "inspect"
    )
    if returncode != 0:
        # OPA's own words (the French catalogue quotes them as OPA's).
        message = N_("opa inspect {folder} failed: {detail}")
        raise EngineError(message, folder=folder, detail=first_line(stderr))
    try:
        declared = json.loads(stdout).get("namespaces") or {}
    except (ValueError, AttributeError):
        declared = None
    if not isinstance(declared, dict):
        raise EngineError(N_("opa {what} did not answer a JSON object"), what="inspect")
    return {str(name): [str(file) for file in files] for name, files in declared.items()}


def check_namespaces(folder_namespaces: dict[str, list[str]], cnil: Sequence[Rule]) -> None:
    """Refuse a package or data path of cnilpolicy's own, or a CNIL rule's package.

    Rego merges every file of a package: a file of the organisation's in a CNIL
    rule's package could add results to that rule.
    """
    cnil_packages = {f"data.{rule.package}": rule for rule in cnil}
    for name, files in sorted(folder_namespaces.items()):
        where = ", ".join(files)
        if any(name == root or name.startswith(root + ".") for root in RESERVED_NAMESPACES):
            message = N_("{where}: {name} belongs to cnilpolicy itself")
            raise PolicySetError(message, where=where, name=name)
        rule = cnil_packages.get(name)
        if rule is not None:
            message = N_("{where}: {name} is the package of CNIL rule {rule}")
            raise PolicySetError(message, where=where, name=name, rule=rule.id)
