package cnil.scope.scope_01_test

import data.cnil.scope.scope_01

_decisions(manifest) := {[r.decision, r.pointer] | some r in scope_01.results with input as {"manifest": manifest}}

test_pass_when_processed_and_screened if {
	_decisions({"personal_data": {"processed": true, "screening_ref": "docs/screening.md"}}) == {["pass", "/personal_data"]}
}

test_pass_when_not_processed if {
	results := scope_01.results with input as {"manifest": {"personal_data": {"processed": false, "screening_ref": "s.md"}}}
	some r in results
	r.decision == "pass"
	contains(r.message, "no personal data")
}

test_fail_when_undeclared if {
	_decisions({"organisation": {"name": "ACME"}}) == {["fail", "/personal_data/processed"]}
}

test_fail_without_screening_ref if {
	_decisions({"personal_data": {"processed": true}}) == {["fail", "/personal_data/screening_ref"]}
}

test_fail_when_a_dataset_contradicts_the_screening if {
	manifest := {
		"personal_data": {"processed": false, "screening_ref": "s.md"},
		"datasets": [{"id": "ds-a", "contains_personal_data": false}, {"id": "ds-b", "contains_personal_data": true}],
	}
	results := scope_01.results with input as {"manifest": manifest}
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/1/contains_personal_data"]}
	some r in results
	contains(r.message, "ds-b")
}

test_french_texts if {
	results := scope_01.results with input as {"manifest": {"personal_data": {"processed": true}}, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "personal_data.screening_ref est absent")
	scope_01.rule_info.title.fr == "Examen de la présence de données personnelles dans la phase de développement"
}

# A dataset that lists personal data categories but says it holds none is reported.
test_fail_when_a_dataset_label_contradicts_its_categories if {
	manifest := {
		"personal_data": {"processed": true, "screening_ref": "docs/screening.md"},
		"datasets": [
			{"id": "ds-crm", "contains_personal_data": false, "personal_data_categories": [{"name": "email"}]},
			{"id": "ds-synth", "source_type": "synthetic", "contains_personal_data": false, "special_categories": ["health_data"]},
		],
	}
	results := scope_01.results with input as {"manifest": manifest}
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/contains_personal_data"]}
	some r in results
	contains(r.message, "Dataset ds-crm declares contains_personal_data: false but lists personal data")
}
