package cnil.responsibilities.role_04_test

import data.cnil.responsibilities.role_04
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := role_04.results with input as {"manifest": manifest}
}

test_pass_names_both_roles if {
	manifest := {
		"ai_act": {"operator_role": "provider"},
		"processing_activities": [
			{"id": "pa-client", "phase": "development", "gdpr_role": "processor"},
			{"id": "pa-serve", "phase": "deployment", "gdpr_role": "controller"},
		],
	}
	testing.decisions(_results(manifest)) == {["pass", "/ai_act/operator_role"]}
	some r in _results(manifest)
	r.message == "AI Act role declared (ai_act.operator_role): provider. It applies concurrently with the organisation's GDPR role in the development activities (pa-client: processor)."
}

test_pass_without_gdpr_role_points_to_role_01 if {
	results := _results({"ai_act": {"operator_role": "deployer"}})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/ai_act/operator_role"]}
	some r in results
	contains(r.message, "see ROLE-01")
}

test_fail_when_undeclared if {
	testing.decisions(_results({})) == {["fail", "/ai_act/operator_role"]}
	testing.decisions(_results({"ai_act": {"operator_role": ""}})) == {["fail", "/ai_act/operator_role"]}
}

test_fail_on_gdpr_role_given if {
	results := _results({"ai_act": {"operator_role": "controller"}})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/ai_act/operator_role"]}
	some r in results
	contains(r.message, `"controller", a GDPR role`)
}

test_fail_on_unknown_role if {
	results := _results({"ai_act": {"operator_role": "vendor"}})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/ai_act/operator_role"]}
	some r in results
	contains(r.message, `"vendor", which is not an AI Act operator role`)
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := role_04.results with input as {"manifest": {}, "options": {"lang": "fr"}}
	some r in results
	role_04.rule_info.title.fr == "Rôle au titre du règlement sur l'IA déclaré distinctement du rôle RGPD"
	startswith(r.message, "ai_act.operator_role n'est pas renseigné")
}
