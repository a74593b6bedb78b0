package cnilpolicy.lib.facts_test

import data.cnilpolicy.lib.facts

_manifest := {
	"processing_activities": [
		{"id": "pa-train", "phase": "development"},
		{"id": "pa-serve", "phase": "deployment"},
		{"phase": "development"},
	],
	"datasets": [
		{"id": "ds-a"},
		{"id": "ds-b", "contains_personal_data": false},
		{"id": " "},
	],
}

test_is_date_takes_only_a_yyyy_mm_dd_string if {
	facts.is_date("2025-01-31")
	not facts.is_date("2025-01-31T10:00:00Z")
	not facts.is_date("31/01/2025")
	not facts.is_date(20250131)
}

test_activity_subsets_are_development_activities if {
	manifest := {"processing_activities": [
		{"legal_basis": "legitimate_interests", "gdpr_role": "processor", "purpose": {"scientific_research": true}},
		{"phase": "deployment", "legal_basis": "legitimate_interests", "gdpr_role": "sub_processor", "purpose": {"scientific_research": true}},
		{"legal_basis": "consent", "gdpr_role": "sub_processor", "purpose": {"scientific_research": false}},
	]}
	facts.legitimate_interest_activities == {0} with input as {"manifest": manifest}
	facts.processor_activities == {0, 2} with input as {"manifest": manifest}
	facts.research_activities == {0} with input as {"manifest": manifest}
}

test_development_activity_entries_name_and_point_to_each_development_activity if {
	entries := facts.development_activity_entries with input as {"manifest": _manifest}
	entries == {
		0: {"label": "pa-train", "pointer": "/processing_activities/0", "activity": {"id": "pa-train", "phase": "development"}},
		2: {"label": "processing_activities[2]", "pointer": "/processing_activities/2", "activity": {"phase": "development"}},
	}
}

test_personal_dataset_entries_leave_out_datasets_without_personal_data if {
	entries := facts.personal_dataset_entries with input as {"manifest": _manifest}
	entries == {
		0: {"label": "ds-a", "pointer": "/datasets/0", "dataset": {"id": "ds-a"}},
		2: {"label": "datasets[2]", "pointer": "/datasets/2", "dataset": {"id": " "}},
	}
}
