package cnil.dpia.dpia_02_test

import data.cnil.dpia.dpia_02
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true},
	"ai_act": {"risk_level": "high"},
	"dpia": {"ref": "dpia/dpia-v2.pdf"},
}

_results(manifest) := results if {
	results := dpia_02.results with input as {"manifest": manifest}
}

test_pass_when_high_risk_with_dpia if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/ref"]}
	some r in results
	contains(r.message, "recorded in dpia/dpia-v2.pdf")
}

test_fail_when_high_risk_without_dpia if {
	results := _results(json.patch(_base, [{"op": "remove", "path": "/dpia"}]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/ref"]}
	some r in results
	contains(r.message, "presumes a DPIA necessary, but dpia.ref is missing")
}

test_not_applicable_when_not_high_risk if {
	results := _results(json.patch(_base, [{"op": "replace", "path": "/ai_act/risk_level", "value": "transparency"}]))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/ai_act/risk_level"]}
	some r in results
	contains(r.message, "classified \"specific transparency risk\"")
}

test_fail_when_unclassified_without_dpia if {
	testing.decisions(_results({"personal_data": {"processed": true}})) == {["fail", "/ai_act/risk_level"]}
	testing.decisions(_results({})) == {["fail", "/ai_act/risk_level"]}
}

test_pass_when_unclassified_with_dpia if {
	results := _results(json.patch(_base, [{"op": "remove", "path": "/ai_act"}]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/ref"]}
	some r in results
	contains(r.message, "ai_act.risk_level is not declared, but a DPIA is recorded in dpia/dpia-v2.pdf")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}, "ai_act": {"risk_level": "high"}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement", "ai_act": {"risk_level": "high"}})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/dpia"}])
	results := dpia_02.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Le système est à haut risque au sens du règlement sur l'IA")
	dpia_02.rule_info.title.fr == "Système d'IA à haut risque traitant des données personnelles : AIPD présumée nécessaire"
}

# The classification is derived: a declared minimal level does not remove the presumption.
test_fail_when_the_facts_make_the_system_high_risk if {
	manifest := {
		"personal_data": {"processed": true},
		"ai_act": {"risk_level": "minimal", "annex_iii_area": "employment", "performs_profiling": true, "art6_3_derogation": {"claimed": true, "ground": "preparatory_task", "documentation_ref": "x.md"}},
	}
	results := dpia_02.results with input as {"manifest": manifest}
	some r in results
	r.decision == "fail"
	r.pointer == "/dpia/ref"
	contains(r.message, "annex_iii_profiling: ai_act.performs_profiling=true (/ai_act/performs_profiling)")
}
