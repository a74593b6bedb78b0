package cnilpolicy.rules_test

import data.cnilpolicy.main
import data.cnilpolicy.rules

test_every_rule_package_describes_itself if {
	rules.undescribed == set()
	rules.without_results == set()
	count(rules.catalog) == count([rule | some step, rule; data.cnil[step][rule].results])
}

test_every_result_has_its_description if {
	ids := {r.rule_id | some r in main.results} with input as {"manifest": {}}
	every id in ids {
		rules.catalog[id].title.en
	}
}

test_descriptions_follow_the_selected_steps_and_language if {
	catalog := rules.catalog with input as {"options": {"steps": ["scope"], "lang": "fr"}}
	{d.step | some d in catalog} == {"scope"}
	catalog["SCOPE-01"].rule_id == "SCOPE-01"
	catalog["SCOPE-01"].references != rules.catalog["SCOPE-01"].references
}

test_a_package_without_description_is_reported if {
	rules.undescribed == {"cnil.scope.scope_01"} with data.cnil.scope.scope_01 as {"results": set()}
		with input as {"options": {"steps": ["scope"]}}
}

test_a_package_without_a_results_rule_is_reported if {
	rules.without_results == {"cnil.scope.scope_01"} with data.cnil.scope.scope_01 as {"rule_info": {"rule_id": "SCOPE-01"}}
		with input as {"options": {"steps": ["scope"]}}
}

test_a_package_whose_results_are_empty_has_a_results_rule if {
	rules.without_results == set() with data.cnil.scope.scope_01 as {"rule_info": {"rule_id": "SCOPE-01"}, "results": set()}
		with input as {"options": {"steps": ["scope"]}}
}
