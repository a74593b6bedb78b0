package cnil.security.sec_01_2_test

import data.cnil.security.sec_01_2
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"datasets": [{"id": "ds-web", "source_type": "web_scraping"}, {"id": "ds-own", "source_type": "own_data_reuse"}],
	"security": {
		"risk_analysis_ref": "sec/ebios.pdf",
		"objectives": ["confidentiality", "integrity_performance", "is_security"],
		"ai_specific_risks_covered": ["poisoning", "membership_inference"],
	},
}

_results(manifest) := results if {
	results := sec_01_2.results with input as {"manifest": manifest}
}

test_pass_when_covered if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/security/objectives"]}
	some r in results
	r.message == concat("", [
		"The security analysis pursues the three objectives (security.objectives: confidentiality, integrity and performance, security of the information system) ",
		"and covers AI-specific attacks (security.ai_specific_risks_covered: membership inference, poisoning).",
	])
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_empty_manifest_fails_closed if {
	testing.decisions(_results({})) == {["fail", "/security/objectives"], ["fail", "/security/ai_specific_risks_covered"]}
}

test_missing_objective_named if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/security/objectives", "value": ["confidentiality"]}])
	some r in _results(manifest)
	r.decision == "fail"
	r.severity == "warning"
	contains(r.message, "does not include `integrity_performance`, `is_security`")
}

test_external_dataset_needs_poisoning if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/security/ai_specific_risks_covered", "value": ["extraction"]}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/security/ai_specific_risks_covered"]}
	some r in results
	contains(r.message, "Dataset ds-web comes from outside the organisation (source_type: web_scraping)")
}

test_internal_datasets_do_not_need_poisoning if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/security/ai_specific_risks_covered", "value": ["extraction"]},
		{"op": "remove", "path": "/datasets/0"},
	])
	testing.decisions(_results(manifest)) == {["pass", "/security/objectives"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/security/ai_specific_risks_covered"}])
	results := sec_01_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "security.ai_specific_risks_covered est vide")
}

test_dataset_without_id_named_by_index if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/security/ai_specific_risks_covered", "value": ["extraction"]},
		{"op": "replace", "path": "/datasets/0", "value": {"source_type": "third_party_acquired"}},
	])
	some r in _results(manifest)
	contains(r.message, "Dataset #0")
}
