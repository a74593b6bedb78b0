package cnil.scraping.scrape_02_test

import data.cnil.scraping.scrape_02
import data.cnilpolicy.lib.testing

_scraping := {
	"exclusion_filters": ["health_terms", "minors_sites"],
	"irrelevant_data_deletion": "immediate",
	"sensitive_data_handling": "filtered_and_deleted_on_detection",
}

_manifest(scraping) := {
	"personal_data": {"processed": true},
	"processing_activities": [{"id": "pa-1", "phase": "development"}],
	"datasets": [{"id": "ds-web-fr", "source_type": "web_scraping", "contains_personal_data": true}],
	"scraping": scraping,
}

_results(manifest) := results if {
	results := scrape_02.results with input as {"manifest": manifest}
}

test_pass_when_filters_and_deletion_declared if {
	results := _results(_manifest(_scraping))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping"]}
	some r in results
	contains(r.message, "filters (health_terms, minors_sites)")
	contains(r.message, "deleted (immediately)")
}

test_fail_for_each_missing_measure if {
	testing.decisions(_results(_manifest({"exclusion_filters": []}))) == {
		["fail", "/scraping/exclusion_filters"],
		["fail", "/scraping/irrelevant_data_deletion"],
		["fail", "/scraping/sensitive_data_handling"],
	}
}

test_fail_without_filters_names_datasets if {
	results := _results(_manifest(object.remove(_scraping, ["exclusion_filters"])))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/scraping/exclusion_filters"]}
	some r in results
	contains(r.message, "(datasets ds-web-fr)")
	contains(r.message, "scraping.exclusion_filters is empty or missing")
}

test_fail_on_unknown_values if {
	manifest := _manifest(object.union(_scraping, {"irrelevant_data_deletion": "never", "sensitive_data_handling": "kept"}))
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/scraping/irrelevant_data_deletion"], ["fail", "/scraping/sensitive_data_handling"]}
	some r in results
	contains(r.message, "\"never\"")
}

_keep := object.union(_scraping, {"sensitive_data_handling": "art9_exception"})

test_art9_exception_needs_a_declared_exception if {
	manifest := _manifest(_keep)
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/art9_exception"]}
	some r in results
	r.message == concat("", [
		"scraping.sensitive_data_handling is art9_exception, but no art. 9(2) exception covers the sensitive data kept from scraped dataset ds-web-fr: ",
		"art9_exception is missing, or is not an art. 9(2) exception, on pa-1, among the development activities that use it (pa-1), ",
		"and its special categories do not each declare one (datasets[].special_categories[].art9_exception). ",
		"Keeping scraped sensitive data requires an exception under GDPR art. 9(2).",
	])

	with_exception := json.patch(manifest, [{"op": "add", "path": "/processing_activities/0/art9_exception", "value": "manifestly_made_public_by_data_subject"}])
	passed := _results(with_exception)
	{[r.decision, r.pointer] | some r in passed} == {["pass", "/scraping"]}
	some p in passed
	endswith(p.message, concat("", [
		"residual sensitive data are handled (covered by an exception of art. 9(2)), under these GDPR art. 9(2) exceptions: ",
		"ds-web-fr: manifestly_made_public_by_data_subject (art. 9(2)(e)), declared on the development activities that use it (pa-1).",
	]))
}

test_a_deployment_or_unrelated_activity_exception_does_not_count if {
	# The old rule accepted any development activity; neither of these uses ds-web-fr.
	manifest := object.union(_manifest(_keep), {"processing_activities": [
		{"id": "pa-run", "phase": "deployment", "art9_exception": "explicit_consent"},
		{"id": "pa-synth", "phase": "development", "dataset_ids": ["ds-synth"], "art9_exception": "public_health"},
		{"id": "pa-1", "phase": "development", "dataset_ids": ["ds-web-fr"]},
	]})
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/2/art9_exception"]}
	some r in results
	r.params.missing == "pa-1"
	contains(r.message, "The art9_exception of pa-run (explicit_consent), pa-synth (public_health) does not count: only the development activities that use the dataset can rely on one.")
}

test_every_development_activity_using_the_dataset_needs_the_exception if {
	manifest := object.union(_manifest(_keep), {"processing_activities": [
		{"id": "pa-collect", "phase": "development", "dataset_ids": ["ds-web-fr"]},
		{"id": "pa-train", "phase": "development", "dataset_ids": ["ds-web-fr"], "art9_exception": "manifestly_made_public_by_data_subject"},
		{"id": "pa-eval", "phase": "development", "dataset_ids": ["ds-web-fr"], "art9_exception": "research"},
	]})
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/art9_exception"]}
	some r in results
	contains(r.message, "on pa-collect, pa-eval, among the development activities that use it (pa-collect, pa-eval, pa-train)")
}

test_fail_when_no_development_activity_uses_the_scraped_dataset if {
	manifest := object.union(_manifest(_keep), {"processing_activities": [{"id": "pa-synth", "phase": "development", "dataset_ids": ["ds-synth"], "art9_exception": "public_health"}]})
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities"]}
	some r in results
	contains(r.message, "scraped dataset ds-web-fr: no development activity uses it (processing_activities[].dataset_ids), and its special categories")
}

test_the_special_categories_own_exceptions_cover_the_dataset if {
	categories := [
		{"category": "health_data", "art9_exception": "manifestly_made_public_by_data_subject"},
		{"category": "political_opinions", "art9_exception": "manifestly_made_public_by_data_subject"},
	]
	manifest := json.patch(_manifest(_keep), [{"op": "add", "path": "/datasets/0/special_categories", "value": categories}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping"]}
	some r in results
	endswith(r.message, "ds-web-fr: manifestly_made_public_by_data_subject (art. 9(2)(e)), declared on its special categories (health_data, political_opinions).")

	# One category without its own exception: the activity (pa-1, none) must cover the dataset.
	partial := json.patch(manifest, [{"op": "remove", "path": "/datasets/0/special_categories/1/art9_exception"}])
	testing.decisions(_results(partial)) == {["fail", "/processing_activities/0/art9_exception"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "a", "source_type": "own_data_reuse"}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": true}, "legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := scrape_02.results with input as {"manifest": _manifest(object.remove(_scraping, ["irrelevant_data_deletion"])), "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "scraping.irrelevant_data_deletion est absent")
	scrape_02.rule_info.title.fr == "Moissonnage — filtrer les données inutiles et supprimer les données non pertinentes ou sensibles"
}

test_french_names_the_exceptions if {
	manifest := object.union(_manifest(_keep), {"processing_activities": [
		{"id": "pa-run", "phase": "deployment", "art9_exception": "explicit_consent"},
		{"id": "pa-1", "phase": "development", "dataset_ids": ["ds-web-fr"]},
	]})
	failed := scrape_02.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some f in failed
	contains(f.message, "art9_exception est absent, ou n'est pas une exception de l'art. 9, § 2, sur pa-1, parmi les traitements de développement qui l'utilisent (pa-1)")
	contains(f.message, "L'art9_exception de pa-run (explicit_consent) ne compte pas : seuls les traitements de développement")

	covered := json.patch(manifest, [{"op": "add", "path": "/processing_activities/1/art9_exception", "value": "manifestly_made_public_by_data_subject"}])
	passed := scrape_02.results with input as {"manifest": covered, "options": {"lang": "fr"}}
	some p in passed
	endswith(p.message, "au titre de ces exceptions du RGPD, art. 9, § 2 : ds-web-fr : manifestly_made_public_by_data_subject (art. 9, § 2, e)), déclarée sur les traitements de développement qui l'utilisent (pa-1).")
}
