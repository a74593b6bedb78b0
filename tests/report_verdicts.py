"""Hand-built verdicts for the reviewer's report tests, and the helpers those tests share.

They do not come from OPA on purpose: the rules are still being written, and a
golden file must change only when the report changes. Between them they use
every part of the report: each outcome, a rule with several findings, waivers
used and refused, derived facts, planned actions, references without a link.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from cnilpolicy.verdict import (
    ActionItem,
    DerivedFact,
    Engine,
    ManifestVerdict,
    Reference,
    RuleResult,
    StepOutcome,
    Waiver,
    WaiverNote,
)

ENGINE = Engine(tool_version="0.1.0", opa_version="1.22.3", policy_version="0.1.0")
SHA = "3f1c0e8a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e"
CNIL_PURPOSE = Reference(
    "CNIL — Define a purpose", "https://www.cnil.fr/en/ai-how-sheets-define-purpose"
)
GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
GDPR_FR = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679"

#: The references in each language, as the policies' helper gives them
#: (policies/lib/references.rego): the French page of a fiche, articles cited the French
#: way and linked to the French text (tests/test_report_markdown.py holds the French ones
#: to the shipped catalog's).
REFERENCES = {
    "en": {
        "purpose": CNIL_PURPOSE,
        "gdpr_4_1": Reference("GDPR 4(1)", GDPR),
        "gdpr_5_1_b": Reference("GDPR 5(1)(b)", GDPR),
        "gdpr_35": Reference("GDPR 35", GDPR),
        "lil_6": Reference("Loi Informatique et Libertés, art. 6"),
    },
    "fr": {
        "purpose": Reference(
            "CNIL — IA : Définir une finalité", "https://cnil.fr/fr/definir-une-finalite-0"
        ),
        "gdpr_4_1": Reference("RGPD, art. 4, § 1", GDPR_FR),
        "gdpr_5_1_b": Reference("RGPD, art. 5, § 1, b)", GDPR_FR),
        "gdpr_35": Reference("RGPD, art. 35", GDPR_FR),
        "lil_6": Reference("Loi Informatique et Libertés, art. 6"),
    },
}

#: The policies' texts in each language, as OPA would give them.
TEXTS = {
    "en": {
        "scope_title": "Personal-data screening of the development phase",
        "scope_message": "Personal data is processed; screening recorded in docs/screening.md.",
        "scope_fix": "Set personal_data.processed after screening the datasets.",
        "purpose_title": "Purpose defined, explicit and legitimate",
        "purpose_message": "Activity pa-train has no purpose.description.",
        "purpose_fix": "Describe the purpose of each development activity in purpose.description.",
        "ropa_title": "Processing recorded in the register (art. 30)",
        "ropa_message_0": "Activity pa-train is recorded as ropa#12.",
        "ropa_message_1": "Activity pa-serve has no ropa_ref.",
        "ropa_fix": "Record every processing activity in the register and give its ropa_ref.",
        "min_title": "Bias and drift review planned",
        "min_message": "No periodic review of the dataset is planned for ds-images.",
        "min_fix": "Plan a periodic review of the dataset (bias, drift, relevance).",
        "ret_title": "Retention period of the training data",
        "ret_message": "Dataset ds-images keeps data for P5Y, beyond the 3 years recommended.",
        "ret_fix": "Shorten the retention period or justify it.",
        "dpia_title": "DPIA carried out before the processing",
        "dpia_message": "A DPIA is required and dpia.ref is declared.",
        "dpia_fix": "Carry out the DPIA and record its reference in dpia.ref.",
        "li_title": "Balancing test of the legitimate interest",
        "li_message": "The legal basis is not legitimate interest: the rule does not apply.",
        "li_fix": "Document the balancing test.",
        "waiver_expired": "The waiver of RET-02 expired on 2025-12-31.",
        "waiver_refused": "PURPOSE-01 is an obligation: a manifest cannot waive it.",
        "action": "Write the purpose statement with the product owner",
        "other_action": "Yearly review of the annotation guide",
        "justification": "Images must be kept for the 5-year medical-device audit.",
    },
    "fr": {
        "scope_title": "Qualification des données personnelles du développement",
        "scope_message": (
            "Des données personnelles sont traitées ; qualification dans docs/screening.md."
        ),
        "scope_fix": "Renseigner personal_data.processed après examen des jeux de données.",
        "purpose_title": "Finalité déterminée, explicite et légitime",
        "purpose_message": "L'activité pa-train n'a pas de purpose.description.",
        "purpose_fix": "Décrire la finalité de chaque activité de développement.",
        "ropa_title": "Traitement inscrit au registre (art. 30)",
        "ropa_message_0": "L'activité pa-train est inscrite sous ropa#12.",
        "ropa_message_1": "L'activité pa-serve n'a pas de ropa_ref.",
        "ropa_fix": "Inscrire chaque traitement au registre et indiquer son ropa_ref.",
        "min_title": "Revue des biais et des dérives prévue",
        "min_message": "Aucune revue périodique du jeu ds-images n'est prévue.",
        "min_fix": "Prévoir une revue périodique du jeu de données (biais, dérive, pertinence).",
        "ret_title": "Durée de conservation des données d'entraînement",
        "ret_message": "Le jeu ds-images est conservé P5Y, au-delà des 3 ans recommandés.",
        "ret_fix": "Réduire la durée de conservation ou la justifier.",
        "dpia_title": "AIPD réalisée avant le traitement",
        "dpia_message": "Une AIPD est requise et dpia.ref est déclaré.",
        "dpia_fix": "Réaliser l'AIPD et indiquer sa référence dans dpia.ref.",
        "li_title": "Mise en balance de l'intérêt légitime",
        "li_message": "La base légale n'est pas l'intérêt légitime : la règle ne s'applique pas.",
        "li_fix": "Documenter la mise en balance.",
        "waiver_expired": "La dérogation à RET-02 a expiré le 2025-12-31.",
        "waiver_refused": "PURPOSE-01 est une obligation : un manifeste ne peut y déroger.",
        "action": "Rédiger la finalité avec le responsable produit",
        "other_action": "Revue annuelle du guide d'annotation",
        "justification": "Les images sont conservées 5 ans pour l'audit du dispositif médical.",
    },
}


def _result(
    rule_id: str,
    step: str,
    status: str,
    texts: dict[str, str],
    key: str,
    *,
    pointer: str,
    line: int,
    severity: str = "error",
    level: str = "must",
    message_key: str | None = None,
    references: tuple[Reference, ...],
    waiver: Waiver | None = None,
) -> RuleResult:
    return RuleResult(
        rule_id=rule_id,
        step=step,
        status=status,
        severity=severity,
        level=level,
        title=texts[f"{key}_title"],
        message=texts[message_key or f"{key}_message"],
        pointer=pointer,
        line=line,
        column=3,
        remediation=texts[f"{key}_fix"],
        references=references,
        waiver=waiver,
    )


def sample_verdict(lang: str = "en") -> ManifestVerdict:
    """A non-compliant verdict that uses every part of the report."""
    t = TEXTS[lang]
    r = REFERENCES[lang]
    retention_waiver = Waiver(
        source="manifest",
        rule="RET-01",
        justification=t["justification"],
        pointer="/datasets/0/retention",
        approved_by="DPO, J. Martin",
        date="2025-06-01",
        expires="2026-06-01",
        ticket="PRIV-42",
    )
    results = (
        _result("SCOPE-01", "scope", "pass", t, "scope", pointer="/personal_data", line=12,
                references=(r["gdpr_4_1"],)),
        _result("PURPOSE-01", "purpose", "fail", t, "purpose",
                pointer="/processing_activities/0/purpose", line=31,
                references=(r["purpose"], r["gdpr_5_1_b"])),
        _result("PURPOSE-02", "purpose", "pass", t, "ropa", message_key="ropa_message_0",
                pointer="/processing_activities/0/ropa_ref", line=40, references=(r["purpose"],)),
        _result("PURPOSE-02", "purpose", "fail", t, "ropa", message_key="ropa_message_1",
                pointer="/processing_activities/1", line=52, references=(r["purpose"],)),
        _result("LI-01", "legal_basis", "not_applicable", t, "li", pointer="/processing_activities",
                line=28, severity="error", level="must_if", references=(r["lil_6"],)),
        _result("MIN-06", "minimisation", "warn", t, "min", pointer="/datasets/0", line=70,
                severity="warning", level="should", references=(r["purpose"],)),
        _result("RET-01", "retention", "waived", t, "ret", pointer="/datasets/0/retention",
                line=88, severity="warning", level="should", waiver=retention_waiver,
                references=(r["purpose"],)),
        _result("DPIA-01", "dpia", "pass", t, "dpia", pointer="/dpia", line=120,
                references=(r["gdpr_35"],)),
    )  # fmt: skip
    return ManifestVerdict(
        verdict="non_compliant",
        path="fixtures/manifests/imaging-triage.yaml",
        sha256=SHA,
        engine=ENGINE,
        pack="cnil-2024",
        lang=lang,
        evaluation_date="2026-01-15",
        steps=(
            StepOutcome("scope", "pass"),
            StepOutcome("purpose", "fail"),
            StepOutcome("legal_basis", "not_applicable"),
            StepOutcome("minimisation", "warn"),
            StepOutcome("retention", "pass"),
            StepOutcome("dpia", "pass"),
        ),
        results=results,
        derived_facts=(
            DerivedFact(
                "dpia_required",
                True,
                ("cnil_list:7", "edpb_criteria:sensitive_data+large_scale"),
                "/dpia/screening",
            ),
            DerivedFact("gdpr_applies", True, ("personal_data_processed=true",), "/personal_data"),
            DerivedFact("web_scraping_applies", False, ("web_scraped_datasets=[]",), "/datasets"),
        ),
        waiver_notes=(
            WaiverNote(
                "expired",
                Waiver("manifest", "RET-02", t["justification"], expires="2025-12-31"),
                t["waiver_expired"],
            ),
            WaiverNote(
                "refused",
                Waiver("manifest", "PURPOSE-01", t["justification"], approved_by="CTO"),
                t["waiver_refused"],
            ),
        ),
        project="ImagingTriage",
        organisation="Hôpital de Rivemont",
        action_plan=(
            ActionItem("PURPOSE-01", t["action"], owner="Product owner", due="2026-02-28",
                       status="in_progress"),
            ActionItem("ANNOT-02", t["other_action"], owner="Data lead", due="2026-09-30",
                       status="planned"),
        ),
    )  # fmt: skip


def compliant_verdict(lang: str = "en") -> ManifestVerdict:
    """A small compliant verdict, second manifest of a batch."""
    t = TEXTS[lang]
    return ManifestVerdict(
        verdict="compliant",
        path="fixtures/manifests/no-personal-data.yaml",
        sha256="0" * 64,
        engine=ENGINE,
        pack="cnil-2024",
        lang=lang,
        evaluation_date="2026-01-15",
        steps=(StepOutcome("scope", "pass"), StepOutcome("dpia", "not_applicable")),
        results=(
            _result(
                "SCOPE-01",
                "scope",
                "pass",
                t,
                "scope",
                pointer="",
                line=1,
                references=(REFERENCES[lang]["purpose"],),
            ),
            _result(
                "DPIA-01",
                "dpia",
                "not_applicable",
                t,
                "dpia",
                pointer="/dpia",
                line=30,
                references=(REFERENCES[lang]["purpose"],),
            ),
        ),
        project="WeatherNow",
        organisation=None,
    )


#: Strings a hostile manifest could carry into the report.
SCRIPT = "<script>document.title='pwned';alert(1)</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
QUOTES = "\"'><b>bold</b>`|*_[x](javascript:alert(1))"
RTL = "\u202eمشروع الذكاء الاصطناعي \u05e4\u05e8\u05d5\u05d9\u05e7\u05d8"
EMOJI = "🤖🔒👩🏽‍⚕️🇫🇷"
LONG = "A" * 600
LONG_PATH = "/datasets/0/" + "x" * 300


def hostile_verdict() -> ManifestVerdict:
    """Every manifest-borne string replaced by something that would break a naive report."""
    base = sample_verdict("en")
    hostile = f"{SCRIPT} {IMG} {QUOTES} {RTL} {EMOJI} {LONG}"
    results = tuple(
        RuleResult(
            rule_id=r.rule_id,
            step=r.step,
            status=r.status,
            severity=r.severity,
            level=r.level,
            title=r.title,
            message=f"{r.message} {hostile}",
            pointer=LONG_PATH if r.rule_id == "MIN-06" else r.pointer,
            line=r.line,
            column=r.column,
            remediation=r.remediation,
            references=(*r.references, Reference(SCRIPT, "javascript:alert(1)")),
            waiver=(
                Waiver("manifest", r.rule_id, hostile, approved_by=SCRIPT, ticket=QUOTES)
                if r.waiver
                else None
            ),
        )
        for r in base.results
    )
    return ManifestVerdict(
        verdict=base.verdict,
        path=f"manifests/{SCRIPT}{EMOJI}.yaml",
        sha256=base.sha256,
        engine=base.engine,
        pack=base.pack,
        lang=base.lang,
        evaluation_date=base.evaluation_date,
        steps=base.steps,
        results=results,
        derived_facts=(DerivedFact("dpia_required", True, (hostile, SCRIPT), "/dpia"),),
        waiver_notes=(
            WaiverNote("refused", Waiver("manifest", "PURPOSE-01", hostile, approved_by=IMG), IMG),
        ),
        project=f"{SCRIPT}{RTL}{EMOJI}",
        organisation=f"{IMG}{QUOTES}{LONG}",
        action_plan=(
            ActionItem("PURPOSE-01", hostile, owner=f"{RTL}{SCRIPT}", due="2026-02-28"),
            ActionItem("ANNOT-02", hostile, owner=IMG),
        ),
    )


GOLDEN = Path(__file__).resolve().parent / "golden" / "report"


def flat(text: str) -> str:
    """Whitespace collapsed, no-break spaces included, as ParsedPage.section gives text."""
    return " ".join(text.split())


def check_golden(name: str, content: str) -> None:
    """Compare with tests/golden/report/NAME; UPDATE_GOLDEN=1 writes it instead."""
    target = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    expected = target.read_text(encoding="utf-8")
    assert content == expected, f"{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)"


_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr",
}  # fmt: skip
#: Tags that a browser lays out as separate boxes: their text does not run together.
_BLOCKS = {
    "article", "br", "caption", "dd", "div", "dl", "dt", "h1", "h2", "h3", "header", "li",
    "main", "nav", "ol", "p", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip


@dataclass
class ParsedPage:
    """What a test needs from an HTML page: its tags, and the text under each id."""

    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    text_by_id: dict[str, str] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)
    text: str = ""

    def section(self, element_id: str) -> str:
        """The text of an element, whitespace collapsed."""
        return " ".join(self.text_by_id[element_id].split())


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self.stack: list[str | None] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.page.tags.append((tag, attributes))
        if tag in _BLOCKS:
            self.handle_data(" ")
        if tag in _VOID:
            return
        element_id = attributes.get("id")
        if element_id is not None:
            self.page.ids.append(element_id)
            self.page.text_by_id[element_id] = ""
        self.stack.append(element_id)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.handle_data(" ")
        if tag not in _VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)
        for element_id in self.stack:
            if element_id is not None:
                self.page.text_by_id[element_id] += data


def parse_html(document: str) -> ParsedPage:
    parser = _Parser()
    parser.feed(document)
    parser.close()
    parser.page.text = "".join(parser.chunks)
    return parser.page
