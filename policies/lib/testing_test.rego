# Helpers shared by the rules' tests. The file name ends in _test.rego so that
# cnilpolicy never loads it to evaluate a manifest.
package cnilpolicy.lib.testing

# The [decision, pointer] pairs of a rule's results: what most tests compare.
decisions(results) := {[r.decision, r.pointer] | some r in results}

test_decisions_pairs_each_decision_with_its_pointer if {
	decisions([
		{"decision": "fail", "pointer": "/a", "message": "x"},
		{"decision": "pass", "pointer": "/b"},
		{"decision": "fail", "pointer": "/a", "message": "y"},
	]) == {["fail", "/a"], ["pass", "/b"]}
}
