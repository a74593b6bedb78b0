package cnil.legitimate_interest.li_03_test

import data.cnil.legitimate_interest.li_03

_manifest(li) := {
	"personal_data": {"processed": true},
	"processing_activities": [
		{"id": "pa-collect", "phase": "development", "legal_basis": "legitimate_interests", "legitimate_interest": li},
		{"id": "pa-serve", "phase": "deployment", "legal_basis": "legitimate_interests"},
	],
}

_results(manifest) := results if {
	results := li_03.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

test_pass_when_safeguards_declared if {
	results := _results(_manifest({"balancing": {"safeguards": ["pseudonymisation", "prior_opt_out"]}}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/legitimate_interest/balancing/safeguards"]}
	some r in results
	r.message == "Activity pa-collect: the balancing relies on the declared safeguards pseudonymisation, prior_opt_out."
}

test_fail_when_safeguards_empty if {
	results := _results(_manifest({"balancing": {"safeguards": []}}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legitimate_interest/balancing/safeguards"]}
	some r in results
	contains(r.message, "cannot be shown not to be disproportionate")
	r.severity == "error"
}

test_fail_when_balancing_missing if {
	_decisions(_manifest({"interest_category": "scientific_research"})) == {["fail", "/processing_activities/0/legitimate_interest/balancing/safeguards"]}
}

test_single_safeguard_text if {
	some r in _results(_manifest({"balancing": {"safeguards": "output filtering"}}))
	r.decision == "pass"
	endswith(r.message, "safeguards output filtering.")
}

test_not_applicable_cases if {
	_decisions({}) == {["not_applicable", "/processing_activities"]}
	_decisions({"personal_data": {"processed": false}}) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := li_03.results with input as {"manifest": _manifest({}), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "L'activité pa-collect repose sur l'intérêt légitime")
	r.title == "Intérêt légitime — des garanties maintiennent une mise en balance proportionnée"
}
