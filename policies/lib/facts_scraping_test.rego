package cnilpolicy.lib.facts_scraping_test

import data.cnilpolicy.lib.facts

_derived(manifest, id) := value if {
	some f in facts.derived with input as {"manifest": manifest}
	f.id == id
	value := f
}

test_web_scraping_applies_to_personal_scraped_datasets if {
	manifest := {"datasets": [
		{"id": "ds-b", "source_type": "web_scraping"},
		{"id": "ds-a", "source_type": "web_scraping", "contains_personal_data": true},
		{"id": "ds-c", "source_type": "web_scraping", "contains_personal_data": false},
	]}
	facts.web_scraped_dataset_ids == ["ds-a", "ds-b"] with input as {"manifest": manifest}
	f := _derived(manifest, "web_scraping_applies")
	f.value == true
	f.basis == [`web_scraped_datasets=["ds-a", "ds-b"]`]
}

test_web_scraping_does_not_apply_outside_gdpr if {
	manifest := {"personal_data": {"processed": true}, "legal_regime": "law_enforcement", "datasets": [{"id": "x", "source_type": "web_scraping"}]}
	_derived(manifest, "web_scraping_applies").value == false
}

test_model_distributed_openly if {
	_derived({"distribution": {"mode": "fully_open"}}, "model_distributed_openly").value == true
	_derived({"distribution": {"mode": "closed", "open_source_practices": ["weights"]}}, "model_distributed_openly").value == true
	f := _derived({"distribution": {"mode": "api_only", "open_source_practices": ["api"]}}, "model_distributed_openly")
	f.value == false
	f.basis == ["distribution.mode=api_only", `distribution.open_source_practices=["api"]`]
}
