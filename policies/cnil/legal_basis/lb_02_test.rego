package cnil.legal_basis.lb_02_test

import data.cnil.legal_basis.lb_02
import data.cnilpolicy.lib.testing

_consent := {
	"freely_given": true,
	"specific": true,
	"informed": true,
	"unambiguous": true,
	"proof_ref": "consent-logs/2025",
	"withdrawal_mechanism": "account settings > data > withdraw",
	"withdrawal_effect": "remove_and_retrain",
}

_activity := {"id": "pa-voice", "phase": "development", "legal_basis": "consent", "consent": _consent}

# object.union merges nested objects: replace the consent block instead.
_with_consent(consent) := object.union(object.remove(_activity, ["consent"]), {"consent": consent})

_manifest(activity) := {"personal_data": {"processed": true}, "processing_activities": [activity]}

_results(manifest) := results if {
	results := lb_02.results with input as {"manifest": manifest}
}

test_pass_when_consent_is_valid_and_documented if {
	results := _results(_manifest(_activity))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/consent"]}
	some r in results
	contains(r.message, "pa-voice (legal_basis: consent)")
	contains(r.message, "proof kept in consent-logs/2025")
}

test_applies_when_another_law_requires_consent if {
	activity := object.union(_activity, {"legal_basis": "legitimate_interests", "other_law_consent_required": true})
	some r in _results(_manifest(activity))
	r.decision == "pass"
	contains(r.message, "other_law_consent_required: true")
}

test_not_applicable_for_another_basis if {
	results := _results(_manifest(object.union(_activity, {"legal_basis": "contract"})))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, "does not rely on consent (legal_basis: contract)")
}

test_not_applicable_without_basis if {
	results := _results(_manifest(object.remove(_activity, ["legal_basis"])))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, "LB-01 reports it")
}

test_not_applicable_without_activity if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "national_security"})) == {["not_applicable", "/legal_regime"]}
}

test_fail_without_consent_block if {
	testing.decisions(_results(_manifest(object.remove(_activity, ["consent"])))) == {["fail", "/processing_activities/0/consent"]}
}

test_fail_for_each_unmet_condition if {
	consent := object.union(object.remove(_consent, ["informed"]), {"freely_given": false})
	results := _results(_manifest(_with_consent(consent)))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/processing_activities/0/consent/freely_given"],
		["fail", "/processing_activities/0/consent/informed"],
	}
	some r in results
	r.pointer == "/processing_activities/0/consent/freely_given"
	contains(r.message, "consent.freely_given is not set to true (declared: false)")
}

test_fail_without_proof if {
	testing.decisions(_results(_manifest(_with_consent(object.remove(_consent, ["proof_ref"]))))) == {["fail", "/processing_activities/0/consent/proof_ref"]}
}

test_fail_without_withdrawal_mechanism if {
	results := _results(_manifest(_with_consent(object.remove(_consent, ["withdrawal_mechanism"]))))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/consent/withdrawal_mechanism"]}
	some r in results
	contains(r.message, "art. 7(3)")
}

test_french_texts if {
	results := lb_02.results with input as {"manifest": _manifest(object.remove(_activity, ["consent"])), "options": {"lang": "fr"}}
	some r in results
	lb_02.rule_info.title.fr == "Consentement : quatre conditions de validité, preuve et retrait"
	startswith(r.message, "Le traitement pa-voice repose sur le consentement (legal_basis : consentement) mais le bloc consent est absent")
}

# The reason the consent conditions apply reads in French: the basis in words,
# French typography before the colon; never "legal_basis: consent".
test_french_reasons if {
	fr := {"lang": "fr"}
	some valid in lb_02.results with input as {"manifest": _manifest(_activity), "options": fr}
	contains(valid.message, "Traitement pa-voice (legal_basis : consentement) : le consentement")
	other := object.union(_activity, {"legal_basis": "legitimate_interests", "other_law_consent_required": true})
	some by_law in lb_02.results with input as {"manifest": _manifest(other), "options": fr}
	contains(by_law.message, "(other_law_consent_required : true)")
	not contains(concat(" ", [valid.message, by_law.message]), "_required: ")
	not contains(valid.message, "consent)")
}
