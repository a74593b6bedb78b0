# Facts about the reuse of personal data (step 4).
#
# Whether a dataset built by reusing the controller's own data needs a
# compatibility test under GDPR art. 6(4) (rules REUSE-02 and REUSE-03).
# The test is required unless the manifest shows that training was
# disclosed at collection or that the reuse rests on consent or on
# Union or Member State law: an undeclared answer keeps the test required.
# A declared reuse basis counts only when the legal basis of the activities
# that use the dataset supports it (consent for consent; a legal obligation
# or a public task for Union or Member State law): the exemption follows from
# the activities' facts, not from the label.
package cnilpolicy.lib.facts

import data.cnilpolicy.lib.labels

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

_reuse_test_exempt(dataset) if {
	dataset.reuse.basis in reuse_bases_exempting_test
	reuse_basis_supported(dataset)
}

# The activity legal bases that support each exempting reuse basis.
_supporting_legal_bases := {
	"consent": {"consent"},
	"union_or_member_state_law": {"legal_obligation", "public_task"},
}

# The development activities that use the dataset (its id in dataset_ids);
# every development activity when none names it.
_activities_using(dataset) := using if {
	using := {i |
		some i in development_activities
		dataset.id in object.get(manifest.processing_activities[i], "dataset_ids", [])
	}
	count(using) > 0
} else := development_activities

# The legal bases of the activities that use the dataset.
reuse_activity_bases(dataset) := {b |
	some i in _activities_using(dataset)
	b := manifest.processing_activities[i].legal_basis
}

reuse_basis_supported(dataset) if {
	some b in reuse_activity_bases(dataset)
	b in _supporting_legal_bases[dataset.reuse.basis]
}

# An exempting reuse basis is declared but the activities' legal bases do not
# support it (REUSE-02 reports it).
reuse_basis_contradicted(dataset) if {
	dataset.reuse.basis in reuse_bases_exempting_test
	not reuse_basis_supported(dataset)
}

derived contains {
	"id": "compatibility_test_required",
	"value": _compatibility_test_required_value(dataset),
	"basis": [
		sprintf("dataset=%v", [object.get(dataset, "id", i)]),
		"source_type=own_data_reuse",
		sprintf("reuse.training_disclosed_at_collection=%v", [object.get(dataset, ["reuse", "training_disclosed_at_collection"], null)]),
		sprintf("reuse.basis=%v", [object.get(dataset, ["reuse", "basis"], null)]),
		reason({"en": "legal bases of the activities using it: %s", "fr": "bases légales des traitements qui l'utilisent : %s"}, [labels.words("legal_basis", reuse_activity_bases(dataset))]),
	],
	"pointer": sprintf("/datasets/%d/reuse", [i]),
} if {
	some i in personal_datasets
	dataset := manifest.datasets[i]
	dataset.source_type == "own_data_reuse"
}

_compatibility_test_required_value(dataset) if compatibility_test_required(dataset)

else := false
