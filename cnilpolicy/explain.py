"""`cnilpolicy explain RULE`: why a rule exists, what to declare, passing and failing fixtures."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from cnilpolicy.fixture_cases import case_paths, load_case
from cnilpolicy.i18n import N_, translate, word
from cnilpolicy.pointer import MISSING, resolve, tokens
from cnilpolicy.render.report_labels import LEVEL_WORDS, SEVERITY_WORDS, STEP_TITLES
from cnilpolicy.resources import fixtures_dir
from cnilpolicy.rule import Rule, colon

_LABELS = {
    "why": N_("Why:"),
    "declare": N_("What the manifest must declare:"),
    "passing": N_("Passing (fixtures/manifests/{base}):"),
    "failing": N_("Failing: {description} (fixtures/cases/{case}):"),
    "absent": N_("(absent)"),
    "references": N_("References:"),
    "level": N_("Level: {level}; severity: {severity}; evidence: {evidence}. Step: {step}."),
    "none": N_("No fixture case fails this rule yet."),
    "disclaimer": N_("cnilpolicy is a technical aid, not legal advice."),
}

# Where a rule's text comes from (catalog §0.1), as a reviewer reads it.
_EVIDENCE_WORDS = {
    "confirmed": N_("confirmed in the CNIL's text or the law"),
    "secondary": N_("from a secondary source, to verify"),
    "recalled": N_("recalled from the CNIL's sheet, not re-read"),
    "inference": N_("the tool's inference, not the CNIL's text"),
}


def _label(key: str, lang: str) -> str:
    return translate(lang, _LABELS[key])


def _level_line(rule: Rule, lang: str) -> str:
    evidence = _EVIDENCE_WORDS.get(rule.evidence)
    return _label("level", lang).format(
        level=word(LEVEL_WORDS, lang, rule.level),
        severity=word(SEVERITY_WORDS, lang, rule.severity),
        evidence=translate(lang, evidence) if evidence else rule.evidence,
        step=word(STEP_TITLES, lang, rule.step),
    )


@dataclass(frozen=True)
class Change:
    """One value a failing case changes: what the compliant base has, and what the case has."""

    pointer: str
    passing: Any  # MISSING when the base has no value there
    failing: Any  # MISSING when the case removes it


@dataclass(frozen=True)
class Excerpt:
    case: str
    description: str
    base: str
    changes: tuple[Change, ...]


#: Each case file read once a process: `explain` of every rule (the docs, the tests)
#: walks the same cases again for each rule.
_load_case = cache(load_case)


def failing_excerpt(rule_id: str, root: Path | None = None, lang: str = "en") -> Excerpt | None:
    """The first failing case of the rule (by file name), as the values it changes."""
    for path in case_paths(root or fixtures_dir()):
        case = _load_case(path)
        if rule_id not in case.expected_fail | case.expected_warn:
            continue
        patched = case.manifest
        return Excerpt(
            case=f"{path.parent.name}/{path.name}",
            description=case.description_in(lang),
            base=case.base,
            changes=tuple(
                Change(
                    op["path"],
                    resolve(case.base_manifest, op["path"]),
                    resolve(patched, op["path"]),
                )
                for op in case.operations
            ),
        )
    return None


def _yaml_lines(change: Change, value: Any, absent: str) -> list[str]:
    key = tokens(change.pointer)[-1] if change.pointer else "/"
    header = f"    # {change.pointer}"
    if value is MISSING:
        return [header, f"    {key}: {absent}"]
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.width = 96
    stream = StringIO()
    yaml.dump({key: value}, stream)
    return [header, *("    " + line for line in stream.getvalue().rstrip().splitlines())]


def explain(rule: Rule, lang: str, root: Path | None = None) -> str:
    labels = {key: _label(key, lang) for key in _LABELS}
    lines = [f"{rule.id} — {rule.title_in(lang)}", ""]
    lines.append(_level_line(rule, lang))
    lines += ["", labels["why"], f"  {rule.description_in(lang)}", ""]
    lines += [labels["declare"], f"  {rule.remediation_in(lang)}", ""]
    excerpt = failing_excerpt(rule.id, root, lang)
    if excerpt is None:
        lines += [labels["none"], ""]
    else:
        lines.append(labels["passing"].format(base=excerpt.base))
        for change in excerpt.changes:
            lines += _yaml_lines(change, change.passing, labels["absent"])
        lines.append("")
        lines.append(labels["failing"].format(description=excerpt.description, case=excerpt.case))
        for change in excerpt.changes:
            lines += _yaml_lines(change, change.failing, labels["absent"])
        lines.append("")
    lines.append(labels["references"])
    references = rule.references_in(lang)
    lines += [f"  - {article.label}" for article in references.articles]
    lines += [f"  - {page.label}{colon(lang)}{page.url}" for page in references.cnil_pages]
    lines += ["", labels["disclaimer"]]
    return "\n".join(lines) + "\n"
