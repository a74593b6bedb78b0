package cnil.annotation.annot_03_test

import data.cnil.annotation.annot_03

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"processing_activities": [{"id": "pa-train", "phase": "development", "art9_exception": "public_health"}],
	"annotation": {"sensitive_labels": ["health_data"]},
}

_results(manifest) := results if {
	results := annot_03.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

test_pass_with_activity_exception if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/processing_activities/0/art9_exception"]}
	some r in results
	r.message == "The sensitive labels (health_data) rely on the GDPR art. 9(2) exception public_health."
}

test_pass_with_annotation_exception if {
	manifest := json.patch(_base, [
		{"op": "remove", "path": "/processing_activities/0/art9_exception"},
		{"op": "add", "path": "/annotation/art9_exception", "value": "explicit_consent"},
	])
	_decisions(manifest) == {["pass", "/annotation/art9_exception"]}
}

test_not_applicable_without_personal_data if {
	_decisions({"personal_data": {"processed": false}}) == {["not_applicable", "/personal_data/processed"]}
}

test_not_applicable_without_annotation if {
	_decisions({}) == {["not_applicable", "/annotation"]}
}

test_not_applicable_without_sensitive_labels if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation/sensitive_labels", "value": []}])
	_decisions(manifest) == {["not_applicable", "/annotation/sensitive_labels"]}
}

test_fail_when_undeclared if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/annotation", "value": {"guidelines_ref": "g.md"}}])
	_decisions(manifest) == {["fail", "/annotation/sensitive_labels"]}
}

test_fail_without_exception if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/processing_activities/0/art9_exception", "value": "legitimate_interests"}])
	some r in _results(manifest)
	r.decision == "fail"
	r.severity == "error"
	r.pointer == "/annotation/art9_exception"
	contains(r.message, "(health_data)")
}

test_deployment_activity_does_not_count if {
	manifest := json.patch(_base, [{"op": "add", "path": "/processing_activities/0/phase", "value": "deployment"}])
	_decisions(manifest) == {["fail", "/annotation/art9_exception"]}
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/processing_activities/0/art9_exception"}])
	results := annot_03.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "Les étiquettes révèlent des données sensibles (health_data)")
	r.title == "Des annotations sensibles couvertes par une exception de l'article 9(2)"
}
