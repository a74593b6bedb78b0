package cnilpolicy.lib.facts_collection_test

import data.cnilpolicy.lib.facts

_facts(datasets) := {d.pointer: d | some d in facts.derived with input as {"manifest": {"datasets": datasets}}; d.id == "collected_from_data_subject"}

test_source_types_decide_the_article if {
	derived := _facts([
		{"id": "a", "source_type": "direct_collection"},
		{"id": "b", "source_type": "own_data_reuse"},
		{"id": "c", "source_type": "web_scraping"},
		{"id": "d", "source_type": "public_dataset_reuse"},
		{"id": "e", "source_type": "third_party_acquired"},
		{"id": "f", "source_type": "synthetic"},
		{"id": "g"},
		{"id": "h", "source_type": "fictitious", "contains_personal_data": false},
	])
	{p: d.value | some p, d in derived} == {
		"/datasets/0": true, "/datasets/1": true, "/datasets/2": false, "/datasets/3": false,
		"/datasets/4": false, "/datasets/5": "undetermined", "/datasets/6": "undetermined",
	}
	derived["/datasets/1"].basis == ["dataset=b", "source_type=own_data_reuse", "GDPR art. 13 (collected from the people); art. 13(3) for the new purpose"]
	derived["/datasets/6"].basis == ["dataset=g", "source_type=null", "undetermined: source_type says nothing about where the data came from"]
}

test_reasoned_override_wins_and_unreasoned_contradiction_does_not if {
	derived := _facts([
		{"id": "a", "source_type": "third_party_acquired", "collected_from_data_subject": true, "collected_from_data_subject_reason": "Our own form, hosted by the partner"},
		{"id": "b", "source_type": "own_data_reuse", "collected_from_data_subject": false},
		{"id": "c", "source_type": "synthetic", "collected_from_data_subject": false},
		{"id": "d", "source_type": "web_scraping", "collected_from_data_subject": false},
	])
	{p: d.value | some p, d in derived} == {"/datasets/0": true, "/datasets/1": true, "/datasets/2": false, "/datasets/3": false}
	derived["/datasets/0"].basis[2] == "collected_from_data_subject=true (Our own form, hosted by the partner)"
	derived["/datasets/1"].basis[2] == "collected_from_data_subject=false (no reason given: not counted)"
	derived["/datasets/3"].basis[2] == "collected_from_data_subject=false"
	facts.collection_contradicted(1) with input as {"manifest": {"datasets": [{}, {"source_type": "own_data_reuse", "collected_from_data_subject": false}]}}
}
