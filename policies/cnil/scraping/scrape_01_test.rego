package cnil.scraping.scrape_01_test

import data.cnil.scraping.scrape_01
import data.cnilpolicy.lib.testing

_criteria := {"sources": ["*.gouv.fr", "*.legifrance.gouv.fr"], "content_types": ["html_text"], "period": "2015/2024"}

_manifest(scraping) := {
	"personal_data": {"processed": true},
	"datasets": [
		{"id": "ds-web-fr", "source_type": "web_scraping", "contains_personal_data": true},
		{"id": "ds-synthetic", "source_type": "web_scraping", "contains_personal_data": false},
	],
	"scraping": scraping,
}

_results(manifest) := results if {
	results := scrape_01.results with input as {"manifest": manifest}
}

test_pass_when_criteria_defined if {
	results := _results(_manifest({"collection_criteria": _criteria}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping/collection_criteria"]}
	some r in results
	r.message == concat("", [
		"The collection criteria of the scraped datasets ds-web-fr are defined: sources *.gouv.fr, ",
		"*.legifrance.gouv.fr; content types html_text; period 2015/2024.",
	])
}

test_fail_without_scraping_section if {
	testing.decisions(_results(object.remove(_manifest({}), ["scraping"]))) == {
		["fail", "/scraping/collection_criteria/sources"],
		["fail", "/scraping/collection_criteria/content_types"],
		["fail", "/scraping/collection_criteria/period"],
	}
}

test_fail_without_period if {
	results := _results(_manifest({"collection_criteria": json.remove(_criteria, ["period"])}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/scraping/collection_criteria/period"]}
	some r in results
	startswith(r.message, "Personal data are scraped from the web (datasets ds-web-fr) but scraping.collection_criteria.period is missing")
	r.severity == "error"
}

test_fail_with_empty_sources if {
	testing.decisions(_results(_manifest({"collection_criteria": object.union(_criteria, {"sources": []})}))) == {["fail", "/scraping/collection_criteria/sources"]}
}

test_dataset_without_declaration_counts_as_personal if {
	manifest := {"datasets": [{"id": "ds-x", "source_type": "web_scraping"}], "scraping": {"collection_criteria": _criteria}}
	testing.decisions(_results(manifest)) == {["pass", "/scraping/collection_criteria"]}
}

test_not_applicable_without_scraped_personal_data if {
	manifest := {"personal_data": {"processed": true}, "datasets": [
		{"id": "ds-a", "source_type": "direct_collection"},
		{"id": "ds-b", "source_type": "web_scraping", "contains_personal_data": false},
	]}
	testing.decisions(_results(manifest)) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
}

test_not_applicable_without_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}, "datasets": [{"id": "x", "source_type": "web_scraping", "contains_personal_data": false}]})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := scrape_01.results with input as {"manifest": _manifest({"collection_criteria": json.remove(_criteria, ["sources"])}), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Des données personnelles sont collectées par moissonnage (jeux de données ds-web-fr) mais scraping.collection_criteria.sources est vide")
	scrape_01.rule_info.title.fr == "Moissonnage — critères de collecte précis définis en amont"
}
