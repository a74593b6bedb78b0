package cnil.model_status.model_03_2_test

import data.cnil.model_status.model_03_2
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"ai_system": {"generative": true},
	"model": {"status": "personal_data"},
	"system": {"output_filters": {"enabled": true, "tested_ref": "tests/filters.md"}},
}

_results(manifest) := results if {
	results := model_03_2.results with input as {"manifest": manifest}
}

test_pass_with_tested_filters if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/system/output_filters"]}
	some r in results
	contains(r.message, "tests/filters.md")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_for_anonymous_model if {
	testing.decisions(_results({"model": {"status": "anonymous", "anonymity_analysis_ref": "reports/anonymity.pdf"}})) == {["not_applicable", "/model/status"]}
}

test_not_applicable_for_non_generative_model if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/ai_system/generative", "value": false}])
	testing.decisions(_results(manifest)) == {["not_applicable", "/ai_system/generative"]}
}

test_empty_manifest_fails_closed if {
	some r in _results({})
	r.decision == "fail"
	r.severity == "warning"
	r.pointer == "/system/output_filters/enabled"
	contains(r.message, "model.status: null")
}

test_fail_when_untested if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/system/output_filters/tested_ref"}])
	testing.decisions(_results(manifest)) == {["fail", "/system/output_filters/tested_ref"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/system/output_filters/enabled", "value": false}])
	results := model_03_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Le modèle n'est pas déclaré anonyme (model.status : contenant des données personnelles) et system.output_filters.enabled")
	model_03_2.rule_info.title.fr == "Filtres robustes et testés autour d'un modèle génératif non anonyme"
}
