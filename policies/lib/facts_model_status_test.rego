package cnilpolicy.lib.facts_model_status_test

import data.cnilpolicy.lib.facts

_derived(manifest, id) := value if {
	some f in facts.derived with input as {"manifest": manifest}
	f.id == id
	value := f.value
}

test_model_presumed_personal_when_undeclared if {
	_derived({}, "model_presumed_personal") == true
	_derived({"model": {"status": "not_assessed"}}, "model_presumed_personal") == true
}

test_anonymous_model_not_presumed_personal if {
	_derived({"model": {"status": "anonymous", "anonymity_analysis_ref": "reports/anonymity.pdf"}}, "model_presumed_personal") == false
}

# A bare "anonymous" label does not rebut the presumption: the analysis must be referenced.
test_anonymous_without_analysis_stays_presumed_personal if {
	_derived({"model": {"status": "anonymous"}}, "model_presumed_personal") == true
}
