package cnilpolicy.lib.facts_reuse_test

import data.cnilpolicy.lib.facts

_own(reuse) := {"id": "ds-own", "source_type": "own_data_reuse", "reuse": reuse}

test_compatibility_test_required_unless_exempt if {
	facts.compatibility_test_required(_own({"training_disclosed_at_collection": false, "basis": "other"}))
	facts.compatibility_test_required(_own({}))
	not facts.compatibility_test_required(_own({"training_disclosed_at_collection": true, "basis": "other"}))
	not facts.compatibility_test_required(_own({"basis": "consent"})) with input as _with_activity("consent")
	not facts.compatibility_test_required(_own({"basis": "union_or_member_state_law"})) with input as _with_activity("public_task")
	not facts.compatibility_test_required({"source_type": "web_scraping"})
}

_with_activity(basis) := {"manifest": {"processing_activities": [{"id": "pa", "legal_basis": basis, "dataset_ids": ["ds-own"]}]}}

# A reuse basis counts only when the legal basis of the activities using the dataset supports it.
test_a_reuse_basis_the_activities_contradict_does_not_exempt if {
	facts.compatibility_test_required(_own({"basis": "consent"})) with input as _with_activity("legitimate_interests")
	facts.compatibility_test_required(_own({"basis": "union_or_member_state_law"})) with input as _with_activity("consent")
	facts.compatibility_test_required(_own({"basis": "consent"}))
	other_dataset := {"manifest": {"processing_activities": [
		{"id": "pa-1", "legal_basis": "consent", "dataset_ids": ["ds-other"]},
		{"id": "pa-2", "legal_basis": "legitimate_interests", "dataset_ids": ["ds-own"]},
	]}}
	facts.compatibility_test_required(_own({"basis": "consent"})) with input as other_dataset
}

test_derived_fact_per_own_data_dataset if {
	manifest := {"datasets": [
		{"id": "ds-web", "source_type": "web_scraping"},
		_own({"training_disclosed_at_collection": false, "basis": "other"}),
		{"id": "ds-told", "source_type": "own_data_reuse", "reuse": {"training_disclosed_at_collection": true}},
	]}
	derived := {[d.pointer, d.value] |
		some d in facts.derived with input as {"manifest": manifest}
		d.id == "compatibility_test_required"
	}
	derived == {["/datasets/1/reuse", true], ["/datasets/2/reuse", false]}
	some d in facts.derived with input as {"manifest": manifest}
	d.pointer == "/datasets/1/reuse"
	"reuse.basis=other" in d.basis
}
