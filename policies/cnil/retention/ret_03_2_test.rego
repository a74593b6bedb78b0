package cnil.retention.ret_03_2_test

import data.cnil.retention.ret_03_2
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := ret_03_2.results with input as {"manifest": manifest}
}

_ds(retention) := {"id": "ds-web", "retention": retention}

test_pass_when_long_retention_secured if {
	results := _results({"datasets": [_ds({"period": "P3Y", "security_measures_ref": "security/pssi.md#training-data"})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention/security_measures_ref"]}
	some r in results
	contains(r.message, "documented in security/pssi.md#training-data")
}

test_warn_when_long_retention_unsecured if {
	results := _results({"datasets": [_ds({"period": "P18M"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/security_measures_ref"]}
	some r in results
	r.severity == "warning"
	contains(r.message, "about 540 days")
	contains(r.message, "set by cnilpolicy, not by the CNIL")
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [_ds({"period": "P1Y"})]})) == {["not_applicable", "/datasets/0/retention/period"]}
	testing.decisions(_results({"datasets": [_ds({"period": "forever"})]})) == {["not_applicable", "/datasets/0/retention/period"]}
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := ret_03_2.results with input as {"manifest": {"datasets": [_ds({"period": "P2Y"})]}, "options": {"lang": "fr"}}
	some r in results
	ret_03_2.rule_info.title.fr == "Sécurité adaptée pour les données d'entraînement conservées longtemps"
	startswith(r.message, "Le jeu de données ds-web est conservé pendant P2Y (environ 730 jours)")
}
