package cnil.model_status.model_01_test

import data.cnil.model_status.model_01
import data.cnilpolicy.lib.testing

_pd := {"processed": true, "screening_ref": "s.md"}

_results(manifest) := results if {
	results := model_01.results with input as {"manifest": manifest}
}

test_pass_anonymous_with_analysis if {
	results := _results({"personal_data": _pd, "model": {"status": "anonymous", "anonymity_analysis_ref": "docs/anonymity.md"}})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/model/anonymity_analysis_ref"]}
	some r in results
	contains(r.message, "docs/anonymity.md")
}

test_pass_personal_data if {
	testing.decisions(_results({"personal_data": _pd, "model": {"status": "personal_data"}})) == {["pass", "/model/status"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_empty_manifest_fails_closed if {
	some r in _results({})
	r.decision == "fail"
	r.pointer == "/model/status"
	contains(r.message, "(null)")
}

test_unknown_status_fails if {
	some r in _results({"model": {"status": "pseudonymous"}})
	r.decision == "fail"
	contains(r.message, "(pseudonymous)")
}

test_not_assessed_fails if {
	some r in _results({"personal_data": _pd, "model": {"status": "not_assessed"}})
	r.decision == "fail"
	r.severity == "error"
	startswith(r.message, "model.status is not_assessed")
}

test_anonymous_without_analysis_fails if {
	testing.decisions(_results({"personal_data": _pd, "model": {"status": "anonymous", "anonymity_analysis_ref": ""}})) == {["fail", "/model/anonymity_analysis_ref"]}
}

test_french_texts if {
	results := model_01.results with input as {"manifest": {"model": {"status": "anonymous"}}, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "model.status vaut anonymous mais model.anonymity_analysis_ref est absent")
	model_01.rule_info.title.fr == "Analyse documentée du caractère anonyme du modèle entraîné"
}
