"""The rule catalog, read from the policies' own METADATA annotations by `opa inspect`.

The annotations are the one declarative source of every rule's id, texts,
severity and references; this module only reads them. `make catalog`
(tools/build_catalog.py) stores what `opa inspect` says of the rules in
cnilpolicy/rule_catalog.json, shipped in the wheel, so that `rules` and
`explain` work where no OPA is installed (tests/test_rule_catalog_file.py
fails when it is stale).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from cnilpolicy.engine import run_bounded
from cnilpolicy.engine.text import first_line
from cnilpolicy.errors import EngineError, os_reason
from cnilpolicy.i18n import N_
from cnilpolicy.policyset import load_policy_set
from cnilpolicy.resources import policies_dir
from cnilpolicy.rule import Rule, rule_order
from cnilpolicy.rule_references import from_dict, references_by_rule, split, to_dict
from cnilpolicy.verdict import Reference


def inspect_annotations(
    binary: Path, policies: Path | None = None, timeout: float = 120.0
) -> list[dict[str, Any]]:
    """Every annotation of the policies, as `opa inspect -a --format json` gives them."""
    command = [str(binary), "inspect", "-a", "--format", "json", str(policies or policies_dir())]
    returncode, stdout, stderr = run_bounded(command, timeout, "inspect")
    if returncode != 0:
        # OPA's own words (the French catalogue quotes them as OPA's).
        message = N_("opa {what} failed: {detail}")
        raise EngineError(message, what="inspect", detail=first_line(stderr))
    try:
        document = json.loads(stdout)
    except ValueError:
        raise EngineError(N_("opa {what} did not answer JSON"), what="inspect") from None
    if not isinstance(document, dict):
        raise EngineError(N_("opa {what} did not answer a JSON object"), what="inspect")
    annotations = document.get("annotations", [])
    return annotations if isinstance(annotations, list) else []


#: The generated catalog, inside the package.
CATALOG_FILE = "rule_catalog.json"
CATALOG_FORMAT_VERSION = "1"


def read_rules(binary: Path, policies: Path | None = None, timeout: float = 120.0) -> list[Rule]:
    """Every rule (a package under data.cnil with custom.id) of one folder, in id order, from
    its annotations alone: its references as its METADATA writes them (English)."""
    return _from_entries(inspect_annotations(binary, policies, timeout))


def load_catalog(binary: Path, policies: Path | None = None, timeout: float = 120.0) -> list[Rule]:
    """Every rule, in id order, read live by OPA, with its references in each language as
    the policies' helper gives them (what the shipped catalog holds)."""
    folder = Path(policies or policies_dir())
    # Two OPA commands of about a second each: side by side.
    with ThreadPoolExecutor(max_workers=1) as pool:
        references = pool.submit(references_by_rule, binary, folder, timeout)
        rules = read_rules(binary, folder, timeout)
        return with_references(rules, references.result())


def with_references(
    rules: Sequence[Rule], references: Mapping[str, Mapping[str, list[Any]]]
) -> list[Rule]:
    """Each rule with its references in each language (rule_references.references_by_rule)."""
    return [
        replace(
            rule,
            references_by_lang={
                lang: split(found, len(rule.articles))
                for lang, found in references[rule.id].items()
            },
        )
        if rule.id in references
        else rule
        for rule in rules
    ]


@dataclass(frozen=True)
class ShippedCatalog:
    """The catalog generated at build time, and the revision of the policies it was read from."""

    #: policyset.PolicySet.revision of the shipped policies when the file was generated.
    policies_revision: str
    rules: tuple[Rule, ...]


def load_shipped_catalog() -> list[Rule]:
    """Every rule, in id order, from the catalog generated at build time: no OPA needed."""
    return list(shipped_catalog().rules)


@cache
def shipped_catalog() -> ShippedCatalog:
    """The shipped catalog, read once a process (it is a file of the package: it never
    changes while cnilpolicy runs)."""
    try:
        text = resources.files("cnilpolicy").joinpath(CATALOG_FILE).read_text(encoding="utf-8")
        document = json.loads(text)
    except OSError as error:
        message = N_("cannot read the rule catalog {file}: {reason}")
        raise EngineError(message, file=CATALOG_FILE, reason=os_reason(error)) from None
    except ValueError as error:
        message = N_("the rule catalog {file} is not valid JSON: {detail}")
        raise EngineError(message, file=CATALOG_FILE, detail=first_line(error)) from None
    return ShippedCatalog(
        str(document.get("policies_revision", "")), tuple(_from_entries(document.get("rules", [])))
    )


def catalog_document(binary: Path, policies: Path | None = None) -> dict[str, Any]:
    """What cnilpolicy/rule_catalog.json holds: the rules' annotations, as OPA reads them.

    File locations are made relative to the policies folder, so that the file
    does not depend on where the repository is checked out.
    """
    root = Path(policies or policies_dir()).resolve()
    references = references_by_rule(binary, root)
    entries = []
    for entry in _rule_entries(inspect_annotations(binary, root)):
        location = Path(str(entry.get("location", {}).get("file", "")))
        with_root = location if location.is_absolute() else Path.cwd() / location
        try:
            relative = with_root.resolve().relative_to(root).as_posix()
        except ValueError:
            relative = location.as_posix()
        custom = entry["annotations"]["custom"]
        articles = len(custom.get("articles") or ())
        entries.append(
            {
                "annotations": entry["annotations"],
                "path": entry["path"],
                "location": {"file": relative},
                "references": {
                    lang: to_dict(split(found, articles))
                    for lang, found in sorted(references.get(str(custom["id"]), {}).items())
                },
            }
        )
    entries.sort(key=lambda entry: rule_order(str(entry["annotations"]["custom"]["id"])))
    return {
        "format_version": CATALOG_FORMAT_VERSION,
        # A run whose servers hold exactly these policies takes the rules' texts from
        # here instead of asking OPA (cnilpolicy.check.describe_rules).
        "policies_revision": load_policy_set(cnil=root).revision,
        "rules": entries,
    }


def _rule_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The annotations that describe a rule: a package under data.cnil with custom.id."""
    chosen = []
    for entry in entries:
        annotation = entry.get("annotations", {})
        custom = annotation.get("custom") or {}
        path = [part.get("value") for part in entry.get("path", [])]
        if annotation.get("scope") != "package" or "id" not in custom:
            continue
        if len(path) < 2 or path[1] != "cnil":
            continue
        chosen.append(entry)
    return chosen


def _from_entries(entries: list[dict[str, Any]]) -> list[Rule]:
    rules = []
    for entry in _rule_entries(entries):
        annotation = entry["annotations"]
        path = [part.get("value") for part in entry.get("path", [])]
        rule = _rule(annotation, annotation["custom"], path, entry.get("location", {}))
        stored = entry.get("references") or {}
        rules.append(replace(rule, references_by_lang={k: from_dict(v) for k, v in stored.items()}))
    return sorted(rules, key=lambda rule: rule_order(rule.id))


def _rule(
    annotation: dict[str, Any], custom: dict[str, Any], path: list[Any], location: dict[str, Any]
) -> Rule:
    french = custom.get("fr") or {}
    title = {"en": str(annotation.get("title", ""))}
    if french.get("title"):
        title["fr"] = str(french["title"])
    description = {"en": " ".join(str(annotation.get("description", "")).split())}
    if french.get("description"):
        description["fr"] = " ".join(str(french["description"]).split())
    articles = tuple(str(a) for a in custom.get("articles") or ())
    links = tuple(
        (str(r.get("description", "")), str(r.get("ref", "")))
        for r in annotation.get("related_resources") or ()
    )
    return Rule(
        id=str(custom["id"]),
        step=str(custom.get("step", "")),
        package=".".join(str(part) for part in path[1:]),
        file=str(location.get("file", "")),
        level=str(custom.get("level", "")),
        severity=str(custom.get("severity", "")),
        evidence=str(custom.get("evidence", "")),
        fiche=str(custom.get("fiche", "")),
        title=title,
        description=description,
        remediation={k: str(v) for k, v in (custom.get("remediation") or {}).items()},
        references=(
            *(Reference(label=label, url=url or None) for label, url in links),
            *(Reference(label=article) for article in articles),
        ),
        articles=articles,
        links=links,
        messages={
            str(key): {str(k): str(v) for k, v in texts.items()}
            for key, texts in (custom.get("messages") or {}).items()
            if isinstance(texts, dict)
        },
        raw=annotation,
    )
