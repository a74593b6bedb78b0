"""Hand-built verdicts for the output-format tests: fixed, small, and hostile on purpose.

Built here rather than by OPA so that golden files do not move when the rules
change. They hold every status, a waiver, two manifests, and texts that carry
what breaks formats: Markdown and HTML, XML-illegal control characters, the
GitHub workflow-command separators, newlines, backticks, mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cnilpolicy import problem
from cnilpolicy.errors import EngineError, SchemaIssue
from cnilpolicy.i18n import N_
from cnilpolicy.problem import Entry, ManifestProblem
from cnilpolicy.rule import Rule
from cnilpolicy.verdict import (
    COMPLIANT_WITH_WARNINGS,
    EXPIRED,
    FAIL,
    NON_COMPLIANT,
    NOT_APPLICABLE,
    PASS,
    WAIVED,
    WARN,
    Engine,
    ManifestVerdict,
    Reference,
    RuleResult,
    StepOutcome,
    Waiver,
    WaiverNote,
)

ENGINE = Engine(tool_version="0.1.0", opa_version="1.22.3", policy_version="0.1.0")
EVALUATION_DATE = "2026-01-15"
GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"

#: A message a hostile manifest could produce: markup, command separators, controls.
HOSTILE_MESSAGE = (
    "Purpose 'a,b: c' of activity <script>alert(1)</script> | `x` @security-team"
    " 100% [link](https://evil.example) **bold** $x$\nsecond line ::error::forged"
    "\r\nthird\x00 line\x1b[31m red\x0b"
)
#: A manifest path with a space, a comma, a colon, a percent sign and a hash.
HOSTILE_PATH = "manifests/odd dir/a,b:c%20#1.yaml"

_RULES = {
    # id: (step, level, severity, title, CNIL page)
    "SCOPE-01": (
        "scope",
        "must",
        "error",
        "Personal-data screening of the development phase",
        "https://www.cnil.fr/en/what-scope-ai-how-sheets",
    ),
    "PURPOSE-01": (
        "purpose",
        "must",
        "error",
        "A determined, explicit and legitimate purpose",
        "https://www.cnil.fr/en/defining-purpose",
    ),
    "MIN-03": (
        "minimisation",
        "should",
        "warning",
        "Data cleaning before training",
        "https://cnil.fr/en/take-data-protection-account-data-collection-and-management",
    ),
    "RET-02": (
        "retention",
        "should",
        "warning",
        "Retention period | justified <b>in advance</b>",
        "https://cnil.fr/en/take-data-protection-account-data-collection-and-management",
    ),
    "DPIA-01": (
        "dpia",
        "must_if",
        "error",
        "A DPIA when the processing is likely to result in a high risk",
        "https://cnil.fr/en/node/164405",
    ),
    "LB-01": (
        "legal_basis",
        "must",
        "error",
        "A legal basis for each processing",
        "https://www.cnil.fr/en/ensuring-lawfulness-data-processing",
    ),
}

_AI_ACT_PAGE = (
    "https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil"
)

_REMEDIATIONS = {
    "SCOPE-01": "Set personal_data.processed after screening the datasets.",
    "PURPOSE-01": "Describe purpose.description and purpose.legitimacy for each activity.",
    "MIN-03": "Describe the cleaning in datasets[].minimisation.cleaning.",
    "RET-02": "Justify retention.period in retention.justification.",
    "DPIA-01": "Reference the DPIA in dpia.ref.",
    "LB-01": "Declare legal_basis on every development activity.",
}

WAIVER = Waiver(
    source="manifest",
    rule="MIN-03",
    justification="Pseudonymised at source <b>&</b> cleaned upstream, see %TICKET%",
    pointer="/datasets/0",
    approved_by="DPO, Jane Doe",
    ticket="PRIV-42",
    date="2025-11-02",
    expires="2026-06-30",
)


def result(
    rule_id: str,
    status: str,
    message: str,
    pointer: str,
    line: int,
    column: int,
    waiver: Waiver | None = None,
) -> RuleResult:
    step, level, severity, title, page = _RULES[rule_id]
    return RuleResult(
        rule_id=rule_id,
        step=step,
        status=status,
        severity=severity,
        level=level,
        title=title,
        message=message,
        pointer=pointer,
        line=line,
        column=column,
        remediation=_REMEDIATIONS[rule_id],
        references=(
            Reference(label=f"CNIL — {title}", url=page),
            Reference(label="GDPR 5(1)(b)", url=GDPR),
        ),
        waiver=waiver,
    )


def hospital() -> ManifestVerdict:
    """Every status, one rule with two findings, and the hostile message."""
    return ManifestVerdict(
        verdict=NON_COMPLIANT,
        path="fixtures/manifests/hospital-imaging.yaml",
        sha256="a" * 64,
        engine=ENGINE,
        pack="cnil-2024",
        lang="en",
        evaluation_date=EVALUATION_DATE,
        steps=(
            StepOutcome("scope", PASS),
            StepOutcome("purpose", FAIL),
            StepOutcome("minimisation", PASS),
            StepOutcome("retention", WARN),
            StepOutcome("dpia", NOT_APPLICABLE),
        ),
        results=(
            result(
                "SCOPE-01",
                PASS,
                "Personal data is processed; screening recorded.",
                "/personal_data",
                15,
                1,
            ),
            result("PURPOSE-01", FAIL, HOSTILE_MESSAGE, "/processing_activities/0/purpose", 42, 7),
            result(
                "PURPOSE-01",
                PASS,
                "Activity pa-2 has a purpose.",
                "/processing_activities/1/purpose",
                60,
                7,
            ),
            result(
                "MIN-03",
                WAIVED,
                "Dataset ds-1 declares no cleaning step.",
                "/datasets/0/minimisation",
                80,
                5,
                WAIVER,
            ),
            result(
                "RET-02",
                WARN,
                "Retention of 12 years exceeds the tool's 5-year threshold.",
                "/datasets/0/retention",
                91,
                9,
            ),
            result(
                "DPIA-01", NOT_APPLICABLE, "No DPIA needed: gdpr_applies is false.", "/dpia", 120, 1
            ),
        ),
        project="ThoraxTriage",
        organisation="CHU <Exemple> & Co",
        waiver_notes=(
            WaiverNote(
                EXPIRED,
                Waiver(
                    source="platform",
                    rule="RET-02",
                    justification="Legacy archive, migration ticket open",
                    approved_by="platform-security",
                    expires="2025-12-31",
                ),
                "platform waiver of RET-02 expired on 2025-12-31: it no longer applies",
            ),
        ),
    )


def odd_path() -> ManifestVerdict:
    """A second manifest whose path needs escaping everywhere."""
    return ManifestVerdict(
        verdict=COMPLIANT_WITH_WARNINGS,
        path=HOSTILE_PATH,
        sha256="b" * 64,
        engine=ENGINE,
        pack="cnil-2024",
        lang="en",
        evaluation_date=EVALUATION_DATE,
        steps=(
            StepOutcome("scope", PASS),
            StepOutcome("legal_basis", PASS),
            StepOutcome("retention", WARN),
        ),
        results=(
            result("SCOPE-01", PASS, "Personal data is processed.", "/personal_data", 3, 1),
            result(
                "LB-01",
                PASS,
                "Activity a:1,b declares legitimate_interest.",
                "/processing_activities/0/legal_basis",
                12,
                5,
            ),
            result(
                "RET-02",
                WARN,
                "Retention `forever` is not a period.",
                "/datasets/0/retention/period",
                20,
                13,
            ),
        ),
    )


def two_manifests() -> list[ManifestVerdict]:
    return [hospital(), odd_path()]


def invalid_manifest(lang: str = "en") -> ManifestProblem:
    """A manifest with two schema errors, as cnilpolicy.schema reports them in lang."""
    return problem.invalid(
        "services/billing/cnil-manifest.yaml",
        [
            SchemaIssue("services/billing/cnil-manifest.yaml", 12, 5, "/datasets/0/retention",
                        "'period' is a required property", N_("missing required key '{key}'"),
                        (("key", "period"),)),
            SchemaIssue("services/billing/cnil-manifest.yaml", 3, 3, "/project/name",
                        "'' should be non-empty", N_("{value} should be non-empty"),
                        (("value", "''"),)),
        ],
        lang,
    )  # fmt: skip


#: OPA failing on a manifest, as cnilpolicy.engine.client reports it.
ENGINE_ERROR = EngineError(
    N_("OPA answered HTTP {status}: {detail}"),
    status=500,
    detail="eval_conflict_error: functions must not produce multiple outputs for same inputs",
)


def with_problems(lang: str = "en") -> list[Entry]:
    """A batch where one manifest is invalid and OPA failed on another, said in lang (the
    verdicts' own texts are the policies' and stay as given: french() gives them to a
    French reader)."""
    return [
        hospital(),
        invalid_manifest(lang),
        problem.engine_error("services/search/cnil-manifest.yaml", ENGINE_ERROR.in_language(lang)),
        odd_path(),
    ]


def with_baseline() -> list[ManifestVerdict]:
    """The two manifests compared with a baseline: one finding new, one worse, one known."""
    marks = iter(["new", "worse", "unchanged", "new", "new", "new", "new"])
    marked = []
    for verdict in two_manifests():
        results = tuple(
            replace(r, baseline=next(marks)) if r.status in ("fail", "warn") else r
            for r in verdict.results
        )
        marked.append(replace(verdict, results=results))
    return marked


GDPR_FR = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679"

#: The verdicts' references as the policies' helper gives them to a French reader
#: (policies/lib/references.rego): by the page's English URL, or the article's English
#: citation. tests/test_formats.py holds each to the shipped catalog's French references.
FRENCH_REFERENCES = {
    "https://www.cnil.fr/en/what-scope-ai-how-sheets": Reference(
        "CNIL — Quel est le périmètre des fiches pratiques IA ? (page en anglais)",
        "https://www.cnil.fr/en/what-scope-ai-how-sheets",
    ),
    "https://www.cnil.fr/en/defining-purpose": Reference(
        "CNIL — IA : Définir une finalité", "https://cnil.fr/fr/definir-une-finalite-0"
    ),
    "https://cnil.fr/en/take-data-protection-account-data-collection-and-management": Reference(
        "CNIL — Tenir compte de la protection des données dans la collecte et la gestion des "
        "données (page en anglais)",
        "https://cnil.fr/en/take-data-protection-account-data-collection-and-management",
    ),
    "https://cnil.fr/en/node/164405": Reference(
        "CNIL — Réaliser une analyse d'impact si nécessaire (page en anglais)",
        "https://cnil.fr/en/node/164405",
    ),
    "https://www.cnil.fr/en/ensuring-lawfulness-data-processing": Reference(
        "CNIL — Assurer que le traitement est licite \u2013 Définir une base légale "
        "(page en anglais)",
        "https://www.cnil.fr/en/ensuring-lawfulness-data-processing",
    ),
    "GDPR 5(1)(b)": Reference("RGPD, art. 5, § 1, b)", GDPR_FR),
}


def french_reference(reference: Reference) -> Reference:
    """reference as a French reader is given it (a CNIL page by its URL, an article by its
    citation)."""
    key = reference.url if reference.url and "cnil.fr" in reference.url else reference.label
    return FRENCH_REFERENCES[key or ""]


def french(entries: Sequence[Entry]) -> list[Entry]:
    """The entries of a run with --lang fr: each verdict records its language, and its
    references are the French ones."""
    return [
        replace(
            entry,
            lang="fr",
            results=tuple(
                replace(r, references=tuple(map(french_reference, r.references)))
                for r in entry.results
            ),
        )
        if isinstance(entry, ManifestVerdict)
        else entry
        for entry in entries
    ]


def rule_info(rule_id: str) -> Rule:
    step, level, severity, title, page = _RULES[rule_id]
    evidence = {"should": "recalled", "must_if": "inference"}.get(level, "confirmed")
    return Rule(
        id=rule_id,
        step=step,
        package=f"cnil.{step}.{rule_id.lower().replace('-', '_')}",
        file=f"policies/cnil/{step}/{rule_id.lower().replace('-', '_')}.rego",
        level=level,
        severity=severity,
        evidence=evidence,
        fiche=step,
        title={"en": title, "fr": f"{title} (fr)"},
        description={"en": f"What the CNIL asks about {title.lower()}, and why."},
        remediation={"en": _REMEDIATIONS[rule_id], "fr": f"{_REMEDIATIONS[rule_id]} (fr)"},
        references=(
            Reference(f"CNIL — {title}", page),
            Reference("GDPR 5(1)(b)"),
            Reference("GDPR 6"),
        ),
        articles=("GDPR 5(1)(b)", "GDPR 6"),
        links=((f"CNIL — {title}", page),),
    )


def catalog() -> tuple[Rule, ...]:
    """The rules of the verdicts, plus one that no result mentions."""
    extra = Rule(
        id="AIACT-01",
        step="ai_act",
        package="cnil.ai_act.aiact_01",
        file="policies/cnil/ai_act/aiact_01.rego",
        level="must",
        severity="error",
        evidence="confirmed",
        fiche="scope",
        title={"en": "The system is classified under the AI Act"},
        description={
            "en": "The AI Act applies to AI systems whether or not they process personal data."
        },
        remediation={"en": "Declare ai_act.risk_level."},
        references=(Reference("CNIL — AI Act Q&A", _AI_ACT_PAGE), Reference("AI Act 6(1)")),
        articles=("AI Act 6(1)",),
        links=(("CNIL — AI Act Q&A", _AI_ACT_PAGE),),
    )
    return (extra, *(rule_info(rule_id) for rule_id in _RULES))
