package cnil.legal_basis.lb_01_test

import data.cnil.legal_basis.lb_01
import data.cnilpolicy.lib.testing

_activity := {
	"id": "pa-training",
	"phase": "development",
	"start_date": "2025-03-01",
	"legal_basis": "legitimate_interests",
	"legal_basis_rationale": "docs/legal-basis.md",
	"legal_basis_decided_on": "2025-01-15",
}

_manifest(activity) := {
	"personal_data": {"processed": true},
	"processing_activities": [activity],
}

_results(manifest) := results if {
	results := lb_01.results with input as {"manifest": manifest}
}

test_pass_when_basis_chosen_documented_and_dated if {
	results := _results(_manifest(_activity))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, "pa-training rests on legitimate interests (GDPR art. 6(1)(f))")
	contains(r.message, "2025-01-15")
}

test_pass_on_the_start_date_itself if {
	testing.decisions(_results(_manifest(object.union(_activity, {"legal_basis_decided_on": "2025-03-01"})))) == {["pass", "/processing_activities/0/legal_basis"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	results := _results({"legal_regime": "law_enforcement", "processing_activities": [_activity]})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/legal_regime"]}
	some r in results
	contains(r.message, "law_enforcement")
}

test_fail_on_empty_manifest if {
	testing.decisions(_results({})) == {["fail", "/processing_activities"]}
}

test_deployment_activities_are_not_counted if {
	testing.decisions(_results(_manifest(object.union(_activity, {"phase": "deployment"})))) == {["fail", "/processing_activities"]}
}

test_fail_without_legal_basis if {
	results := _results(_manifest(object.remove(_activity, ["legal_basis"])))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, "pa-training: legal_basis is missing")
}

test_fail_with_several_bases if {
	results := _results(_manifest(object.union(_activity, {"legal_basis": ["consent", "contract"]})))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, "several bases (consent, contract)")
}

test_fail_with_unknown_basis if {
	results := _results(_manifest(object.union(_activity, {"legal_basis": "research"})))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legal_basis"]}
	some r in results
	contains(r.message, `"research" is not one of the six bases`)
}

test_fail_without_rationale if {
	testing.decisions(_results(_manifest(object.remove(_activity, ["legal_basis_rationale"])))) == {["fail", "/processing_activities/0/legal_basis_rationale"]}
}

test_fail_without_decision_date if {
	testing.decisions(_results(_manifest(object.remove(_activity, ["legal_basis_decided_on"])))) == {["fail", "/processing_activities/0/legal_basis_decided_on"]}
}

test_fail_with_malformed_decision_date if {
	results := _results(_manifest(object.union(_activity, {"legal_basis_decided_on": "Jan 2025"})))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legal_basis_decided_on"]}
	some r in results
	contains(r.message, "(Jan 2025) is not a date")
}

test_fail_without_start_date if {
	testing.decisions(_results(_manifest(object.remove(_activity, ["start_date"])))) == {["fail", "/processing_activities/0/start_date"]}
}

test_fail_with_malformed_start_date if {
	testing.decisions(_results(_manifest(object.union(_activity, {"start_date": "2025-13-45"})))) == {["fail", "/processing_activities/0/start_date"]}
}

test_fail_when_decided_after_start if {
	results := _results(_manifest(object.union(_activity, {"legal_basis_decided_on": "2025-04-02"})))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/legal_basis_decided_on"]}
	some r in results
	contains(r.message, "decided on 2025-04-02, after the processing started on 2025-03-01")
}

test_activity_without_id_is_named_by_index if {
	some r in _results(_manifest(object.remove(_activity, ["id", "legal_basis"])))
	contains(r.message, "processing_activities[0]")
}

test_each_activity_decided_separately if {
	manifest := {"processing_activities": [_activity, object.union(_activity, {"id": "pa-b", "legal_basis": null})]}
	testing.decisions(_results(manifest)) == {["pass", "/processing_activities/0/legal_basis"], ["fail", "/processing_activities/1/legal_basis"]}
}

test_french_texts if {
	results := lb_01.results with input as {"manifest": _manifest(_activity), "options": {"lang": "fr"}}
	some r in results
	lb_01.rule_info.title.fr == "Base légale choisie et documentée pour chaque traitement de développement"

	# The article the basis rests on is cited the French way, not half-English.
	contains(r.message, "repose sur la base légale « intérêt légitime » (RGPD, art. 6, § 1, f)), choisie")
	not contains(r.message, "6(1)")
}
