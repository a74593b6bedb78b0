# METADATA
# title: What every selected rule is, asked once per run
# description: |
#   The part of a rule's explanation that is the same for every manifest
#   (title and remediation in every language, references in
#   input.options.lang), by rule id, for the steps of input.options.steps.
#   cnilpolicy joins it to each result of data.cnilpolicy.main by rule id.
#   A rule package that does not describe itself is listed in undescribed,
#   one that describes itself but has no results rule in without_results:
#   either is an engine error for the caller.
package cnilpolicy.rules

import data.cnilpolicy.main

# Two packages claiming one rule id make this a conflict, which OPA reports
# as an error: never one description silently chosen over the other.
catalog[info.rule_id] := info if {
	some step in main.selected_steps
	some rule
	info := data.cnil[step][rule].rule_info
}

# A rule package is one that gives results (test packages do not).
undescribed contains sprintf("cnil.%s.%s", [step, rule]) if {
	some step in main.selected_steps
	some rule
	data.cnil[step][rule].results
	not data.cnil[step][rule].rule_info
}

# A rule package that describes itself but has no results rule (renamed, or
# lost in a bundle) would answer nothing for any manifest. Asked here, once per
# run, rather than per manifest in data.cnilpolicy.main.silent_rules: finding
# it there meant building every package's rule_info for each manifest.
without_results contains sprintf("cnil.%s.%s", [step, rule]) if {
	some step in main.selected_steps
	some rule
	data.cnil[step][rule].rule_info
	not data.cnil[step][rule].results
}
