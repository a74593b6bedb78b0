package cnil.information.info_03_test

import data.cnil.information.info_03
import data.cnilpolicy.lib.testing

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
	testing.decisions(_results(manifest)) == {["fail", "/transparency/effort_balancing_ref"], ["fail", "/transparency/public_notice_url"]}
}

test_fail_for_direct_collection_under_general_notice if {
	manifest := json.patch(_manifest(_effort), [{"op": "add", "path": "/datasets/-", "value": {"id": "ds-forms", "source_type": "direct_collection"}}])
	results := _results(manifest)
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/datasets/1/source_type", "error"]}
	some r in results
	contains(r.message, "collected from the people themselves (GDPR art. 13, derived from source_type=direct_collection)")
	contains(r.message, "art. 13 offers none")
	both := json.patch(manifest, [{"op": "replace", "path": "/transparency/mode", "value": "both"}])
	testing.decisions(_results(both)) == {["pass", "/transparency/derogation"]}
}

test_already_informed if {
	testing.decisions(_results(_manifest({"mode": "general_public_notice", "derogation": "already_informed"}))) == {["fail", "/transparency/prior_notice_ref"]}
	results := _results(_manifest({"derogation": "already_informed", "prior_notice_ref": "contracts/terms-2023.pdf#privacy"}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/transparency/prior_notice_ref"]}
}

test_general_notice_without_derogation_fails if {
	results := _results(_manifest({"mode": "general_public_notice", "derogation": "none"}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/transparency/derogation"]}
	some r in results
	contains(r.message, "(transparency.derogation: no derogation)")
	testing.decisions(_results(_manifest({"mode": "general_public_notice"}))) == {["fail", "/transparency/derogation"]}
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
	contains(r.message, "(transparency.derogation: no derogation; transparency.mode: individual information)")
	some r2 in _results({})
	contains(r2.message, "(transparency.derogation: null; transparency.mode: null)")
}

test_not_applicable_without_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := info_03.results with input as {"manifest": _manifest({"derogation": "disproportionate_effort", "effort_balancing_ref": "b.pdf"}), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "transparency.derogation vaut `disproportionate_effort` mais transparency.public_notice_url est absent")
	info_03.rule_info.title.fr == "Information — des dérogations à l'information individuelle appliquées strictement"
}

test_own_data_reuse_is_art13_no_disproportionate_effort if {
	manifest := json.patch(_manifest(_effort), [{"op": "add", "path": "/datasets/-", "value": {"id": "ds-chats", "source_type": "own_data_reuse"}}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/1/source_type"]}
	some r in results
	contains(r.message, "Dataset ds-chats was collected from the people themselves (GDPR art. 13, derived from source_type=own_data_reuse)")
}

test_override_with_reason_moves_a_dataset_to_art14 if {
	dataset := {
		"id": "ds-partner", "source_type": "own_data_reuse", "collected_from_data_subject": false,
		"collected_from_data_subject_reason": "Records received from a partner insurer, not from the people",
	}
	manifest := json.patch(_manifest(_effort), [{"op": "add", "path": "/datasets/-", "value": dataset}])
	testing.decisions(_results(manifest)) == {["pass", "/transparency/derogation"]}
}

test_override_without_reason_does_not_count if {
	dataset := {"id": "ds-chats", "source_type": "own_data_reuse", "collected_from_data_subject": false}
	manifest := json.patch(_manifest(_effort), [{"op": "add", "path": "/datasets/-", "value": dataset}])
	testing.decisions(_results(manifest)) == {["fail", "/datasets/1/source_type"]}
}

test_undetermined_source_cannot_rely_on_art14_5_b if {
	manifest := json.patch(_manifest(_effort), [{"op": "add", "path": "/datasets/-", "value": {"id": "ds-synth", "source_type": "synthetic"}}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/1/source_type"]}
	some r in results
	contains(r.message, "cannot be derived (source_type=synthetic)")
}
