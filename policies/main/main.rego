# METADATA
# title: The one query cnilpolicy asks OPA per manifest
# description: |
#   Gathers the results of every rule package under data.cnil, the derived
#   facts, and the rule packages whose results rule produced nothing. A rule
#   that stays silent is an engine error for the caller, never a pass.
package cnilpolicy.main

import data.cnilpolicy.lib.facts

# The steps of the rule pack the caller selected (input.options.steps), or
# every step when it selected none.
selected_steps contains step if some step in input.options.steps

selected_steps contains step if {
	not input.options.steps
	some step, _ in data.cnil
}

# Every result of every selected rule, as built by data.cnilpolicy.lib.result.
# Titles, remediations and references are not in them: data.cnilpolicy.rules
# gives them once per run.
results := [r |
	some step in selected_steps
	some rule
	some r in data.cnil[step][rule].results
]

# Selected rule packages whose results rule gave nothing for this manifest.
# Only each package's results are read (the answer's own, evaluated anyway):
# reading whole packages would build every rule's rule_info, and every other
# rule of its package, for each manifest (benchmarks/README.md). A package that describes itself but
# has no results rule (renamed, or lost in a bundle) is listed once per run by
# data.cnilpolicy.rules.without_results, and cnilpolicy requires a result of
# every rule described for the run (cnilpolicy/engine/contract.py).
silent_rules := sort([sprintf("cnil.%s.%s", [step, rule]) |
	some step in selected_steps
	some rule
	count(data.cnil[step][rule].results) == 0
])

derived_facts := [f | some f in facts.derived]

# The policy bundle's own version, reported in the verdict.
policy_version := "0.1.0"
