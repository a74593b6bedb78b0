package cnil.open_source.oss_02_test

import data.cnil.open_source.oss_02
import data.cnilpolicy.lib.testing

_distribution := {
	"mode": "open_weights",
	"open_source_practices": ["weights"],
	"licence_restricts_uses": true,
	"model_card_ref": "https://huggingface.co/acme/model",
	"pre_release_privacy_tests_ref": "reports/extraction.pdf",
	"lineage_declared": ["mistral-7b-v0.1"],
}

_manifest(distribution, status) := {
	"personal_data": {"processed": true},
	"model": {"status": status},
	"distribution": distribution,
}

_results(manifest) := results if {
	results := oss_02.results with input as {"manifest": manifest}
}

test_pass_with_all_safeguards if {
	results := _results(_manifest(_distribution, "personal_data"))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/distribution"]}
	some r in results
	contains(r.message, "(model.status: holding personal data)")
}

test_lineage_must_be_a_non_empty_list if {
	testing.decisions(_results(_manifest(object.union(_distribution, {"lineage_declared": true}), "personal_data"))) == {["fail", "/distribution/lineage_declared"]}
	testing.decisions(_results(_manifest(object.union(_distribution, {"lineage_declared": ["trained from scratch"]}), "personal_data"))) == {["pass", "/distribution"]}
}

test_warn_for_each_missing_safeguard if {
	results := _results(_manifest({"mode": "fully_open", "lineage_declared": []}, "not_assessed"))
	{[r.decision, r.pointer, r.severity] | some r in results} == {
		["fail", "/distribution/licence_restricts_uses", "warning"],
		["fail", "/distribution/model_card_ref", "warning"],
		["fail", "/distribution/pre_release_privacy_tests_ref", "warning"],
		["fail", "/distribution/lineage_declared", "warning"],
	}
}

test_warn_when_licence_does_not_restrict if {
	results := _results(_manifest(object.union(_distribution, {"licence_restricts_uses": false}), "personal_data"))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/distribution/licence_restricts_uses"]}
	some r in results
	contains(r.message, "distribution.licence_restricts_uses is not true (declared: false)")
}

test_missing_status_counts_as_not_anonymous if {
	manifest := json.remove(_manifest(json.remove(_distribution, ["model_card_ref"]), ""), ["model"])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/distribution/model_card_ref"]}
	some r in results
	contains(r.message, "(model.status: null)")
}

test_not_applicable_when_anonymous if {
	testing.decisions(_results(_manifest({"mode": "open_weights"}, "anonymous"))) == {["not_applicable", "/model/status"]}
}

test_not_applicable_when_closed_or_undeclared if {
	testing.decisions(_results(_manifest({"mode": "closed"}, "personal_data"))) == {["not_applicable", "/distribution/mode"]}
	results := _results({})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/distribution/mode"]}
	some r in results
	contains(r.message, "OSS-01")
}

test_not_applicable_without_gdpr if {
	testing.decisions(_results(object.union(_manifest(_distribution, "personal_data"), {"legal_regime": "law_enforcement"}))) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := oss_02.results with input as {"manifest": _manifest(json.remove(_distribution, ["pre_release_privacy_tests_ref"]), "personal_data"), "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "distribution.pre_release_privacy_tests_ref est absent")
	startswith(oss_02.rule_info.title.fr, "Diffusion en source ouverte — garanties")
}
