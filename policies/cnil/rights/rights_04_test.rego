package cnil.rights.rights_04_test

import data.cnil.rights.rights_04
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"model": {"status": "personal_data"},
	"rights": {"model_measures": ["periodic_retraining", "output_filtering"], "retraining_frequency": "P6M"},
}

_results(manifest) := results if {
	results := rights_04.results with input as {"manifest": manifest}
}

test_pass_with_retraining if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/rights/model_measures"]}
	some r in results
	r.message == "Requests are honoured on the model through: output filtering, periodic retraining."
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_for_anonymous_model if {
	testing.decisions(_results({"model": {"status": "anonymous", "anonymity_analysis_ref": "reports/anonymity.pdf"}})) == {["not_applicable", "/model/status"]}
}

test_empty_manifest_fails_closed if {
	some r in _results({})
	r.decision == "fail"
	r.pointer == "/rights/model_measures"
	contains(r.message, "model.status: null")
}

test_filters_only_need_justification if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/model_measures", "value": ["output_filtering"]}])
	testing.decisions(_results(manifest)) == {["fail", "/rights/restriction_justification"]}
	justified := json.patch(manifest, [{"op": "add", "path": "/rights/restriction_justification", "value": "re-training costs 2 GPU-months"}])
	testing.decisions(_results(justified)) == {["pass", "/rights/model_measures"]}
}

test_none_with_others_rejected if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/model_measures", "value": ["none", "periodic_retraining"]}])
	some r in _results(manifest)
	r.pointer == "/rights/model_measures"
	r.decision == "fail"
	contains(r.message, "none, periodic retraining")
}

test_retraining_needs_frequency if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/retraining_frequency", "value": "yearly"}])
	testing.decisions(_results(manifest)) == {["fail", "/rights/retraining_frequency"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/rights/model_measures", "value": ["none"]}])
	results := rights_04.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "rights.model_measures (aucune) ne retire pas les données du modèle")
}
