package cnil.minimisation.min_02_2_test

import data.cnil.minimisation.min_02_2
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_02_2.results with input as {"manifest": manifest}
}

test_pass_when_validated_and_tested if {
	results := _results({"design_review": {"validation_method": "ethics_committee", "fictitious_data_experiments": true}})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/design_review"]}
	some r in results
	r.message == "The design choices were validated (ethics committee) and the data needs were tested on fictitious data."
}

test_warn_when_undeclared if {
	results := _results({})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/design_review/validation_method"],
		["fail", "/design_review/fictitious_data_experiments"],
	}
	every r in results {
		r.severity == "warning"
	}
}

test_warn_when_not_validated_nor_tested if {
	results := _results({"design_review": {"validation_method": "none", "fictitious_data_experiments": false}})
	{r.message | some r in results} == {
		"design_review.validation_method is none: the design choices have not been validated; the CNIL recommends a pilot study or the opinion of an ethics committee.",
		"design_review.fictitious_data_experiments is false: the CNIL recommends, where possible, determining the data needed through experiments on fictitious data (same structure, not linked to real persons) before real personal data are used; if this was not possible, record why in a waiver.",
	}
}

test_warn_on_unknown_method if {
	results := _results({"design_review": {"validation_method": "gut_feeling", "fictitious_data_experiments": true}})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/design_review/validation_method"]}
	some r in results
	contains(r.message, `is "gut_feeling", which is not one of`)
}

test_not_applicable_cases if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_02_2.results with input as {"manifest": {"design_review": {"validation_method": "pilot_study"}}, "options": {"lang": "fr"}}
	some r in results
	min_02_2.rule_info.title.fr == "Choix de conception validés et besoins en données testés sur des données fictives"
	startswith(r.message, "design_review.fictitious_data_experiments n'est pas renseigné")
}
