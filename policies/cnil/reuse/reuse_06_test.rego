package cnil.reuse.reuse_06_test

import data.cnil.reuse.reuse_06
import data.cnilpolicy.lib.testing

_dataset := {
	"id": "ds-web",
	"contains_personal_data": true,
	"information_measure_ref": "https://example.org/privacy",
	"rights_procedure_ref": "https://example.org/rights",
}

_manifest(datasets) := {"personal_data": {"processed": true}, "datasets": datasets}

# The cnil-2024 pack: the information and rights steps are not evaluated, so this rule judges.
_steps_2024 := ["scope", "purpose", "responsibilities", "legal_basis", "reuse", "minimisation", "retention", "dpia"]

_results(manifest) := results if {
	results := reuse_06.results with input as {"manifest": manifest, "options": {"steps": _steps_2024}}
}

test_pass_when_information_and_rights_linked if {
	results := _results(_manifest([_dataset]))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0"]}
	some r in results
	r.message == "Dataset ds-web: data subjects are informed through https://example.org/privacy and exercise their rights through https://example.org/rights."
}

test_fail_without_information if {
	results := _results(_manifest([object.remove(_dataset, ["information_measure_ref"])]))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/information_measure_ref"]}
	some r in results
	contains(r.message, "GDPR art. 12 to 14")
}

test_fail_without_rights_procedure if {
	testing.decisions(_results(_manifest([object.remove(_dataset, ["rights_procedure_ref"])]))) == {["fail", "/datasets/0/rights_procedure_ref"]}
}

test_non_personal_datasets_are_skipped if {
	manifest := _manifest([{"id": "ds-synth", "contains_personal_data": false}, {"id": "ds-new"}])
	testing.decisions(_results(manifest)) == {["fail", "/datasets/1/information_measure_ref"], ["fail", "/datasets/1/rights_procedure_ref"]}
}

test_not_applicable_without_personal_dataset_or_gdpr if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := reuse_06.results with input as {"manifest": _manifest([object.remove(_dataset, ["rights_procedure_ref"])]), "options": {"lang": "fr", "steps": _steps_2024}}
	some r in results
	reuse_06.rule_info.title.fr == "Le réutilisateur informe les personnes et leur permet d'exercer leurs droits"
	startswith(r.message, "Jeu de données ds-web : rights_procedure_ref est absent.")
}

# One owner per fact: with INFO-01 and RIGHTS-01 in the pack, this rule refers to them.
test_refers_to_the_owners_when_they_are_evaluated if {
	manifest := _manifest([object.remove(_dataset, ["information_measure_ref", "rights_procedure_ref"])])
	results := reuse_06.results with input as {"manifest": manifest}
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/datasets/0"]}
	some r in results
	r.message == concat("", [
		"Dataset ds-web: information_measure_ref, rights_procedure_ref missing; INFO-01, RIGHTS-01 judges it in this pack ",
		"(one rule owns each fact; this rule judges it only in a pack without that rule, such as cnil-2024).",
	])
	only_information := reuse_06.results with input as {"manifest": manifest, "options": {"steps": ["reuse", "information"]}}
	{[r.decision, r.pointer] | some r in only_information} == {["not_applicable", "/datasets/0"], ["fail", "/datasets/0/rights_procedure_ref"]}
}
