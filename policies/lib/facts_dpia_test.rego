package cnilpolicy.lib.facts_dpia_test

import data.cnilpolicy.lib.facts

_screening(screening) := {"personal_data": {"processed": true}, "dpia": {"screening": screening}}

_reasons(manifest) := reasons if {
	reasons := facts.dpia_required_reasons with input as {"manifest": manifest}
}

_required(manifest) if {
	facts.dpia_required with input as {"manifest": manifest}
}

_derived(manifest) := [d |
	some d in facts.derived with input as {"manifest": manifest}
	d.id == "dpia_required"
][0]

test_art35_3_case_is_a_reason if {
	_reasons(_screening({"art35_3": ["b_large_scale_special_categories_or_criminal"]})) == {"art35_3:b_large_scale_special_categories_or_criminal"}
	_required(_screening({"art35_3": ["b_large_scale_special_categories_or_criminal"]}))
}

test_cnil_list_items_are_reasons if {
	_reasons(_screening({"cnil_list_items": [8, 14]})) == {"cnil_list:8", "cnil_list:14"}
}

test_one_edpb_criterion_is_not_enough if {
	_reasons(_screening({"edpb_criteria": ["large_scale"]})) == set()
	not _required(_screening({"edpb_criteria": ["large_scale"]}))
}

test_two_edpb_criteria_are_a_reason_sorted if {
	_reasons(_screening({"edpb_criteria": ["vulnerable_data_subjects", "large_scale"]})) == {"edpb_criteria:large_scale+vulnerable_data_subjects"}
}

test_duplicated_edpb_criterion_counts_once if {
	_reasons(_screening({"edpb_criteria": ["large_scale", "large_scale"]})) == set()
}

test_explicit_answers_count_as_criteria if {
	screening := {
		"edpb_criteria": ["large_scale"],
		"explicit_answers": {"large_scale": true, "vulnerable_data_subjects": true, "matching_combining_datasets": false},
	}
	_reasons(_screening(screening)) == {"edpb_criteria:large_scale+vulnerable_data_subjects"}
}

test_explicit_answers_as_array_are_ignored if {
	_reasons(_screening({"edpb_criteria": ["large_scale"], "explicit_answers": [true, true]})) == set()
}

test_ai_act_high_risk_is_a_reason if {
	_reasons({"personal_data": {"processed": true}, "ai_act": {"risk_level": "high"}}) == {"ai_act_high_risk"}
}

test_no_reason_when_gdpr_does_not_apply if {
	manifest := {
		"personal_data": {"processed": false},
		"ai_act": {"risk_level": "high"},
		"dpia": {"screening": {"art35_3": ["b_large_scale_special_categories_or_criminal"], "cnil_list_items": [1]}},
	}
	_reasons(manifest) == set()
	not _required(manifest)
	_derived(manifest) == {"id": "dpia_required", "value": false, "basis": [], "pointer": "/dpia/screening"}
}

test_no_reason_under_another_regime if {
	_reasons({"legal_regime": "law_enforcement", "ai_act": {"risk_level": "high"}}) == set()
}

test_lists_that_are_not_arrays_are_ignored if {
	_reasons(_screening({"art35_3": "b_large_scale_special_categories_or_criminal", "cnil_list_items": 8})) == set()
}

test_empty_manifest_requires_nothing if {
	_reasons({}) == set()
	_derived({}).value == false
}

test_derived_reports_sorted_reasons if {
	manifest := {
		"ai_act": {"risk_level": "high"},
		"dpia": {"screening": {"cnil_list_items": [7], "art35_3": ["b_large_scale_special_categories_or_criminal"]}},
	}
	_derived(manifest) == {
		"id": "dpia_required",
		"value": true,
		"basis": [
			"GDPR art. 35(3): large-scale special categories or criminal data",
			"high-risk AI system (AI Act)",
			"item 7 of the CNIL list (deliberation 2018-327)",
		],
		"pointer": "/dpia/screening",
	}
}

test_screening_conclusion_is_a_reason if {
	_reasons(_screening({"edpb_criteria": ["large_scale"], "dpia_required": true})) == {"screening_conclusion"}
}

test_negative_screening_conclusion_removes_no_reason if {
	_reasons(_screening({"cnil_list_items": [8], "dpia_required": false})) == {"cnil_list:8"}
}
