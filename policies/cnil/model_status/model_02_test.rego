package cnil.model_status.model_02_test

import data.cnil.model_status.model_02
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"ai_system": {"generative": true},
	"model": {
		"status": "anonymous",
		"anonymity_analysis_ref": "docs/anonymity.md",
		"privacy_tests": [
			{"type": "membership_inference", "result_ref": "tests/mia.md", "date": "2025-05-01"},
			{"type": "extraction_regurgitation", "result_ref": "tests/extraction.md", "date": "2025-05-02"},
		],
		"training_mitigations": ["deduplication", "differential_privacy"],
	},
}

_results(manifest) := results if {
	results := model_02.results with input as {"manifest": manifest}
}

test_pass_when_supported if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/model/privacy_tests"]}
	some r in results
	r.message == "The anonymity claim is supported by the tests extraction or regurgitation, membership inference and the measures deduplication, differential privacy."
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_without_claim if {
	some r in _results({"model": {"status": "personal_data"}})
	r.decision == "not_applicable"
	contains(r.message, "model.status: holding personal data")
}

test_empty_manifest_is_not_a_claim if {
	testing.decisions(_results({})) == {["not_applicable", "/model/status"]}
}

test_fail_without_tests_or_mitigations if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/model/privacy_tests"},
		{"op": "remove", "path": "/model/training_mitigations"},
	])
	testing.decisions(_results(manifest)) == {["fail", "/model/privacy_tests"], ["fail", "/model/training_mitigations"]}
}

test_fail_test_without_result if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/model/privacy_tests/0/result_ref"}])
	some r in _results(manifest)
	r.pointer == "/model/privacy_tests/0/result_ref"
	r.severity == "warning"
	contains(r.message, "membership_inference")
}

test_generative_model_needs_extraction_test if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/model/privacy_tests/1"}])
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, "extraction_regurgitation")
	not_generative := json.patch(manifest, [{"op": "replace", "path": "/ai_system/generative", "value": false}])
	testing.decisions(_results(not_generative)) == {["pass", "/model/privacy_tests"]}
}

test_untyped_test_named_by_index if {
	manifest := json.patch(_base, [{"op": "add", "path": "/model/privacy_tests/-", "value": {"date": "2025-05-03"}}])
	some r in _results(manifest)
	r.pointer == "/model/privacy_tests/2/result_ref"
	contains(r.message, "#2")
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/model/training_mitigations"}])
	results := model_02.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "model.training_mitigations est vide")
}
