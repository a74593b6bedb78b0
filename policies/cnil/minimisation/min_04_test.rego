package cnil.minimisation.min_04_test

import data.cnil.minimisation.min_04
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_04.results with input as {"manifest": manifest}
}

test_pass_with_transformations if {
	results := _results({"datasets": [{"id": "ds-web", "pets": ["pseudonymisation", "generalisation"]}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/pets"]}
	some r in results
	r.message == "Dataset ds-web applies these privacy-enhancing transformations: pseudonymisation, generalisation."
}

test_pass_with_justified_none if {
	results := _results({"datasets": [{"id": "ds-web", "pets": ["none"], "pets_not_applicable_justification": "Free text is needed verbatim"}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/pets"]}
	some r in results
	contains(r.message, "applies no privacy-enhancing transformation, for the reason given")
}

test_warn_without_pets if {
	results := _results({"datasets": [{"id": "ds-web", "pets": []}]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/pets"]}
	some r in results
	r.severity == "warning"
	contains(r.message, "(datasets[0].pets)")
}

test_warn_when_none_unjustified if {
	results := _results({"datasets": [{"id": "ds-web", "pets": ["none"]}]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/pets_not_applicable_justification"]}
}

test_warn_when_none_mixed if {
	results := _results({"datasets": [{"id": "ds-web", "pets": ["none", "aggregation"]}]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/pets"]}
	some r in results
	contains(r.message, "lists none together with aggregation")
}

test_fail_when_no_dataset_declared if {
	testing.decisions(_results({})) == {["fail", "/datasets"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "x", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_04.results with input as {"manifest": {"datasets": [{"id": "ds-web"}]}, "options": {"lang": "fr"}}
	some r in results
	min_04.rule_info.title.fr == "Techniques de protection de la vie privée appliquées lorsque la finalité le permet"
	startswith(r.message, "Le jeu de données ds-web n'indique pas quelles techniques")
}
