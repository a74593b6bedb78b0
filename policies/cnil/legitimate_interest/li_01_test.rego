package cnil.legitimate_interest.li_01_test

import data.cnil.legitimate_interest.li_01
import data.cnilpolicy.lib.testing

_activity(id) := {
	"id": id,
	"phase": "development",
	"legal_basis": "legitimate_interests",
	"legitimate_interest": {"interest_category": "lawful_commercial_interest"},
}

_manifest(risk_level, activities) := {
	"personal_data": {"processed": true},
	"ai_act": {"risk_level": risk_level},
	"processing_activities": activities,
}

_results(manifest) := results if {
	results := li_01.results with input as {"manifest": manifest}
}

test_pass_when_not_prohibited if {
	results := _results(_manifest("minimal", [_activity("pa-train")]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/ai_act/risk_level"]}
	some r in results
	contains(r.message, "pa-train")
	contains(r.message, "(ai_act.risk_level: minimal risk)")
}

test_fail_when_system_prohibited if {
	results := _results(_manifest("prohibited", [_activity("pa-train")]))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/ai_act/risk_level", "error"]}
	some r in results
	contains(r.message, "cannot serve a legitimate interest")
}

# AIACT-01 owns the missing classification: with its step evaluated (every
# step when the input names none), LI-01 refers to it instead of failing too.
test_missing_risk_level_referred_to_aiact_01 if {
	manifest := json.remove(_manifest("", [_activity("pa-train")]), ["ai_act"])
	testing.decisions(_results(manifest)) == {["not_applicable", "/ai_act/risk_level"]}
	results := li_01.results with input as {"manifest": manifest, "options": {"steps": ["legitimate_interest", "ai_act"]}}
	{[r.decision, r.params.activity] | some r in results} == {["not_applicable", "pa-train"]}
	some r in results
	contains(r.message, "AIACT-01 judges it in this pack")
}

test_fail_when_risk_level_undeclared_and_aiact_01_not_evaluated if {
	manifest := json.remove(_manifest("", [_activity("pa-train")]), ["ai_act"])
	results := li_01.results with input as {"manifest": manifest, "options": {"steps": ["legitimate_interest"]}}
	{[r.decision, r.pointer] | some r in results} == {["fail", "/ai_act/risk_level"]}
	some r in results
	contains(r.message, "ai_act.risk_level is not declared")
}

test_each_activity_decided_separately if {
	manifest := _manifest("prohibited", [
		_activity("pa-a"),
		{"id": "pa-deploy", "phase": "deployment", "legal_basis": "legitimate_interests"},
		{"id": "pa-consent", "phase": "development", "legal_basis": "consent"},
		_activity("pa-b"),
	])
	{r.params.activity | some r in _results(manifest)} == {"pa-a", "pa-b"}
}

test_not_applicable_without_legitimate_interests if {
	testing.decisions(_results(_manifest("minimal", [{"id": "pa-1", "phase": "development", "legal_basis": "consent"}]))) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_gdpr if {
	manifest := object.union(_manifest("prohibited", [_activity("pa-1")]), {"personal_data": {"processed": false}})
	testing.decisions(_results(manifest)) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := li_01.results with input as {"manifest": _manifest("prohibited", [_activity("pa-train")]), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Le traitement pa-train repose sur l'intérêt légitime, mais ai_act.risk_level vaut prohibited")
	li_01.rule_info.title.fr == "Intérêt légitime — pas d'intérêt légitime à une pratique d'IA interdite"
}
