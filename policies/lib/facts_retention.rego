# Retention facts (RET-01 to RET-04)
# The declared retention period of each dataset holding personal data, in
# days, and the datasets whose retention counts as long for RET-03. What
# counts as long is cnilpolicy's own threshold, not a CNIL figure: the CNIL
# asks that long retention be justified and secured without fixing a
# duration (catalog RET-03, inference). The datasets above the threshold are
# reported in `derived` so that a reviewer sees why RET-03 applied.
package cnilpolicy.lib.facts

# cnilpolicy's threshold for long retention (RET-03): a period longer than one
# year (P1Y, 365 days with duration_days). Not a CNIL number.
long_retention_days := 365

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

# Indexes of the datasets holding personal data whose declared retention
# period exceeds long_retention_days.
long_retention_datasets contains i if {
	some i, days in retention_period_days
	days > long_retention_days
}

# How a dataset is named in messages and in `derived`: its id, or its
# position when it has none.
retention_dataset_label(i) := id if {
	id := manifest.datasets[i].id
	is_string(id)
	trim_space(id) != ""
} else := sprintf("datasets[%d]", [i])

derived contains {
	"id": "long_retention",
	"value": long_retention_value,
	"basis": sort([retention_dataset_label(i) | some i in long_retention_datasets]),
	"pointer": "/datasets",
}

long_retention_value if count(long_retention_datasets) > 0

else := false
