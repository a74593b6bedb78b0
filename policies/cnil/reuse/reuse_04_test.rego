package cnil.reuse.reuse_04_test

import data.cnil.reuse.reuse_04
import data.cnilpolicy.lib.testing

_provenance := {
	"source_stated": true,
	"unlawfulness_indicators": [],
	"collection_conditions_documented": true,
	"sensitive_or_offence_data_checked": true,
}

_dataset := {"id": "ds-wiki", "contains_personal_data": true, "source_type": "public_dataset_reuse", "provenance": _provenance}

_with_provenance(provenance) := object.union(object.remove(_dataset, ["provenance"]), {"provenance": provenance})

_manifest(datasets) := {"personal_data": {"processed": true}, "datasets": datasets}

_results(manifest) := results if {
	results := reuse_04.results with input as {"manifest": manifest}
}

test_pass_when_checked if {
	results := _results(_manifest([_dataset]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/provenance"]}
	some r in results
	startswith(r.message, "Dataset ds-wiki (reuse of a published dataset): source stated, no indicator")
}

test_third_party_datasets_are_checked if {
	dataset := object.union(_dataset, {"source_type": "third_party_acquired"})
	testing.decisions(_results(_manifest([dataset]))) == {["pass", "/datasets/0/provenance"]}
	testing.decisions(_results(_manifest([object.remove(dataset, ["provenance"])]))) == {["fail", "/datasets/0/provenance"]}
}

test_fail_on_unlawfulness_indicators if {
	results := _results(_manifest([_with_provenance(object.union(_provenance, {"unlawfulness_indicators": ["data_leak", "dark_web"]}))]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/provenance/unlawfulness_indicators"]}
	some r in results
	contains(r.message, "indicators of manifest unlawfulness (data leak, dark web): it must not be reused")
}

test_unknown_source_suspends_reuse if {
	results := _results(_manifest([_with_provenance(object.union(_provenance, {"unlawfulness_indicators": ["unknown_source"]}))]))
	some r in results
	r.decision == "fail"
	contains(r.message, "must be suspended")
}

test_fail_when_indicators_undeclared if {
	testing.decisions(_results(_manifest([_with_provenance(object.remove(_provenance, ["unlawfulness_indicators"]))]))) == {["fail", "/datasets/0/provenance/unlawfulness_indicators"]}
}

test_fail_for_each_flag_not_true if {
	provenance := object.union(object.remove(_provenance, ["sensitive_or_offence_data_checked"]), {"source_stated": false})
	results := _results(_manifest([_with_provenance(provenance)]))
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/provenance/source_stated"],
		["fail", "/datasets/0/provenance/sensitive_or_offence_data_checked"],
	}
	testing.decisions(_results(_manifest([_with_provenance(object.remove(_provenance, ["collection_conditions_documented"]))]))) == {["fail", "/datasets/0/provenance/collection_conditions_documented"]}
}

test_not_applicable_for_other_sources if {
	results := _results(_manifest([{"id": "ds-own", "source_type": "own_data_reuse"}, {"id": "ds-x"}]))
	{[r.decision, r.pointer] | some r in results} == {
		["not_applicable", "/datasets/0/source_type"],
		["not_applicable", "/datasets/1/source_type"],
	}
	some r in results
	contains(r.message, "ds-own (source_type: reuse of the organisation's own data) is not obtained from")
}

test_not_applicable_without_personal_dataset_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	provenance := object.union(_provenance, {"unlawfulness_indicators": ["theft"]})
	results := reuse_04.results with input as {"manifest": _manifest([_with_provenance(provenance)]), "options": {"lang": "fr"}}
	some r in results
	reuse_04.rule_info.title.fr == "Un jeu de données réutilisé est vérifié comme n'étant pas manifestement illicite"
	contains(r.message, "présente des indices d'illicéité manifeste (vol)")
}
