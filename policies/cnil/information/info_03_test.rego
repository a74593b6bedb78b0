package cnil.information.info_03_test

import data.cnil.information.info_03

_manifest(transparency) := {
	"personal_data": {"processed": true},
	"datasets": [{"id": "ds-web", "source_type": "web_scraping"}],
	"transparency": transparency,
}

_effort := {
	"mode": "general_public_notice",
	"derogation": "disproportionate_effort",
	"effort_balancing_ref": "docs/art14-5b.pdf",
	"public_notice_url": "https://acme.example/ai-notice",
}

_results(manifest) := results if {
	results := info_03.results with input as {"manifest": manifest}
}

_decisions(manifest) := {[r.decision, r.pointer] | some r in _results(manifest)}

test_pass_with_documented_disproportionate_effort if {
	results := _results(_manifest(_effort))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/transparency/derogation"]}
	some r in results
	r.message == concat("", [
		"Individual information is replaced by general information published at https://acme.example/ai-notice; ",
		"the weighing of the effort against the risks is documented in docs/art14-5b.pdf.",
	])
}

test_fail_without_balancing_and_public_notice if {
	manifest := _manifest({"mode": "general_public_notice", "derogation": "disproportionate_effort"})
	_decisions(manifest) == {["fail", "/transparency/effort_balancing_ref"], ["fail", "/transparency/public_notice_url"]}
}

test_fail_for_direct_collection_under_general_notice if {
	manifest := json.patch(_manifest(_effort), [{"op": "add", "path": "/datasets/-", "value": {"id": "ds-forms", "source_type": "direct_collection"}}])
	results := _results(manifest)
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/datasets/1/source_type", "error"]}
	some r in results
	contains(r.message, "GDPR art. 13 offers no disproportionate-effort derogation")
	both := json.patch(manifest, [{"op": "replace", "path": "/transparency/mode", "value": "both"}])
	_decisions(both) == {["pass", "/transparency/derogation"]}
}

test_already_informed if {
	_decisions(_manifest({"mode": "general_public_notice", "derogation": "already_informed"})) == {["fail", "/transparency/prior_notice_ref"]}
	results := _results(_manifest({"derogation": "already_informed", "prior_notice_ref": "contracts/terms-2023.pdf#privacy"}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/transparency/prior_notice_ref"]}
}

test_general_notice_without_derogation_fails if {
	results := _results(_manifest({"mode": "general_public_notice", "derogation": "none"}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/transparency/derogation"]}
	some r in results
	contains(r.message, "(transparency.derogation: none)")
	_decisions(_manifest({"mode": "general_public_notice"})) == {["fail", "/transparency/derogation"]}
}

test_unknown_derogation if {
	results := _results(_manifest({"mode": "individual", "derogation": "too_costly"}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/transparency/derogation"]}
	some r in results
	contains(r.message, "\"too_costly\"")
}

test_not_applicable_without_derogation if {
	results := _results(_manifest({"mode": "individual", "derogation": "none"}))
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/transparency/derogation"]}
	some r in results
	contains(r.message, "(transparency.derogation: none; transparency.mode: individual)")
	some r2 in _results({})
	contains(r2.message, "(transparency.derogation: null; transparency.mode: null)")
}

test_not_applicable_without_gdpr if {
	_decisions({"personal_data": {"processed": false}}) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := info_03.results with input as {"manifest": _manifest({"derogation": "disproportionate_effort", "effort_balancing_ref": "b.pdf"}), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "transparency.derogation vaut disproportionate_effort mais transparency.public_notice_url est absent")
	info_03.rule_info.title == "Information — des dérogations à l'information individuelle appliquées strictement" with input.options.lang as "fr"
}
