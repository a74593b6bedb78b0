package cnil.scope.scope_02_test

import data.cnil.scope.scope_02
import data.cnilpolicy.lib.testing

_results(manifest) := rs if {
	rs := scope_02.results with input as {"manifest": manifest}
}

_messages(manifest) := [r.message | some r in _results(manifest)]

test_pass_gdpr_general_purpose if {
	manifest := {"legal_regime": "gdpr", "ai_system": {"operational_use_known": false}}
	testing.decisions(_results(manifest)) == {["pass", "/legal_regime"]}
	some m in _messages(manifest)
	contains(m, "generally falls under the GDPR")
}

test_pass_gdpr_known_use if {
	manifest := {
		"legal_regime": "gdpr",
		"ai_system": {"operational_use_known": true},
		"deployment": {"legal_regime": "gdpr"},
	}
	testing.decisions(_results(manifest)) == {["pass", "/legal_regime"]}
	some m in _messages(manifest)
	contains(m, "regime of the deployment processing")
}

test_pass_other_regime_says_recommendations_do_not_cover_it if {
	manifest := {
		"legal_regime": "law_enforcement",
		"ai_system": {"operational_use_known": true},
		"deployment": {"legal_regime": "law_enforcement"},
	}
	testing.decisions(_results(manifest)) == {["pass", "/legal_regime"]}
	some m in _messages(manifest)
	contains(m, "law enforcement (Directive (EU) 2016/680) regime")
	contains(m, "do not cover this regime")
}

test_fail_on_empty_manifest if {
	testing.decisions(_results({})) == {["fail", "/legal_regime"], ["fail", "/ai_system/operational_use_known"]}
}

test_fail_on_blank_regime if {
	testing.decisions(_results({"legal_regime": " ", "ai_system": {"operational_use_known": false}})) == {["fail", "/legal_regime"]}
}

test_fail_on_unknown_regime if {
	manifest := {"legal_regime": "ccpa", "ai_system": {"operational_use_known": false}}
	testing.decisions(_results(manifest)) == {["fail", "/legal_regime"]}
	some m in _messages(manifest)
	contains(m, `"ccpa"`)
}

test_fail_when_deployment_regime_missing if {
	manifest := {"legal_regime": "gdpr", "ai_system": {"operational_use_known": true}}
	testing.decisions(_results(manifest)) == {["fail", "/deployment/legal_regime"]}
}

test_fail_when_regimes_differ if {
	manifest := {
		"legal_regime": "gdpr",
		"ai_system": {"operational_use_known": true},
		"deployment": {"legal_regime": "law_enforcement"},
	}
	testing.decisions(_results(manifest)) == {["fail", "/legal_regime"]}
	some m in _messages(manifest)
	contains(m, "deployment.legal_regime is `law_enforcement`")
}

test_not_applicable_without_personal_data if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := scope_02.results with input as {
		"manifest": {"legal_regime": "national_security", "ai_system": {"operational_use_known": false}},
		"options": {"lang": "fr"},
	}
	some r in results
	scope_02.rule_info.title.fr == "Régime juridique applicable au traitement de développement"
	startswith(r.message, "Le traitement de développement relève du régime sûreté de l'État")
}
