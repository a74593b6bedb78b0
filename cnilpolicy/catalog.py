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
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from cnilpolicy.engine import run_bounded
from cnilpolicy.errors import EngineError
from cnilpolicy.resources import policies_dir
from cnilpolicy.rule_references import Reference, References, from_dict, references_by_rule, split


@dataclass(frozen=True)
class RuleInfo:
    id: str
    step: str
    package: str
    file: str
    level: str
    severity: str
    evidence: str
    fiche: str
    title: dict[str, str]
    description: str
    remediation: dict[str, str]
    articles: tuple[str, ...]
    links: tuple[tuple[str, str], ...]  # (description, url) of the CNIL pages
    messages: dict[str, dict[str, str]]
    raw: dict[str, Any]
    #: By language, the references as the policies give them (rule_catalog.json).
    references: dict[str, References] = field(default_factory=dict)

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title["en"]

    def description_in(self, lang: str) -> str:
        french = self.raw.get("custom", {}).get("fr", {}).get("description")
        return " ".join(str(french).split()) if lang == "fr" and french else self.description

    def remediation_in(self, lang: str) -> str:
        return self.remediation.get(lang) or self.remediation["en"]

    def references_in(self, lang: str) -> References:
        """The CNIL pages and articles in lang; as written in METADATA when not generated."""
        known = self.references.get(lang) or self.references.get("en")
        if known is not None:
            return known
        return References(
            cnil_pages=tuple(Reference(label, url) for label, url in self.links),
            articles=tuple(Reference(article, "") for article in self.articles),
        )


def inspect_annotations(
    binary: Path, policies: Path | None = None, timeout: float = 120.0
) -> list[dict[str, Any]]:
    """Every annotation of the policies, as `opa inspect -a --format json` gives them."""
    command = [str(binary), "inspect", "-a", "--format", "json", str(policies or policies_dir())]
    returncode, stdout, stderr = run_bounded(command, timeout, "inspect")
    if returncode != 0:
        raise EngineError(f"opa inspect failed: {' '.join(stderr.split())[:400]}")
    try:
        document = json.loads(stdout)
    except ValueError:
        raise EngineError("opa inspect did not answer JSON") from None
    if not isinstance(document, dict):
        raise EngineError("opa inspect did not answer a JSON object")
    annotations = document.get("annotations", [])
    return annotations if isinstance(annotations, list) else []


#: The generated catalog, inside the package.
CATALOG_FILE = "rule_catalog.json"
CATALOG_FORMAT_VERSION = "1"


def load_catalog(
    binary: Path, policies: Path | None = None, timeout: float = 120.0
) -> list[RuleInfo]:
    """Every rule (a package under data.cnil with custom.id), in id order, read live by OPA."""
    return _from_entries(inspect_annotations(binary, policies, timeout))


def load_shipped_catalog() -> list[RuleInfo]:
    """Every rule, in id order, from the catalog generated at build time: no OPA needed."""
    try:
        text = resources.files("cnilpolicy").joinpath(CATALOG_FILE).read_text(encoding="utf-8")
        document = json.loads(text)
    except (OSError, ValueError) as error:
        raise EngineError(f"cannot read the rule catalog {CATALOG_FILE}: {error}") from None
    return _from_entries(document.get("rules", []))


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
                    lang: split(found, articles).to_dict()
                    for lang, found in sorted(references.get(str(custom["id"]), {}).items())
                },
            }
        )
    entries.sort(key=lambda entry: str(entry["annotations"]["custom"]["id"]))
    return {"format_version": CATALOG_FORMAT_VERSION, "rules": entries}


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


def _from_entries(entries: list[dict[str, Any]]) -> list[RuleInfo]:
    rules = []
    for entry in _rule_entries(entries):
        annotation = entry["annotations"]
        path = [part.get("value") for part in entry.get("path", [])]
        rule = _rule_info(annotation, annotation["custom"], path, entry.get("location", {}))
        stored = entry.get("references") or {}
        rules.append(replace(rule, references={k: from_dict(v) for k, v in stored.items()}))
    return sorted(rules, key=lambda rule: rule.id)


def _rule_info(
    annotation: dict[str, Any], custom: dict[str, Any], path: list[Any], location: dict[str, Any]
) -> RuleInfo:
    french = custom.get("fr") or {}
    title = {"en": str(annotation.get("title", ""))}
    if french.get("title"):
        title["fr"] = str(french["title"])
    return RuleInfo(
        id=str(custom["id"]),
        step=str(custom.get("step", "")),
        package=".".join(str(part) for part in path[1:]),
        file=str(location.get("file", "")),
        level=str(custom.get("level", "")),
        severity=str(custom.get("severity", "")),
        evidence=str(custom.get("evidence", "")),
        fiche=str(custom.get("fiche", "")),
        title=title,
        description=" ".join(str(annotation.get("description", "")).split()),
        remediation={k: str(v) for k, v in (custom.get("remediation") or {}).items()},
        articles=tuple(str(a) for a in custom.get("articles") or ()),
        links=tuple(
            (str(r.get("description", "")), str(r.get("ref", "")))
            for r in annotation.get("related_resources") or ()
        ),
        messages={
            str(key): {str(k): str(v) for k, v in texts.items()}
            for key, texts in (custom.get("messages") or {}).items()
            if isinstance(texts, dict)
        },
        raw=annotation,
    )
