package cnil.legal_basis.lb_04_test

import data.cnil.legal_basis.lb_04
import data.cnilpolicy.lib.testing

_li := {
	"interest": "Detect card fraud",
	"interest_category": "fraud_or_abuse_detection",
	"lawful": true,
	"precise": true,
	"real_and_present": true,
	"necessity": {"less_intrusive_alternatives_considered": ["rules_only", "aggregates"], "identifiable_form_needed": false},
	"balancing": {"reasonable_expectations": "Customers expect fraud checks", "safeguards": ["pseudonymisation"]},
}

_manifest(li) := {
	"personal_data": {"processed": true},
	"processing_activities": [{"id": "pa-fraud", "legal_basis": "legitimate_interests", "legitimate_interest": li}],
}

_results(manifest) := results if {
	results := lb_04.results with input as {"manifest": manifest}
}

# object.union merges nested objects: replace a sub-block instead.
_replace(obj, key, value) := object.union(object.remove(obj, [key]), {key: value})

test_pass_when_three_conditions_documented if {
	results := _results(_manifest(_li))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/legitimate_interest"]}
	some r in results
	contains(r.message, "pa-fraud: the interest (interest_category: fraud or abuse detection)")
	contains(r.message, "2 less intrusive alternative(s) (necessity.identifiable_form_needed: false)")
	contains(r.message, "1 safeguard(s)")
}

test_fail_without_block if {
	manifest := {"processing_activities": [{"id": "pa-fraud", "legal_basis": "legitimate_interests"}]}
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities/0/legitimate_interest"]}
}

test_fail_on_excluded_category if {
	results := _results(_manifest(object.union(_li, {"interest_category": "system_prohibited_by_law"})))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legitimate_interest/interest_category"]}
	some r in results
	contains(r.message, "system prohibited by law cannot be a legitimate interest")
}

test_fail_on_unknown_or_missing_category if {
	testing.decisions(_results(_manifest(object.union(_li, {"interest_category": "growth"})))) == {["fail", "/processing_activities/0/legitimate_interest/interest_category"]}
	testing.decisions(_results(_manifest(object.remove(_li, ["interest_category"])))) == {["fail", "/processing_activities/0/legitimate_interest/interest_category"]}
}

test_fail_without_interest if {
	testing.decisions(_results(_manifest(object.remove(_li, ["interest"])))) == {["fail", "/processing_activities/0/legitimate_interest/interest"]}
}

test_fail_for_each_unmet_criterion if {
	li := object.union(object.remove(_li, ["lawful"]), {"real_and_present": false})
	results := _results(_manifest(li))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/processing_activities/0/legitimate_interest/lawful"],
		["fail", "/processing_activities/0/legitimate_interest/real_and_present"],
	}
	some r in results
	contains(r.message, "legitimate_interest.real_and_present is not set to true (declared: false)")
}

test_fail_on_necessity if {
	li := _replace(_li, "necessity", {"less_intrusive_alternatives_considered": []})
	testing.decisions(_results(_manifest(li))) == {
		["fail", "/processing_activities/0/legitimate_interest/necessity/less_intrusive_alternatives_considered"],
		["fail", "/processing_activities/0/legitimate_interest/necessity/identifiable_form_needed"],
	}
}

test_fail_on_balancing if {
	results := _results(_manifest(_replace(_li, "balancing", {"impacts": ["x"]})))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/processing_activities/0/legitimate_interest/balancing/reasonable_expectations"],
		["fail", "/processing_activities/0/legitimate_interest/balancing/safeguards"],
	}
	some r in results
	contains(r.message, "reasonable_expectations is missing")
}

test_not_applicable_for_other_bases if {
	manifest := {"processing_activities": [{"id": "pa-x", "legal_basis": "consent"}, {"id": "pa-y"}]}
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {
		["not_applicable", "/processing_activities/0/legal_basis"],
		["not_applicable", "/processing_activities/1/legal_basis"],
	}
	some r in results
	contains(r.message, "pa-y declares no legal_basis (LB-01 reports it)")
	some r2 in results
	contains(r2.message, "pa-x does not rely on legitimate interests (legal_basis: consent)")
}

test_not_applicable_without_activity_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/processing_activities"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "national_security"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := lb_04.results with input as {"manifest": _manifest(object.remove(_li, ["interest"])), "options": {"lang": "fr"}}
	some r in results
	lb_04.rule_info.title.fr == "Intérêt légitime : trois conditions cumulatives, documentées"
	startswith(r.message, "Traitement pa-fraud : legitimate_interest.interest est absent.")
}
