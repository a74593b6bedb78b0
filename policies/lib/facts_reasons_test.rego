package cnilpolicy.lib.facts_reasons_test

import data.cnilpolicy.lib.facts

_fr := {"lang": "fr"}

_derived(manifest, options) := derived if {
	derived := {d.id: d | some d in facts.derived; d.id != "collected_from_data_subject"; d.id != "compatibility_test_required"} with input as {"manifest": manifest, "options": options}
}

_retention := {"datasets": [
	{"id": "ds-a", "contains_personal_data": true, "retention": {"period": "P30Y", "start_event": "collection"}},
	{"id": "ds-b", "contains_personal_data": true, "retention": {"period": "P2Y", "start_event": "end_of_service"}},
]}

test_retention_reasons_in_both_languages if {
	_derived(_retention, {}).indefinite_retention.basis == [
		"ds-a: period P30Y (about 10950 days) > P20Y, cnilpolicy's retention ceiling",
		"ds-b: start_event=end_of_service: the period never starts while the service lives",
	]
	_derived(_retention, _fr).indefinite_retention.basis == [
		"ds-a : durée P30Y (environ 10950 jours) > P20Y, plafond de conservation fixé par cnilpolicy",
		"ds-b : start_event=end_of_service : la durée ne commence jamais tant que le service existe",
	]
	_derived(_retention, _fr).long_retention.basis == [
		"ds-a : durée P30Y (environ 10950 jours) > P1Y, seuil de conservation longue fixé par cnilpolicy",
		"ds-b : durée P2Y (environ 730 jours) > P1Y, seuil de conservation longue fixé par cnilpolicy",
	]
}

_collected := {"datasets": [
	{"id": "ds-s", "contains_personal_data": true, "source_type": "web_scraping"},
	{"id": "ds-o", "contains_personal_data": true, "source_type": "web_scraping", "collected_from_data_subject": true},
]}

test_collection_reasons_in_both_languages if {
	english := {concat(" | ", d.basis) | some d in facts.derived; d.id == "collected_from_data_subject"} with input as {"manifest": _collected}
	english == {
		"dataset=ds-s | source_type=web_scraping | GDPR art. 14 (not collected from the people)",
		"dataset=ds-o | source_type=web_scraping | collected_from_data_subject=true (no reason given: not counted) | GDPR art. 14 (not collected from the people)",
	}
	french := {concat(" | ", d.basis) | some d in facts.derived; d.id == "collected_from_data_subject"} with input as {"manifest": _collected, "options": _fr}
	french == {
		"dataset=ds-s | source_type=web_scraping | RGPD, art. 14 (données non collectées auprès des personnes)",
		"dataset=ds-o | source_type=web_scraping | collected_from_data_subject=true (aucune raison donnée : non prise en compte) | RGPD, art. 14 (données non collectées auprès des personnes)",
	}
}

_reused := {
	"datasets": [{"id": "ds-r", "contains_personal_data": true, "source_type": "own_data_reuse", "reuse": {"basis": "other"}}],
	"processing_activities": [{"id": "pa", "phase": "development", "dataset_ids": ["ds-r"], "legal_basis": "public_task"}],
}

test_reuse_reasons_name_legal_bases_in_words if {
	english := {reason | some d in facts.derived; d.id == "compatibility_test_required"; some reason in d.basis} with input as {"manifest": _reused}
	"legal bases of the activities using it: public task" in english
	french := {reason | some d in facts.derived; d.id == "compatibility_test_required"; some reason in d.basis} with input as {"manifest": _reused, "options": _fr}
	"bases légales des traitements qui l'utilisent : mission d'intérêt public" in french
}

# In a sentence the AI Act is « le règlement sur l'IA » (docs/glossary.md); the
# official title stays in the references.
test_high_risk_dpia_reason_names_the_ai_act_as_in_sentences if {
	facts.reason_text("ai_act_high_risk") == "système d'IA à haut risque (règlement sur l'IA)" with input as {"options": _fr}
	facts.reason_text("ai_act_high_risk") == "high-risk AI system (AI Act)" with input as {}
}

test_declared_high_risk_reason_in_french if {
	_derived({"ai_act": {"risk_level": "high"}}, _fr).ai_act_high_risk.basis == ["déclaré : ai_act.risk_level=high (/ai_act/risk_level)"]
}

_screened := {
	"personal_data": {"processed": true},
	"dpia": {"screening": {
		"art35_3": ["b_large_scale_special_categories_or_criminal"],
		"cnil_list_items": [7],
		"edpb_criteria": ["large_scale", "evaluation_scoring"],
		"dpia_required": true,
	}},
}

test_dpia_reasons_in_words if {
	_derived(_screened, {}).dpia_required.basis == [
		"EDPB criteria met: evaluation or scoring, large-scale processing",
		"GDPR art. 35(3): large-scale special categories or criminal data",
		"item 7 of the CNIL list (deliberation 2018-327)",
		"the screening concludes that a DPIA is required",
	]
	_derived(_screened, _fr).dpia_required.basis == [
		"RGPD, art. 35, § 3 : traitement à grande échelle de catégories particulières de données ou de données pénales",
		"critères du CEPD remplis : traitement à grande échelle, évaluation ou notation",
		"l'examen préalable conclut qu'une AIPD est requise",
		"point 7 de la liste de la CNIL (délibération 2018-327)",
	]
}

# A CNIL-list item with several facts: joined the French way in French.
test_cnil_item_facts_joined_in_the_reader_typography if {
	manifest := {
		"ai_act": {"performs_profiling": true, "annex_iii_area": "employment"},
		"ai_system": {"intended_uses": ["recruitment"]},
	}
	french := facts.dpia_cnil_item_basis(3) with input as {"manifest": manifest, "options": _fr}
	contains(french, "(/ai_act/annex_iii_area) ; ai_act.performs_profiling=true")
	english := facts.dpia_cnil_item_basis(3) with input as {"manifest": manifest}
	contains(english, "(/ai_act/annex_iii_area); ai_act.performs_profiling=true")
}
