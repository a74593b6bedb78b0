package cnil.scraping.scrape_03_test

import data.cnil.scraping.scrape_03
import data.cnilpolicy.lib.testing

_scraping := {"respects_robots_txt": true, "respects_captcha_and_tos": true, "freely_accessible_only": true}

_manifest(scraping) := {
	"datasets": [
		{"id": "ds-forum", "source_type": "web_scraping", "contains_personal_data": true},
		{"id": "ds-news", "source_type": "web_scraping", "contains_personal_data": true},
	],
	"scraping": scraping,
}

_results(manifest) := results if {
	results := scrape_03.results with input as {"manifest": manifest}
}

test_pass_when_all_restrictions_respected if {
	results := _results(_manifest(_scraping))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping"]}
	some r in results
	startswith(r.message, "The scraping of datasets ds-forum, ds-news honours robots.txt")
}

test_fail_when_robots_txt_ignored if {
	results := _results(_manifest(object.union(_scraping, {"respects_robots_txt": false})))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/scraping/respects_robots_txt"]}
	some r in results
	contains(r.message, "scraping.respects_robots_txt is not true (declared: false)")
	r.severity == "error"
}

test_fail_when_undeclared if {
	results := _results(_manifest({}))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/scraping/respects_robots_txt"],
		["fail", "/scraping/respects_captcha_and_tos"],
		["fail", "/scraping/freely_accessible_only"],
	}
	some r in results
	contains(r.message, "(declared: null)")
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "a", "source_type": "third_party_acquired"}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	manifest := _manifest(object.union(_scraping, {"freely_accessible_only": false}))
	results := scrape_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "scraping.freely_accessible_only ne vaut pas true (valeur déclarée : false)")
	scrape_03.rule_info.title.fr == "Moissonnage — respecter les restrictions d'accès et les oppositions au moissonnage"
}
