# METADATA
# title: Long retention on a ground the CNIL names
# description: >-
#   The CNIL gives the grounds on which training datasets may be kept for a long time: a
#   significant scientific or financial investment, a standard recognised by the scientific
#   community, an evolving open dataset; GDPR art. 89 (archiving, research) and legal
#   obligations allow longer retention too. A long retention justified on another ground
#   (long_retention_justification: other, with the ground written out, which RET-03 requires)
#   departs from what the CNIL describes: the controller may do so under its own
#   responsibility, and a reviewer should read the ground. What counts as long is cnilpolicy's
#   own threshold, not a CNIL figure (policies/lib/thresholds/data.yaml).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: RET-03.3
#   step: retention
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: inference
#   articles: ["GDPR 5(1)(e)"]
#   fr:
#     title: Conservation longue pour un motif cité par la CNIL
#     description: >-
#       La CNIL indique les motifs pour lesquels des jeux de données d'entraînement peuvent être
#       conservés longtemps : un investissement scientifique ou financier important, une référence
#       reconnue par la communauté scientifique, un jeu de données ouvert évolutif ; l'archivage et
#       la recherche (RGPD, art. 89) et les obligations légales permettent aussi une conservation
#       plus longue. Une conservation longue justifiée par un autre motif
#       (long_retention_justification : other, avec le motif rédigé, qu'exige RET-03) s'écarte de ce
#       que décrit la CNIL : le responsable de traitement peut le faire sous sa propre
#       responsabilité, et un relecteur doit lire ce motif. Ce qui est considéré comme long relève
#       d'un seuil propre à cnilpolicy, et non d'un chiffre de la CNIL
#       (policies/lib/thresholds/data.yaml).
#   remediation:
#     en: >-
#       Have the ground written in datasets[].retention.long_retention_other_ground reviewed
#       (by the DPO); when it matches one the CNIL names, declare that ground instead of other;
#       otherwise keep the review in a waiver of RET-03.3 with its justification, or shorten
#       datasets[].retention.period.
#     fr: >-
#       Faites examiner (par le DPO) le motif rédigé dans
#       datasets[].retention.long_retention_other_ground ; s'il correspond à l'un de ceux que cite
#       la CNIL, déclarez ce motif plutôt que other ; sinon, consignez l'examen dans une exemption
#       (waivers[]) à RET-03.3 avec sa justification, ou raccourcissez datasets[].retention.period.
#   checks:
#     - message: no_long_retention
#       outcome: not_applicable
#       level: should
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#     - message: other_ground
#       outcome: fail
#       level: should
#       catalog: "RET-03 — long retention is possible when justified, e.g. a significant scientific/financial investment, a community standard, an evolving open dataset (the CNIL's grounds; another ground departs from them)."
#     - message: named_ground
#       outcome: pass
#       level: should
#       catalog: "RET-03 — Long retention of training datasets is possible when justified — e.g. datasets representing a significant scientific/financial investment or recognised as a standard by the scientific community, or evolving open datasets — and protected by appropriate security; a period of several years from collection must be explicitly justified."
#     - message: no_ground
#       outcome: not_applicable
#       level: should
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#   messages:
#     no_long_retention:
#       en: >-
#         No dataset holding personal data is kept long (beyond {{.threshold}} days, cnilpolicy's
#         threshold, not a CNIL figure, or indefinitely): no ground to review.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est conservé longtemps
#         (au-delà de {{.threshold}} jours, seuil de cnilpolicy et non de la CNIL, ou
#         indéfiniment) : aucun motif à examiner.
#     other_ground:
#       en: >-
#         Dataset {{.dataset}} is kept long ({{.period}}) on a ground other than those the CNIL
#         names (datasets[{{.index}}].retention.long_retention_justification: other): "{{.ground}}".
#         Have this ground reviewed; the CNIL's grounds are a significant investment, a community
#         standard, an evolving open dataset, art. 89 archiving or research, a legal obligation.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé longtemps ({{.period}}) pour un motif autre
#         que ceux que cite la CNIL (datasets[{{.index}}].retention.long_retention_justification :
#         other) : « {{.ground}} ». Faites examiner ce motif ; les motifs de la CNIL sont un
#         investissement important, une référence de la communauté, un jeu de données ouvert
#         évolutif, l'archivage ou la recherche au titre de l'art. 89, une obligation légale.
#     named_ground:
#       en: >-
#         Dataset {{.dataset}} is kept long ({{.period}}) on a ground the CNIL names:
#         {{.justification}}.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé longtemps ({{.period}}) pour un motif que cite
#         la CNIL : {{.justification}}.
#     no_ground:
#       en: >-
#         Dataset {{.dataset}} is kept long ({{.period}}) with no valid ground declared: RET-03
#         reports it; there is no ground to review yet.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé longtemps ({{.period}}) sans motif valide
#         déclaré : RET-03 le signale ; il n'y a pas encore de motif à examiner.
package cnil.retention.ret_03_3

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_ground(i) := facts.retention_ground(i)

_params(i) := {
	"dataset": facts.dataset_label(i),
	"index": i,
	"period": result.text_or_dash(facts.value_at(input.manifest.datasets[i], ["retention", "period"])),
	"justification": labels.word_or_dash("retention.long_retention_justification", _ground(i)),
	"ground": result.text_or_dash(facts.value_at(input.manifest.datasets[i], ["retention", "long_retention_other_ground"])),
}

_pointer(i) := sprintf("/datasets/%d/retention/long_retention_justification", [i])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_long_retention", {"threshold": facts.long_retention_days}, "/datasets") if {
	facts.gdpr_applies
	count(facts.long_retention_datasets) == 0
}

results contains result.fail(rego.metadata.chain(), "other_ground", _params(i), pointer) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	_ground(i) == "other"
	facts.retention_ground_holds(i)
	pointer := sprintf("/datasets/%d/retention/long_retention_other_ground", [i])
}

results contains result.pass(rego.metadata.chain(), "named_ground", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	_ground(i) != "other"
	facts.retention_ground_holds(i)
}

results contains result.not_applicable(rego.metadata.chain(), "no_ground", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	not facts.retention_ground_holds(i)
}
