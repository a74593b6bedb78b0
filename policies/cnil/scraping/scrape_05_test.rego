package cnil.scraping.scrape_05_test

import data.cnil.scraping.scrape_05
import data.cnilpolicy.lib.testing

_manifest(opt_out, sources) := {
	"datasets": [{"id": "ds-web", "source_type": "web_scraping", "contains_personal_data": true}],
	"scraping": {"pre_collection_opt_out": opt_out},
	"transparency": {"sources_published": sources},
}

_results(manifest) := results if {
	results := scrape_05.results with input as {"manifest": manifest}
}

test_pass_with_opt_out_and_published_sources if {
	results := _results(_manifest(true, "categories"))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping/pre_collection_opt_out"]}
	some r in results
	contains(r.message, "sources are published (categories of sources)")
}

test_warn_without_opt_out if {
	results := _results(_manifest(false, "list"))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/scraping/pre_collection_opt_out", "warning"]}
}

test_warn_when_sources_not_published if {
	results := _results(_manifest(true, "none"))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/transparency/sources_published"]}
	some r in results
	contains(r.message, "transparency.sources_published is \"none\"")
}

test_warn_twice_when_undeclared if {
	manifest := {"datasets": [{"id": "ds-web", "source_type": "web_scraping"}]}
	testing.decisions(_results(manifest)) == {["fail", "/scraping/pre_collection_opt_out"], ["fail", "/transparency/sources_published"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"legal_regime": "national_security"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := scrape_05.results with input as {"manifest": _manifest(null, "list"), "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "scraping.pre_collection_opt_out ne vaut pas true (valeur déclarée : null)")
	scrape_05.rule_info.title.fr == "Moissonnage — opposition préalable à la collecte et transparence sur les sources"
}

test_french_quotes_a_declared_value if {
	results := scrape_05.results with input as {"manifest": _manifest(true, "none"), "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "transparency.sources_published vaut « none » : les sources")
	not contains(r.message, `"none"`)
}
