package cnil.retention.ret_02_test

import data.cnil.retention.ret_02
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := ret_02.results with input as {"manifest": manifest}
}

_ds(retention) := {"id": "ds-web", "retention": retention}

test_pass_when_deleted_after_development if {
	results := _results({"datasets": [_ds({"development_end": "2026-06-30", "post_development": {"kept": false}})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention/post_development"]}
	some r in results
	r.message == "Dataset ds-web: the development phase ends at 2026-06-30 and no data are kept afterwards."
}

test_pass_when_subset_kept_with_restricted_access if {
	post := {"kept": true, "purpose": "bias_measurement", "subset_description": "10% sample", "access_restricted": true}
	results := _results({"datasets": [_ds({"development_end": "model v1 release", "post_development": post})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention/post_development"]}
	some r in results
	contains(r.message, "(model v1 release), only a described subset is kept, for bias measurement")
}

test_warn_without_development_end_or_post_development if {
	results := _results({"datasets": [_ds({"period": "P1Y"})]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/retention/development_end"],
		["fail", "/datasets/0/retention/post_development/kept"],
	}
	every r in results {
		r.severity == "warning"
		contains(r.message, "ds-web")
	}
}

test_warn_when_kept_without_safeguards if {
	results := _results({"datasets": [_ds({"development_end": "2026-06-30", "post_development": {"kept": true, "access_restricted": false}})]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/retention/post_development/purpose"],
		["fail", "/datasets/0/retention/post_development/subset_description"],
		["fail", "/datasets/0/retention/post_development/access_restricted"],
	}
	some r in results
	r.pointer == "/datasets/0/retention/post_development/access_restricted"
	contains(r.message, "restricted access (GDPR art. 25(2))")
}

test_fail_when_no_dataset_declared if {
	testing.decisions(_results({"personal_data": {"processed": true}})) == {["fail", "/datasets"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "x", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "national_security"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := ret_02.results with input as {"manifest": {"datasets": [_ds({"post_development": {"kept": false}})]}, "options": {"lang": "fr"}}
	some r in results
	ret_02.rule_info.title.fr == "Conservation pour le développement distinguée de celle pour la maintenance ou l'amélioration"
	startswith(r.message, "Le jeu de données ds-web n'indique pas quand sa phase de développement prend fin")
}
