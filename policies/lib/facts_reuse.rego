# Facts about the reuse of personal data (step 4).
#
# Whether a dataset built by reusing the controller's own data needs a
# compatibility test under GDPR art. 6(4) (rules REUSE-02 and REUSE-03).
# The test is required unless the manifest shows that training was
# disclosed at collection or that the reuse rests on consent or on
# Union or Member State law: an undeclared answer keeps the test required.
package cnilpolicy.lib.facts

# The reuse bases that exempt further processing from the art. 6(4) test.
reuse_bases_exempting_test := {"consent", "union_or_member_state_law"}

# A dataset reusing the controller's own data whose further processing needs
# a compatibility test (⚪ computed: not training_disclosed_at_collection and
# basis == other, read conservatively).
compatibility_test_required(dataset) if {
	dataset.source_type == "own_data_reuse"
	not _reuse_test_exempt(dataset)
}

_reuse_test_exempt(dataset) if dataset.reuse.training_disclosed_at_collection == true

_reuse_test_exempt(dataset) if dataset.reuse.basis in reuse_bases_exempting_test

derived contains {
	"id": "compatibility_test_required",
	"value": _compatibility_test_required_value(dataset),
	"basis": [
		sprintf("dataset=%v", [object.get(dataset, "id", i)]),
		"source_type=own_data_reuse",
		sprintf("reuse.training_disclosed_at_collection=%v", [object.get(dataset, ["reuse", "training_disclosed_at_collection"], null)]),
		sprintf("reuse.basis=%v", [object.get(dataset, ["reuse", "basis"], null)]),
	],
	"pointer": sprintf("/datasets/%d/reuse", [i]),
} if {
	some i in personal_datasets
	dataset := manifest.datasets[i]
	dataset.source_type == "own_data_reuse"
}

_compatibility_test_required_value(dataset) if compatibility_test_required(dataset)

else := false
