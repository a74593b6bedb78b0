package cnil.legal_basis.lb_04_2_test

import data.cnil.legal_basis.lb_04_2
import data.cnilpolicy.lib.testing

_manifest(activity) := {"personal_data": {"processed": true}, "processing_activities": [activity]}

_results(manifest) := results if {
	results := lb_04_2.results with input as {"manifest": manifest}
}

test_pass_with_written_lia if {
	results := _results(_manifest({"id": "pa-1", "legal_basis": "legitimate_interests", "legitimate_interest": {"lia_ref": "docs/lia.pdf"}}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/legitimate_interest/lia_ref"]}
	some r in results
	r.message == "Activity pa-1: the legitimate interest assessment is written down in docs/lia.pdf."
}

test_info_without_lia if {
	results := _results(_manifest({"id": "pa-1", "legal_basis": "legitimate_interests", "legitimate_interest": {"interest": "x"}}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legitimate_interest/lia_ref"]}
	some r in results
	r.severity == "info"
	r.level == "good_practice"
}

test_not_applicable_for_other_bases if {
	testing.decisions(_results(_manifest({"id": "pa-1", "legal_basis": "consent"}))) == {["not_applicable", "/processing_activities/0/legal_basis"]}
	testing.decisions(_results(_manifest({"id": "pa-1"}))) == {["not_applicable", "/processing_activities/0/legal_basis"]}
}

test_not_applicable_without_activity_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := lb_04_2.results with input as {"manifest": _manifest({"id": "pa-1", "legal_basis": "legitimate_interests"}), "options": {"lang": "fr"}}
	some r in results
	lb_04_2.rule_info.title.fr == "Intérêt légitime : une analyse écrite de l'intérêt légitime"
	startswith(r.message, "Le traitement pa-1 repose sur l'intérêt légitime mais legitimate_interest.lia_ref est absent")
}
