package cnil.legitimate_interest.li_01_test

import data.cnil.legitimate_interest.li_01

_activity(li) := {
	"id": "pa-train",
	"phase": "development",
	"legal_basis": "legitimate_interests",
	"legitimate_interest": li,
}

_manifest(activities) := {"personal_data": {"processed": true}, "processing_activities": activities}

_results(manifest) := results if {
	results := li_01.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

test_pass_when_presumed_legitimate if {
	results := _results(_manifest([_activity({"interest_category": "fraud_or_abuse_detection"})]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/legitimate_interest/interest_category"]}
	some r in results
	contains(r.message, "pa-train")
	contains(r.message, "fraud_or_abuse_detection")
}

test_fail_without_category if {
	results := _results(_manifest([_activity({"interest": "improve the service"})]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legitimate_interest/interest_category"]}
	some r in results
	contains(r.message, "interest_category is not declared")
}

test_fail_without_legitimate_interest_block if {
	manifest := _manifest([{"id": "pa-x", "phase": "development", "legal_basis": "legitimate_interests"}])
	_decisions(manifest) == {["fail", "/processing_activities/0/legitimate_interest/interest_category"]}
}

test_fail_when_category_excluded if {
	results := _results(_manifest([_activity({"interest_category": "system_cannot_be_lawfully_deployed"})]))
	{r.decision | some r in results} == {"fail"}
	some r in results
	contains(r.message, "cannot be lawfully deployed")
	r.severity == "error"
}

test_fail_when_category_unknown if {
	results := _results(_manifest([_activity({"interest_category": "growth_hacking"})]))
	{r.decision | some r in results} == {"fail"}
	some r in results
	contains(r.message, "\"growth_hacking\" is not a category")
}

test_fail_when_system_prohibited if {
	manifest := object.union(
		_manifest([_activity({"interest_category": "lawful_commercial_interest"})]),
		{"ai_act": {"risk_level": "prohibited"}},
	)
	_decisions(manifest) == {["fail", "/ai_act/risk_level"]}
}

test_each_activity_decided_separately if {
	manifest := _manifest([
		_activity({"interest_category": "scientific_research"}),
		{"id": "pa-deploy", "phase": "deployment", "legal_basis": "legitimate_interests"},
		{"id": "pa-consent", "phase": "development", "legal_basis": "consent"},
		object.union(_activity({"interest_category": "no_link_with_mission_or_activity"}), {"id": "pa-other"}),
	])
	_decisions(manifest) == {
		["pass", "/processing_activities/0/legitimate_interest/interest_category"],
		["fail", "/processing_activities/3/legitimate_interest/interest_category"],
	}
}

test_not_applicable_without_legitimate_interests if {
	manifest := _manifest([{"id": "pa-1", "phase": "development", "legal_basis": "consent"}])
	_decisions(manifest) == {["not_applicable", "/processing_activities"]}
	_decisions({}) == {["not_applicable", "/processing_activities"]}
}

test_not_applicable_without_gdpr if {
	manifest := {"personal_data": {"processed": false}, "processing_activities": [_activity({})]}
	_decisions(manifest) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := li_01.results with input as {
		"manifest": _manifest([_activity({"interest_category": "system_prohibited_by_law"})]),
		"options": {"lang": "fr"},
	}
	some r in results
	startswith(r.message, "Activité pa-train : la catégorie d'intérêt system_prohibited_by_law")
	r.title == "Intérêt légitime — l'intérêt poursuivi doit être légitime"
}
