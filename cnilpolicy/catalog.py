"""The rule catalog, read from the policies' own METADATA annotations by `opa inspect`.

The annotations are the one declarative source of every rule's id, texts,
severity and references; this module only reads them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnilpolicy.engine import run_bounded
from cnilpolicy.errors import EngineError
from cnilpolicy.resources import policies_dir


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

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title["en"]

    def description_in(self, lang: str) -> str:
        french = self.raw.get("custom", {}).get("fr", {}).get("description")
        return " ".join(str(french).split()) if lang == "fr" and french else self.description

    def remediation_in(self, lang: str) -> str:
        return self.remediation.get(lang) or self.remediation["en"]


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


def load_catalog(
    binary: Path, policies: Path | None = None, timeout: float = 120.0
) -> list[RuleInfo]:
    """Every rule (a package under data.cnil with custom.id), in id order."""
    rules = []
    for entry in inspect_annotations(binary, policies, timeout):
        annotation = entry.get("annotations", {})
        custom = annotation.get("custom") or {}
        path = [part.get("value") for part in entry.get("path", [])]
        if annotation.get("scope") != "package" or "id" not in custom:
            continue
        if len(path) < 2 or path[1] != "cnil":
            continue
        rules.append(_rule_info(annotation, custom, path, entry.get("location", {})))
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
