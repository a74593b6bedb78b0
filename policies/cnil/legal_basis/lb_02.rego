# METADATA
# title: "Consent: four validity conditions, proof and withdrawal"
# description: >-
#   When a development processing relies on consent (or another law requires consent on top of
#   the legal basis), the consent must be freely given, specific, informed and unambiguous (four
#   cumulative criteria), the controller must be able to demonstrate it, and data subjects must be
#   able to withdraw it at any time, as easily as they gave it.
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing
# custom:
#   id: LB-02
#   step: legal_basis
#   fiche: legal-basis
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 4(11)", "GDPR 6(1)(a)", "GDPR 7"]
#   fr:
#     title: "Consentement : quatre conditions de validité, preuve et retrait"
#     description: >-
#       Lorsqu'un traitement de développement repose sur le consentement (ou qu'une autre
#       législation exige un consentement en plus de la base légale), ce consentement doit être
#       libre, spécifique, éclairé et univoque (quatre critères cumulatifs), le responsable de
#       traitement doit être en mesure de le démontrer, et les personnes concernées doivent
#       pouvoir le retirer à tout moment, aussi simplement qu'elles l'ont donné.
#   remediation:
#     en: >-
#       In the consent block of each activity relying on consent, confirm that consent is
#       freely_given, specific, informed and unambiguous (true), reference the evidence of consent
#       in consent.proof_ref, and describe in consent.withdrawal_mechanism how data subjects
#       withdraw it at any time. If these conditions cannot be met, choose another legal basis.
#     fr: >-
#       Dans le bloc consent de chaque traitement fondé sur le consentement, confirmez que le
#       consentement est libre (freely_given), spécifique (specific), éclairé (informed) et univoque
#       (unambiguous) en les positionnant à true, référencez la preuve du consentement dans
#       consent.proof_ref et décrivez dans consent.withdrawal_mechanism comment les personnes
#       peuvent le retirer à tout moment. Si ces conditions ne peuvent pas être réunies, choisissez
#       une autre base légale.
#   checks:
#     - message: no_activity
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-02 — Level: MUST-IF `legal_basis == consent` (withdrawal-propagation design is SHOULD ⚪)."
#     - message: not_consent
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-02 — Level: MUST-IF `legal_basis == consent` (withdrawal-propagation design is SHOULD ⚪)."
#     - message: no_basis
#       outcome: not_applicable
#       level: must-if
#       catalog: "LB-02 — Level: MUST-IF `legal_basis == consent` (withdrawal-propagation design is SHOULD ⚪)."
#     - message: no_consent_block
#       outcome: fail
#       level: must-if
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#     - message: condition_not_met
#       outcome: fail
#       level: must-if
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#     - message: no_proof
#       outcome: fail
#       level: must-if
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#     - message: no_withdrawal
#       outcome: fail
#       level: must-if
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#     - message: valid
#       outcome: pass
#       level: must-if
#       catalog: "LB-02 — If consent is used, it must be freely given, specific, informed and unambiguous; the controller must be able to prove it and let people withdraw at any time, with a defined effect on the dataset (and, where relevant, on trained models)."
#   messages:
#     no_activity:
#       en: >-
#         No development processing activity is declared, so none relies on consent (LB-01 reports
#         the missing activities).
#       fr: >-
#         Aucun traitement de la phase de développement n'est déclaré, donc aucun ne repose sur le
#         consentement (LB-01 signale l'absence de traitements).
#     not_consent:
#       en: >-
#         Activity {{.activity}} does not rely on consent (legal_basis: {{.basis}}) and declares no other law
#         requiring consent (other_law_consent_required): the consent conditions do not apply.
#       fr: >-
#         Le traitement {{.activity}} ne repose pas sur le consentement (legal_basis : {{.basis}}) et ne déclare
#         aucune autre loi exigeant un consentement (other_law_consent_required) : les conditions du
#         consentement ne s'appliquent pas.
#     no_basis:
#       en: >-
#         Activity {{.activity}} declares no legal_basis (LB-01 reports it): whether the consent
#         conditions apply cannot be decided yet.
#       fr: >-
#         Le traitement {{.activity}} ne déclare pas de legal_basis (LB-01 le signale) : on ne peut
#         pas encore déterminer si les conditions du consentement s'appliquent.
#     no_consent_block:
#       en: >-
#         Activity {{.activity}} relies on consent ({{.reason}}) but the consent block is missing:
#         the four validity conditions, the proof of consent and the withdrawal mechanism must be
#         documented (GDPR art. 4(11) and 7).
#       fr: >-
#         Le traitement {{.activity}} repose sur le consentement ({{.reason}}) mais le bloc consent
#         est absent : les quatre conditions de validité, la preuve du consentement et le mécanisme
#         de retrait doivent être documentés (RGPD, art. 4, point 11, et art. 7).
#     condition_not_met:
#       en: >-
#         Activity {{.activity}}: consent.{{.condition}} is not set to true (declared: {{.value}}).
#         Consent is valid only if it is freely given, specific, informed and unambiguous (GDPR
#         art. 4(11)); these four criteria are cumulative.
#       fr: >-
#         Traitement {{.activity}} : consent.{{.condition}} ne vaut pas true (valeur déclarée :
#         {{.value}}). Le consentement n'est valable que s'il est libre, spécifique, éclairé et
#         univoque (RGPD, art. 4, point 11) ; ces quatre critères sont cumulatifs.
#     no_proof:
#       en: >-
#         Activity {{.activity}}: consent.proof_ref is missing. The controller must be able to
#         demonstrate that each data subject consented (GDPR art. 7(1)).
#       fr: >-
#         Traitement {{.activity}} : consent.proof_ref est absent. Le responsable du traitement doit
#         être en mesure de démontrer que chaque personne a consenti (RGPD, art. 7, § 1).
#     no_withdrawal:
#       en: >-
#         Activity {{.activity}}: consent.withdrawal_mechanism is missing. Data subjects must be able
#         to withdraw their consent at any time, as easily as they gave it (GDPR art. 7(3)).
#       fr: >-
#         Traitement {{.activity}} : consent.withdrawal_mechanism est absent. Les personnes doivent
#         pouvoir retirer leur consentement à tout moment, aussi simplement qu'elles l'ont donné
#         (RGPD, art. 7, § 3).
#     valid:
#       en: >-
#         Activity {{.activity}} ({{.reason}}): consent is documented as freely given, specific,
#         informed and unambiguous; proof kept in {{.proof}}; withdrawal through {{.withdrawal}}.
#       fr: >-
#         Traitement {{.activity}} ({{.reason}}) : le consentement est documenté comme libre,
#         spécifique, éclairé et univoque ; preuve conservée dans {{.proof}} ; retrait via
#         {{.withdrawal}}.
package cnil.legal_basis.lb_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_conditions := ["freely_given", "specific", "informed", "unambiguous"]

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

_activities := facts.development_activity_entries if facts.gdpr_applies

# Why the consent conditions apply to an activity (the first reason wins), as
# the field and its value in the reader's language and typography.
_reason(activity) := concat(result.colon, ["legal_basis", labels.word("legal_basis", "consent")]) if {
	activity.legal_basis == "consent"
} else := concat(result.colon, ["other_law_consent_required", "true"]) if {
	activity.other_law_consent_required == true
}

results contains result.not_applicable(rego.metadata.chain(), "not_consent", params, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	facts.declared(a.activity, ["legal_basis"])
	not _reason(a.activity)
	params := {"activity": a.label, "basis": labels.word("legal_basis", a.activity.legal_basis)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_basis", {"activity": a.label}, result.at(a.pointer, "legal_basis")) if {
	some a in _activities
	not facts.declared(a.activity, ["legal_basis"])
	not _reason(a.activity)
}

# The activities relying on consent, with their consent block.
_consenting[i] := object.union(a, {"reason": reason, "consent": facts.value_at(a.activity, ["consent"])}) if {
	some i, a in _activities
	reason := _reason(a.activity)
}

results contains result.fail(rego.metadata.chain(), "no_consent_block", params, result.at(a.pointer, "consent")) if {
	some a in _consenting
	not is_object(a.consent)
	params := {"activity": a.label, "reason": a.reason}
}

results contains result.fail(rego.metadata.chain(), "condition_not_met", params, pointer) if {
	some a in _consenting
	is_object(a.consent)
	some condition in _conditions
	value := object.get(a.consent, condition, null)
	value != true
	params := {"activity": a.label, "condition": condition, "value": sprintf("%v", [value])}
	pointer := result.at(a.pointer, ["consent", condition])
}

results contains result.fail(rego.metadata.chain(), "no_proof", {"activity": a.label}, result.at(a.pointer, "consent/proof_ref")) if {
	some a in _consenting
	is_object(a.consent)
	not facts.declared(a.consent, ["proof_ref"])
}

results contains result.fail(rego.metadata.chain(), "no_withdrawal", {"activity": a.label}, result.at(a.pointer, "consent/withdrawal_mechanism")) if {
	some a in _consenting
	is_object(a.consent)
	not facts.declared(a.consent, ["withdrawal_mechanism"])
}

results contains result.pass(rego.metadata.chain(), "valid", params, result.at(a.pointer, "consent")) if {
	some a in _consenting
	every condition in _conditions {
		a.consent[condition] == true
	}
	facts.declared(a.consent, ["proof_ref"])
	facts.declared(a.consent, ["withdrawal_mechanism"])
	params := {
		"activity": a.label,
		"reason": a.reason,
		"proof": sprintf("%v", [a.consent.proof_ref]),
		"withdrawal": sprintf("%v", [a.consent.withdrawal_mechanism]),
	}
}
