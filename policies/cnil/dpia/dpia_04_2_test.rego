package cnil.dpia.dpia_04_2_test

import data.cnil.dpia.dpia_04_2
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true},
	"dpia": {
		"screening": {"art35_3": ["b_large_scale_special_categories_or_criminal"]},
		"completed_on": "2025-02-20",
		"last_review": "2025-09-15",
		"review_triggers": ["new_source", "retraining"],
	},
}

_results(manifest) := results if {
	results := dpia_04_2.results with input as {"manifest": manifest}
}

test_pass_when_reviewed_with_triggers if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/dpia/last_review"]}
	some r in results
	r.message == "The DPIA was last reviewed on 2025-09-15 and is reviewed on: new data source, retraining."
	r.severity == "warning"
}

test_fail_without_last_review if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/dpia/last_review"}])
	testing.decisions(_results(manifest)) == {["fail", "/dpia/last_review"]}
}

test_fail_when_review_precedes_completion if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/dpia/last_review", "value": "2025-01-15"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/last_review"]}
	some r in results
	contains(r.message, "dpia.last_review (2025-01-15) is earlier than dpia.completed_on (2025-02-20)")
}

test_fail_without_triggers if {
	testing.decisions(_results(json.patch(_base, [{"op": "remove", "path": "/dpia/review_triggers"}]))) == {["fail", "/dpia/review_triggers"]}
	testing.decisions(_results(json.patch(_base, [{"op": "replace", "path": "/dpia/review_triggers", "value": []}]))) == {["fail", "/dpia/review_triggers"]}
}

test_fail_on_unknown_trigger if {
	manifest := json.patch(_base, [{"op": "add", "path": "/dpia/review_triggers/-", "value": "yearly"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/dpia/review_triggers/2"]}
	some r in results
	contains(r.message, "\"yearly\"")
}

test_not_applicable_when_no_dpia_is_required if {
	testing.decisions(_results({"personal_data": {"processed": true}})) == {["not_applicable", "/dpia/screening"]}
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_under_another_regime if {
	testing.decisions(_results({"legal_regime": "national_security"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/dpia/review_triggers"}])
	results := dpia_04_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "dpia.review_triggers est vide ou absent")
	dpia_04_2.rule_info.title.fr == "AIPD mise à jour de manière itérative (dernière revue et événements déclencheurs)"
}
