package cnil.purpose.purpose_02_test

import data.cnil.purpose.purpose_02
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := purpose_02.results with input as {"manifest": manifest}
}

test_pass_with_ropa_ref if {
	manifest := {"processing_activities": [{"id": "pa-train", "phase": "development", "ropa_ref": "ropa#12"}]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/ropa_ref"]}
	some r in _results(manifest)
	r.message == "Activity pa-train is entered in the record of processing activities (ropa#12)."
}

test_fail_per_activity_without_ropa_ref if {
	manifest := {"processing_activities": [
		{"id": "pa-serve", "phase": "deployment"},
		{"id": "pa-train", "phase": "development", "ropa_ref": ""},
		{"id": "pa-tune", "phase": "development", "ropa_ref": "ropa#13"},
	]}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/1/ropa_ref"], ["pass", "/processing_activities/2/ropa_ref"]}
	some r in _results(manifest)
	startswith(r.message, "Activity pa-train declares no ropa_ref")
}

test_fail_without_development_activity if {
	testing.decisions(_results({})) == {["fail", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := purpose_02.results with input as {"manifest": {"processing_activities": [{"phase": "development"}]}, "options": {"lang": "fr"}}
	some r in results
	purpose_02.rule_info.title.fr == "Finalité inscrite au registre des activités de traitement"
	startswith(r.message, "Le traitement processing_activities[0] ne renseigne pas ropa_ref")
}
