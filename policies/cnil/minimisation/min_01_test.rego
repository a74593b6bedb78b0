package cnil.minimisation.min_01_test

import data.cnil.minimisation.min_01

_results(manifest) := results if {
	results := min_01.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

_categories := [
	{"name": "chest_xray_images", "necessity_justification": "The model detects lesions on images"},
	{"name": "age_band", "necessity_justification": "Needed to measure performance by age"},
]

test_pass_with_justified_categories if {
	results := _results({"datasets": [{"id": "ds-xray", "personal_data_categories": _categories}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/personal_data_categories"]}
	some r in results
	r.message == "Dataset ds-xray: every personal data category (2) carries a necessity justification."
}

test_pass_with_special_category_object if {
	special := [{"category": "health_data", "necessity_justification": "Diagnosis labels", "art9_exception": "public_health"}]
	results := _results({"datasets": [{"id": "ds-xray", "personal_data_categories": _categories, "special_categories": special}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/personal_data_categories"]}
	some r in results
	contains(r.message, "and every special category (1) carries")
}

test_pass_with_special_category_string_justified_by_category if {
	manifest := {
		"processing_activities": [{"id": "pa-1", "art9_exception": "public_health"}],
		"datasets": [{
			"id": "ds-xray",
			"personal_data_categories": array.concat(_categories, [{"name": "health_data", "necessity_justification": "Diagnosis labels"}]),
			"special_categories": ["health_data"],
		}],
	}
	_decisions(manifest) == {["pass", "/datasets/0/personal_data_categories"]}
}

test_fail_without_categories if {
	results := _results({"datasets": [{"id": "ds-xray", "contains_personal_data": true}]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/personal_data_categories"]}
	some r in results
	contains(r.message, "ds-xray does not list its personal data categories")
	contains(r.message, "5(1)(c)")
}

test_fail_on_unjustified_category if {
	categories := [_categories[0], {"name": "patient_name"}, "address"]
	results := _results({"datasets": [{"id": "ds-xray", "personal_data_categories": categories}]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/personal_data_categories/1/necessity_justification"],
		["fail", "/datasets/0/personal_data_categories/2/necessity_justification"],
	}
	some r in results
	r.message == "Dataset ds-xray: the personal data category patient_name has no necessity justification (datasets[0].personal_data_categories[1].necessity_justification): only personal data necessary for the purpose may be used (GDPR art. 5(1)(c))."
}

test_fail_on_unjustified_special_category_without_exception if {
	manifest := {"datasets": [{"id": "ds-xray", "personal_data_categories": _categories, "special_categories": ["health_data", {"necessity_justification": ""}]}]}
	results := _results(manifest)
	{[r.params.category, r.decision, r.pointer] | some r in results; r.rule_id == "MIN-01"} == {
		["health_data", "fail", "/datasets/0/special_categories/0"],
		["#1", "fail", "/datasets/0/special_categories/1"],
	}
	count(results) == 4
	some r in results
	contains(r.message, "no art. 9(2) exception is declared")
}

test_fail_when_no_dataset_declared if {
	_decisions({}) == {["fail", "/datasets"]}
}

test_not_applicable_cases if {
	_decisions({"datasets": [{"id": "x", "contains_personal_data": false}]}) == {["not_applicable", "/datasets"]}
	_decisions({"personal_data": {"processed": false}}) == {["not_applicable", "/personal_data/processed"]}
	_decisions({"legal_regime": "law_enforcement"}) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_01.results with input as {"manifest": {"datasets": [{"personal_data_categories": []}]}, "options": {"lang": "fr"}}
	some r in results
	r.title == "Données personnelles adéquates, pertinentes et limitées au nécessaire"
	startswith(r.message, "Le jeu de données datasets[0] ne liste pas ses catégories de données personnelles")
}
