# METADATA
# title: Long-retained training data protected by appropriate security
# description: >-
#   When training datasets are kept for a long time, the CNIL expects them to be protected by
#   appropriate security measures (GDPR art. 5(1)(f), 32). What counts as long is cnilpolicy's
#   own threshold, not a CNIL figure: a retention period longer than one year (P1Y, see the
#   derived fact long_retention).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: RET-03.2
#   step: retention
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 5(1)(f)", "GDPR 32"]
#   fr:
#     title: Sécurité adaptée pour les données d'entraînement conservées longtemps
#     description: >-
#       Lorsque des jeux de données d'entraînement sont conservés longtemps, la CNIL attend qu'ils
#       soient protégés par des mesures de sécurité appropriées (RGPD, art. 5, § 1, f), et art. 32).
#       Ce qui est considéré comme long relève d'un seuil propre à cnilpolicy, et non d'un chiffre
#       de la CNIL : une durée de conservation supérieure à un an (P1Y, voir le fait dérivé
#       long_retention).
#   remediation:
#     en: >-
#       For each dataset kept longer than one year (cnilpolicy's threshold), reference the
#       security measures protecting it (access control, encryption, logging, separate storage)
#       in datasets[].retention.security_measures_ref.
#     fr: >-
#       Pour chaque jeu de données conservé plus d'un an (seuil de cnilpolicy), référencez les
#       mesures de sécurité qui le protègent (contrôle d'accès, chiffrement, journalisation,
#       stockage séparé) dans datasets[].retention.security_measures_ref.
#   checks:
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: should
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#     - message: no_valid_period
#       outcome: not_applicable
#       level: should
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#     - message: not_long
#       outcome: not_applicable
#       level: should
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#     - message: no_security
#       outcome: fail
#       level: should
#       catalog: "RET-03 — Long retention of training datasets is possible when justified — e.g. datasets representing a significant scientific/financial investment or recognised as a standard by the scientific community, or evolving open datasets — and protected by appropriate security; a period of several years from collection must be explicitly justified."
#     - message: secured
#       outcome: pass
#       level: should
#       catalog: "RET-03 — Long retention of training datasets is possible when justified — e.g. datasets representing a significant scientific/financial investment or recognised as a standard by the scientific community, or evolving open datasets — and protected by appropriate security; a period of several years from collection must be explicitly justified."
#   messages:
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data: there is no long retention to secure
#         (RET-01 reports a missing datasets list).
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles : il n'y a pas de
#         conservation longue à sécuriser (RET-01 signale une liste datasets absente).
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
#         CNIL: this rule does not apply.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} (environ {{.days}} jours),
#         ce qui ne dépasse pas {{.threshold}} jours (un an), seuil de conservation longue fixé par
#         cnilpolicy et non par la CNIL : cette règle ne s'applique pas.
#     no_security:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} (about {{.days}} days), longer than
#         {{.threshold}} days (one year), the long-retention threshold set by cnilpolicy, not by the
#         CNIL, but names no security measures (datasets[{{.index}}].retention.security_measures_ref):
#         the CNIL expects long-retained training data to be protected by appropriate security
#         (GDPR art. 32).
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} (environ {{.days}} jours),
#         au-delà de {{.threshold}} jours (un an), seuil de conservation longue fixé par cnilpolicy
#         et non par la CNIL, mais ne référence aucune mesure de sécurité
#         (datasets[{{.index}}].retention.security_measures_ref) : la CNIL attend que les données
#         d'entraînement conservées longtemps soient protégées par une sécurité adaptée (RGPD, art.
#         32).
#     secured:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}}, longer than cnilpolicy's one-year threshold
#         (not a CNIL figure); its security measures are documented in {{.ref}}.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}}, au-delà du seuil d'un an
#         de cnilpolicy (qui n'est pas un seuil de la CNIL) ; ses mesures de sécurité sont
#         documentées dans {{.ref}}.
package cnil.retention.ret_03_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_params(i) := {
	"dataset": facts.dataset_label(i),
	"index": i,
	"period": result.text_or_dash(facts.value_at(input.manifest.datasets[i], ["retention", "period"])),
	"days": result.text_or_dash(object.get(facts.retention_period_days, i, null)),
	"threshold": facts.long_retention_days,
	"ref": sprintf("%v", [facts.value_at(input.manifest.datasets[i], ["retention", "security_measures_ref"])]),
}

_pointer(i) := sprintf("/datasets/%d/retention/security_measures_ref", [i])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_personal_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	count(facts.personal_datasets) == 0
}

results contains result.not_applicable(rego.metadata.chain(), "no_valid_period", params, pointer) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not facts.retention_period_days[i]
	not i in facts.long_retention_datasets
	params := {"dataset": facts.dataset_label(i), "index": i}
	pointer := sprintf("/datasets/%d/retention/period", [i])
}

results contains result.not_applicable(rego.metadata.chain(), "not_long", _params(i), pointer) if {
	facts.gdpr_applies
	some i, _ in facts.retention_period_days
	not i in facts.long_retention_datasets
	pointer := sprintf("/datasets/%d/retention/period", [i])
}

results contains result.fail(rego.metadata.chain(), "no_security", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	not facts.declared(input.manifest.datasets[i], ["retention", "security_measures_ref"])
}

results contains result.pass(rego.metadata.chain(), "secured", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	facts.declared(input.manifest.datasets[i], ["retention", "security_measures_ref"])
}
