package cnil.retention.ret_04_test

import data.cnil.retention.ret_04
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := ret_04.results with input as {"manifest": manifest}
}

_ds(retention) := {"id": "ds-claims", "retention": retention}

test_pass_when_deletion_implemented_and_verified if {
	results := _results({"datasets": [_ds({"deletion_mechanism": "automated_purge", "deletion_verification": "logged"})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention"]}
	some r in results
	r.message == "Dataset ds-claims: deletion at the end of the period is implemented (retention.deletion_mechanism: automated purge) and verified (retention.deletion_verification: logged)."
}

test_warn_when_verification_is_none if {
	results := _results({"datasets": [_ds({"deletion_mechanism": "manual_procedure", "deletion_verification": "none"})]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/deletion_verification"]}
	some r in results
	r.severity == "warning"
	contains(r.message, "ds-claims does not verify deletion")
}

test_warn_when_undeclared if {
	testing.decisions(_results({"datasets": [{"id": "a"}]})) == {
		["fail", "/datasets/0/retention/deletion_mechanism"],
		["fail", "/datasets/0/retention/deletion_verification"],
	}
}

test_warn_on_unknown_values if {
	results := _results({"datasets": [_ds({"deletion_mechanism": "tape_shredding", "deletion_verification": "trusted"})]})
	{[r.decision, r.pointer] | some r in results} == {
		["fail", "/datasets/0/retention/deletion_mechanism"],
		["fail", "/datasets/0/retention/deletion_verification"],
	}
	some r in results
	contains(r.message, `is "tape_shredding", which is neither automated_purge nor manual_procedure`)
}

test_fail_when_no_dataset_declared if {
	testing.decisions(_results({})) == {["fail", "/datasets"]}
}

test_not_applicable_cases if {
	testing.decisions(_results({"datasets": [{"id": "x", "contains_personal_data": false}]})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
	testing.decisions(_results({"legal_regime": "law_enforcement"})) == {["not_applicable", "/legal_regime"]}
}

test_french_texts if {
	results := ret_04.results with input as {"manifest": {"datasets": [_ds({"deletion_mechanism": "automated_purge"})]}, "options": {"lang": "fr"}}
	some r in results
	ret_04.rule_info.title.fr == "Suppression en fin de durée de conservation mise en œuvre et vérifiée"
	startswith(r.message, "Le jeu de données ds-claims ne déclare aucune vérification de la suppression")
}
