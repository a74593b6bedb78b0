package cnil.dpia.dpia_06_test

import data.cnil.dpia.dpia_06
import data.cnilpolicy.lib.testing

_base := {
	"organisation": {"has_dpo": true},
	"personal_data": {"processed": true},
	"dpia": {
		"screening": {"cnil_list_items": [8]},
		"measures": ["pseudonymisation", "human review of every blocked payment"],
		"residual_risk": "medium",
		"dpo_advice_ref": "dpia/dpo-opinion.pdf",
	},
}

_results(manifest) := results if {
	results := dpia_06.results with input as {"manifest": manifest}
}

test_pass_with_a_complete_outcome if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia"]}
	some r in results
	r.message == concat("", [
		"The DPIA sets out 2 measure(s); residual risk (dpia.residual_risk): medium; ",
		"DPO advice: dpia/dpo-opinion.pdf; prior consultation of the CNIL: not needed, the residual risk is not high.",
	])
}

test_pass_without_dpo_and_with_prior_consultation if {
	manifest := json.patch(_base, [
		{"op": "replace", "path": "/organisation/has_dpo", "value": false},
		{"op": "remove", "path": "/dpia/dpo_advice_ref"},
		{"op": "replace", "path": "/dpia/residual_risk", "value": "high"},
		{"op": "add", "path": "/dpia/prior_consultation_ref", "value": "cnil/consultation-2025-03.pdf"},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia"]}
	some r in results
	contains(r.message, "DPO advice: no DPO designated; prior consultation of the CNIL: cnil/consultation-2025-03.pdf.")
}

test_fail_without_measures if {
	testing.decisions(_results(json.patch(_base, [{"op": "remove", "path": "/dpia/measures"}]))) == {["fail", "/dpia/measures"]}
	testing.decisions(_results(json.patch(_base, [{"op": "replace", "path": "/dpia/measures", "value": []}]))) == {["fail", "/dpia/measures"]}
}

test_fail_without_valid_residual_risk if {
	testing.decisions(_results(json.patch(_base, [{"op": "remove", "path": "/dpia/residual_risk"}]))) == {["fail", "/dpia/residual_risk"]}
	testing.decisions(_results(json.patch(_base, [{"op": "replace", "path": "/dpia/residual_risk", "value": "acceptable"}]))) == {["fail", "/dpia/residual_risk"]}
}

test_fail_without_dpo_advice if {
	results := _results(json.patch(_base, [{"op": "remove", "path": "/dpia/dpo_advice_ref"}]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/dpo_advice_ref"]}
	some r in results
	startswith(r.message, "organisation.has_dpo is true but dpia.dpo_advice_ref is missing")
}

test_fail_when_dpo_status_undeclared_and_no_advice if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/organisation"},
		{"op": "remove", "path": "/dpia/dpo_advice_ref"},
	])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/dpo_advice_ref"]}
	some r in results
	startswith(r.message, "organisation.has_dpo is not declared")
}

test_fail_when_high_residual_risk_without_prior_consultation if {
	results := _results(json.patch(_base, [{"op": "replace", "path": "/dpia/residual_risk", "value": "high"}]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/prior_consultation_ref"]}
	some r in results
	contains(r.message, "GDPR art. 36(1)")
}

test_not_applicable_when_no_dpia_is_required if {
	testing.decisions(_results({"personal_data": {"processed": true}, "dpia": {"screening": {"edpb_criteria": ["large_scale"]}}})) == {["not_applicable", "/dpia/screening"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := dpia_06.results with input as {"manifest": _base, "options": {"lang": "fr"}}
	some r in results
	r.message == concat("", [
		"L'AIPD prévoit 2 mesure(s) ; risque résiduel (dpia.residual_risk) : moyen ; avis du DPO : ",
		"dpia/dpo-opinion.pdf ; consultation préalable de la CNIL : non nécessaire, le risque résiduel n'est pas élevé.",
	])
	dpia_06.rule_info.title.fr == "Suites de l'AIPD : plan d'action, risque résiduel, avis du DPO, consultation préalable"
}
