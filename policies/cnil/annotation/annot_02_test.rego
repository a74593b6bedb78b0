package cnil.annotation.annot_02_test

import data.cnil.annotation.annot_02
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"annotation": {"guidelines_ref": "annotation/guide.md", "quality_control": ["expert_review", "double_annotation"]},
}

_results(manifest) := results if {
	results := annot_02.results with input as {"manifest": manifest}
}

test_pass_when_controlled if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/annotation/quality_control"]}
	some r in results
	r.message == "Annotations follow the guidelines annotation/guide.md and are checked by: double annotation, expert review."
}

test_single_control_as_string if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation/quality_control", "value": "sampling_audit"}])
	some r in _results(manifest)
	endswith(r.message, "checked by: sampling_audit.")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_without_annotation if {
	testing.decisions(_results({})) == {["not_applicable", "/annotation"]}
}

test_fail_without_guidelines_and_controls if {
	manifest := {"datasets": [{"id": "ds-a", "annotated": true}]}
	testing.decisions(_results(manifest)) == {["fail", "/annotation/guidelines_ref"], ["fail", "/annotation/quality_control"]}
}

test_fail_with_empty_controls if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation/quality_control", "value": []}])
	some r in _results(manifest)
	r.decision == "fail"
	r.severity == "error"
	contains(r.message, "GDPR art. 5(1)(d)")
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/annotation/guidelines_ref"}])
	results := annot_02.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "annotation.guidelines_ref est absent")
	annot_02.rule_info.title.fr == "Annotations exactes, objectives et contrôlées"
}
