package cnil.acme_governance.acme_01_test

import data.cnil.acme_governance.acme_01

_decisions(manifest) := {[r.decision, r.rule_id] | some r in acme_01.results with input as {"manifest": manifest}}

test_pass_with_a_review_board_decision if {
	_decisions({"extensions": {"acme": {"review_board_ref": "board/2025-07.pdf"}}}) == {["pass", "ACME-01"]}
}

test_fail_without_the_extension if {
	_decisions({"project": {"name": "x"}}) == {["fail", "ACME-01"]}
}

test_the_rule_describes_itself if {
	acme_01.rule_info.step == "acme_governance"
}
