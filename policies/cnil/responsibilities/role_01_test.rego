package cnil.responsibilities.role_01_test

import data.cnil.responsibilities.role_01
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := role_01.results with input as {"manifest": manifest}
}

_controller := {
	"id": "pa-train",
	"phase": "development",
	"gdpr_role": "controller",
	"gdpr_role_rationale": "We decide to build the model and select the data",
}

_processor := {
	"id": "pa-client",
	"phase": "development",
	"gdpr_role": "processor",
	"gdpr_role_rationale": "Developed on the bank's instructions",
	"counterparties": [{"name": "Bank", "role": "controller"}],
}

test_pass_for_controller_and_processor if {
	manifest := {"processing_activities": [_controller, _processor]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/gdpr_role"], ["pass", "/processing_activities/1/gdpr_role"]}
	some r in _results(manifest)
	r.message == "Activity pa-client: the organisation acts as processor (gdpr_role), with a documented rationale."
}

test_fail_without_role_or_rationale if {
	manifest := {"processing_activities": [{"id": "pa-train", "phase": "development"}, {"id": "pa-serve", "phase": "deployment"}]}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/0/gdpr_role"], ["fail", "/processing_activities/0/gdpr_role_rationale"]}
}

test_fail_on_ai_act_role_given_as_gdpr_role if {
	activity := object.union(_controller, {"gdpr_role": "provider"})
	results := _results({"processing_activities": [activity]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/gdpr_role"]}
	some r in results
	contains(r.message, `gdpr_role "provider", which is not a GDPR role`)
}

test_fail_when_processor_names_no_controller if {
	activity := object.union(_processor, {"counterparties": [{"name": "Cloud host", "role": "sub_processor"}, {"role": "controller"}]})
	results := _results({"processing_activities": [activity]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/counterparties"]}
	some r in results
	contains(r.message, "names no organisation with role `controller` or `joint_controller`")
}

test_fail_when_joint_controller_names_no_partner if {
	activity := object.union(_controller, {"gdpr_role": "joint_controller"})
	testing.decisions(_results({"processing_activities": [activity]})) == {["fail", "/processing_activities/0/counterparties"]}
	partnered := object.union(activity, {"counterparties": [{"name": "CHU B", "role": "joint_controller"}]})
	testing.decisions(_results({"processing_activities": [partnered]})) == {["pass", "/processing_activities/0/gdpr_role"]}
}

test_fail_without_development_activity if {
	testing.decisions(_results({})) == {["fail", "/processing_activities"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_other_regime if {
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	activity := object.remove(_controller, ["gdpr_role_rationale"])
	results := role_01.results with input as {"manifest": {"processing_activities": [activity]}, "options": {"lang": "fr"}}
	some r in results
	role_01.rule_info.title.fr == "Qualification RGPD de l'organisme pour chaque traitement de développement"
	startswith(r.message, "Le traitement pa-train ne renseigne pas gdpr_role_rationale")
}

test_french_renders_the_role_in_words if {
	activity := {
		"id": "pa-client", "phase": "development", "gdpr_role": "sub_processor", "gdpr_role_rationale": "On behalf of a processor.",
		"counterparties": [{"name": "Acme", "role": "processor"}],
	}
	results := role_01.results with input as {"manifest": {"processing_activities": [activity]}, "options": {"lang": "fr"}}
	{r.message | some r in results} == {"Traitement pa-client : l'organisme agit en qualité de sous-traitant ultérieur (gdpr_role), avec une justification documentée."}
	missing := object.remove(activity, ["counterparties"])
	failures := role_01.results with input as {"manifest": {"processing_activities": [missing]}, "options": {"lang": "fr"}}
	some f in failures
	contains(f.message, "ne nomme aucun organisme de rôle `controller` ou `processor`")
}
