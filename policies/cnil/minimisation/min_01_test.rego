package cnil.minimisation.min_01_test

import data.cnil.minimisation.min_01
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_01.results with input as {"manifest": manifest}
}

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
	testing.decisions(_results(manifest)) == {["pass", "/datasets/0/personal_data_categories"]}
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

test_fail_on_unjustified_special_category_only if {
	# No exception is declared anywhere: LB-05 reports that, MIN-01 reports only the missing justification.
	manifest := {"datasets": [{"id": "ds-xray", "personal_data_categories": _categories, "special_categories": ["health_data", {"necessity_justification": ""}]}]}
	results := _results(manifest)
	{[r.params.category, r.decision, r.pointer] | some r in results} == {
		["health data", "fail", "/datasets/0/special_categories/0"],
		["#1", "fail", "/datasets/0/special_categories/1"],
	}
	some r in results
	r.params.category == "health data"
	r.message == "Dataset ds-xray uses the special category health data (datasets[0].special_categories[0]) without a necessity justification: sensitive data need a stricter justification (GDPR art. 5(1)(c), 9); give it as necessity_justification on the entry or in a personal_data_categories entry named health data."
	every r2 in results {
		not contains(r2.message, "exception")
	}
}

_special := [{"category": "health_data", "necessity_justification": "Diagnosis labels"}]

_dataset := {"id": "ds-xray", "personal_data_categories": _categories, "special_categories": _special}

_other := {"id": "ds-other", "personal_data_categories": _categories, "special_categories": []}

test_pass_names_the_exception_declared_on_the_category if {
	special := [object.union(_special[0], {"art9_exception": "public_health"})]
	manifest := {
		"processing_activities": [{"id": "pa-train", "phase": "development", "art9_exception": "explicit_consent"}],
		"datasets": [object.union(_dataset, {"special_categories": special})],
	}
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/personal_data_categories"]}
	some r in results
	r.message == concat("", [
		"Dataset ds-xray: every personal data category (2) and every special category (1) carries a necessity justification. ",
		"The special categories rely on these GDPR art. 9(2) exceptions, as decided by LB-05: ",
		"health data: public health (art. 9(2)(i)), declared on the category.",
	])
}

test_pass_names_only_the_exception_of_the_development_activities_using_the_dataset if {
	manifest := {
		"processing_activities": [
			{"id": "pa-run", "phase": "deployment", "art9_exception": "health_or_social_care"},
			{"id": "pa-other", "phase": "development", "dataset_ids": ["ds-other"], "art9_exception": "explicit_consent"},
			{"id": "pa-train", "phase": "development", "dataset_ids": ["ds-xray"], "art9_exception": "archiving_research_statistics_art89"},
		],
		"datasets": [_dataset, _other],
	}
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/personal_data_categories"], ["pass", "/datasets/1/personal_data_categories"]}
	some r in results
	r.params.dataset == "ds-xray"
	endswith(r.message, "as decided by LB-05: health data: archiving, research or statistics (art. 89) (art. 9(2)(j)), declared on the development activities that use the dataset (pa-train).")
	not contains(r.message, "health_or_social_care")
	not contains(r.message, "explicit_consent")
}

test_an_exception_on_a_deployment_or_unrelated_activity_is_not_relied_on if {
	# The old rule accepted any activity's exception; these two cover nothing in ds-xray.
	# LB-05 reports the missing exception; MIN-01 stays on the justification and names none.
	manifest := {
		"processing_activities": [
			{"id": "pa-run", "phase": "deployment", "art9_exception": "health_or_social_care"},
			{"id": "pa-other", "phase": "development", "dataset_ids": ["ds-other"], "art9_exception": "explicit_consent"},
		],
		"datasets": [_dataset, _other],
	}
	results := _results(manifest)
	some r in results
	r.params.dataset == "ds-xray"
	r.decision == "pass"
	r.params.exceptions == ""
	r.message == "Dataset ds-xray: every personal data category (2) and every special category (1) carries a necessity justification."
}

test_an_activity_without_the_exception_leaves_the_category_unnamed if {
	# pa-train declares one, pa-eval (which also uses ds-xray) none: LB-05 finds no coverage.
	manifest := {
		"processing_activities": [
			{"id": "pa-train", "phase": "development", "art9_exception": "public_health"},
			{"id": "pa-eval", "phase": "development", "dataset_ids": ["ds-xray"]},
		],
		"datasets": [_dataset],
	}
	some r in _results(manifest)
	r.decision == "pass"
	r.params.exceptions == ""
}

test_fail_when_no_dataset_declared if {
	testing.decisions(_results({})) == {["fail", "/datasets"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "x", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_01.results with input as {"manifest": {"datasets": [{"personal_data_categories": []}]}, "options": {"lang": "fr"}}
	some r in results
	min_01.rule_info.title.fr == "Données personnelles adéquates, pertinentes et limitées au nécessaire"
	startswith(r.message, "Le jeu de données datasets[0] ne liste pas ses catégories de données personnelles")
}

test_french_names_the_exceptions if {
	special := array.concat(_special, [{"category": "genetic_data", "necessity_justification": "Variants", "art9_exception": "explicit_consent"}])
	manifest := {
		"processing_activities": [{"id": "pa-train", "phase": "development", "art9_exception": "public_health"}],
		"datasets": [object.union(_dataset, {"special_categories": special})],
	}
	results := min_01.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	endswith(r.message, concat("", [
		"porte une justification de nécessité. Les catégories particulières reposent sur ces exceptions du RGPD, art. 9, § 2, telles que retenues par LB-05 : ",
		"données génétiques : consentement explicite (art. 9, § 2, a)), déclarée sur la catégorie ; ",
		"données concernant la santé : santé publique (art. 9, § 2, i)), déclarée sur les traitements de développement qui utilisent le jeu de données (pa-train).",
	]))
}
