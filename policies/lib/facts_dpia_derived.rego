# The DPIA triggers the manifest's facts determine, whatever its screening
# lists: items of the CNIL list (deliberation 2018-327, art. 35(4)) and
# EDPB/WP248 criteria. A screening is the team's reading of the facts; when
# the facts determine a trigger, the screening cannot remove it (DPIA-01
# fails a screening that omits a derived CNIL item; the EDPB criteria are
# the union of what is declared and what is derived).
#
# Each derived trigger carries its basis: the facts, as "field=value
# (pointer)", that led to it. The facts are plain statements (who the people
# are, what kind of data, what the system is for), never the conclusion.
#
# Innovative use (EDPB criterion 8) is not derived: the CNIL asks for an
# assessment against the state of the art of the technique (DPIA-03), which
# no plain fact of the manifest records; DPIA-03 requires an explicit answer.
package cnilpolicy.lib.facts

import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result
import data.lib.thresholds

# People WP248 (criterion 7) and the CNIL list (item 11) count as
# vulnerable: minors and pupils, employees and job applicants (the power
# imbalance with the organisation that WP248 gives as the reason for
# employees), patients, the elderly, asylum seekers.
vulnerable_data_subjects := {"minors", "pupils", "employees", "job_applicants", "patients", "elderly", "asylum_seekers"}

# Intended uses for human-resources management (CNIL list item 3).
_hr_uses := {"recruitment", "workforce_management", "employee_monitoring"}

# Intended uses whose profiling can exclude a person from a contract or
# suspend it (CNIL list item 8).
_contract_exclusion_uses := {"credit_scoring", "fraud_detection", "insurance_pricing"}

# Intended uses that evaluate or score people (EDPB criterion 1).
_scoring_uses := {"recruitment", "workforce_management", "credit_scoring", "fraud_detection", "insurance_pricing"}

# Intended uses whose decisions have legal or similarly significant effects
# on the person (EDPB criterion 2, with fully automated decisions) or decide
# access to a contract or a service (EDPB criterion 9; WP248's own example is
# a bank screening its customers for credit).
_significant_effect_uses := {"recruitment", "workforce_management", "credit_scoring", "fraud_detection", "insurance_pricing"}

_access_uses := {"credit_scoring", "fraud_detection", "insurance_pricing"}

# Intended uses that observe people continuously (EDPB criterion 3).
_monitoring_uses := {"employee_monitoring", "public_space_monitoring"}

# Kinds of personal data WP248 (criterion 4) counts as highly personal.
_highly_personal_kinds := {"location", "financial", "communications"}

_datasets := object.get(manifest, "datasets", [])

_uses contains [use, sprintf("/ai_system/intended_uses/%d", [i])] if {
	some i, use in manifest.ai_system.intended_uses
}

# [dataset index, special category, pointer]
_special contains [i, entry.category, sprintf("/datasets/%d/special_categories/%d/category", [i, j])] if {
	some i in personal_datasets
	some j, entry in _datasets[i].special_categories
	is_string(entry.category)
}

# The catalog also writes special_categories as a list of names.
_special contains [i, entry, sprintf("/datasets/%d/special_categories/%d", [i, j])] if {
	some i in personal_datasets
	some j, entry in _datasets[i].special_categories
	is_string(entry)
}

# [dataset index, kind of personal data, pointer]
_kinds contains [i, kind, sprintf("/datasets/%d/personal_data_categories/%d/kind", [i, j])] if {
	some i in personal_datasets
	some j, category in _datasets[i].personal_data_categories
	kind := category.kind
}

# [dataset index, pointer] of the vulnerable people concerned
_vulnerable contains [i, sprintf("/datasets/%d/data_subjects/%d", [i, j])] if {
	some i in personal_datasets
	some j, subject in _datasets[i].data_subjects
	subject in vulnerable_data_subjects
}

# Datasets whose declared number of people exceeds the tool's threshold.
_large(i) if {
	n := _datasets[i].data_subjects_count
	is_number(n)
	n > thresholds.large_scale_data_subjects
}

_large_text(i) := reason(
	{
		"en": "%s > %v, the tool's threshold (policies/lib/thresholds/data.yaml)",
		"fr": "%s > %v, seuil de l'outil (policies/lib/thresholds/data.yaml)",
	},
	[
		fact_text(sprintf("/datasets/%d/data_subjects_count", [i])),
		thresholds.large_scale_data_subjects,
	],
)

_declared_large_scale if "large_scale" in _declared_edpb_criteria

_profiling_text := fact_text("/ai_act/performs_profiling")

# Every development activity is carried out as a processor: the datasets
# come from the controller the organisation works for, not from outside it.
_processor_only if {
	count(development_activities) > 0
	every i in development_activities {
		manifest.processing_activities[i].gdpr_role == "processor"
	}
}

# --- CNIL list items, {item, basis} ---

dpia_cnil_item_facts contains {"item": 3, "basis": concat(" + ", [_profiling_text, fact_text(pointer)])} if {
	ai_act_profiling
	some [use, pointer] in _uses
	use in _hr_uses
}

dpia_cnil_item_facts contains {"item": 3, "basis": concat(" + ", [_profiling_text, fact_text(pointer)])} if {
	ai_act_profiling
	some ["employment", pointer] in ai_act_annex_iii_areas
	pointer == "/ai_act/annex_iii_area"
}

dpia_cnil_item_facts contains {"item": 1, "basis": concat(" + ", [fact_text("/organisation/sector"), fact_text(pointer)])} if {
	manifest.organisation.sector == "health_or_medico_social_care"
	some [_, "health_data", pointer] in _special
}

dpia_cnil_item_facts contains {"item": 4, "basis": fact_text(pointer)} if {
	some ["employee_monitoring", pointer] in _uses
}

dpia_cnil_item_facts contains {"item": 7, "basis": concat(" + ", [fact_text(use_pointer), fact_text(pointer)])} if {
	some ["health_data_warehouse_or_registry", use_pointer] in _uses
	some [_, "health_data", pointer] in _special
}

dpia_cnil_item_facts contains {"item": 8, "basis": concat(" + ", [_profiling_text, fact_text(pointer)])} if {
	ai_act_profiling
	some [use, pointer] in _uses
	use in _contract_exclusion_uses
}

dpia_cnil_item_facts contains {"item": 10, "basis": concat(" + ", [_profiling_text, fact_text(pointer)])} if {
	ai_act_profiling
	some i in personal_datasets
	_external_source(_datasets[i])
	pointer := sprintf("/datasets/%d/source_type", [i])
}

dpia_cnil_item_facts contains {"item": 11, "basis": concat(" + ", [fact_text(pointer), fact_text(subject)])} if {
	some [i, "biometric_data_for_unique_identification", pointer] in _special
	some [k, subject] in _vulnerable
	k == i
}

dpia_cnil_item_facts contains {"item": 14, "basis": concat(" + ", [fact_text(pointer), _large_text(i)])} if {
	some [i, "location", pointer] in _kinds
	_large(i)
}

dpia_cnil_item_facts contains {"item": 14, "basis": concat(" + ", [fact_text(pointer), "dpia.screening: large_scale"])} if {
	some [_, "location", pointer] in _kinds
	_declared_large_scale
}

# Data collected from outside the controller (CNIL list item 10): scraped
# from the web, or acquired from a third party by a controller.
_external_source(dataset) if dataset.source_type == "web_scraping"

_external_source(dataset) if {
	dataset.source_type == "third_party_acquired"
	not _processor_only
}

# The CNIL list items the facts determine.
dpia_cnil_items_derived := {e.item | some e in dpia_cnil_item_facts}

# The facts behind item n, joined for a message.
dpia_cnil_item_basis(n) := concat(result.semicolon, sort({e.basis | some e in dpia_cnil_item_facts; e.item == n}))

# Derived items the screening does not list.
dpia_cnil_items_omitted := {n | some n in dpia_cnil_items_derived; not n in {m | some m in _dpia_list("cnil_list_items")}}

# --- EDPB criteria, {criterion, basis} ---

dpia_edpb_facts contains {"criterion": "evaluation_scoring", "basis": _profiling_text} if ai_act_profiling

dpia_edpb_facts contains {"criterion": "evaluation_scoring", "basis": fact_text(pointer)} if {
	some [use, pointer] in _uses
	use in _scoring_uses
}

dpia_edpb_facts contains {"criterion": "automated_decision_legal_effect", "basis": concat(" + ", [fact_text("/ai_system/fully_automated_decisions"), fact_text(pointer)])} if {
	manifest.ai_system.fully_automated_decisions == true
	some [use, pointer] in _uses
	use in _significant_effect_uses
}

dpia_edpb_facts contains {"criterion": "prevents_exercise_of_right_or_service", "basis": fact_text(pointer)} if {
	some [use, pointer] in _uses
	use in _access_uses
}

dpia_edpb_facts contains {"criterion": "systematic_monitoring", "basis": fact_text(pointer)} if {
	some [use, pointer] in _uses
	use in _monitoring_uses
}

dpia_edpb_facts contains {"criterion": "sensitive_or_highly_personal_data", "basis": fact_text(pointer)} if {
	some [_, _, pointer] in _special
}

dpia_edpb_facts contains {"criterion": "sensitive_or_highly_personal_data", "basis": fact_text(pointer)} if {
	some i in personal_datasets
	_datasets[i].criminal_convictions_offences == true
	pointer := sprintf("/datasets/%d/criminal_convictions_offences", [i])
}

dpia_edpb_facts contains {"criterion": "sensitive_or_highly_personal_data", "basis": fact_text(pointer)} if {
	some [_, kind, pointer] in _kinds
	kind in _highly_personal_kinds
}

dpia_edpb_facts contains {"criterion": "vulnerable_data_subjects", "basis": fact_text(pointer)} if {
	some [_, pointer] in _vulnerable
}

dpia_edpb_facts contains {"criterion": "large_scale", "basis": _large_text(i)} if {
	some i in personal_datasets
	_large(i)
}

# Datasets of different origins used together by one development activity.
dpia_edpb_facts contains {"criterion": "matching_combining_datasets", "basis": basis} if {
	some a in development_activities
	activity := manifest.processing_activities[a]
	sources := {sprintf("%s (%s)", [d.id, labels.word("source_type", d.source_type)]) |
		some id in activity.dataset_ids
		some i in personal_datasets
		d := _datasets[i]
		d.id == id
		is_string(d.source_type)
	}
	origins := {d.source_type |
		some id in activity.dataset_ids
		some i in personal_datasets
		d := _datasets[i]
		d.id == id
		is_string(d.source_type)
	}
	count(origins) >= 2
	basis := sprintf("%s%s%s (/processing_activities/%d/dataset_ids)", [
		object.get(activity, "id", sprintf("#%d", [a])),
		result.colon,
		concat(", ", sort(sources)),
		a,
	])
}

# The EDPB criteria the facts determine.
dpia_edpb_criteria_derived := {e.criterion | some e in dpia_edpb_facts}

# The facts behind criterion c, joined for a message.
dpia_edpb_criterion_basis(c) := concat(result.semicolon, sort({e.basis | some e in dpia_edpb_facts; e.criterion == c}))

# A justified exception to the WP248 rule of thumb: the screening records why
# no DPIA is needed despite two or more criteria, with the DPO's advice.
dpia_edpb_exception if {
	declared(manifest, ["dpia", "screening", "edpb_exception", "justification"])
	declared(manifest, ["dpia", "screening", "edpb_exception", "dpo_advice_ref"])
}

derived contains {
	"id": "dpia_cnil_list_items",
	"value": sort(dpia_cnil_items_derived),
	"basis": sort({reason({"en": "item %d: %s", "fr": "point %d : %s"}, [e.item, e.basis]) | some e in dpia_cnil_item_facts}),
	"pointer": "/dpia/screening/cnil_list_items",
}

derived contains {
	"id": "dpia_edpb_criteria",
	"value": sort(dpia_edpb_criteria),
	"basis": sort(_edpb_basis),
	"pointer": "/dpia/screening/edpb_criteria",
}

_edpb_basis contains reason({"en": "%s: %s", "fr": "%s : %s"}, [labels.word("edpb_criterion", e.criterion), e.basis]) if some e in dpia_edpb_facts

_edpb_basis contains reason(
	{"en": "%s: declared in dpia.screening", "fr": "%s : déclaré dans dpia.screening"},
	[labels.word("edpb_criterion", c)],
) if some c in _declared_edpb_criteria

_edpb_basis contains result.localised({
	"en": "edpb_exception: dpia.screening.edpb_exception (justification and DPO advice recorded)",
	"fr": "edpb_exception : dpia.screening.edpb_exception (justification et avis du DPO enregistrés)",
}) if dpia_edpb_exception
