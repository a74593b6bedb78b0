package cnil.purpose.purpose_06_test

import data.cnil.purpose.purpose_06
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := purpose_06.results with input as {"manifest": manifest}
}

_research := {"id": "pa-study", "phase": "development", "purpose": {"scientific_research": true}}

test_pass_with_safeguards if {
	activity := object.union(_research, {"art89_safeguards": ["pseudonymisation", "ethics_review"]})
	manifest := {"processing_activities": [activity]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/art89_safeguards"]}
	some r in _results(manifest)
	r.message == "Activity pa-study pursues scientific research with art. 89(1) safeguards: pseudonymisation, ethics review."
}

test_fail_without_safeguards if {
	manifest := {"processing_activities": [
		{"id": "pa-product", "phase": "development", "purpose": {"scientific_research": false}},
		object.union(_research, {"art89_safeguards": []}),
	]}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/1/art89_safeguards"]}
	some r in _results(manifest)
	startswith(r.message, "Activity pa-study pursues scientific research but lists no art89_safeguards")
}

test_deployment_research_is_ignored if {
	activity := object.union(_research, {"phase": "deployment"})
	testing.decisions(_results({"processing_activities": [activity]})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_research_or_activities if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := purpose_06.results with input as {"manifest": {"processing_activities": [_research]}, "options": {"lang": "fr"}}
	some r in results
	purpose_06.rule_info.title.fr == "Recherche scientifique — garanties de l'art. 89, § 1"
	startswith(r.message, "Le traitement pa-study poursuit une finalité de recherche scientifique mais n'énumère aucune garantie")
}
