package cnil.legal_basis.lb_02_2_test

import data.cnil.legal_basis.lb_02_2
import data.cnilpolicy.lib.testing

_activity := {
	"id": "pa-voice",
	"legal_basis": "consent",
	"consent": {"withdrawal_effect": "remove_and_retrain"},
}

_manifest(activity) := {"personal_data": {"processed": true}, "processing_activities": [activity]}

_results(manifest) := results if {
	results := lb_02_2.results with input as {"manifest": manifest}
}

test_pass_with_a_defined_effect if {
	results := _results(_manifest(_activity))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/consent/withdrawal_effect"]}
	some r in results
	r.severity == "warning"
	contains(r.message, "leads to the removal of the data from the training dataset and the retraining of the models (consent.withdrawal_effect)")
}

test_applies_when_another_law_requires_consent if {
	activity := {"id": "pa-x", "legal_basis": "legitimate_interests", "other_law_consent_required": true}
	testing.decisions(_results(_manifest(activity))) == {["fail", "/processing_activities/0/consent/withdrawal_effect"]}
}

test_fail_without_effect if {
	results := _results(_manifest(object.remove(_activity, ["consent"])))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/consent/withdrawal_effect"]}
	some r in results
	contains(r.message, "pa-voice relies on consent but consent.withdrawal_effect is not declared")
}

test_fail_with_unknown_effect if {
	activity := object.union(object.remove(_activity, ["consent"]), {"consent": {"withdrawal_effect": "ignore"}})
	some r in _results(_manifest(activity))
	r.decision == "fail"
	contains(r.message, `"ignore" is not one of`)
}

test_not_applicable_for_another_basis if {
	results := _results(_manifest({"legal_basis": "public_task"}))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, "processing_activities[0] does not rely on consent (legal_basis: public task")
}

test_not_applicable_without_basis if {
	some r in _results(_manifest({"id": "pa-z"}))
	r.decision == "not_applicable"
	contains(r.message, "pa-z declares no legal_basis")
}

test_not_applicable_without_activity if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_outside_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := lb_02_2.results with input as {"manifest": _manifest(_activity), "options": {"lang": "fr"}}
	some r in results
	lb_02_2.rule_info.title.fr == "Retrait du consentement : un effet défini sur le jeu de données et les modèles entraînés"
	r.message == "Traitement pa-voice : un retrait du consentement entraîne la suppression des données du jeu d'entraînement et le réentraînement des modèles (consent.withdrawal_effect)."
}
