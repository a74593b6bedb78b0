package cnil.minimisation.min_05_test

import data.cnil.minimisation.min_05
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_05.results with input as {"manifest": manifest}
}

test_pass_when_documented if {
	results := _results({"datasets": [{"id": "ds-web", "documentation_ref": "datasheets/ds-web.md", "documentation_format": "cnil_template"}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/documentation_ref"]}
	some r in results
	r.message == "Dataset ds-web is documented in datasheets/ds-web.md (CNIL template)."
}

test_pass_without_format if {
	results := _results({"datasets": [{"id": "ds-web", "documentation_ref": "datasheets/ds-web.md"}]})
	some r in results
	r.message == "Dataset ds-web is documented in datasheets/ds-web.md."
}

test_warn_when_undocumented if {
	results := _results({"datasets": [{"id": "ds-web", "documentation_ref": ""}, {"id": "ds-ok", "documentation_ref": "d.md"}]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/documentation_ref"],
		["pass", "/datasets/1/documentation_ref"],
	}
	some r in results
	r.decision == "fail"
	r.severity == "warning"
	contains(r.message, "ds-web has no documentation")
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
	results := min_05.results with input as {"manifest": {"datasets": [{"id": "ds-web"}]}, "options": {"lang": "fr"}}
	some r in results
	min_05.rule_info.title.fr == "Chaque jeu de données d'entraînement documenté"
	startswith(r.message, "Le jeu de données ds-web n'a pas de documentation")
}
