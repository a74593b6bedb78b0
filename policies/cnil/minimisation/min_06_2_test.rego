package cnil.minimisation.min_06_2_test

import data.cnil.minimisation.min_06_2
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := min_06_2.results with input as {"manifest": manifest}
}

_high := {"risk_level": "high", "operator_role": "provider"}

test_pass_when_examined if {
	results := _results({"ai_act": _high, "datasets": [{"id": "ds-cxr", "bias_assessment_ref": "bias.pdf", "last_quality_review": "2025-12-01"}]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/bias_assessment_ref"]}
	some r in results
	r.message == "Dataset ds-cxr of the high-risk AI system: bias examination in bias.pdf, last quality review on 2025-12-01."
}

test_fail_when_not_examined if {
	results := _results({"ai_act": _high, "datasets": [{"id": "ds-cxr"}]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/bias_assessment_ref"],
		["fail", "/datasets/0/last_quality_review"],
	}
	some r in results
	r.severity == "error"
	contains(r.message, "art. 10(2)(f), (g)")
}

test_fail_when_risk_level_undeclared if {
	testing.decisions(_results({"datasets": [{"id": "ds-cxr"}]})) == {["fail", "/ai_act/risk_level"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"ai_act": {"risk_level": "transparency"}, "datasets": [{"id": "a"}]})) == {["not_applicable", "/ai_act/risk_level"]}
	testing.decisions(_results({"ai_act": _high, "datasets": [{"id": "a", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := min_06_2.results with input as {"manifest": {"ai_act": _high, "datasets": [{"id": "ds-cxr", "bias_assessment_ref": "b.pdf"}]}, "options": {"lang": "fr"}}
	some r in results
	min_06_2.rule_info.title.fr == "Système d'IA à haut risque : données examinées pour les biais et la qualité"
	startswith(r.message, "Le jeu de données ds-cxr n'indique pas la date de sa dernière revue de qualité")
}

# High risk is derived: a declared minimal level does not remove the duty.
test_derived_high_risk_overrides_a_declared_minimal_level if {
	manifest := {
		"personal_data": {"processed": true},
		"ai_act": {"risk_level": "minimal", "annex_iii_area": "education"},
		"datasets": [{"id": "ds"}],
	}
	results := min_06_2.results with input as {"manifest": manifest}
	"fail" in {r.decision | some r in results}
	not "not_applicable" in {r.decision | some r in results}
}
