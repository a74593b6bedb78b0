package cnilpolicy.lib.facts_dpia_derived_test

import data.cnilpolicy.lib.facts

_items(manifest) := items if {
	items := facts.dpia_cnil_items_derived with input as {"manifest": manifest}
}

_criteria(manifest) := criteria if {
	criteria := facts.dpia_edpb_criteria_derived with input as {"manifest": manifest}
}

_profiling := {"ai_act": {"performs_profiling": true}}

_uses(uses) := object.union(_profiling, {"ai_system": {"intended_uses": uses}})

_health(extra) := object.union({"datasets": [{"id": "ds", "special_categories": [{"category": "health_data"}]}]}, extra)

test_item_3_profiling_for_hr if {
	_items(_uses(["recruitment"])) == {3}
	_items(_uses(["workforce_management"])) == {3}
	_items(object.union(_profiling, {"ai_act": {"annex_iii_area": "employment"}})) == {3}
	_items({"ai_system": {"intended_uses": ["recruitment"]}}) == set()
}

test_item_3_basis_names_the_facts if {
	basis := facts.dpia_cnil_item_basis(3) with input as {"manifest": _uses(["other", "recruitment"])}
	basis == `ai_act.performs_profiling=true (/ai_act/performs_profiling) + ai_system.intended_uses.1="recruitment" (/ai_system/intended_uses/1)`
}

test_item_1_health_data_in_a_care_establishment if {
	_items(_health({"organisation": {"sector": "health_or_medico_social_care"}})) == {1}
	_items(_health({"organisation": {"sector": "research"}})) == set()
}

test_item_4_and_7_and_8_from_uses if {
	_items({"ai_system": {"intended_uses": ["employee_monitoring"]}}) == {4}
	_items(_health({"ai_system": {"intended_uses": ["health_data_warehouse_or_registry"]}})) == {7}
	_items(_uses(["fraud_detection"])) == {8}
	_items(_uses(["credit_scoring", "insurance_pricing"])) == {8}
}

test_item_10_profiling_with_external_sources if {
	_items(object.union(_profiling, {"datasets": [{"id": "ds", "source_type": "web_scraping"}]})) == {10}
	_items(object.union(_profiling, {"datasets": [{"id": "ds", "source_type": "third_party_acquired"}]})) == {10}
	_items(object.union(_profiling, {"datasets": [{"id": "ds", "source_type": "own_data_reuse"}]})) == set()
}

# A processor's datasets come from its controller, whose own data they are.
test_item_10_not_for_a_processor_working_on_its_clients_data if {
	manifest := object.union(_profiling, {
		"datasets": [{"id": "ds", "source_type": "third_party_acquired"}],
		"processing_activities": [{"id": "pa", "gdpr_role": "processor"}],
	})
	_items(manifest) == set()
}

test_item_11_biometrics_of_vulnerable_people if {
	dataset := {"id": "ds", "special_categories": ["biometric_data_for_unique_identification"], "data_subjects": ["pupils"]}
	_items({"datasets": [dataset]}) == {11}
	_items({"datasets": [object.union(dataset, {"data_subjects": ["customers"]})]}) == set()
}

test_item_14_location_at_large_scale if {
	dataset := {"id": "ds", "personal_data_categories": [{"name": "gps", "kind": "location"}], "data_subjects_count": 250000}
	_items({"datasets": [dataset]}) == {14}
	_items({"datasets": [object.union(dataset, {"data_subjects_count": 5000})]}) == set()
	_items({"datasets": [object.union(dataset, {"data_subjects_count": 5000})], "dpia": {"screening": {"edpb_criteria": ["large_scale"]}}}) == {14}
}

test_large_scale_threshold_is_the_tools if {
	_criteria({"datasets": [{"id": "ds", "data_subjects_count": 100001}]}) == {"large_scale"}
	_criteria({"datasets": [{"id": "ds", "data_subjects_count": 100000}]}) == set()
	_criteria({"datasets": [{"id": "ds", "data_subjects_count": 20}]}) == {"large_scale"} with data.lib.thresholds.large_scale_data_subjects as 10
	basis := facts.dpia_edpb_criterion_basis("large_scale") with input as {"manifest": {"datasets": [{"id": "ds", "data_subjects_count": 100001}]}}
	contains(basis, "> 100000, the tool's threshold (policies/lib/thresholds/data.yaml)")
}

test_edpb_criteria_from_facts if {
	_criteria(_uses(["public_space_monitoring"])) == {"evaluation_scoring", "systematic_monitoring"}
	_criteria({"datasets": [{"id": "ds", "criminal_convictions_offences": true}]}) == {"sensitive_or_highly_personal_data"}
	_criteria({"datasets": [{"id": "ds", "personal_data_categories": [{"kind": "financial"}]}]}) == {"sensitive_or_highly_personal_data"}
	_criteria({"datasets": [{"id": "ds", "data_subjects": ["job_applicants"]}]}) == {"vulnerable_data_subjects"}
	_criteria({"datasets": [{"id": "ds", "contains_personal_data": false, "data_subjects": ["minors"]}]}) == set()
}

test_matching_combining_needs_two_origins_in_one_activity if {
	datasets := [{"id": "a", "source_type": "own_data_reuse"}, {"id": "b", "source_type": "third_party_acquired"}]
	_criteria({"datasets": datasets, "processing_activities": [{"id": "pa", "dataset_ids": ["a", "b"]}]}) == {"matching_combining_datasets"}
	_criteria({"datasets": datasets, "processing_activities": [{"id": "pa", "dataset_ids": ["a"]}, {"id": "pb", "dataset_ids": ["b"]}]}) == set()
}

test_exception_needs_justification_and_dpo_advice if {
	facts.dpia_edpb_exception with input as {"manifest": {"dpia": {"screening": {"edpb_exception": {"justification": "j", "dpo_advice_ref": "r"}}}}}
	not facts.dpia_edpb_exception with input as {"manifest": {"dpia": {"screening": {"edpb_exception": {"justification": "j"}}}}}
}

test_exception_removes_only_the_edpb_reason if {
	manifest := {
		"personal_data": {"processed": true},
		"dpia": {"screening": {"edpb_criteria": ["large_scale", "evaluation_scoring"], "edpb_exception": {"justification": "j", "dpo_advice_ref": "r"}}},
	}
	reasons := facts.dpia_required_reasons with input as {"manifest": manifest}
	reasons == set()
	with_item := json.patch(manifest, [{"op": "add", "path": "/dpia/screening/cnil_list_items", "value": [8]}])
	{"cnil_list:8"} == facts.dpia_required_reasons with input as {"manifest": with_item}
}

test_derived_facts_are_reported if {
	derived := {d.id: d | some d in facts.derived} with input as {"manifest": _uses(["recruitment"])}
	derived.dpia_cnil_list_items.value == [3]
	derived.dpia_edpb_criteria.value == ["evaluation_scoring"]
	derived.ai_act_high_risk.value == true
	derived.ai_act_high_risk.basis == [`annex_iii_area: ai_system.intended_uses.0="recruitment" (/ai_system/intended_uses/0)`]
}

test_derived_edpb_fact_shows_declared_criteria_and_the_exception if {
	manifest := {"dpia": {"screening": {"edpb_criteria": ["large_scale"], "edpb_exception": {"justification": "j", "dpo_advice_ref": "r"}}}}
	derived := {d.id: d | some d in facts.derived} with input as {"manifest": manifest}
	derived.dpia_edpb_criteria.basis == [
		"edpb_exception: dpia.screening.edpb_exception (justification and DPO advice recorded)",
		"large-scale processing: declared in dpia.screening",
	]
}

test_derived_reasons_are_given_in_french if {
	manifest := {"dpia": {"screening": {"edpb_criteria": ["large_scale"], "edpb_exception": {"justification": "j", "dpo_advice_ref": "r"}}}}
	derived := {d.id: d | some d in facts.derived} with input as {"manifest": manifest, "options": {"lang": "fr"}}
	derived.dpia_edpb_criteria.basis == [
		"edpb_exception : dpia.screening.edpb_exception (justification et avis du DPO enregistrés)",
		"traitement à grande échelle : déclaré dans dpia.screening",
	]
	profiling := {d.id: d | some d in facts.derived} with input as {"manifest": _uses(["recruitment"]), "options": {"lang": "fr"}}
	profiling.dpia_cnil_list_items.basis == [`point 3 : ai_act.performs_profiling=true (/ai_act/performs_profiling) + ai_system.intended_uses.0="recruitment" (/ai_system/intended_uses/0)`]
	some reason in profiling.dpia_edpb_criteria.basis
	startswith(reason, "évaluation ou notation : ")
}

test_combined_origins_are_named_in_words if {
	manifest := {
		"datasets": [
			{"id": "a", "source_type": "web_scraping", "contains_personal_data": true},
			{"id": "b", "source_type": "direct_collection", "contains_personal_data": true},
		],
		"processing_activities": [{"id": "pa", "phase": "development", "dataset_ids": ["a", "b"]}],
	}
	facts.dpia_edpb_criterion_basis("matching_combining_datasets") == "pa: a (web scraping), b (direct collection) (/processing_activities/0/dataset_ids)" with input as {"manifest": manifest}
	facts.dpia_edpb_criterion_basis("matching_combining_datasets") == "pa : a (moissonnage (web scraping)), b (collecte directe) (/processing_activities/0/dataset_ids)" with input as {"manifest": manifest, "options": {"lang": "fr"}}
}

test_automated_decisions_and_access_to_a_service if {
	_criteria({"ai_system": {"intended_uses": ["recruitment"], "fully_automated_decisions": true}}) == {"evaluation_scoring", "automated_decision_legal_effect"}
	_criteria({"ai_system": {"intended_uses": ["recruitment"], "fully_automated_decisions": false}}) == {"evaluation_scoring"}
	_criteria({"ai_system": {"intended_uses": ["credit_scoring"]}}) == {"evaluation_scoring", "prevents_exercise_of_right_or_service"}
	_criteria({"ai_system": {"intended_uses": ["other"], "fully_automated_decisions": true}}) == set()
}
