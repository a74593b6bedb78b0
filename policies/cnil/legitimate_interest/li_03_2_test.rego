package cnil.legitimate_interest.li_03_2_test

import data.cnil.legitimate_interest.li_03_2

_pointer := "/processing_activities/0/legitimate_interest/balancing/safeguards"

_manifest(balancing, extra) := object.union(
	{
		"personal_data": {"processed": true},
		"processing_activities": [{
			"id": "pa-train",
			"phase": "development",
			"legal_basis": "legitimate_interests",
			"legitimate_interest": {"balancing": balancing},
		}],
	},
	extra,
)

_results(manifest) := results if {
	results := li_03_2.results with input as {"manifest": manifest}
}

_outcomes(manifest) := {[r.decision, r.pointer, r.severity] | some r in _results(manifest)}

test_pass_when_risks_covered if {
	manifest := _manifest(
		{"impacts_deployment": ["regurgitation"], "safeguards": ["output_filters", "restrictive_licence"]},
		{"distribution": {"mode": "open_weights"}, "ai_system": {"generative": true}},
	)
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", _pointer]}
	some r in results
	contains(r.message, "(output filters, restrictive licence)")
}

test_pass_without_specific_risk if {
	_outcomes(_manifest({"safeguards": ["pseudonymisation"]}, {})) == {["pass", _pointer, "warning"]}
}

test_warn_when_regurgitation_unmitigated if {
	results := _results(_manifest({"impacts_deployment": ["memorisation"], "safeguards": ["pseudonymisation"]}, {}))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", _pointer, "warning"]}
	some r in results
	contains(r.message, "neither anti_memorisation nor output_filters")
	contains(r.message, "impacts_deployment")
}

test_warn_for_generative_system if {
	results := _results(_manifest({"safeguards": ["pseudonymisation"]}, {"ai_system": {"generative": true}}))
	some r in results
	r.decision == "fail"
	contains(r.message, "ai_system.generative: true")
}

test_warn_when_open_release_without_licence if {
	manifest := _manifest({"safeguards": ["anti_memorisation"]}, {"distribution": {"open_source_practices": ["weights"]}})
	results := _results(manifest)
	{r.decision | some r in results} == {"fail"}
	some r in results
	contains(r.message, "restrictive_licence")
}

test_two_uncovered_risks_give_two_results if {
	manifest := _manifest({}, {"ai_system": {"generative": true}, "distribution": {"mode": "fully_open"}})
	count(_results(manifest)) == 2
}

test_not_applicable_when_nothing_to_match if {
	results := _results(_manifest({}, {"distribution": {"mode": "closed"}}))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", _pointer]}
	some r in results
	contains(r.message, "LB-04")
}

test_not_applicable_cases if {
	_outcomes({}) == {["not_applicable", "/processing_activities", "warning"]}
	_outcomes({"personal_data": {"processed": false}}) == {["not_applicable", "/personal_data/processed", "warning"]}
}

test_french_texts if {
	manifest := _manifest({"safeguards": ["pseudonymisation"]}, {"distribution": {"mode": "open_weights"}})
	results := li_03_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Traitement pa-train : le modèle est diffusé en source ouverte")
	li_03_2.rule_info.title.fr == "Intérêt légitime — garanties choisies en fonction des risques"
}
