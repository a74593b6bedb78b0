package cnil.reuse.reuse_05_test

import data.cnil.reuse.reuse_05
import data.cnilpolicy.lib.testing

_dataset := {
	"id": "ds-bank",
	"contains_personal_data": true,
	"source_type": "third_party_acquired",
	"provenance": {
		"acquisition_contract_ref": "contracts/dpa.pdf",
		"contract_covers": ["source", "collection_context", "legal_basis", "data_subject_information", "lawfulness_warranty"],
	},
}

_manifest(datasets) := {"personal_data": {"processed": true}, "datasets": datasets}

_results(manifest) := results if {
	results := reuse_05.results with input as {"manifest": manifest}
}

test_pass_with_contract_covering_the_clauses if {
	results := _results(_manifest([_dataset]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/provenance/acquisition_contract_ref"]}
	some r in results
	contains(r.message, "ds-bank: the acquisition contract contracts/dpa.pdf covers")
}

test_warn_without_contract if {
	results := _results(_manifest([object.remove(_dataset, ["provenance"])]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/provenance/acquisition_contract_ref"]}
	some r in results
	r.severity == "warning"
}

test_warn_on_missing_clauses if {
	dataset := object.union(object.remove(_dataset, ["provenance"]), {"provenance": {"acquisition_contract_ref": "c.pdf", "contract_covers": ["source"]}})
	results := _results(_manifest([dataset]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/provenance/contract_covers"]}
	some r in results
	contains(r.message, "(c.pdf) does not cover data_subject_information, lawfulness_warranty, legal_basis")

	no_list := object.union(object.remove(_dataset, ["provenance"]), {"provenance": {"acquisition_contract_ref": "c.pdf"}})
	testing.decisions(_results(_manifest([no_list]))) == {["fail", "/datasets/0/provenance/contract_covers"]}
}

test_not_applicable_for_other_sources if {
	results := _results(_manifest([{"id": "ds-wiki", "source_type": "public_dataset_reuse"}, {"id": "ds-x"}]))
	{[r.decision, r.pointer] | some r in results} == {
		["not_applicable", "/datasets/0/source_type"],
		["not_applicable", "/datasets/1/source_type"],
	}
	some r in results
	contains(r.message, "ds-wiki (source_type: reuse of a published dataset) is not acquired")
}

test_not_applicable_without_personal_dataset_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := reuse_05.results with input as {"manifest": _manifest([object.remove(_dataset, ["provenance"])]), "options": {"lang": "fr"}}
	some r in results
	reuse_05.rule_info.title.fr == "Un jeu de données acquis auprès d'un tiers est encadré par un contrat"
	startswith(r.message, "Le jeu de données ds-bank est acquis auprès d'un tiers mais provenance.acquisition_contract_ref est absent")
}
