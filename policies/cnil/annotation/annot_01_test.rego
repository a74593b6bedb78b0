package cnil.annotation.annot_01_test

import data.cnil.annotation.annot_01
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"datasets": [{"id": "ds-xray", "annotated": true, "source_type": "third_party_acquired"}],
	"annotation": {
		"label_schema_ref": "annotation/schema.md",
		"labels": [
			{"name": "pneumonia", "relevance_justification": "target of the classifier"},
			{"name": "image_quality", "relevance_justification": "filters unusable images"},
		],
		"acquired_labels_pruned": true,
	},
}

_results(manifest) := results if {
	results := annot_01.results with input as {"manifest": manifest}
}

test_pass_when_minimised if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/annotation/labels"]}
	some r in results
	r.message == "2 label(s) justified in the label schema annotation/schema.md."
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}, "annotation": {"labels": []}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_without_annotation if {
	testing.decisions(_results({"datasets": [{"id": "ds-a", "annotated": false}]})) == {["not_applicable", "/annotation"]}
}

test_dataset_flag_triggers_rule if {
	testing.decisions(_results({"datasets": [{"id": "ds-a", "annotated": true}]})) == {["fail", "/annotation/label_schema_ref"], ["fail", "/annotation/labels"]}
}

test_preparation_ops_trigger_rule if {
	manifest := {"datasets": [{"id": "ds-a", "ai_act_governance": {"preparation_ops": ["cleaning", "labelling"]}}]}
	["fail", "/annotation/labels"] in testing.decisions(_results(manifest))
}

test_label_without_justification if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/annotation/labels/1/relevance_justification"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/annotation/labels/1/relevance_justification"]}
	some r in results
	contains(r.message, "Label image_quality has no relevance_justification")
}

test_label_names_from_strings_and_index if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation/labels", "value": ["age", {"relevance_justification": ""}]}])
	messages := {r.message | some r in _results(manifest)}
	some m1 in messages
	contains(m1, "Label age has no")
	some m2 in messages
	contains(m2, "Label #1 has no")
}

test_acquired_labels_must_be_pruned if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation/acquired_labels_pruned", "value": false}])
	some r in _results(manifest)
	r.pointer == "/annotation/acquired_labels_pruned"
	r.severity == "error"
	contains(r.message, "ds-xray was acquired already annotated (source_type: third_party_acquired)")
	justified := json.patch(manifest, [{"op": "add", "path": "/annotation/pruning_justification", "value": "labels are part of the licence terms"}])
	testing.decisions(_results(justified)) == {["pass", "/annotation/labels"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/annotation/label_schema_ref"}])
	results := annot_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "annotation.label_schema_ref est absent")
	annot_01.rule_info.title.fr == "Annotations limitées à ce que requiert la fonctionnalité du modèle"
}

test_acquired_dataset_without_id_named_by_index if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/datasets/0/id"},
		{"op": "remove", "path": "/annotation/acquired_labels_pruned"},
	])
	some r in _results(manifest)
	r.pointer == "/annotation/acquired_labels_pruned"
	contains(r.message, "Dataset #0 was acquired")
}
