# METADATA
# title: Scientific research — art. 89(1) safeguards
# description: >-
#   A development carried out for scientific research may describe its purpose less
#   precisely at the start, since research objectives can evolve, and research status
#   opens the flexibilities of GDPR art. 5(1)(b) and 5(1)(e) (presumed compatibility of
#   further processing, longer retention). These flexibilities exist only with the
#   appropriate safeguards of art. 89(1), which must ensure in particular data
#   minimisation. The CNIL's detailed treatment is recalled, not re-read, but the
#   safeguards are required by the text of art. 89(1) itself, hence an error.
# related_resources:
#   - description: "CNIL — Defining a purpose (scientific research)"
#     ref: https://www.cnil.fr/en/defining-purpose
# custom:
#   id: PURPOSE-06
#   step: purpose
#   fiche: purpose
#   level: must_if
#   severity: error
#   evidence: recalled
#   articles: ["GDPR 5(1)(b)", "GDPR 5(1)(e)", "GDPR 89(1)"]
#   fr:
#     title: Recherche scientifique — garanties de l'art. 89, § 1
#     description: >-
#       Un développement mené à des fins de recherche scientifique peut décrire sa finalité de
#       manière moins précise au départ, les objectifs de recherche pouvant évoluer, et la qualité
#       de recherche ouvre les souplesses du RGPD, art. 5, § 1, b) et e) (compatibilité présumée du
#       traitement ultérieur, conservation plus longue). Ces souplesses n'existent qu'avec les
#       garanties appropriées de l'art. 89, § 1, qui doivent notamment assurer la minimisation des
#       données. Le traitement détaillé de ce point par la CNIL est rapporté de mémoire et n'a pas
#       été relu, mais les garanties sont exigées par le texte même de l'art. 89, § 1, d'où une
#       erreur.
#   remediation:
#     en: >-
#       For every development activity with purpose.scientific_research set to true, list in
#       art89_safeguards the safeguards in place (pseudonymisation, minimisation,
#       access_restriction, ethics_review, other), or set scientific_research to false if the
#       research flexibilities are not relied on.
#     fr: >-
#       Pour chaque traitement de développement dont purpose.scientific_research vaut true, énumérez
#       dans art89_safeguards les garanties mises en place (pseudonymisation, minimisation,
#       access_restriction, ethics_review, other), ou passez scientific_research à false si les
#       souplesses prévues pour la recherche ne sont pas utilisées.
#   checks:
#     - message: no_research
#       outcome: not_applicable
#       level: must-if
#       catalog: "PURPOSE-06 — Level: MUST-IF `purpose.scientific_research == true` (safeguards); SHOULD (documentation)."
#     - message: no_safeguards
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-06 — For development carried out for scientific research, the purpose may be described less precisely at the start (research objectives can evolve), but the research framework must be documented; research status then unlocks art. 5(1)(b)/(e) and 89 flexibilities (compatibility presumption, longer retention) only with art. 89(1) safeguards."
#     - message: safeguarded
#       outcome: pass
#       level: must-if
#       catalog: "PURPOSE-06 — For development carried out for scientific research, the purpose may be described less precisely at the start (research objectives can evolve), but the research framework must be documented; research status then unlocks art. 5(1)(b)/(e) and 89 flexibilities (compatibility presumption, longer retention) only with art. 89(1) safeguards."
#   messages:
#     no_research:
#       en: >-
#         Not applicable: no development activity declares a scientific-research purpose
#         (purpose.scientific_research is not true), so the research flexibilities and their
#         art. 89(1) safeguards are not in play.
#       fr: >-
#         Sans objet : aucun traitement de développement ne déclare une finalité de recherche
#         scientifique (purpose.scientific_research ne vaut pas true) ; les souplesses propres à la
#         recherche et les garanties de l'art. 89, § 1, ne sont donc pas en jeu.
#     no_safeguards:
#       en: >-
#         Activity {{.activity}} pursues scientific research but lists no art89_safeguards:
#         the research flexibilities (presumed compatibility, longer retention) require the
#         appropriate safeguards of GDPR art. 89(1), ensuring in particular data minimisation.
#       fr: >-
#         Le traitement {{.activity}} poursuit une finalité de recherche scientifique mais n'énumère
#         aucune garantie dans art89_safeguards : les souplesses propres à la recherche
#         (compatibilité présumée, conservation plus longue) supposent les garanties appropriées du
#         RGPD, art. 89, § 1, qui assurent notamment la minimisation des données.
#     safeguarded:
#       en: >-
#         Activity {{.activity}} pursues scientific research with art. 89(1) safeguards:
#         {{.safeguards}}.
#       fr: >-
#         Le traitement {{.activity}} poursuit une finalité de recherche scientifique avec les
#         garanties de l'art. 89, § 1, suivantes : {{.safeguards}}.
package cnil.purpose.purpose_06

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_research", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.research_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_safeguards", {"activity": facts.activity_label(i)}, pointer) if {
	facts.gdpr_applies
	some i in facts.research_activities
	not _safeguarded(_activities[i])
	pointer := sprintf("/processing_activities/%d/art89_safeguards", [i])
}

results contains result.pass(rego.metadata.chain(), "safeguarded", params, pointer) if {
	facts.gdpr_applies
	some i in facts.research_activities
	_safeguarded(_activities[i])
	safeguards := concat(", ", [labels.word("art89_safeguard", s) | some s in _activities[i].art89_safeguards])
	params := {"activity": facts.activity_label(i), "safeguards": safeguards}
	pointer := sprintf("/processing_activities/%d/art89_safeguards", [i])
}

_safeguarded(activity) if {
	safeguards := object.get(activity, "art89_safeguards", null)
	is_array(safeguards)
	count(safeguards) > 0
}
