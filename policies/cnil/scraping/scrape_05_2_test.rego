package cnil.scraping.scrape_05_2_test

import data.cnil.scraping.scrape_05_2
import data.cnilpolicy.lib.testing

_manifest(scraping) := {
	"personal_data": {"processed": true},
	"processing_activities": [{"id": "pa-1", "purpose": {"description": "Train a photo-tagging model for a stock-image library"}}],
	"datasets": [{"id": "ds-photos", "source_type": "web_scraping"}],
	"scraping": scraping,
}

_results(manifest) := results if {
	results := scrape_05_2.results with input as {"manifest": manifest}
}

test_pass_without_facial_images if {
	results := _results(_manifest({"collection_criteria": {"content_types": ["html_text", "surface_metadata"]}}))
	{[r.decision, r.pointer] | some r in results} == {["pass", "/scraping/collection_criteria/content_types"]}
	some r in results
	contains(r.message, "(html_text, surface_metadata) includes no facial images")
}

test_fail_when_content_types_undeclared if {
	results := _results(_manifest({}))
	{[r.decision, r.pointer, r.severity] | some r in results} == {["fail", "/scraping/collection_criteria/content_types", "error"]}
	some r in results
	contains(r.message, "(datasets ds-photos)")
}

test_fail_when_facial_images_feed_face_recognition if {
	manifest := json.patch(_manifest({"collection_criteria": {"content_types": ["facial_images"]}}), [{
		"op": "replace", "path": "/processing_activities/0/purpose/description",
		"value": "Build a face recognition search engine",
	}])
	results := _results(manifest)
	{[r.decision, r.pointer] | some r in results} == {["fail", "/scraping/collection_criteria/content_types"]}
	some r in results
	contains(r.message, "(processing_activities/0/purpose)")
	contains(r.message, "prohibited by AI Act art. 5(1)(e)")
}

test_fail_when_flag_or_capability_or_biometrics if {
	flagged := _manifest({"collection_criteria": {"content_types": ["faces"]}, "facial_recognition_purpose": true})
	testing.decisions(_results(flagged)) == {["fail", "/scraping/collection_criteria/content_types"]}
	capability := json.patch(
		_manifest({"collection_criteria": {"content_types": ["profile_pictures", "facial_images"]}, "facial_recognition_purpose": false}),
		[{"op": "add", "path": "/processing_activities/0/purpose/gpai", "value": {"capabilities": ["facial_identification"]}}],
	)
	testing.decisions(_results(capability)) == {["fail", "/scraping/collection_criteria/content_types"]}
	biometrics := object.union(_manifest({"collection_criteria": {"content_types": "facial images"}}), {"ai_act": {"annex_iii_area": "biometrics"}})
	some r in _results(biometrics)
	contains(r.message, "ai_act.annex_iii_area: biometrics")
}

test_fail_when_purpose_of_facial_images_undeclared if {
	results := _results(_manifest({"collection_criteria": {"content_types": ["facial_images"]}}))
	{[r.decision, r.pointer] | some r in results} == {["fail", "/scraping/facial_recognition_purpose"]}
}

test_pass_when_facial_images_not_for_recognition if {
	manifest := _manifest({"collection_criteria": {"content_types": ["facial_images"]}, "facial_recognition_purpose": false})
	testing.decisions(_results(manifest)) == {["pass", "/scraping/facial_recognition_purpose"]}
}

test_applies_without_gdpr if {
	manifest := object.union(_manifest({"collection_criteria": {"content_types": ["html_text"]}}), {"personal_data": {"processed": false}})
	testing.decisions(_results(manifest)) == {["pass", "/scraping/collection_criteria/content_types"]}
}

test_not_applicable_without_scraping if {
	testing.decisions(_results({})) == {["not_applicable", "/datasets"]}
	testing.decisions(_results({"datasets": [{"id": "a", "source_type": "direct_collection"}]})) == {["not_applicable", "/datasets"]}
}

test_french_texts if {
	manifest := _manifest({"collection_criteria": {"content_types": ["facial_images"]}, "facial_recognition_purpose": true})
	results := scrape_05_2.results with input as {"manifest": manifest, "options": {"lang": "fr"}}
	some r in results
	contains(r.message, "interdit par le règlement sur l'IA (art. 5, § 1, e))")
	startswith(scrape_05_2.rule_info.title.fr, "Moissonnage — pas de base de reconnaissance faciale")
	contains(r.message, "(scraping.facial_recognition_purpose : true)")

	# Several pieces of evidence: French spacing before the colons and the semicolon.
	biometrics := object.union(manifest, {"ai_act": {"annex_iii_area": "biometrics"}})
	both := scrape_05_2.results with input as {"manifest": biometrics, "options": {"lang": "fr"}}
	some b in both
	contains(b.message, "(ai_act.annex_iii_area : biometrics ; scraping.facial_recognition_purpose : true)")
}

# The rule reads the Annex III areas the facts derive, so an area implied by
# another fact than the declared ai_act.annex_iii_area counts as well.
test_derived_biometrics_area_is_evidence if {
	manifest := _manifest({"collection_criteria": {"content_types": "facial images"}})
	results := scrape_05_2.results with input as {"manifest": manifest}
		with data.cnilpolicy.lib.facts.ai_act_annex_iii_areas as {["biometrics", "/ai_system/intended_uses/0"]}
	{r.decision | some r in results} == {"fail"}
	some r in results
	contains(r.message, "ai_system.intended_uses.0: biometrics")
}
