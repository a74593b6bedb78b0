# METADATA
# title: Data protection reasoned at design time
# description: >-
#   Data protection by design (GDPR art. 25(1)) applies from the design of the system. The
#   CNIL asks designers to reason successively about the objective of the system, the
#   technical architecture (which shapes the data needs), the data sources, and the
#   selection of the data strictly necessary, weighing their usefulness against their
#   impact on people (data minimisation, art. 5(1)(c)). The manifest records this reasoning
#   in design_review.
# related_resources:
#   - description: "CNIL — Taking data protection into account in the system design choices"
#     ref: https://cnil.fr/en/taking-data-protection-account-system-design-choices
# custom:
#   id: MIN-02
#   step: minimisation
#   fiche: design
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 25(1)", "GDPR 5(1)(c)"]
#   fr:
#     title: Protection des données prise en compte dès la conception
#     description: >-
#       La protection des données dès la conception (RGPD, art. 25, § 1) s'applique dès la
#       conception du système. La CNIL demande aux concepteurs de raisonner successivement sur
#       l'objectif du système, l'architecture technique (qui conditionne les besoins en données),
#       les sources de données et la sélection des données strictement nécessaires, en mettant en
#       balance leur utilité et leur impact sur les personnes (minimisation des données, art. 5, §
#       1, c)). Le manifeste consigne ce raisonnement dans design_review.
#   remediation:
#     en: >-
#       Record the design reasoning in design_review: objective (what the system must achieve),
#       architecture (the technical choices and how they shape the data needs), sources (where
#       the data come from) and data_selection_rationale (why each kind of data retained is
#       strictly necessary, given its impact on people).
#     fr: >-
#       Consignez le raisonnement de conception dans design_review : objective (ce que le système
#       doit accomplir), architecture (les choix techniques et leur effet sur les besoins en
#       données), sources (la provenance des données) et data_selection_rationale (pourquoi
#       chaque type de données retenu est strictement nécessaire, compte tenu de son impact sur
#       les personnes).
#   checks:
#     - message: no_review
#       outcome: fail
#       level: must
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: no_objective
#       outcome: fail
#       level: must
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: no_architecture
#       outcome: fail
#       level: must
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: no_sources
#       outcome: fail
#       level: must
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: no_data_selection_rationale
#       outcome: fail
#       level: must
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#     - message: reasoned
#       outcome: pass
#       level: must
#       catalog: "MIN-02 — At design time, reason successively about: the objective; the technical architecture (which shapes data needs); the data sources; the selection of strictly necessary data (usefulness vs impact on people); and the validation of these choices (e.g. pilot study, ethics-committee opinion)."
#   messages:
#     no_review:
#       en: >-
#         design_review is missing: the design choices (objective, architecture, data sources,
#         selection of the strictly necessary data) must be reasoned and documented at design time
#         (data protection by design, GDPR art. 25(1) and 5(1)(c)).
#       fr: >-
#         design_review est absent : les choix de conception (objectif, architecture, sources de
#         données, sélection des données strictement nécessaires) doivent être raisonnés et
#         documentés dès la conception (protection des données dès la conception, RGPD, art. 25, §
#         1, et art. 5, § 1, c)).
#     no_objective:
#       en: >-
#         design_review.objective is missing: the design reasoning starts from the objective the
#         system must achieve, which determines which data are needed (GDPR art. 25(1)).
#       fr: >-
#         design_review.objective est absent : le raisonnement de conception part de l'objectif que
#         le système doit atteindre, qui détermine les données nécessaires (RGPD, art. 25, § 1).
#     no_architecture:
#       en: >-
#         design_review.architecture is missing: the technical architecture shapes the data the
#         system needs and must be chosen with data protection in mind (GDPR art. 25(1)).
#       fr: >-
#         design_review.architecture est absent : l'architecture technique conditionne les données
#         dont le système a besoin et doit être choisie en tenant compte de la protection des
#         données (RGPD, art. 25, § 1).
#     no_sources:
#       en: >-
#         design_review.sources is missing: the choice of data sources must be reasoned at design
#         time (GDPR art. 25(1)).
#       fr: >-
#         design_review.sources est absent : le choix des sources de données doit être raisonné dès
#         la conception (RGPD, art. 25, § 1).
#     no_data_selection_rationale:
#       en: >-
#         design_review.data_selection_rationale is missing: the selection of the data strictly
#         necessary, weighing their usefulness against their impact on people, must be explained
#         (GDPR art. 25(1) and 5(1)(c)).
#       fr: >-
#         design_review.data_selection_rationale est absent : la sélection des données strictement
#         nécessaires, mettant en balance leur utilité et leur impact sur les personnes, doit être
#         expliquée (RGPD, art. 25, § 1, et art. 5, § 1, c)).
#     reasoned:
#       en: >-
#         The design review covers the objective, the technical architecture, the data sources
#         and the selection of the strictly necessary data.
#       fr: >-
#         La revue de conception couvre l'objectif, l'architecture technique, les sources de
#         données et la sélection des données strictement nécessaires.
package cnil.minimisation.min_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_review := facts.value_at(input.manifest, ["design_review"])

_fields := ["objective", "architecture", "sources", "data_selection_rationale"]

_missing contains field if {
	is_object(_review)
	some field in _fields
	not facts.declared(_review, [field])
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_review", {}, "/design_review") if {
	facts.gdpr_applies
	not is_object(_review)
}

results contains result.fail(rego.metadata.chain(), concat("", ["no_", field]), {"field": field}, pointer) if {
	facts.gdpr_applies
	some field in _missing
	pointer := concat("/", ["/design_review", field])
}

results contains result.pass(rego.metadata.chain(), "reasoned", {}, "/design_review") if {
	facts.gdpr_applies
	is_object(_review)
	count(_missing) == 0
}
