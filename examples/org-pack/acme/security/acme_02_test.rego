package cnil.security.acme_02_test

import data.cnil.security.acme_02

_decisions(manifest) := {[r.decision, r.message] | some r in acme_02.results with input as {"manifest": manifest}}

test_pass_on_an_acme_forge if {
	_decisions({"project": {"repository": "https://git.acme.example/ai/x"}}) == {["pass", "The code is on ACME's forge https://git.acme.example/."]}
}

test_fail_elsewhere if {
	some d in _decisions({"project": {"repository": "https://github.com/acme/x"}})
	d[0] == "fail"
}

test_fail_when_undeclared if {
	some d in _decisions({"project": {}})
	d[0] == "fail"
	contains(d[1], "missing")
}

test_the_rule_describes_itself if {
	acme_02.rule_info.rule_id == "ACME-02"
}
