"""`cnilpolicy rules`: the catalog of rules as text, JSON or Markdown (docs/rules*.md)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from cnilpolicy.packs import PACKS, Pack
from cnilpolicy.rule import Rule, localised, rule_order
from cnilpolicy.verdict import dumps

_LABELS = {
    "en": {
        "heading": "cnilpolicy rules",
        "intro": (
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
        "checks": ("Condition (message)", "Outcome", "Level", "Catalog"),
        "pack": "Pack:",
        "columns": ("Id", "Title", "Level", "Severity", "Evidence", "References"),
        "disclaimer": "A technical aid, not legal advice.",
    },
    "fr": {
        "heading": "Règles de cnilpolicy",
        "intro": (
            "Généré à partir des annotations METADATA des politiques par `cnilpolicy rules "
            "--format markdown --lang fr` (ne pas modifier à la main). Niveau : must (obligation "
            "du RGPD ou du RIA), must_if (obligation sous condition), should (recommandation de "
            "la CNIL), good_practice (au-delà du RGPD). Preuve : degré de certitude de la lecture "
            "du texte de la CNIL (confirmed, secondary, recalled, inference). Sous chaque étape, "
            "un tableau par règle liste ses vérifications : la condition (le message que donne la "
            "règle), l'issue, le niveau de l'exigence vérifiée et la phrase du catalogue sur "
            "laquelle elle repose. Un seuil ou une liste dits de cnilpolicy sont un choix propre "
            "à l'outil, et non à la CNIL : tous figurent dans policies/lib/thresholds/data.yaml."
        ),
        "checks": ("Condition (message)", "Issue", "Niveau", "Catalogue"),
        "pack": "Paquet :",
        "columns": ("Id", "Titre", "Niveau", "Gravité", "Preuve", "Références"),
        "disclaimer": "Une aide technique, pas un conseil juridique.",
    },
}


def select(catalog: Sequence[Rule], pack: Pack, step: str | None = None) -> list[Rule]:
    """The pack's rules (of one step if given), in the pack's step order then id order."""
    order = {name: index for index, name in enumerate(pack.steps)}
    chosen = [r for r in catalog if r.step in order and (step is None or r.step == step)]
    return sorted(chosen, key=lambda r: (order[r.step], rule_order(r.id)))


def _references(rule: Rule) -> list[str]:
    return [*rule.articles, *(url for _, url in rule.links)]


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
                "articles": list(r.articles),
                "cnil_pages": [{"label": label, "url": url} for label, url in r.links],
                "packs": sorted(p.id for p in PACKS.values() if r.step in p.steps),
            }
            for r in rules
        ]
    )


def as_text(rules: Sequence[Rule], lang: str) -> str:
    lines = []
    for r in rules:
        lines.append(f"{r.id:<13} {r.step:<20} {r.level:<14} {r.severity:<8} {r.title_in(lang)}")
        lines.append(f"{'':<13} {'; '.join(_references(r))}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def as_markdown(rules: Sequence[Rule], lang: str, pack: Pack) -> str:
    labels = _LABELS[lang]
    lines = [f"# {labels['heading']}", "", str(labels["intro"]), ""]
    lines.append(f"{labels['pack']} `{pack.id}`. {labels['disclaimer']}")
    for step, grouped in groupby(rules, key=lambda r: r.step):
        step_rules = list(grouped)
        lines += ["", f"## {step}", ""]
        lines.append("| " + " | ".join(labels["columns"]) + " |")
        lines.append("|" + "---|" * len(labels["columns"]))
        for r in step_rules:
            links = ", ".join(f"[{_cell(label)}]({url})" for label, url in r.links)
            references = "; ".join([*(_cell(a) for a in r.articles), links])
            lines.append(
                f"| {r.id} | {_cell(r.title_in(lang))} | {r.level} | {r.severity} | {r.evidence} "
                f"| {references} |"
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
    header = _LABELS[lang]["checks"]
    lines = ["", f"### {rule.id} — {_cell(rule.title_in(lang))}", ""]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for check in checks:
        texts = rule.messages.get(check["message"], {})
        message = " ".join((localised(texts, lang) or check["message"]).split())
        lines.append(
            f"| {_cell(message)} | {check['outcome']} | {check['level']} "
            f"| {_cell(check['catalog'])} |"
        )
    return lines


def render(rules: Sequence[Rule], output_format: str, lang: str, pack: Pack) -> str:
    if output_format == "json":
        return as_json(rules, lang)
    if output_format == "markdown":
        return as_markdown(rules, lang, pack)
    return as_text(rules, lang)
