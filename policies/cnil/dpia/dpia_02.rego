# METADATA
# title: "AI Act high-risk system processing personal data: DPIA presumed necessary"
# description: >-
#   The CNIL considers that a DPIA is presumed necessary for an AI system classified high-risk
#   under the AI Act (art. 6, Annex I or Annex III) when its development or deployment involves
#   personal data. The rule applies when the GDPR applies: a system that is high-risk, as the
#   tool derives it from the manifest's facts (an Annex I product; an Annex III area, declared
#   or implied by ai_system.intended_uses, without a valid art. 6(3) derogation; never a
#   derogation for a system that profiles) or as declared in ai_act.risk_level, must reference
#   its DPIA in dpia.ref; a system whose AI Act
#   classification is not declared fails unless a DPIA is referenced anyway, since the
#   presumption cannot be ruled out. The high-risk classification is also one of the reasons of
#   the derived fact dpia_required (code ai_act_high_risk) used by DPIA-01 and DPIA-04 to DPIA-06.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: DPIA-02
#   step: dpia
#   fiche: dpia
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 35(1)", "AI Act 6", "AI Act Annex III", "AI Act 26(9)", "AI Act 27(4)"]
#   checks:
#     - {message: not_high_risk, outcome: not_applicable, level: must, catalog: "DPIA-02 — 12.2: AI Act high-risk derived from facts (Annex I, Annex III unless a valid art. 6(3) derogation)"}
#     - {message: high_risk_no_dpia, outcome: fail, level: must, catalog: "DPIA-02: AI Act high-risk system processing personal data -> DPIA presumed necessary (MUST, CNIL position)"}
#     - {message: high_risk_done, outcome: pass, level: must, catalog: "DPIA-02: AI Act high-risk system processing personal data -> DPIA presumed necessary (MUST, CNIL position)"}
#     - {message: not_classified, outcome: fail, level: must, catalog: "DPIA-02 and 12.1: a missing field a rule needs fails, naming it"}
#     - {message: not_classified_dpia_done, outcome: pass, level: must, catalog: "DPIA-02: the presumed DPIA exists whatever the classification"}
#   fr:
#     title: "Système d'IA à haut risque traitant des données personnelles : AIPD présumée nécessaire"
#     description: >-
#       La CNIL considère qu'une AIPD est présumée nécessaire pour un système d'IA classé à haut
#       risque au sens du règlement sur l'IA (art. 6, annexe I ou annexe III) lorsque son
#       développement ou son déploiement implique des données personnelles. La règle s'applique
#       lorsque le RGPD s'applique : un système déclaré à haut risque (ai_act.risk_level vaut « high
#       ») doit référencer son AIPD dans dpia.ref ; un système dont la classification au titre du
#       règlement sur l'IA n'est pas déclarée est en échec, sauf si une AIPD est tout de même
#       référencée, car la présomption ne peut alors pas être écartée. La classification à haut
#       risque est aussi l'un des motifs du fait dérivé dpia_required (code ai_act_high_risk)
#       utilisé par DPIA-01 et par DPIA-04 à DPIA-06.
#   remediation:
#     en: >-
#       Declare the AI Act classification in ai_act.risk_level (prohibited, high, transparency or
#       minimal). For a high-risk system processing personal data, carry out a DPIA before the
#       processing and reference it in dpia.ref.
#     fr: >-
#       Déclarez la classification au sens du règlement sur l'IA dans ai_act.risk_level (prohibited,
#       high, transparency ou minimal). Pour un système à haut risque traitant des données
#       personnelles, réalisez une AIPD avant le traitement et référencez-la dans dpia.ref.
#   messages:
#     not_high_risk:
#       en: >-
#         The system is classified "{{.level}}" under the AI Act (ai_act.risk_level) and none of
#         the manifest's facts makes it high-risk (no Annex I product, no Annex III area without a
#         documented art. 6(3) derogation): the CNIL presumption of a DPIA for high-risk systems
#         does not apply (DPIA-01 decides whether a DPIA is required on other grounds).
#       fr: >-
#         Le système est classé « {{.level}} » au sens du règlement sur l'IA (ai_act.risk_level) et
#         aucun fait du manifeste ne le rend à haut risque (ni produit de l'annexe I, ni domaine de
#         l'annexe III sans dérogation documentée de l'art. 6, § 3) : la présomption d'AIPD retenue
#         par la CNIL pour les systèmes à haut risque ne s'applique pas (DPIA-01 détermine si une
#         AIPD est requise pour d'autres motifs).
#     high_risk_no_dpia:
#       en: >-
#         The system is high-risk under the AI Act ({{.facts}}) and processes personal data, so the
#         CNIL presumes a DPIA necessary, but dpia.ref is missing.
#       fr: >-
#         Le système est à haut risque au sens du règlement sur l'IA ({{.facts}}) et traite des
#         données personnelles : la CNIL présume donc qu'une AIPD est nécessaire, mais dpia.ref est
#         absent.
#     high_risk_done:
#       en: >-
#         The system is high-risk under the AI Act ({{.facts}}) and processes personal data; the
#         DPIA presumed necessary is recorded in {{.ref}}.
#       fr: >-
#         Le système est à haut risque au sens du règlement sur l'IA ({{.facts}}) et traite des
#         données personnelles ; l'AIPD présumée nécessaire est consignée dans {{.ref}}.
#     not_classified:
#       en: >-
#         ai_act.risk_level is not declared, no fact of the manifest makes the system high-risk, and
#         no DPIA is referenced in dpia.ref: without the AI Act classification, the CNIL presumption of a DPIA for high-risk systems processing personal
#         data cannot be ruled out.
#       fr: >-
#         ai_act.risk_level n'est pas renseigné, aucun fait du manifeste ne rend le système à haut
#         risque et aucune AIPD n'est référencée dans dpia.ref : sans la classification au sens du
#         règlement sur l'IA, la présomption d'AIPD retenue par la CNIL pour les systèmes à haut
#         risque traitant des données personnelles ne peut pas être écartée.
#     not_classified_dpia_done:
#       en: >-
#         ai_act.risk_level is not declared, but a DPIA is recorded in {{.ref}}: the presumption of a
#         DPIA for high-risk systems is met in any case.
#       fr: >-
#         ai_act.risk_level n'est pas renseigné, mais une AIPD est consignée dans {{.ref}} : la
#         présomption d'AIPD pour les systèmes à haut risque est satisfaite en tout état de cause.
package cnil.dpia.dpia_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_level := facts.value_at(input.manifest, ["ai_act", "risk_level"])

_ref := facts.value_at(input.manifest, ["dpia", "ref"])

# The facts behind the high-risk classification (facts_ai_act.rego).
_facts := concat(result.semicolon, sort(facts.ai_act_high_risk_basis))

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_high_risk", {"level": labels.word("ai_act_risk_level", _level)}, "/ai_act/risk_level") if {
	facts.gdpr_applies
	facts.filled(_level)
	not facts.ai_act_high_risk
}

results contains result.fail(rego.metadata.chain(), "high_risk_no_dpia", {"facts": _facts}, "/dpia/ref") if {
	facts.gdpr_applies
	facts.ai_act_high_risk
	not facts.filled(_ref)
}

results contains result.pass(rego.metadata.chain(), "high_risk_done", {"ref": _ref, "facts": _facts}, "/dpia/ref") if {
	facts.gdpr_applies
	facts.ai_act_high_risk
	facts.filled(_ref)
}

results contains result.fail(rego.metadata.chain(), "not_classified", {}, "/ai_act/risk_level") if {
	facts.gdpr_applies
	not facts.filled(_level)
	not facts.ai_act_high_risk
	not facts.filled(_ref)
}

results contains result.pass(rego.metadata.chain(), "not_classified_dpia_done", {"ref": _ref}, "/dpia/ref") if {
	facts.gdpr_applies
	not facts.filled(_level)
	not facts.ai_act_high_risk
	facts.filled(_ref)
}
