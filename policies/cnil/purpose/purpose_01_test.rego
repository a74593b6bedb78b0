package cnil.purpose.purpose_01_test

import data.cnil.purpose.purpose_01
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := purpose_01.results with input as {"manifest": manifest}
}

_activity := {
	"id": "pa-train",
	"phase": "development",
	"start_date": "2025-03-01",
	"purpose": {
		"description": "Develop a model detecting lung nodules on CT scans",
		"defined_on": "2025-01-10",
		"legitimacy_rationale": "Part of the hospital's care mission",
	},
}

_datasets := [
	{"id": "ds-public", "contains_personal_data": false, "collection_start": "2020-01-01"},
	{"id": "ds-ct", "contains_personal_data": true, "collection_start": "2025-02-01"},
]

test_pass_with_full_purpose if {
	manifest := {"processing_activities": [_activity], "datasets": _datasets}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/purpose"]}
	some r in _results(manifest)
	contains(r.message, "defined on 2025-01-10")
	contains(r.message, `"Develop a model detecting lung nodules on CT scans"`)
}

test_deployment_activities_are_ignored if {
	manifest := {"processing_activities": [{"id": "pa-serve", "phase": "deployment"}, _activity]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/1/purpose"]}
}

test_pass_says_when_no_date_could_be_compared if {
	activity := object.remove(_activity, ["start_date"])
	results := _results({"processing_activities": [activity], "datasets": [{"id": "ds-x", "contains_personal_data": false, "collection_start": "2020-01-01"}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/purpose"]}
	some r in results
	contains(r.message, "the date could not be compared with the start of the processing")
}

test_pass_compares_with_collection_start_alone if {
	activity := object.remove(_activity, ["start_date"])
	results := _results({"processing_activities": [activity], "datasets": _datasets})
	some r in results
	contains(r.message, "before the processing and the collection of data")
}

test_fail_without_development_activity if {
	testing.decisions(_results({})) == {["fail", "/processing_activities"]}
}

test_fail_on_each_missing_field if {
	manifest := {"processing_activities": [{"id": "pa-train", "purpose": {"description": "  "}}]}
	testing.decisions(_results(manifest)) == {
		["fail", "/processing_activities/0/purpose/description"],
		["fail", "/processing_activities/0/purpose/defined_on"],
		["fail", "/processing_activities/0/purpose/legitimacy_rationale"],
	}
	some r in _results(manifest)
	startswith(r.message, "Activity pa-train declares no purpose.legitimacy_rationale")
}

test_fail_when_purpose_defined_after_collection if {
	activity := json.patch(_activity, [{"op": "replace", "path": "/purpose/defined_on", "value": "2025-02-15"}])
	manifest := {"processing_activities": [activity], "datasets": _datasets}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/0/purpose/defined_on"]}
	some r in _results(manifest)
	contains(r.message, "defined on 2025-02-15, after the collection of dataset ds-ct started (2025-02-01)")
}

test_only_the_activity_datasets_are_compared if {
	# A later activity reuses a new extract: the earlier collection of another activity's
	# dataset does not make its purpose late.
	later := json.patch(_activity, [
		{"op": "replace", "path": "/id", "value": "pa-reuse"},
		{"op": "replace", "path": "/start_date", "value": "2025-06-01"},
		{"op": "replace", "path": "/purpose/defined_on", "value": "2025-05-01"},
		{"op": "add", "path": "/dataset_ids", "value": ["ds-extract"]},
	])
	datasets := array.concat(_datasets, [{"id": "ds-extract", "contains_personal_data": true, "collection_start": "2025-06-10"}])
	manifest := {"processing_activities": [_activity, later], "datasets": datasets}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/purpose"], ["pass", "/processing_activities/1/purpose"]}
	late := json.patch(later, [{"op": "replace", "path": "/dataset_ids", "value": ["ds-extract", "ds-ct"]}])
	some r in _results({"processing_activities": [late], "datasets": datasets})
	r.pointer == "/processing_activities/0/purpose/defined_on"
	contains(r.message, "after the collection of dataset ds-ct started (2025-02-01)")
}

test_fail_when_purpose_defined_after_start if {
	activity := json.patch(_activity, [{"op": "replace", "path": "/purpose/defined_on", "value": "2025-04-01"}])
	results := _results({"processing_activities": [activity]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/purpose/defined_on"]}
	some r in results
	contains(r.message, "after the activity started (2025-03-01)")
}

test_unnamed_activity_is_labelled_by_index if {
	results := _results({"processing_activities": [{"phase": "development"}]})
	some r in results
	startswith(r.message, "Activity processing_activities[0] declares no purpose.description")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	activity := json.patch(_activity, [{"op": "remove", "path": "/purpose/defined_on"}])
	results := purpose_01.results with input as {"manifest": {"processing_activities": [activity]}, "options": {"lang": "fr"}}
	some r in results
	purpose_01.rule_info.title.fr == "Finalité déterminée, explicite et légitime fixée dès le début du projet"
	startswith(r.message, "Le traitement pa-train ne renseigne pas purpose.defined_on")
}
