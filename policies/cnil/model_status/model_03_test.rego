package cnil.model_status.model_03_test

import data.cnil.model_status.model_03
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"model": {"status": "personal_data", "legal_basis": "legitimate_interests"},
	"transparency": {"memorisation_risk_disclosed": true},
	"rights": {"applies_to_model": true},
}

_results(manifest) := results if {
	results := model_03.results with input as {"manifest": manifest}
}

test_pass_when_obligations_extended if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/model/legal_basis"]}
	some r in results
	contains(r.message, "legal basis legitimate interests")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_for_anonymous_model if {
	testing.decisions(_results({"model": {"status": "anonymous", "anonymity_analysis_ref": "reports/anonymity.pdf"}})) == {["not_applicable", "/model/status"]}
}

test_empty_manifest_fails_closed if {
	testing.decisions(_results({})) == {
		["fail", "/model/legal_basis"],
		["fail", "/transparency/memorisation_risk_disclosed"],
	}
}

test_ai_act_is_not_a_legal_basis if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/model/legal_basis", "value": "ai_act"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.pointer == "/model/legal_basis"
	contains(r.message, "(ai_act) is not a GDPR art. 6(1) basis")
}

test_not_assessed_model_is_covered if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/model/status", "value": "not_assessed"},
		{"op": "replace", "path": "/transparency/memorisation_risk_disclosed", "value": false},
	])
	some r in _results(manifest)
	r.pointer == "/transparency/memorisation_risk_disclosed"
	contains(r.message, "model.status: not assessed")
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/transparency/memorisation_risk_disclosed"}])
	results := model_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Le modèle n'est pas déclaré anonyme (model.status : contenant des données personnelles) mais transparency.memorisation_risk_disclosed")
	model_03.rule_info.title.fr == "Extension des obligations du RGPD à un modèle non anonyme"
}

# One owner per fact: rights on the model are judged by RIGHTS-01.
test_rights_on_the_model_not_judged_here if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/rights/applies_to_model"}])
	testing.decisions(_results(manifest)) == {["pass", "/model/legal_basis"]}
}
