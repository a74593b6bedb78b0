# METADATA
# title: Facts derived from the manifest, shared by the rules
# description: |
#   Conditions several rules depend on, computed once. When the manifest is
#   silent, each fact takes the conservative value (personal data assumed,
#   GDPR assumed) so that a missing declaration can never turn rules off.
#   Facts listed in `derived` are reported in the verdict so that a reviewer
#   sees why a rule applied. Other files may add to `derived` in this package.
package cnilpolicy.lib.facts

import data.cnilpolicy.lib.result

manifest := input.manifest

# A reason of a derivation in the reader's language: texts holds the sprintf
# template of each language ({en, fr}), args its values.
reason(texts, args) := sprintf(result.localised(texts), args)

# Personal data is processed unless the manifest says it is not and no
# dataset says it contains any.
default personal_data_processed := true

personal_data_processed := false if {
	manifest.personal_data.processed == false
	not _some_dataset_declares_personal_data
}

_some_dataset_declares_personal_data if {
	some dataset in manifest.datasets
	dataset.contains_personal_data == true
}

# The legal regime, GDPR when undeclared or unknown (SCOPE-02 reports it): a
# typo must never switch the GDPR rules off.
default legal_regime := "gdpr"

legal_regime := manifest.legal_regime if manifest.legal_regime in {"gdpr", "law_enforcement", "national_security"}

# The CNIL AI recommendations cover processing of personal data under the GDPR.
gdpr_applies if {
	personal_data_processed
	legal_regime == "gdpr"
}

# Whether the selected pack evaluates a step (no steps in the input: every
# step). A rule that meets a fact another rule owns refers to that owner when
# its step is evaluated, so that one omission is reported once.
step_evaluated(_) if not input.options.steps

step_evaluated(step) if step in input.options.steps

# Indexes of the datasets that hold (or may hold) personal data.
personal_datasets contains i if {
	some i, dataset in manifest.datasets
	not dataset.contains_personal_data == false
}

# Indexes of the processing activities of the development phase. An activity
# with no phase is counted: SCOPE-03 reports it.
development_activities contains i if {
	some i, activity in manifest.processing_activities
	not activity.phase == "deployment"
}

# The development activities relying on legitimate interests, acting as
# processor or sub-processor, and declaring a scientific-research purpose:
# several rules apply to each of them only.
legitimate_interest_activities contains i if {
	some i in development_activities
	manifest.processing_activities[i].legal_basis == "legitimate_interests"
}

processor_activities contains i if {
	some i in development_activities
	manifest.processing_activities[i].gdpr_role in {"processor", "sub_processor"}
}

research_activities contains i if {
	some i in development_activities
	manifest.processing_activities[i].purpose.scientific_research == true
}

# How messages name a processing activity or a dataset: its id, or its
# position when it has none (SCOPE-03 and the schema report the missing id).
activity_label(i) := id if {
	id := manifest.processing_activities[i].id
	filled(id)
} else := sprintf("processing_activities[%d]", [i])

dataset_label(i) := id if {
	id := manifest.datasets[i].id
	filled(id)
} else := sprintf("datasets[%d]", [i])

# The development activities as the rules go through them, by index: the label
# their messages name them by, their JSON pointer, and the activity itself.
development_activity_entries[i] := {
	"label": activity_label(i),
	"pointer": sprintf("/processing_activities/%d", [i]),
	"activity": manifest.processing_activities[i],
} if some i in development_activities

# The datasets that hold (or may hold) personal data, by index, in the same way.
personal_dataset_entries[i] := {
	"label": dataset_label(i),
	"pointer": sprintf("/datasets/%d", [i]),
	"dataset": manifest.datasets[i],
} if some i in personal_datasets

# Whether the value at path (an array of keys) under obj is declared.
# Rules test absence with `not declared(obj, path)`: a bare `not f(x.y)` is
# never true when x.y is undefined, because OPA evaluates the argument
# outside the negation.
declared(obj, path) if filled(object.get(obj, path, null))

# The value at path under obj, or null when absent.
value_at(obj, path) := object.get(obj, path, null)

# A calendar date written YYYY-MM-DD (its digits are not checked further).
is_date(value) if {
	is_string(value)
	regex.match(`^\d{4}-\d{2}-\d{2}$`, value)
}

# A value counts as declared when it is not null, not blank, and not empty.
filled(value) if {
	is_string(value)
	trim_space(value) != ""
}

filled(value) if is_boolean(value)

filled(value) if is_number(value)

filled(value) if {
	is_array(value)
	count(value) > 0
}

filled(value) if {
	is_object(value)
	count(value) > 0
}

# Approximate length in days of an ISO-8601 duration such as P2Y6M or P30D
# (a year counts 365 days, a month 30). Undefined for anything else.
duration_days(duration) := days if {
	regex.match(`^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$`, duration)
	duration != "P"
	parts := regex.find_all_string_submatch_n(`(\d+)([YMWD])`, duration, -1)
	days := sum([n | some p in parts; n := to_number(p[1]) * _unit_days[p[2]]])
}

_unit_days := {"Y": 365, "M": 30, "W": 7, "D": 1}

derived contains {
	"id": "gdpr_applies",
	"value": gdpr_applies_value,
	"basis": [
		sprintf("personal_data_processed=%v", [personal_data_processed]),
		sprintf("legal_regime=%s", [legal_regime]),
	],
	"pointer": "/personal_data/processed",
}

gdpr_applies_value if gdpr_applies

else := false

# A dataset lists personal data among its own facts (categories of personal
# data, special categories, offence data). Synthetic and fictitious datasets
# may describe the categories they imitate, so they are not counted. SCOPE-01
# reports a dataset that lists them and says it holds no personal data.
dataset_lists_personal_data(dataset) if {
	not object.get(dataset, "source_type", null) in {"synthetic", "fictitious"}
	_lists_personal_data(dataset)
}

_lists_personal_data(dataset) if filled(object.get(dataset, "personal_data_categories", null))

_lists_personal_data(dataset) if filled(object.get(dataset, "special_categories", null))

_lists_personal_data(dataset) if dataset.criminal_convictions_offences == true
