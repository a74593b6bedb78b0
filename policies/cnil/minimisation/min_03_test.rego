package cnil.minimisation.min_03_test

import data.cnil.minimisation.min_03
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_03.results with input as {"manifest": manifest}
}

_prepared := {"cleaning_done": true, "deduplication": true, "irrelevant_data_removed": true, "filters": ["email", "phone"]}

test_pass_when_prepared if {
	results := _results({"datasets": [{"id": "ds-web", "preparation": _prepared}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/preparation"]}
	some r in results
	r.message == "Dataset ds-web was cleaned, deduplicated and stripped of the data the purpose does not need (filters: email, phone)."
}

test_pass_without_filters if {
	results := _results({"datasets": [{"id": "ds-web", "preparation": object.remove(_prepared, ["filters"])}]})
	some r in results
	r.message == "Dataset ds-web was cleaned, deduplicated and stripped of the data the purpose does not need."
}

test_warn_without_preparation if {
	results := _results({"datasets": [{"id": "ds-web"}]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/preparation"]}
	some r in results
	r.severity == "warning"
	contains(r.message, "ds-web does not describe its preparation")
}

test_warn_per_step_not_done if {
	preparation := {"cleaning_done": false, "irrelevant_data_removed": true}
	results := _results({"datasets": [{"id": "ds-web", "preparation": preparation}]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/preparation/cleaning_done"],
		["fail", "/datasets/0/preparation/deduplication"],
	}
	some r in results
	r.pointer == "/datasets/0/preparation/deduplication"
	contains(r.message, "preparation.deduplication is not true")
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
	results := min_03.results with input as {"manifest": {"datasets": [{"id": "ds-web", "preparation": _prepared}]}, "options": {"lang": "fr"}}
	some r in results
	min_03.rule_info.title.fr == "Données nettoyées et sélectionnées avant l'entraînement"
	r.message == "Le jeu de données ds-web a été nettoyé, dédoublonné et débarrassé des données dont la finalité n'a pas besoin (filtres : email, phone)."
}
