package cnil.minimisation.min_05_2_test

import data.cnil.minimisation.min_05_2
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_05_2.results with input as {"manifest": manifest}
}

_high := {"risk_level": "high", "operator_role": "provider"}

test_pass_when_high_risk_datasets_documented if {
	results := _results({"ai_act": _high, "datasets": [{"id": "ds-cxr", "documentation_ref": "datasheets/ds-cxr.md"}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/documentation_ref"]}
	some r in results
	r.message == "Dataset ds-cxr of the high-risk AI system is documented in datasheets/ds-cxr.md."
}

test_fail_when_high_risk_dataset_undocumented if {
	results := _results({"ai_act": {"risk_level": "high"}, "datasets": [{"id": "ds-cxr"}]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/documentation_ref"]}
	some r in results
	r.severity == "error"
	contains(r.message, "AI Act art. 10(2), 11 and Annex IV")
}

test_fail_when_risk_level_undeclared if {
	results := _results({"datasets": [{"id": "ds-cxr", "documentation_ref": "d.md"}]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/ai_act/risk_level"]}
	some r in results
	startswith(r.message, "ai_act.risk_level is not declared")
}

test_not_applicable_when_not_high_risk_provider if {
	results := _results({"ai_act": {"risk_level": "minimal"}, "datasets": [{"id": "ds-cxr"}]})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/ai_act/risk_level"]}
	some r in results
	contains(r.message, "ai_act.risk_level: minimal risk, ai_act.operator_role: provider")
	testing.decisions(_results({"ai_act": {"risk_level": "high", "operator_role": "deployer"}, "datasets": [{"id": "a"}]})) == {["not_applicable", "/ai_act/risk_level"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"ai_act": _high})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}, "ai_act": _high})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_05_2.results with input as {"manifest": {"ai_act": _high, "datasets": [{"id": "ds-cxr"}]}, "options": {"lang": "fr"}}
	some r in results
	min_05_2.rule_info.title.fr == "Système d'IA à haut risque : chaque jeu de données d'entraînement documenté"
	startswith(r.message, "Le jeu de données ds-cxr n'a pas de documentation")
}

# High risk is derived: an Annex I product with no declared level still needs documented datasets.
test_derived_high_risk_applies_without_a_declared_level if {
	manifest := {
		"personal_data": {"processed": true},
		"ai_act": {"annex_i_product": true},
		"datasets": [{"id": "ds"}],
	}
	results := min_05_2.results with input as {"manifest": manifest}
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/documentation_ref"]}
}
