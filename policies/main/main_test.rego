package cnilpolicy.main_test

import data.cnilpolicy.main

_no_personal_data := {"personal_data": {"processed": false, "screening_ref": "docs/screening.md"}}

test_results_cover_the_selected_steps_only if {
	results := main.results with input as {"manifest": _no_personal_data, "options": {"steps": ["scope"]}}
	count(results) > 0
	every r in results {
		r.step == "scope"
	}
}

test_every_step_when_none_is_selected if {
	steps := {r.step | some r in main.results} with input as {"manifest": _no_personal_data}
	"scope" in steps
}

test_an_unknown_step_gives_no_result if {
	count(main.results) == 0 with input as {"manifest": _no_personal_data, "options": {"steps": ["nope"]}}
}

test_no_rule_is_silent_on_an_empty_manifest if {
	main.silent_rules == [] with input as {"manifest": {}}
}

test_a_silent_rule_is_reported if {
	main.silent_rules == ["cnil.scope.scope_01"] with data.cnil.scope.scope_01.results as set()
		with input as {"manifest": {}, "options": {"steps": ["scope"]}}
}

test_derived_facts_are_reported if {
	facts := main.derived_facts with input as {"manifest": _no_personal_data}
	some f in facts
	f.id == "gdpr_applies"
	f.value == false
}

test_the_policy_version_is_semantic if {
	regex.match(`^\d+\.\d+\.\d+$`, main.policy_version)
}

test_a_package_without_a_results_rule_is_not_read_per_manifest if {
	# data.cnilpolicy.rules.without_results lists it, once per run.
	silent := main.silent_rules with data.cnil.scope.scope_01 as {"rule_info": {"rule_id": "SCOPE-01"}}
		with input as {"manifest": {}, "options": {"steps": ["scope"]}}
	silent == []
}
