package cnil.reuse.reuse_02_test

import data.cnil.reuse.reuse_02
import data.cnilpolicy.lib.testing

_dataset := {
	"id": "ds-support",
	"contains_personal_data": true,
	"source_type": "own_data_reuse",
	"reuse": {"original_purpose": "Customer support", "training_disclosed_at_collection": false, "basis": "other"},
	"compatibility_test": {"ref": "docs/compat.pdf", "result": "compatible"},
}

_manifest(datasets) := {"personal_data": {"processed": true}, "datasets": datasets, "processing_activities": [{"id": "pa-train", "legal_basis": "public_task"}]}

_results(manifest) := results if {
	results := reuse_02.results with input as {"manifest": manifest}
}

# object.union merges nested objects: replace a sub-block instead.
_replace(obj, key, value) := object.union(object.remove(obj, [key]), {key: value})

test_pass_with_compatible_test if {
	results := _results(_manifest([_dataset]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/compatibility_test/result"]}
	some r in results
	r.message == `Dataset ds-support: the reuse of data collected for "Customer support" was found compatible by the test docs/compat.pdf.`
}

test_no_test_needed_when_disclosed if {
	dataset := _replace(object.remove(_dataset, ["compatibility_test"]), "reuse", object.union(_dataset.reuse, {"training_disclosed_at_collection": true}))
	testing.decisions(_results(_manifest([dataset]))) == {["pass", "/datasets/0/reuse/training_disclosed_at_collection"]}
}

test_no_test_needed_on_consent_or_law if {
	dataset := _replace(object.remove(_dataset, ["compatibility_test"]), "reuse", object.union(_dataset.reuse, {"basis": "union_or_member_state_law"}))
	results := _results(_manifest([dataset]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/reuse/basis"]}
	some r in results
	contains(r.message, "rests on Union or Member State law")
}

test_fail_without_test if {
	results := _results(_manifest([object.remove(_dataset, ["compatibility_test"])]))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/compatibility_test/ref"],
		["fail", "/datasets/0/compatibility_test/result"],
	}
	some r in results
	r.pointer == "/datasets/0/compatibility_test/ref"
	contains(r.message, "ds-support reuses the controller's own data without consent or a legal provision")
}

test_fail_when_incompatible if {
	dataset := _replace(_dataset, "compatibility_test", {"ref": "docs/compat.pdf", "result": "incompatible"})
	results := _results(_manifest([dataset]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/compatibility_test/result"]}
	some r in results
	contains(r.message, "the compatibility test (docs/compat.pdf) concluded that training is incompatible")
}

test_fail_when_reuse_facts_missing if {
	results := _results(_manifest([object.remove(_dataset, ["reuse"])]))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/reuse/original_purpose"],
		["fail", "/datasets/0/reuse/training_disclosed_at_collection"],
		["fail", "/datasets/0/reuse/basis"],
	}
	some r in results
	r.pointer == "/datasets/0/reuse/basis"
	contains(r.message, "(declared: null)")
}

test_not_applicable_for_other_sources if {
	results := _results(_manifest([{"id": "ds-web", "source_type": "web_scraping"}, {"id": "ds-x"}]))
	{[r.decision, r.pointer] | some r in results} == {
		["not_applicable", "/datasets/0/source_type"],
		["not_applicable", "/datasets/1/source_type"],
	}
	some r in results
	contains(r.message, "ds-web (source_type: web scraping) is not obtained by reusing")
}

test_not_applicable_without_personal_dataset_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := reuse_02.results with input as {"manifest": _manifest([_dataset]), "options": {"lang": "fr"}}
	some r in results
	reuse_02.rule_info.title.fr == "Réutilisation de ses propres données : test de compatibilité lorsqu'il est requis"
	contains(r.message, "a été jugée compatible par le test docs/compat.pdf")
}

test_fail_when_the_activities_contradict_the_reuse_basis if {
	dataset := _replace(object.remove(_dataset, ["compatibility_test"]), "reuse", object.union(_dataset.reuse, {"basis": "consent"}))
	results := _results(_manifest([dataset]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/reuse/basis"], ["fail", "/datasets/0/compatibility_test/result"]}
	some r in results
	r.pointer == "/datasets/0/reuse/basis"
	contains(r.message, "declares reuse.basis consent, which would exempt the reuse from a compatibility test, but the activities that use it rest on public task")
}
