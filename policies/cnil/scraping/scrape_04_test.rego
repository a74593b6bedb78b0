package cnil.scraping.scrape_04_test

import data.cnil.scraping.scrape_04
import data.cnilpolicy.lib.testing

_scraping := {
	"excluded_source_categories": ["minors_oriented_sites", "sensitive_content_sites", "dating_sites"],
	"restricted_audience_content_excluded": true,
}

_manifest(scraping) := {
	"datasets": [{"id": "ds-web", "source_type": "web_scraping"}],
	"scraping": scraping,
}

_results(manifest) := results if {
	results := scrape_04.results with input as {"manifest": manifest}
}

test_pass_when_sources_excluded if {
	results := _results(_manifest(_scraping))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping"]}
	some r in results
	contains(r.message, "ds-web")
}

test_warn_for_missing_categories if {
	results := _results(_manifest(object.union(_scraping, {"excluded_source_categories": ["dating_sites"]})))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/scraping/excluded_source_categories", "warning"]}
	some r in results
	contains(r.message, "does not list minors_oriented_sites, sensitive_content_sites")
}

test_warn_when_restricted_audience_not_excluded if {
	results := _results(_manifest(object.union(_scraping, {"restricted_audience_content_excluded": false})))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/scraping/restricted_audience_content_excluded"]}
	some r in results
	contains(r.message, "(declared: false)")
}

test_warn_twice_when_undeclared if {
	testing.decisions(_results(_manifest({}))) == {
		["fail", "/scraping/excluded_source_categories"],
		["fail", "/scraping/restricted_audience_content_excluded"],
	}
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "a", "source_type": "web_scraping", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := scrape_04.results with input as {"manifest": _manifest(object.remove(_scraping, ["excluded_source_categories"])), "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "scraping.excluded_source_categories ne mentionne pas minors_oriented_sites, sensitive_content_sites")
	startswith(scrape_04.rule_info.title.fr, "Moissonnage — exclure les sources intrusives")
}
