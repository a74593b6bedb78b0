# METADATA
# title: Scientific research — research framework documented
# description: >-
#   When the development is carried out for scientific research, the purpose may be
#   described less precisely at the start, but the research framework (protocol,
#   objectives, methodology) should be documented so that the purpose can be assessed
#   and followed as it evolves.
# related_resources:
#   - description: "CNIL — Defining a purpose (scientific research)"
#     ref: https://www.cnil.fr/en/defining-purpose
# custom:
#   id: PURPOSE-06.2
#   step: purpose
#   fiche: purpose
#   level: should
#   severity: warning
#   evidence: recalled
#   articles: ["GDPR 5(1)(b)", "GDPR 5(2)", "GDPR 89(1)"]
#   fr:
#     title: Recherche scientifique — cadre de recherche documenté
#     description: >-
#       Lorsque le développement est mené à des fins de recherche scientifique, la finalité peut
#       être décrite de manière moins précise au départ, mais le cadre de la recherche
#       (protocole, objectifs, méthodologie) devrait être documenté afin que la finalité puisse
#       être appréciée et suivie au fil de son évolution.
#   remediation:
#     en: >-
#       For every development activity with purpose.scientific_research set to true, set
#       purpose.research_protocol_ref to the document describing the research framework
#       (protocol, objectives, methodology).
#     fr: >-
#       Pour chaque traitement de développement dont purpose.scientific_research vaut true,
#       renseignez purpose.research_protocol_ref avec le document qui décrit le cadre de la
#       recherche (protocole, objectifs, méthodologie).
#   checks:
#     - message: no_research
#       outcome: not_applicable
#       level: should
#       catalog: "PURPOSE-06 — Level: MUST-IF `purpose.scientific_research == true` (safeguards); SHOULD (documentation)."
#     - message: no_protocol
#       outcome: fail
#       level: should
#       catalog: "PURPOSE-06 — For development carried out for scientific research, the purpose may be described less precisely at the start (research objectives can evolve), but the research framework must be documented; research status then unlocks art. 5(1)(b)/(e) and 89 flexibilities (compatibility presumption, longer retention) only with art. 89(1) safeguards."
#     - message: documented
#       outcome: pass
#       level: should
#       catalog: "PURPOSE-06 — For development carried out for scientific research, the purpose may be described less precisely at the start (research objectives can evolve), but the research framework must be documented; research status then unlocks art. 5(1)(b)/(e) and 89 flexibilities (compatibility presumption, longer retention) only with art. 89(1) safeguards."
#   messages:
#     no_research:
#       en: >-
#         Not applicable: no development activity declares a scientific-research purpose
#         (purpose.scientific_research is not true).
#       fr: >-
#         Sans objet : aucun traitement de développement ne déclare une finalité de recherche
#         scientifique (purpose.scientific_research ne vaut pas true).
#     no_protocol:
#       en: >-
#         Activity {{.activity}} pursues scientific research but declares no
#         purpose.research_protocol_ref: the CNIL recommends documenting the research
#         framework, all the more since the purpose may be described less precisely at the
#         start.
#       fr: >-
#         Le traitement {{.activity}} poursuit une finalité de recherche scientifique mais ne
#         renseigne pas purpose.research_protocol_ref : la CNIL recommande de documenter le cadre de
#         la recherche, d'autant que la finalité peut être décrite de manière moins précise au
#         départ.
#     documented:
#       en: Activity {{.activity}} documents its research framework in {{.ref}}.
#       fr: Le traitement {{.activity}} documente son cadre de recherche dans {{.ref}}.
package cnil.purpose.purpose_06_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_research", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.research_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_protocol", {"activity": facts.activity_label(i)}, pointer) if {
	facts.gdpr_applies
	some i in facts.research_activities
	not facts.declared(_activities[i], ["purpose", "research_protocol_ref"])
	pointer := sprintf("/processing_activities/%d/purpose/research_protocol_ref", [i])
}

results contains result.pass(rego.metadata.chain(), "documented", params, pointer) if {
	facts.gdpr_applies
	some i in facts.research_activities
	ref := _activities[i].purpose.research_protocol_ref
	facts.filled(ref)
	params := {"activity": facts.activity_label(i), "ref": ref}
	pointer := sprintf("/processing_activities/%d/purpose/research_protocol_ref", [i])
}
