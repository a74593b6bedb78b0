package cnil.rights.rights_03_test

import data.cnil.rights.rights_03
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"model": {"status": "personal_data"},
	"rights": {"followup_notice": true, "model_update_delay": "P6M"},
}

_results(manifest) := results if {
	results := rights_03.results with input as {"manifest": manifest}
}

test_pass_with_delay if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/rights/model_update_delay"]}
	some r in results
	contains(r.message, "within P6M")
}

test_pass_anonymous_model_without_delay if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/model/status", "value": "anonymous"},
		{"op": "add", "path": "/model/anonymity_analysis_ref", "value": "reports/anonymity.pdf"},
		{"op": "remove", "path": "/rights/model_update_delay"},
	])
	testing.decisions(_results(manifest)) == {["pass", "/rights/followup_notice"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_empty_manifest_fails_closed if {
	testing.decisions(_results({})) == {["fail", "/rights/followup_notice"], ["fail", "/rights/model_update_delay"]}
}

test_fail_without_followup if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/followup_notice", "value": false}])
	some r in _results(manifest)
	r.decision == "fail"
	r.severity == "warning"
	r.pointer == "/rights/followup_notice"
}

test_fail_with_invalid_delay if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/model_update_delay", "value": "six months"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/rights/model_update_delay"
	contains(r.message, "model.status: holding personal data")
}

test_french_texts if {
	results := rights_03.results with input as {"manifest": {"model": {"status": "not_assessed"}}, "options": {"lang": "fr"}}
	some r in results
	r.pointer == "/rights/model_update_delay"
	startswith(r.message, "Le modèle n'est pas déclaré anonyme (model.status : non évalué)")
	rights_03.rule_info.title.fr == "Information des personnes sur les suites données à leur demande, y compris sur le modèle"
}
