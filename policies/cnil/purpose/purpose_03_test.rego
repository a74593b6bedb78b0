package cnil.purpose.purpose_03_test

import data.cnil.purpose.purpose_03
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := purpose_03.results with input as {"manifest": manifest}
}

_known := {"ai_system": {"operational_use_known": true}}

test_pass_with_deployment_purpose if {
	manifest := object.union(_known, {"processing_activities": [{
		"id": "pa-train",
		"purpose": {"deployment_purpose": "Detect card payment fraud in real time"},
	}]})
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/purpose/deployment_purpose"]}
	some r in _results(manifest)
	contains(r.message, `activity pa-train is tied to the deployment purpose "Detect card payment fraud in real time"`)
}

test_fail_without_deployment_purpose if {
	manifest := object.union(_known, {"processing_activities": [
		{"id": "pa-serve", "phase": "deployment"},
		{"id": "pa-train", "phase": "development", "purpose": {"description": "Train"}},
	]})
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/1/purpose/deployment_purpose"]}
	some r in _results(manifest)
	startswith(r.message, "Activity pa-train declares no purpose.deployment_purpose")
}

test_fail_without_development_activity if {
	testing.decisions(_results(_known)) == {["fail", "/processing_activities"]}
}

test_fail_when_operational_use_undeclared if {
	testing.decisions(_results({})) == {["fail", "/ai_system/operational_use_known"]}
}

test_not_applicable_when_use_unknown if {
	testing.decisions(_results({"ai_system": {"operational_use_known": false}})) == {["not_applicable", "/ai_system/operational_use_known"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := purpose_03.results with input as {"manifest": {"ai_system": {"operational_use_known": false}}, "options": {"lang": "fr"}}
	some r in results
	purpose_03.rule_info.title.fr == "Usage opérationnel connu — finalité de développement rattachée à celle du déploiement"
	startswith(r.message, "Sans objet : l'usage opérationnel n'est pas connu")
}
