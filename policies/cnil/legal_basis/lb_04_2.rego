# METADATA
# title: "Legitimate interests: a written legitimate interest assessment"
# description: >-
#   The CNIL recommends, as a good practice, recording the assessment of the three conditions of
#   legitimate interests (legitimacy, necessity, balancing) in a written legitimate interest
#   assessment (LIA), which also serves as evidence of accountability.
# related_resources:
#   - description: "CNIL — IA : mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
# custom:
#   id: LB-04.2
#   step: legal_basis
#   fiche: legitimate-interest
#   level: good_practice
#   severity: info
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)", "GDPR 5(2)"]
#   fr:
#     title: "Intérêt légitime : une analyse écrite de l'intérêt légitime"
#     description: >-
#       La CNIL recommande, à titre de bonne pratique, de consigner l'appréciation des trois
#       conditions de l'intérêt légitime (légitimité, nécessité, mise en balance) dans une analyse
#       écrite de l'intérêt légitime (en anglais legitimate interest assessment, LIA), qui sert
#       aussi d'élément de preuve au titre du principe de responsabilité.
#   remediation:
#     en: >-
#       Write down the legitimate interest assessment (interest, necessity, balancing and
#       safeguards) and reference it in legitimate_interest.lia_ref.
#     fr: >-
#       Rédigez l'analyse de l'intérêt légitime (intérêt, nécessité, mise en balance et garanties)
#       et référencez-la dans legitimate_interest.lia_ref.
#   checks:
#     - message: no_activity
#       outcome: not_applicable
#       level: good-practice
#       catalog: "LB-04 — Level: MUST (three conditions); GOOD-PRACTICE (written LIA, per CNIL); MUST-IF DPIA required (safeguards must be described in the DPIA)."
#     - message: not_legitimate_interests
#       outcome: not_applicable
#       level: good-practice
#       catalog: "LB-04 — Level: MUST (three conditions); GOOD-PRACTICE (written LIA, per CNIL); MUST-IF DPIA required (safeguards must be described in the DPIA)."
#     - message: no_lia
#       outcome: fail
#       level: good-practice
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#     - message: documented
#       outcome: pass
#       level: good-practice
#       catalog: "LB-04 — If relying on legitimate interest: (1) the interest is legitimate (manifestly lawful, precise, real and present; see E10)."
#   messages:
#     no_activity:
#       en: >-
#         No development processing activity is declared, so none relies on legitimate interests
#         (LB-01 reports the missing activities).
#       fr: >-
#         Aucun traitement de la phase de développement n'est déclaré, donc aucun ne repose sur
#         l'intérêt légitime (LB-01 signale l'absence de traitements).
#     not_legitimate_interests:
#       en: >-
#         Activity {{.activity}} does not rely on legitimate interests: no legitimate interest
#         assessment is needed.
#       fr: >-
#         Le traitement {{.activity}} ne repose pas sur l'intérêt légitime : aucune analyse de
#         l'intérêt légitime n'est nécessaire.
#     no_lia:
#       en: >-
#         Activity {{.activity}} relies on legitimate interests but legitimate_interest.lia_ref is
#         missing: the CNIL recommends documenting the assessment of the three conditions in a
#         written legitimate interest assessment (good practice).
#       fr: >-
#         Le traitement {{.activity}} repose sur l'intérêt légitime mais legitimate_interest.lia_ref
#         est absent : la CNIL recommande de consigner l'analyse des trois conditions dans une analyse
#         écrite de l'intérêt légitime (bonne pratique).
#     documented:
#       en: >-
#         Activity {{.activity}}: the legitimate interest assessment is written down in {{.lia}}.
#       fr: >-
#         Traitement {{.activity}} : l'analyse de l'intérêt légitime est consignée dans {{.lia}}.
package cnil.legal_basis.lb_04_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

_activities := facts.development_activity_entries if facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_legitimate_interests", {"activity": a.label}, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	not a.activity.legal_basis == "legitimate_interests"
}

results contains result.fail(rego.metadata.chain(), "no_lia", {"activity": a.label}, result.at(a.pointer, "legitimate_interest/lia_ref")) if {
	some a in _activities
	a.activity.legal_basis == "legitimate_interests"
	not facts.declared(a.activity, ["legitimate_interest", "lia_ref"])
}

results contains result.pass(rego.metadata.chain(), "documented", params, result.at(a.pointer, "legitimate_interest/lia_ref")) if {
	some a in _activities
	a.activity.legal_basis == "legitimate_interests"
	facts.declared(a.activity, ["legitimate_interest", "lia_ref"])
	params := {"activity": a.label, "lia": sprintf("%v", [a.activity.legitimate_interest.lia_ref])}
}
