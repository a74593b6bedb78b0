package cnil.annotation.annot_03_2_test

import data.cnil.annotation.annot_03_2
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"annotation": {"outsourced": true, "processor_contract_ref": "contracts/annotator-dpa.pdf", "annotator_training": true},
}

_results(manifest) := results if {
	results := annot_03_2.results with input as {"manifest": manifest}
}

test_pass_outsourced_with_contract if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/annotation/processor_contract_ref"]}
	some r in results
	contains(r.message, "contracts/annotator-dpa.pdf")
}

test_pass_in_house if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/annotation/outsourced", "value": false},
		{"op": "remove", "path": "/annotation/processor_contract_ref"},
	])
	testing.decisions(_results(manifest)) == {["pass", "/annotation/outsourced"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_without_annotation if {
	testing.decisions(_results({})) == {["not_applicable", "/annotation"]}
}

test_fail_when_undeclared if {
	testing.decisions(_results({"datasets": [{"annotated": true}]})) == {["fail", "/annotation/outsourced"], ["fail", "/annotation/annotator_training"]}
}

test_fail_outsourced_without_contract if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/annotation/processor_contract_ref"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/annotation/processor_contract_ref"]}
	some r in results
	r.severity == "warning"
	contains(r.message, "GDPR art. 28(3)")
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation/annotator_training", "value": false}])
	results := annot_03_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "annotation.annotator_training ne vaut pas true")
}
