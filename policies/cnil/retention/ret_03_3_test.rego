package cnil.retention.ret_03_3_test

import data.cnil.retention.ret_03_3
import data.cnilpolicy.lib.testing

_results(manifest) := results if {
	results := ret_03_3.results with input as {"manifest": manifest}
}

_ds(retention) := {"id": "ds-chats", "retention": retention}

test_warn_on_a_written_other_ground if {
	retention := {"period": "P5Y", "long_retention_justification": "other", "long_retention_other_ground": "Kept in case a customer disputes an answer."}
	results := _results({"datasets": [_ds(retention)]})
	{[r.decision, r.pointer] | some r in results} == {["fail", "/datasets/0/retention/long_retention_other_ground"]}
	some r in results
	r.severity == "warning"
	contains(r.message, `"Kept in case a customer disputes an answer."`)
}

test_pass_on_a_named_ground if {
	results := _results({"datasets": [_ds({"period": "P5Y", "long_retention_justification": "community_standard"})]})
	{[r.decision, r.pointer] | some r in results} == {["pass", "/datasets/0/retention/long_retention_justification"]}
	some r in results
	contains(r.message, "on a ground the CNIL names: community standard")
}

test_not_applicable_without_a_valid_ground if {
	testing.decisions(_results({"datasets": [_ds({"period": "P5Y", "long_retention_justification": "other"})]})) == {["not_applicable", "/datasets/0/retention/long_retention_justification"]}
	testing.decisions(_results({"datasets": [_ds({"period": "P5Y"})]})) == {["not_applicable", "/datasets/0/retention/long_retention_justification"]}
}

test_not_applicable_without_long_retention if {
	results := _results({"datasets": [_ds({"period": "P6M"})]})
	{[r.decision, r.pointer] | some r in results} == {["not_applicable", "/datasets"]}
	some r in results
	contains(r.message, "beyond 365 days, cnilpolicy's threshold")
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}
