package cnil.dpia.dpia_05_test

import data.cnil.dpia.dpia_05
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true},
	"dpia": {
		"screening": {"cnil_list_items": [8]},
		"risks_assessed": ["training_data_misuse_or_breach", "automated_discrimination_bias", "ai_specific_attacks"],
	},
}

_results(manifest) := results if {
	results := dpia_05.results with input as {"manifest": manifest}
}

test_pass_when_risks_are_assessed if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/risks_assessed"]}
	some r in results
	r.message == concat("", [
		"The DPIA assesses 3 risks (attacks specific to AI systems, automated discrimination from bias, misuse or breach of the training data) ",
		"(GDPR art. 35(7)(c)).",
	])
}

# The CNIL's named AI risks are a recommendation (DPIA-05.2): a DPIA that
# assessed other risks meets the obligation of art. 35(7)(c).
test_pass_without_the_named_ai_risks if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/risks_assessed", "value": ["ai_specific_attacks"]}])
	testing.decisions(_results(manifest)) == {["pass", "/dpia/risks_assessed"]}
}

test_fail_when_no_risk_is_declared if {
	testing.decisions(_results(json.patch(_base, [{"op": "remove", "path": "/dpia/risks_assessed"}]))) == {["fail", "/dpia/risks_assessed"]}
	results := _results(json.patch(_base, [{"op": "replace", "path": "/dpia/risks_assessed", "value": []}]))
	{r.params | some r in results} == {{}}
}

test_not_applicable_when_no_dpia_is_required if {
	testing.decisions(_results({"dpia": {"risks_assessed": []}})) == {["not_applicable", "/dpia/screening"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/dpia/risks_assessed"}])
	results := dpia_05.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "dpia.risks_assessed est vide ou absent")
	dpia_05.rule_info.title.fr == "L'AIPD évalue les risques pour les droits et libertés des personnes concernées"
}
