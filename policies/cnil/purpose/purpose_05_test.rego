package cnil.purpose.purpose_05_test

import data.cnil.purpose.purpose_05
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := purpose_05.results with input as {"manifest": manifest}
}

_gpai(activity) := {"ai_system": {"general_purpose": true}, "processing_activities": [activity]}

_activity := {
	"id": "pa-pretrain",
	"phase": "development",
	"purpose": {"gpai": {
		"high_risk_capabilities": ["health_data_processing"],
		"excluded_functionalities": ["person_profiling", "emotion_recognition"],
		"conditions_of_use": ["api", "open_weights"],
	}},
}

test_pass_when_all_lists_are_filled if {
	manifest := _gpai(_activity)
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/purpose/gpai"]}
	some r in _results(manifest)
	r.message == concat(" ", [
		"Activity pa-pretrain lists its risky capabilities (health_data_processing),",
		"excluded functionalities (person_profiling, emotion_recognition) and conditions of use (API, open weights).",
	])
}

test_fail_per_missing_list if {
	activity := json.patch(_activity, [
		{"op": "remove", "path": "/purpose/gpai/excluded_functionalities"},
		{"op": "replace", "path": "/purpose/gpai/conditions_of_use", "value": []},
	])
	results := _results(_gpai(activity))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/processing_activities/0/purpose/gpai/excluded_functionalities"],
		["fail", "/processing_activities/0/purpose/gpai/conditions_of_use"],
	}
	every r in results {
		r.severity == "info"
	}
	some r in results
	contains(r.message, "open source, SaaS, API")
}

test_fail_when_general_purpose_undeclared if {
	testing.decisions(_results({})) == {["fail", "/ai_system/general_purpose"]}
}

test_fail_without_development_activity if {
	testing.decisions(_results({"ai_system": {"general_purpose": true}})) == {["fail", "/processing_activities"]}
}

test_not_applicable_for_specific_systems if {
	testing.decisions(_results({"ai_system": {"general_purpose": false}})) == {["not_applicable", "/ai_system/general_purpose"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	activity := json.patch(_activity, [{"op": "remove", "path": "/purpose/gpai/high_risk_capabilities"}])
	results := purpose_05.results with input as {"manifest": _gpai(activity), "options": {"lang": "fr"}}
	some r in results
	purpose_05.rule_info.title.fr == "Systèmes à usage général — capacités à risque, fonctions exclues, conditions d'utilisation"
	startswith(r.message, "Le traitement pa-pretrain n'énumère aucune purpose.gpai.high_risk_capabilities")
}

test_unknown_use_applies_even_if_declared_not_general_purpose if {
	manifest := {"ai_system": {"general_purpose": false, "operational_use_known": false}, "processing_activities": [_activity]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/purpose/gpai"]}
}
