package cnil.security.sec_02_test

import data.cnil.security.sec_02
import data.cnilpolicy.lib.testing

_base := {
	"personal_data": {"processed": true, "screening_ref": "s.md"},
	"security": {
		"components": [
			{"name": "pytorch", "type": "library", "provenance": "PyPI", "integrity_check": "hash", "security_assessed": false},
			{"type": "infrastructure", "provenance": "in-house cluster", "integrity_check": "none", "security_assessed": true},
		],
		"measures": ["access_control", "logging", "versioning", "ci_tests"],
		"test_data": "synthetic",
	},
}

_results(manifest) := results if {
	results := sec_02.results with input as {"manifest": manifest}
}

test_pass_when_in_place if {
	results := _results(_base)
	{[r.decision, r.pointer] | some r in results} == {["pass", "/security"]}
	some r in results
	r.message == "2 component(s) with known provenance and verified (security assessment or integrity check); measures in place: access_control, ci_tests, logging, versioning; test data (security.test_data): synthetic data."
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_empty_manifest_fails_closed if {
	testing.decisions(_results({})) == {["fail", "/security/components"], ["fail", "/security/measures"], ["fail", "/security/test_data"]}
}

test_unverified_component if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/security/components/0/integrity_check", "value": "none"}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/security/components/0/integrity_check"]}
	some r in results
	r.severity == "warning"
	contains(r.message, "Component pytorch has had no security assessment")
	contains(r.message, "integrity_check: none")
}

test_component_without_provenance_named_by_type if {
	manifest := json.patch(_base, [{"op": "remove", "path": "/security/components/1/provenance"}])
	some r in _results(manifest)
	r.pointer == "/security/components/1/provenance"
	contains(r.message, "#1 (infrastructure)")
}

test_production_copy_warned if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/security/test_data", "value": "production_copy"}])
	testing.decisions(_results(manifest)) == {["fail", "/security/test_data"]}
}

test_missing_measures_named if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/security/measures", "value": ["logging"]}])
	some r in _results(manifest)
	contains(r.message, "does not include `access_control`, `ci_tests`, `versioning`")
}

test_french_texts if {
	manifest := json.patch(_base, [{"op": "replace", "path": "/security/test_data", "value": "production_copy"}])
	results := sec_02.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "security.test_data vaut `production_copy`")
	sec_02.rule_info.title.fr == "Composants tiers vérifiés et mesures de sécurité de base du développement en place"
}
