package cnil.information.info_02_test

import data.cnil.information.info_02
import data.cnilpolicy.lib.testing

_base := ["controller_identity", "dpo_contact", "purpose", "legal_basis", "recipients", "retention", "rights", "complaint_cnil"]

_manifest(items) := {
	"personal_data": {"processed": true},
	"organisation": {"has_dpo": true},
	"processing_activities": [{"id": "pa-1", "phase": "development", "legal_basis": "contract"}],
	"datasets": [{"id": "ds-forms", "source_type": "direct_collection", "contains_personal_data": true}],
	"transparency": {"notice": {"items": items}},
}

_results(manifest) := results if {
	results := info_02.results with input as {"manifest": manifest}
}

test_pass_for_direct_collection_with_base_items if {
	results := _results(_manifest(_base))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/transparency/notice/items"]}
	some r in results
	contains(r.message, "lists the 8 items required")
}

test_fail_lists_missing_items if {
	results := _results(_manifest(["controller_identity", "purpose", "legal_basis", "recipients", "rights"]))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/transparency/notice/items", "error"]}
	some r in results
	startswith(r.message, "transparency.notice.items does not include `complaint_cnil`, `dpo_contact`, `retention`.")
	contains(r.message, "(activities on legitimate interests: —)")
}

test_no_dpo_contact_without_dpo if {
	manifest := json.patch(_manifest(["controller_identity", "purpose", "legal_basis", "recipients", "retention", "rights", "complaint_cnil"]), [{"op": "replace", "path": "/organisation/has_dpo", "value": false}])
	testing.decisions(_results(manifest)) == {["pass", "/transparency/notice/items"]}
}

test_indirect_collection_requires_categories_and_sources if {
	manifest := json.patch(_manifest(_base), [{"op": "add", "path": "/datasets/-", "value": {"id": "ds-broker", "source_type": "third_party_acquired"}}])
	results := _results(manifest)
	some r in results
	r.decision == "fail"
	startswith(r.message, "transparency.notice.items does not include `data_categories`, `sources_or_source_categories`.")
	contains(r.message, "datasets not collected from the people, derived from their source: ds-broker)")
}

test_undeclared_source_counts_as_indirect if {
	manifest := json.remove(_manifest(_base), ["datasets/0/source_type"])
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, "ds-forms")
}

test_legitimate_interest_requires_the_interest_pursued if {
	manifest := json.patch(_manifest(_base), [{"op": "replace", "path": "/processing_activities/0/legal_basis", "value": "legitimate_interests"}])
	results := _results(manifest)
	some r in results
	startswith(r.message, "transparency.notice.items does not include `legitimate_interest_pursued`.")
	contains(r.message, "(activities on legitimate interests: pa-1)")
	full := json.patch(manifest, [{"op": "add", "path": "/transparency/notice/items/-", "value": "legitimate_interest_pursued"}])
	testing.decisions(_results(full)) == {["pass", "/transparency/notice/items"]}
}

test_fail_without_notice if {
	testing.decisions(_results({})) == {["fail", "/transparency/notice/items"]}
}

test_not_applicable_without_gdpr if {
	testing.decisions(_results({"personal_data": {"processed": false}})) == {["not_applicable", "/personal_data/processed"]}
}

test_french_texts if {
	results := info_02.results with input as {"manifest": _manifest([]), "options": {"lang": "fr"}}
	some r in results
	startswith(r.message, "transparency.notice.items ne comprend pas `complaint_cnil`, `controller_identity`")
	info_02.rule_info.title.fr == "Information — contenu de la mention d'information"
}

test_own_data_reuse_needs_no_sources if {
	manifest := json.patch(_manifest(_base), [{"op": "add", "path": "/datasets/-", "value": {"id": "ds-chats", "source_type": "own_data_reuse"}}])
	{r.decision | some r in _results(manifest)} == {"pass"}
}

test_reasoned_override_to_art14_needs_sources if {
	dataset := {
		"id": "ds-chats", "source_type": "own_data_reuse", "collected_from_data_subject": false,
		"collected_from_data_subject_reason": "Transcripts received from the partner's call centre",
	}
	manifest := json.patch(_manifest(_base), [{"op": "add", "path": "/datasets/-", "value": dataset}])
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, "derived from their source: ds-chats)")
}

test_unreasoned_override_to_art13_still_needs_sources if {
	dataset := {"id": "ds-web", "source_type": "web_scraping", "collected_from_data_subject": true}
	manifest := json.patch(_manifest(_base), [{"op": "add", "path": "/datasets/-", "value": dataset}])
	some r in _results(manifest)
	r.decision == "fail"
	contains(r.message, "derived from their source: ds-web)")
}
