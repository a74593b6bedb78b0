package cnil.purpose.purpose_06_2_test

import data.cnil.purpose.purpose_06_2
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := purpose_06_2.results with input as {"manifest": manifest}
}

_research := {"id": "pa-study", "phase": "development", "purpose": {"scientific_research": true}}

test_pass_with_protocol if {
	activity := json.patch(_research, [{"op": "add", "path": "/purpose/research_protocol_ref", "value": "research/protocol-v2.pdf"}])
	manifest := {"processing_activities": [activity]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/purpose/research_protocol_ref"]}
	some r in _results(manifest)
	r.message == "Activity pa-study documents its research framework in research/protocol-v2.pdf."
}

test_warn_without_protocol if {
	results := _results({"processing_activities": [_research]})
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/processing_activities/0/purpose/research_protocol_ref", "warning"]}
	some r in results
	startswith(r.message, "Activity pa-study pursues scientific research but declares no purpose.research_protocol_ref")
}

test_not_applicable_without_research if {
	manifest := {"processing_activities": [{"id": "pa-product", "purpose": {"scientific_research": false}}]}
	testing.decisions(_results(manifest)) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := purpose_06_2.results with input as {"manifest": {"processing_activities": [_research]}, "options": {"lang": "fr"}}
	some r in results
	purpose_06_2.rule_info.title.fr == "Recherche scientifique — cadre de recherche documenté"
	startswith(r.message, "Le traitement pa-study poursuit une finalité de recherche scientifique mais ne renseigne pas")
}
