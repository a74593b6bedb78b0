# METADATA
# title: Long retention of training data only when justified
# description: >-
#   The CNIL accepts long retention of training datasets when it is justified, for example
#   for datasets that represent a significant scientific or financial investment, that the
#   scientific community recognises as a standard, or evolving open datasets; a period of
#   several years from collection must be explicitly justified (GDPR art. 5(1)(e), 89(1)).
#   What counts as long is cnilpolicy's own threshold, not a CNIL figure: a retention period
#   longer than one year (P1Y, see the derived fact long_retention).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: RET-03
#   step: retention
#   fiche: data-management
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(e)", "GDPR 89(1)"]
#   fr:
#     title: Conservation longue des données d'entraînement seulement si elle est justifiée
#     description: >-
#       La CNIL admet une conservation longue des jeux de données d'entraînement lorsqu'elle est
#       justifiée, par exemple pour des jeux de données qui représentent un investissement
#       scientifique ou financier important, que la communauté scientifique reconnaît comme une
#       référence, ou pour des jeux de données ouverts évolutifs ; une durée de plusieurs années
#       à compter de la collecte doit être explicitement justifiée (articles 5(1)(e) et 89(1) du
#       RGPD). Ce qui est considéré comme long relève d'un seuil propre à cnilpolicy, et non
#       d'un chiffre de la CNIL : une durée de conservation supérieure à un an (P1Y, voir le
#       fait dérivé long_retention).
#   remediation:
#     en: >-
#       For each dataset kept longer than one year (cnilpolicy's threshold), set
#       datasets[].retention.long_retention_justification to significant_investment,
#       community_standard, evolving_open_dataset, scientific_research_art89, legal_obligation or
#       other, and explain it in datasets[].retention.justification; otherwise shorten
#       datasets[].retention.period.
#     fr: >-
#       Pour chaque jeu de données conservé plus d'un an (seuil de cnilpolicy), renseignez
#       datasets[].retention.long_retention_justification (significant_investment,
#       community_standard, evolving_open_dataset, scientific_research_art89, legal_obligation ou
#       other) et motivez-la dans datasets[].retention.justification ; sinon, raccourcissez
#       datasets[].retention.period.
#   messages:
#     gdpr_not_applicable:
#       en: >-
#         The GDPR does not apply to this development (personal_data.processed is false, or the
#         legal regime is not the GDPR): this rule does not apply.
#       fr: >-
#         Le RGPD ne s'applique pas à ce développement (personal_data.processed vaut false, ou le
#         régime juridique n'est pas le RGPD) : cette règle ne s'applique pas.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data: there is no retention period to assess as long
#         (RET-01 reports a missing datasets list).
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles : il n'y a pas de durée
#         de conservation à apprécier (RET-01 signale une liste datasets absente).
#     no_valid_period:
#       en: >-
#         Dataset {{.dataset}} declares no valid retention period (RET-01 reports it), so whether
#         its retention is long cannot be determined yet.
#       fr: >-
#         Le jeu de données {{.dataset}} ne déclare pas de durée de conservation valide (RET-01 le
#         signale) : on ne peut donc pas encore dire si sa conservation est longue.
#     not_long:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} (about {{.days}} days), which does not exceed
#         {{.threshold}} days (one year), the long-retention threshold set by cnilpolicy, not by the
#         CNIL: no specific justification is required.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} (environ {{.days}} jours),
#         ce qui ne dépasse pas {{.threshold}} jours (un an), seuil de conservation longue fixé par
#         cnilpolicy et non par la CNIL : aucune justification particulière n'est requise.
#     no_justification:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} (about {{.days}} days), longer than
#         {{.threshold}} days (one year), the long-retention threshold set by cnilpolicy, not by the
#         CNIL, but datasets[{{.index}}].retention.long_retention_justification is missing: long
#         retention of training data must be justified (GDPR art. 5(1)(e)).
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} (environ {{.days}} jours),
#         au-delà de {{.threshold}} jours (un an), seuil de conservation longue fixé par cnilpolicy
#         et non par la CNIL, mais datasets[{{.index}}].retention.long_retention_justification est
#         absent : une conservation longue des données d'entraînement doit être justifiée (article
#         5(1)(e) du RGPD).
#     unknown_justification:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}}, longer than cnilpolicy's one-year
#         threshold (not a CNIL figure), and datasets[{{.index}}].retention.long_retention_justification
#         is "{{.justification}}", which is not one of significant_investment, community_standard,
#         evolving_open_dataset, scientific_research_art89, legal_obligation, other.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}}, au-delà du seuil d'un an
#         de cnilpolicy (qui n'est pas un seuil de la CNIL), et
#         datasets[{{.index}}].retention.long_retention_justification vaut « {{.justification}} »,
#         qui n'est pas l'une des valeurs significant_investment, community_standard,
#         evolving_open_dataset, scientific_research_art89, legal_obligation, other.
#     justified:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} (about {{.days}} days), longer than
#         {{.threshold}} days, the long-retention threshold set by cnilpolicy, not by the CNIL;
#         the long retention is justified as {{.justification}}.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} (environ {{.days}} jours),
#         au-delà de {{.threshold}} jours, seuil de conservation longue fixé par cnilpolicy et non
#         par la CNIL ; cette conservation longue est justifiée ({{.justification}}).
package cnil.retention.ret_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_justifications := {
	"significant_investment", "community_standard", "evolving_open_dataset",
	"scientific_research_art89", "legal_obligation", "other",
}

_label(i) := facts.retention_dataset_label(i)

_na_pointer := "/personal_data/processed" if not facts.personal_data_processed

else := "/legal_regime"

_params(i) := {
	"dataset": _label(i),
	"index": i,
	"period": input.manifest.datasets[i].retention.period,
	"days": facts.retention_period_days[i],
	"threshold": facts.long_retention_days,
	"justification": sprintf("%v", [facts.value_at(input.manifest.datasets[i], ["retention", "long_retention_justification"])]),
}

_pointer(i) := sprintf("/datasets/%d/retention/long_retention_justification", [i])

results contains result.not_applicable(rego.metadata.chain(), "gdpr_not_applicable", {}, _na_pointer) if {
	not facts.gdpr_applies
}

results contains result.not_applicable(rego.metadata.chain(), "no_personal_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	count(facts.personal_datasets) == 0
}

results contains result.not_applicable(rego.metadata.chain(), "no_valid_period", params, pointer) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not facts.retention_period_days[i]
	params := {"dataset": _label(i), "index": i}
	pointer := sprintf("/datasets/%d/retention/period", [i])
}

results contains result.not_applicable(rego.metadata.chain(), "not_long", _params(i), pointer) if {
	facts.gdpr_applies
	some i, days in facts.retention_period_days
	days <= facts.long_retention_days
	pointer := sprintf("/datasets/%d/retention/period", [i])
}

results contains result.fail(rego.metadata.chain(), "no_justification", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	not facts.declared(input.manifest.datasets[i], ["retention", "long_retention_justification"])
}

results contains result.fail(rego.metadata.chain(), "unknown_justification", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	facts.declared(input.manifest.datasets[i], ["retention", "long_retention_justification"])
	not input.manifest.datasets[i].retention.long_retention_justification in _justifications
}

results contains result.pass(rego.metadata.chain(), "justified", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	input.manifest.datasets[i].retention.long_retention_justification in _justifications
}
