# Retention facts (RET-01 to RET-03.3)
# The declared retention period of each dataset holding personal data, in
# days; the datasets whose retention is indefinite in disguise (RET-01) and
# those whose retention counts as long (RET-03). Both limits are cnilpolicy's
# own thresholds (policies/lib/thresholds/data.yaml), not CNIL figures: the
# CNIL asks that data not be kept indefinitely and that long retention be
# justified, without fixing a duration (catalog RET-01, RET-03, 12.2). The
# datasets concerned are reported in `derived` with the facts that decided.
package cnilpolicy.lib.facts

import data.cnilpolicy.lib.result

# cnilpolicy's threshold for long retention (RET-03), in days. Not a CNIL number.
long_retention_days := data.lib.thresholds.long_retention_days

# cnilpolicy's ceiling beyond which a period is indefinite retention in
# disguise (RET-01), in days. Not a CNIL number.
retention_ceiling_days := data.lib.thresholds.retention_ceiling_days

# A duration of n days written as years when it is a whole number of them.
days_text(n) := sprintf("P%dY", [n / 365]) if n % 365 == 0

else := sprintf("P%dD", [n])

# Start events after which a period only begins once the service (or the
# model) is withdrawn: while it lives, the period never starts running.
never_starting_events := {"end_of_service"}

# Grounds that allow keeping data without a time limit: archiving in the
# public interest and scientific research under GDPR art. 89, and a legal
# obligation (art. 6(1)(c) with the retention the law sets).
indefinite_retention_grounds := {"archiving_public_interest_art89", "scientific_research_art89", "legal_obligation"}

# The grounds the CNIL names for long retention of training data, plus the
# art. 89 and legal-obligation grounds; `other` is accepted only with a
# written ground, and RET-03.3 warns on it even then.
named_long_retention_grounds := {
	"significant_investment", "community_standard", "evolving_open_dataset",
	"scientific_research_art89", "archiving_public_interest_art89", "legal_obligation",
}

# The declared retention period (datasets[i].retention.period) of each
# dataset holding personal data, in days, when it is a valid ISO-8601
# duration. Undefined for a missing, "indefinite" or malformed period
# (RET-01 reports those).
retention_period_days[i] := days if {
	some i in personal_datasets
	period := value_at(manifest.datasets[i], ["retention", "period"])
	is_string(period)
	days := duration_days(period)
}

retention_ground(i) := value_at(manifest.datasets[i], ["retention", "long_retention_justification"])

# Why the retention of dataset i is indefinite in disguise, one text per reason.
indefinite_retention_reasons[i] contains reason(
	{
		"en": "period %s (about %d days) > %s, cnilpolicy's retention ceiling",
		"fr": "durée %s (environ %d jours) > %s, plafond de conservation fixé par cnilpolicy",
	},
	[manifest.datasets[i].retention.period, days, days_text(retention_ceiling_days)],
) if {
	some i, days in retention_period_days
	days > retention_ceiling_days
}

indefinite_retention_reasons[i] contains reason(
	{
		"en": "start_event=%s: the period never starts while the service lives",
		"fr": "start_event=%s : la durée ne commence jamais tant que le service existe",
	},
	[event],
) if {
	some i in personal_datasets
	event := value_at(manifest.datasets[i], ["retention", "start_event"])
	event in never_starting_events
}

indefinite_retention_datasets contains i if some i, _ in indefinite_retention_reasons

# Research under art. 89 is a ground only for a project that declares a
# research purpose: the ground is derived from the purpose, not taken on trust.
research_purpose_declared if {
	some i in development_activities
	manifest.processing_activities[i].purpose.scientific_research == true
}

# Why the declared ground of dataset i does not hold, when it does not.
retention_ground_problem(i) := "no_research_purpose" if {
	retention_ground(i) == "scientific_research_art89"
	not research_purpose_declared
} else := "other_without_text" if {
	retention_ground(i) == "other"
	not declared(manifest.datasets[i], ["retention", "long_retention_other_ground"])
}

# The dataset declares a ground for long retention that the facts support.
retention_ground_holds(i) if {
	retention_ground(i) in named_long_retention_grounds
	not retention_ground_problem(i)
}

retention_ground_holds(i) if {
	retention_ground(i) == "other"
	not retention_ground_problem(i)
}

# Indefinite retention allowed for dataset i: its ground permits unlimited
# retention and holds.
indefinite_retention_allowed(i) if {
	retention_ground(i) in indefinite_retention_grounds
	retention_ground_holds(i)
}

# Indexes of the datasets holding personal data whose retention is long: a
# declared period above long_retention_days, or indefinite in disguise.
long_retention_datasets contains i if {
	some i, days in retention_period_days
	days > long_retention_days
}

long_retention_datasets contains i if some i in indefinite_retention_datasets

derived contains {
	"id": "long_retention",
	"value": long_retention_value,
	"basis": sort([concat(result.colon, [dataset_label(i), _long_reason(i)]) | some i in long_retention_datasets]),
	"pointer": "/datasets",
}

_long_reason(i) := reason(
	{
		"en": "period %s (about %d days) > %s, cnilpolicy's long-retention threshold",
		"fr": "durée %s (environ %d jours) > %s, seuil de conservation longue fixé par cnilpolicy",
	},
	[manifest.datasets[i].retention.period, days, days_text(long_retention_days)],
) if {
	days := retention_period_days[i]
	days > long_retention_days
} else := result.localised({"en": "indefinite retention", "fr": "conservation illimitée"})

long_retention_value if count(long_retention_datasets) > 0

else := false

derived contains {
	"id": "indefinite_retention",
	"value": indefinite_retention_value,
	"basis": sort([concat(result.colon, [dataset_label(i), reason]) |
		some i in indefinite_retention_datasets
		some reason in indefinite_retention_reasons[i]
	]),
	"pointer": "/datasets",
}

indefinite_retention_value if count(indefinite_retention_datasets) > 0

else := false
