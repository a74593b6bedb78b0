package cnil.security.sec_01_test

import data.cnil.security.sec_01
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := sec_01.results with input as {"manifest": manifest}
}

test_pass_with_analysis if {
	results := _results({"personal_data": {"processed": true}, "security": {"risk_analysis_ref": "sec/ebios.pdf"}})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/security/risk_analysis_ref"]}
	some r in results
	r.message == "The security of the development rests on the risk analysis sec/ebios.pdf."
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_empty_manifest_fails_closed if {
	some r in _results({})
	r.decision == "fail"
	r.severity == "error"
	r.pointer == "/security/risk_analysis_ref"
	contains(r.message, "GDPR art. 32")
}

test_french_texts if {
	results := sec_01.results with input as {"manifest": {"security": {}}, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "security.risk_analysis_ref est absent")
	sec_01.rule_info.title.fr == "Sécurité du développement fondée sur une analyse de risques documentée"
}
