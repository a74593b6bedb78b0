package cnil.dpia.dpia_04_test

import data.cnil.dpia.dpia_04
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true},
	"processing_activities": [
		{"id": "pa-training", "start_date": "2025-04-01"},
		{"id": "pa-dataset", "start_date": "2025-03-03"},
	],
	"dpia": {
		"screening": {"cnil_list_items": [8]},
		"completed_on": "2025-02-20",
	},
}

_results(manifest) := results if {
	results := dpia_04.results with input as {"manifest": manifest}
}

test_pass_when_completed_before_the_earliest_activity if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/completed_on"]}
	some r in results
	r.message == "The DPIA was completed on 2025-02-20, before the earliest processing activity pa-dataset started (2025-03-03)."
}

test_pass_when_completed_on_the_start_day if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/completed_on", "value": "2025-03-03"}])
	testing.decisions(_results(manifest)) == {["pass", "/dpia/completed_on"]}
}

test_fail_when_completed_after_the_earliest_activity if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/completed_on", "value": "2025-03-10"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/completed_on"]}
	some r in results
	contains(r.message, "dpia.completed_on (2025-03-10) is after the start of processing activity pa-dataset (2025-03-03)")
}

test_fail_without_completion_date if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/dpia/completed_on"}])
	testing.decisions(_results(manifest)) == {["fail", "/dpia/completed_on"]}
	manifest2 := json.patch(_base, [{"op": "replace", "path": "/dpia/completed_on", "value": "March 2025"}])
	testing.decisions(_results(manifest2)) == {["fail", "/dpia/completed_on"]}
}

test_fail_per_activity_without_start_date if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/processing_activities/0/start_date"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/processing_activities/0/start_date"]}
	some r in results
	contains(r.message, "processing_activities[0].start_date (activity pa-training)")
}

test_fail_without_activities if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/processing_activities"}])
	testing.decisions(_results(manifest)) == {["fail", "/processing_activities"]}
}

test_not_applicable_when_no_dpia_is_required if {
	results := _results({"personal_data": {"processed": true}, "dpia": {"screening": {"cnil_list_items": []}}})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/dpia/screening"]}
	some r in results
	contains(r.message, "dpia_required is false")
	testing.decisions(_results({})) == {["not_applicable", "/dpia/screening"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results(json.patch(_base, [{"op": "add", "path": "/personal_data/processed", "value": false}]))) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results(json.patch(_base, [{"op": "add", "path": "/legal_regime", "value": "law_enforcement"}]))) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/completed_on", "value": "2025-03-10"}])
	results := dpia_04.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "dpia.completed_on (2025-03-10) est postérieure au début de l'activité de traitement pa-dataset")
	dpia_04.rule_info.title.fr == "AIPD réalisée avant le début du traitement"
}
