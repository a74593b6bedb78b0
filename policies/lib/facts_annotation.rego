# Facts about the annotation of the datasets
# The annotation rules apply when the manifest declares an annotation
# section, when a dataset says it is annotated (datasets[].annotated), or
# when a dataset's AI Act data-governance record lists annotation or
# labelling among its preparation operations.
package cnilpolicy.lib.facts

# Where the manifest shows that data is annotated (JSON pointers).
annotation_evidence contains "/annotation" if filled(manifest.annotation)

annotation_evidence contains sprintf("/datasets/%d/annotated", [i]) if {
	some i, dataset in manifest.datasets
	dataset.annotated == true
}

annotation_evidence contains sprintf("/datasets/%d/ai_act_governance/preparation_ops", [i]) if {
	some i, dataset in manifest.datasets
	some operation in dataset.ai_act_governance.preparation_ops
	operation in {"annotation", "labelling"}
}

annotation_performed if count(annotation_evidence) > 0

derived contains {
	"id": "annotation_performed",
	"value": annotation_performed_value,
	"basis": sort(annotation_evidence),
	"pointer": "/annotation",
}

annotation_performed_value if annotation_performed

else := false

# Indexes of the datasets whose data is annotated: annotated: true, or annotation or
# labelling among the preparation operations of their AI Act data-governance record.
annotated_datasets contains i if {
	some i, dataset in manifest.datasets
	dataset.annotated == true
}

annotated_datasets contains i if {
	some i, dataset in manifest.datasets
	some operation in dataset.ai_act_governance.preparation_ops
	operation in {"annotation", "labelling"}
}
