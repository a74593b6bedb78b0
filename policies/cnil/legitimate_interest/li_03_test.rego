package cnil.legitimate_interest.li_03_test

import data.cnil.legitimate_interest.li_03
import data.cnilpolicy.lib.testing

_all_safeguards := [
	"exclude_sensitive_data", "pseudonymisation", "prior_opt_out",
	"unconditional_objection", "restrictive_licence", "output_filters",
]

_manifest(safeguards) := {
	"personal_data": {"processed": true},
	"processing_activities": [
		{
			"id": "pa-collect", "phase": "development", "legal_basis": "legitimate_interests",
			"dataset_ids": ["ds-web"],
			"legitimate_interest": {"balancing": {"safeguards": safeguards}},
		},
		{"id": "pa-serve", "phase": "deployment", "legal_basis": "legitimate_interests"},
	],
	"datasets": [
		{"id": "ds-web", "contains_personal_data": true, "special_categories": [], "pets": ["pseudonymisation"]},
		{"id": "ds-health", "contains_personal_data": true, "special_categories": [{"category": "health_data", "art9_exception": "public_health"}, "genetic_data"], "pets": []},
	],
	"scraping": {"pre_collection_opt_out": true},
	"rights": {"procedures": ["access", "objection"]},
	"distribution": {"licence_restricts_uses": true},
	"system": {"output_filters": {"enabled": true}},
}

_results(manifest) := results if {
	results := li_03.results with input as {"manifest": manifest}
}

_pointer := "/processing_activities/0/legitimate_interest/balancing/safeguards"

test_pass_when_safeguards_consistent if {
	results := _results(_manifest(_all_safeguards))
	{[r.decision, r.pointer] | some r in results} == {["pass", _pointer]}
	some r in results
	contains(r.message, "Activity pa-collect: none of the safeguards")
	contains(r.message, "(exclusion of sensitive data, output filters, prior opt-out, pseudonymisation, restrictive licence, unconditional right to object)")
}

test_fail_when_sensitive_data_of_the_activity_not_excluded if {
	manifest := json.patch(_manifest(_all_safeguards), [{"op": "add", "path": "/processing_activities/0/dataset_ids/-", "value": "ds-health"}])
	results := _results(manifest)
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/datasets/1/special_categories", "error"]}
	some r in results
	contains(r.message, "dataset ds-health declares special categories of data (health_data, genetic_data)")
}

test_all_personal_datasets_count_without_dataset_ids if {
	manifest := json.remove(_manifest(["exclude_sensitive_data", "pseudonymisation"]), ["processing_activities/0/dataset_ids"])
	testing.decisions(_results(manifest)) == {["fail", "/datasets/1/special_categories"]}
}

test_fail_when_no_dataset_is_pseudonymised if {
	manifest := json.patch(_manifest(["pseudonymisation"]), [{"op": "replace", "path": "/datasets/0/pets", "value": ["generalisation"]}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", _pointer]}
	some r in results
	contains(r.message, "none of its personal datasets (ds-web) lists pseudonymisation")
}

test_no_contradiction_when_pets_undeclared if {
	manifest := json.remove(_manifest(["pseudonymisation"]), ["datasets/0/pets"])
	testing.decisions(_results(manifest)) == {["pass", _pointer]}
}

test_fail_on_each_contradicted_declaration if {
	manifest := json.patch(_manifest(_all_safeguards), [
		{"op": "replace", "path": "/scraping/pre_collection_opt_out", "value": false},
		{"op": "replace", "path": "/rights/procedures", "value": ["access"]},
		{"op": "replace", "path": "/distribution/licence_restricts_uses", "value": false},
		{"op": "replace", "path": "/system/output_filters/enabled", "value": false},
	])
	testing.decisions(_results(manifest)) == {
		["fail", "/scraping/pre_collection_opt_out"],
		["fail", "/rights/procedures"],
		["fail", "/distribution/licence_restricts_uses"],
		["fail", "/system/output_filters/enabled"],
	}
}

test_not_applicable_without_safeguards if {
	results := _results(_manifest([]))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", _pointer]}
	some r in results
	contains(r.message, "LB-04")
}

test_not_applicable_cases if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	manifest := json.patch(_manifest(["output_filters"]), [{"op": "replace", "path": "/system/output_filters/enabled", "value": false}])
	results := li_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Le traitement pa-collect invoque la garantie output_filters, mais system.output_filters.enabled vaut false")
	li_03.rule_info.title.fr == "Intérêt légitime — les garanties invoquées dans la mise en balance sont en place"
}
