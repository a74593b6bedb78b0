package cnil.scraping.scrape_02_test

import data.cnil.scraping.scrape_02

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

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

test_pass_when_filters_and_deletion_declared if {
	results := _results(_manifest(_scraping))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping"]}
	some r in results
	contains(r.message, "filters (health_terms, minors_sites)")
	contains(r.message, "deleted (immediate)")
}

test_fail_for_each_missing_measure if {
	_decisions(_manifest({"exclusion_filters": []})) == {
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

test_art9_exception_needs_a_declared_exception if {
	manifest := _manifest(object.union(_scraping, {"sensitive_data_handling": "art9_exception"}))
	_decisions(manifest) == {["fail", "/processing_activities"]}
	with_exception := json.patch(manifest, [{"op": "add", "path": "/processing_activities/0/art9_exception", "value": "public_health"}])
	_decisions(with_exception) == {["pass", "/scraping"]}
}

test_not_applicable_cases if {
	_decisions({"datasets": [{"id": "a", "source_type": "own_data_reuse"}]}) == {["not_applicable", "/datasets"]}
	_decisions({"personal_data": {"processed": true}, "legal_regime": "law_enforcement"}) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := scrape_02.results with input as {"manifest": _manifest(object.remove(_scraping, ["irrelevant_data_deletion"])), "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "scraping.irrelevant_data_deletion est absent")
	r.title == "Moissonnage — filtrer les données inutiles et supprimer les données non pertinentes ou sensibles"
}
