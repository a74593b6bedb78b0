package cnil.legitimate_interest.li_02_test

import data.cnil.legitimate_interest.li_02
import data.cnilpolicy.lib.testing

_balancing := {
	"reasonable_expectations": "Public pages of administrations; no restricted-audience content.",
	"impacts_development": ["loss_of_control_public_data", "large_scale_collection"],
	"impacts_deployment": ["regurgitation"],
	"benefits": ["public_access_to_information"],
}

_manifest(balancing) := {
	"personal_data": {"processed": true},
	"processing_activities": [{
		"id": "pa-train",
		"phase": "development",
		"legal_basis": "legitimate_interests",
		"legitimate_interest": {"balancing": balancing},
	}],
}

_results(manifest) := results if {
	results := li_02.results with input as {"manifest": manifest}
}

test_pass_when_balancing_complete if {
	results := _results(_manifest(_balancing))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/legitimate_interest/balancing"]}
	some r in results
	r.message == "Activity pa-train: the balancing weighs 2 impact(s) during development and 1 impact(s) during use against 1 declared benefit(s)."
}

test_fail_for_each_missing_element if {
	testing.decisions(_results(_manifest({"reasonable_expectations": "Expected", "impacts_development": []}))) == {
		["fail", "/processing_activities/0/legitimate_interest/balancing/impacts_development"],
		["fail", "/processing_activities/0/legitimate_interest/balancing/impacts_deployment"],
		["fail", "/processing_activities/0/legitimate_interest/balancing/benefits"],
	}
}

test_fail_without_benefits_names_the_field if {
	results := _results(_manifest(json.remove(_balancing, ["benefits"])))
	{r.decision | some r in results} == {"fail"}
	some r in results
	r.pointer == "/processing_activities/0/legitimate_interest/balancing/benefits"
	contains(r.message, "pa-train")
	contains(r.message, "balancing.benefits is empty or missing")
}

test_fail_without_deployment_impacts if {
	testing.decisions(_results(_manifest(json.remove(_balancing, ["impacts_deployment"])))) == {["fail", "/processing_activities/0/legitimate_interest/balancing/impacts_deployment"]}
}

test_expectations_left_to_lb_04 if {
	testing.decisions(_results(_manifest(json.remove(_balancing, ["reasonable_expectations"])))) == {["pass", "/processing_activities/0/legitimate_interest/balancing"]}
}

test_single_text_counts_as_one if {
	results := _results(_manifest(object.union(_balancing, {"benefits": "Better public information"})))
	some r in results
	r.decision == "pass"
	contains(r.message, "against 1 declared benefit(s)")
}

test_not_applicable_without_legitimate_interests if {
	testing.decisions(_results({"processing_activities": [{"id": "a", "legal_basis": "public_task"}]})) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_gdpr if {
	manifest := object.union(_manifest({}), {"legal_regime": "national_security"})
	testing.decisions(_results(manifest)) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := li_02.results with input as {"manifest": _manifest(json.remove(_balancing, ["benefits"])), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Traitement pa-train : legitimate_interest.balancing.benefits est vide ou absent")
	li_02.rule_info.title.fr == "Intérêt légitime — impacts pendant le développement et l'utilisation mis en regard des bénéfices"
}
