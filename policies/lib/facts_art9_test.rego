package cnilpolicy.lib.facts_art9_test

import data.cnilpolicy.lib.facts

_manifest := {
	"processing_activities": [
		{"id": "pa-run", "phase": "deployment", "art9_exception": "health_or_social_care"},
		{"id": "pa-other", "phase": "development", "dataset_ids": ["ds-other"], "art9_exception": "explicit_consent"},
		{"id": "pa-train", "phase": "development", "dataset_ids": ["ds-xray"], "art9_exception": "archiving_research_statistics_art89"},
		{"id": "pa-eval", "phase": "development", "dataset_ids": ["ds-xray", "ds-other"]},
	],
	"datasets": [
		{"id": "ds-xray", "special_categories": [
			{"category": "health_data", "art9_exception": "public_health"},
			"genetic_data",
		]},
		{"id": "ds-other", "special_categories": [{"category": "health_data", "art9_exception": "research"}]},
	],
}

test_which_activities_use_a_dataset if {
	facts.dataset_development_activities(0) == {2, 3} with input as {"manifest": _manifest}
	facts.dataset_development_activities(1) == {1, 3} with input as {"manifest": _manifest}

	# Without dataset_ids an activity uses every dataset; a deployment activity is never counted.
	every_dataset := {"processing_activities": [{"id": "pa-all"}, {"id": "pa-run", "phase": "deployment"}], "datasets": [{"id": "a"}, {}]}
	facts.dataset_development_activities(1) == {0} with input as {"manifest": every_dataset}
	facts.activity_label(1) == "pa-run" with input as {"manifest": every_dataset}
	facts.activity_label(2) == "processing_activities[2]" with input as {"manifest": every_dataset}
}

test_activity_coverage_of_a_dataset if {
	coverage := facts.art9_activity_coverage(0) with input as {"manifest": _manifest}
	coverage == {
		"activities": ["pa-eval", "pa-train"],
		"exceptions": ["archiving_research_statistics_art89"],
		"missing": ["pa-eval"],
		"ignored": ["pa-other (explicit_consent)", "pa-run (health_or_social_care)"],
		"pointer": "/processing_activities/3/art9_exception",
	}
	not facts.art9_activities_cover(0) with input as {"manifest": _manifest}

	covered := json.patch(_manifest, [{"op": "add", "path": "/processing_activities/3/art9_exception", "value": "public_health"}])
	facts.art9_activities_cover(0) with input as {"manifest": covered}
	c := facts.art9_activity_coverage(0) with input as {"manifest": covered}
	c.exceptions == ["archiving_research_statistics_art89", "public_health"]
	c.pointer == "/processing_activities/2/art9_exception"

	unused := facts.art9_activity_coverage(5) with input as {"manifest": _manifest}
	unused.activities == []
	unused.pointer == "/processing_activities"
}

test_exception_for_a_category if {
	# Its own exception first, even when the activities do not all declare one.
	facts.art9_exception_for(0, "health_data") == {
		"source": "category", "exceptions": ["public_health"], "activities": [],
		"pointer": "/datasets/0/special_categories/0/art9_exception",
	} with input as {"manifest": _manifest}

	# Without its own, every development activity that uses the dataset must declare one.
	not facts.art9_exception_for(0, "genetic_data") with input as {"manifest": _manifest}
	covered := json.patch(_manifest, [{"op": "add", "path": "/processing_activities/3/art9_exception", "value": "archiving_research_statistics_art89"}])
	facts.art9_exception_for(0, "genetic_data") == {
		"source": "activity", "exceptions": ["archiving_research_statistics_art89"], "activities": ["pa-eval", "pa-train"],
		"pointer": "/processing_activities/2/art9_exception",
	} with input as {"manifest": covered}

	# An own exception outside art. 9(2) covers nothing, and the activities are not looked at.
	not facts.art9_exception_for(1, "health_data") with input as {"manifest": covered}
}

test_exception_relied_on_per_activity if {
	facts.art9_relied(3, 0, 0) == ["category", "public_health"] with input as {"manifest": _manifest}
	facts.art9_relied(2, 0, 1) == ["activity", "archiving_research_statistics_art89"] with input as {"manifest": _manifest}
	not facts.art9_relied(3, 0, 1) with input as {"manifest": _manifest}
}

test_annotated_datasets if {
	manifest := {"datasets": [{"annotated": true}, {"annotated": false}, {"ai_act_governance": {"preparation_ops": ["labelling"]}}]}
	facts.annotated_datasets == {0, 2} with input as {"manifest": manifest}
}
