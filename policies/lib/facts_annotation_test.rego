package cnilpolicy.lib.facts_annotation_test

import data.cnilpolicy.lib.facts

_derived(manifest) := f if {
	some f in facts.derived with input as {"manifest": manifest}
	f.id == "annotation_performed"
}

test_annotation_evidence_listed if {
	manifest := {
		"annotation": {"guidelines_ref": "g.md"},
		"datasets": [{"annotated": true}, {"ai_act_governance": {"preparation_ops": ["labelling"]}}],
	}
	f := _derived(manifest)
	f.value == true
	f.basis == ["/annotation", "/datasets/0/annotated", "/datasets/1/ai_act_governance/preparation_ops"]
}

test_no_annotation if {
	f := _derived({"annotation": {}, "datasets": [{"annotated": false, "ai_act_governance": {"preparation_ops": ["cleaning"]}}]})
	f.value == false
	f.basis == []
}
