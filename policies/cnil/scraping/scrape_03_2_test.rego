package cnil.scraping.scrape_03_2_test

import data.cnil.scraping.scrape_03_2
import data.cnilpolicy.lib.testing

_manifest(scraping) := {
	"datasets": [{"id": "ds-web", "source_type": "web_scraping", "contains_personal_data": true}],
	"scraping": scraping,
}

_results(manifest) := results if {
	results := scrape_03_2.results with input as {"manifest": manifest}
}

test_pass_when_signals_respected if {
	results := _results(_manifest({"respects_ai_opt_out_signals": true}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping/respects_ai_opt_out_signals"]}
	some r in results
	r.message == "The scraping of datasets ds-web honours AI-specific opt-out signals."
}

test_warn_when_undeclared if {
	results := _results(_manifest({}))
	{[r.decision, r.severity] | some r in results} == {["fail", "warning"]}
	some r in results
	contains(r.message, "(declared: null)")
}

test_warn_when_false if {
	testing.decisions(_results(_manifest({"respects_ai_opt_out_signals": false}))) == {["fail", "/scraping/respects_ai_opt_out_signals"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := scrape_03_2.results with input as {"manifest": _manifest({}), "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "scraping.respects_ai_opt_out_signals ne vaut pas true")
	scrape_03_2.rule_info.title.fr == "Moissonnage — respecter les signaux d'opposition propres à l'IA"
}
