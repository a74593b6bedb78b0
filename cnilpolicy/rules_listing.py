"""`cnilpolicy rules`: the catalog of rules as text, JSON or Markdown (docs/rules*.md)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from cnilpolicy.i18n import N_, translate, translate_in_context, word, words
from cnilpolicy.packs import PACKS, Pack
from cnilpolicy.rule import Rule, localised, rule_order, semicolon
from cnilpolicy.verdict import dumps

_LABELS = {
    "heading": N_("cnilpolicy rules"),
    "intro": N_(
        "Generated from the policies' METADATA annotations by `cnilpolicy rules --format "
        "markdown` (do not edit by hand). Level: must (GDPR or AI Act obligation), must_if "
        "(obligation under a condition), should (CNIL recommendation), good_practice (beyond "
        "the GDPR). Evidence: how firmly the requirement was read in the CNIL text "
        "(confirmed, secondary, recalled, inference). Under each step, one table per rule "
        "lists its checks: the condition (the message the rule gives), the outcome, the level "
        "of the requirement checked and the catalog sentence it rests on. A threshold or list "
        "called cnilpolicy's is the tool's own choice, not the CNIL's: all of them are in "
        "policies/lib/thresholds/data.yaml."
    ),
    "pack": N_("Pack:"),
    "disclaimer": N_("A technical aid, not legal advice."),
}
_CHECKS = (N_("Condition (message)"), N_("Outcome"), N_("Level"), N_("Catalog"))


def _columns(lang: str) -> tuple[str, ...]:
    return (
        translate(lang, N_("Id")),
        translate(lang, N_("Title")),
        translate(lang, N_("Level")),
        translate(lang, N_("Severity")),
        # The rule's evidence grade, not a finding's evidence (a report's word).
        translate_in_context(lang, "evidence grade", "Evidence"),
        translate(lang, N_("References")),
    )


def select(catalog: Sequence[Rule], pack: Pack, step: str | None = None) -> list[Rule]:
    """The pack's rules (of one step if given), in the pack's step order then id order."""
    order = {name: index for index, name in enumerate(pack.steps)}
    chosen = [r for r in catalog if r.step in order and (step is None or r.step == step)]
    return sorted(chosen, key=lambda r: (order[r.step], rule_order(r.id)))


def _references(rule: Rule, lang: str) -> list[str]:
    references = rule.references_in(lang)
    return [*(a.label for a in references.articles), *(p.url or "" for p in references.cnil_pages)]


def as_json(rules: Sequence[Rule], lang: str) -> str:
    return dumps(
        [
            {
                "id": r.id,
                "step": r.step,
                "fiche": r.fiche,
                "level": r.level,
                "severity": r.severity,
                "evidence": r.evidence,
                "title": r.title_in(lang),
                "description": r.description_in(lang),
                "remediation": r.remediation_in(lang),
                "articles": [a.label for a in r.references_in(lang).articles],
                "cnil_pages": [
                    {"label": p.label, "url": p.url} for p in r.references_in(lang).cnil_pages
                ],
                "packs": sorted(p.id for p in PACKS.values() if r.step in p.steps),
            }
            for r in rules
        ]
    )


#: A rule's level and severity in the text listing (the English word is the catalog's own).
_CODES = {
    "must": N_("must"),
    "must_if": N_("must_if"),
    "should": N_("should"),
    "good_practice": N_("good_practice"),
    "error": N_("error"),
    "warning": N_("warning"),
    "info": N_("info"),
}


def as_text(rules: Sequence[Rule], lang: str) -> str:
    lines = []
    for r in rules:
        level, severity = word(_CODES, lang, r.level), word(_CODES, lang, r.severity)
        lines.append(f"{r.id:<13} {r.step:<20} {level:<14} {severity:<8} {r.title_in(lang)}")
        lines.append(f"{'':<13} {semicolon(lang).join(_references(r, lang))}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def as_markdown(rules: Sequence[Rule], lang: str, pack: Pack) -> str:
    labels = words(_LABELS, lang)
    columns = _columns(lang)
    lines = [f"# {labels['heading']}", "", labels["intro"], ""]
    lines.append(f"{labels['pack']} `{pack.id}`. {labels['disclaimer']}")
    for step, grouped in groupby(rules, key=lambda r: r.step):
        step_rules = list(grouped)
        lines += ["", f"## {step}", ""]
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("|" + "---|" * len(columns))
        for r in step_rules:
            cited = r.references_in(lang)
            links = ", ".join(f"[{_cell(p.label)}]({p.url})" for p in cited.cnil_pages)
            references = semicolon(lang).join([*(_cell(a.label) for a in cited.articles), links])
            lines.append(
                f"| {r.id} | {_cell(r.title_in(lang))} | `{r.level}` | `{r.severity}` "
                f"| `{r.evidence}` | {references} |"
            )
        for r in step_rules:
            lines += _checks_table(r, lang)
    return "\n".join(lines) + "\n"


def rule_checks(rule: Rule) -> list[dict[str, str]]:
    """The rule's custom.checks: one entry per message key (message, outcome, level, catalog)."""
    checks = (rule.raw.get("custom") or {}).get("checks") or []
    return [{str(k): str(v) for k, v in check.items()} for check in checks]


def _checks_table(rule: Rule, lang: str) -> list[str]:
    checks = rule_checks(rule)
    if not checks:
        return []
    header = [translate(lang, label) for label in _CHECKS]
    lines = ["", f"### {rule.id} — {_cell(rule.title_in(lang))}", ""]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for check in checks:
        texts = rule.messages.get(check["message"], {})
        message = " ".join((localised(texts, lang) or check["message"]).split())
        lines.append(
            f"| {_cell(message)} | `{check['outcome']}` | `{check['level']}` "
            f"| {_cell(check['catalog'])} |"
        )
    return lines


def render(rules: Sequence[Rule], output_format: str, lang: str, pack: Pack) -> str:
    if output_format == "json":
        return as_json(rules, lang)
    if output_format == "markdown":
        return as_markdown(rules, lang, pack)
    return as_text(rules, lang)
