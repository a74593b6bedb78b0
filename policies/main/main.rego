# METADATA
# title: The one query cnilpolicy asks OPA per manifest
# description: |
#   Gathers the results of every rule package under data.cnil, the derived
#   facts, and the rule packages that produced no result at all. A rule that
#   stays silent is an engine error for the caller, never a pass.
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

# Selected rule packages that decided nothing for this manifest: an empty
# results, and a package that describes itself (rule_info) but has no results
# rule at all (renamed, or lost in a bundle), which no result would reveal.
silent_rules := sort([sprintf("cnil.%s.%s", [step, rule]) |
	some step in selected_steps
	some rule, pkg in data.cnil[step]
	_rule_package(pkg)
	not _answers(pkg)
])

_rule_package(pkg) if pkg.rule_info

_rule_package(pkg) if "results" in object.keys(pkg)

_answers(pkg) if count(pkg.results) > 0

derived_facts := [f | some f in facts.derived]

# The policy bundle's own version, reported in the verdict.
policy_version := "0.1.0"
