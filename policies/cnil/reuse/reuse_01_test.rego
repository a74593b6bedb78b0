package cnil.reuse.reuse_01_test

import data.cnil.reuse.reuse_01
import data.cnilpolicy.lib.testing

_dataset := {
	"id": "ds-wiki",
	"contains_personal_data": true,
	"source_type": "public_dataset_reuse",
	"source_description": "French Wikipedia dump",
	"source_url": "https://dumps.wikimedia.org/frwiki/",
}

_manifest(datasets) := {"personal_data": {"processed": true}, "datasets": datasets}

_results(manifest) := results if {
	results := reuse_01.results with input as {"manifest": manifest}
}

test_pass_when_source_declared if {
	results := _results(_manifest([_dataset]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/source_type"]}
	some r in results
	r.message == "The way dataset ds-wiki was obtained is declared (source_type: reuse of a published dataset): French Wikipedia dump"
}

test_url_only_needed_for_public_datasets if {
	dataset := object.union(object.remove(_dataset, ["source_url"]), {"source_type": "direct_collection"})
	testing.decisions(_results(_manifest([dataset]))) == {["pass", "/datasets/0/source_type"]}
	results := _results(_manifest([object.remove(_dataset, ["source_url"])]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/source_url"]}
}

test_fail_without_source_type if {
	results := _results(_manifest([object.remove(_dataset, ["source_type"])]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/source_type"]}
	some r in results
	contains(r.message, "ds-wiki: source_type is missing")
}

test_fail_with_unknown_source_type if {
	some r in _results(_manifest([object.union(_dataset, {"source_type": "bought"})]))
	r.decision == "fail"
	contains(r.message, `source_type "bought" is not one of`)
}

test_fail_without_description if {
	testing.decisions(_results(_manifest([object.remove(_dataset, ["source_description", "id"])]))) == {["fail", "/datasets/0/source_description"]}
	some r in _results(_manifest([object.remove(_dataset, ["source_description", "id"])]))
	contains(r.message, "datasets[0]: source_description is missing")
}

test_fail_without_datasets if {
	testing.decisions(_results({})) == {["fail", "/datasets"]}
	testing.decisions(_results(_manifest([]))) == {["fail", "/datasets"]}
}

test_not_applicable_without_personal_dataset if {
	testing.decisions(_results(_manifest([{"id": "ds-synth", "contains_personal_data": false}]))) == {["not_applicable", "/datasets"]}
}

test_non_personal_datasets_are_skipped if {
	testing.decisions(_results(_manifest([{"id": "ds-synth", "contains_personal_data": false}, _dataset]))) == {["pass", "/datasets/1/source_type"]}
}

test_not_applicable_outside_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := reuse_01.results with input as {"manifest": _manifest([_dataset]), "options": {"lang": "fr"}}
	some r in results
	reuse_01.rule_info.title.fr == "Le mode d'obtention de chaque jeu de données est déclaré"
	r.message == "Le mode d'obtention du jeu de données ds-wiki est déclaré (source_type : réutilisation d'un jeu de données publié) : French Wikipedia dump"
}
