# METADATA
# title: Long retention of training data only when justified
# description: >-
#   The CNIL accepts long retention of training datasets when it is justified, for example
#   for datasets that represent a significant scientific or financial investment, that the
#   scientific community recognises as a standard, or evolving open datasets; a period of
#   several years from collection must be explicitly justified (GDPR art. 5(1)(e), 89(1)).
#   What counts as long is cnilpolicy's own threshold, not a CNIL figure: a retention period
#   longer than one year (P1Y, policies/lib/thresholds/data.yaml, see the derived fact
#   long_retention), or retention that is indefinite in disguise (RET-01). The ground must be
#   one the CNIL names, art. 89 archiving or research (only for a project that declares a
#   research purpose), a legal obligation, or "other" with the ground written out, which
#   RET-03.3 flags for review.
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
#       référence, ou pour des jeux de données ouverts évolutifs ; une durée de plusieurs années à
#       compter de la collecte doit être explicitement justifiée (RGPD, art. 5, § 1, e), et art. 89,
#       § 1). Ce qui est considéré comme long relève d'un seuil propre à cnilpolicy, et non d'un
#       chiffre de la CNIL : une durée de conservation supérieure à un an (P1Y,
#       policies/lib/thresholds/data.yaml, voir le fait dérivé long_retention), ou une conservation
#       illimitée déguisée (RET-01). Le motif doit être l'un de ceux que cite la CNIL, l'archivage
#       ou la recherche au titre de l'art. 89 (seulement pour un projet qui déclare une finalité de
#       recherche), une obligation légale, ou « other » avec le motif rédigé, que RET-03.3 signale
#       pour examen.
#   remediation:
#     en: >-
#       For each dataset kept longer than one year (cnilpolicy's threshold), set
#       datasets[].retention.long_retention_justification to significant_investment,
#       community_standard, evolving_open_dataset, scientific_research_art89 (with a research
#       purpose declared), archiving_public_interest_art89, legal_obligation or other (then
#       write the ground in datasets[].retention.long_retention_other_ground), and explain it in
#       datasets[].retention.justification; otherwise shorten datasets[].retention.period.
#     fr: >-
#       Pour chaque jeu de données conservé plus d'un an (seuil de cnilpolicy), renseignez
#       datasets[].retention.long_retention_justification (significant_investment,
#       community_standard, evolving_open_dataset, scientific_research_art89 avec une finalité de
#       recherche déclarée, archiving_public_interest_art89, legal_obligation ou other, en
#       rédigeant alors le motif dans datasets[].retention.long_retention_other_ground) et
#       motivez-la dans datasets[].retention.justification ; sinon, raccourcissez
#       datasets[].retention.period.
#   checks:
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: must-if
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#     - message: no_valid_period
#       outcome: not_applicable
#       level: must-if
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#     - message: not_long
#       outcome: not_applicable
#       level: must-if
#       catalog: "RET-03 — Level: MUST-IF retention is long (justification); SHOULD (security level) — threshold ⚪ (suggest > 12 months or > end of development)."
#     - message: no_justification
#       outcome: fail
#       level: must-if
#       catalog: "RET-03 — Long retention of training datasets is possible when justified — e.g. datasets representing a significant scientific/financial investment or recognised as a standard by the scientific community, or evolving open datasets — and protected by appropriate security; a period of several years from collection must be explicitly justified."
#     - message: unknown_justification
#       outcome: fail
#       level: must-if
#       catalog: "RET-03 — Long retention of training datasets is possible when justified — e.g. datasets representing a significant scientific/financial investment or recognised as a standard by the scientific community, or evolving open datasets — and protected by appropriate security; a period of several years from collection must be explicitly justified."
#     - message: no_research_purpose
#       outcome: fail
#       level: must-if
#       catalog: "RET-03 — long retention must be justified; PURPOSE-06: research status unlocks longer retention (art. 5(1)(e), 89) only for research purposes."
#     - message: other_without_text
#       outcome: fail
#       level: must-if
#       catalog: "RET-03 — a period of several years from collection must be explicitly justified."
#     - message: justified
#       outcome: pass
#       level: must-if
#       catalog: "RET-03 — Long retention of training datasets is possible when justified — e.g. datasets representing a significant scientific/financial investment or recognised as a standard by the scientific community, or evolving open datasets — and protected by appropriate security; a period of several years from collection must be explicitly justified."
#   messages:
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
#         Dataset {{.dataset}} is kept for {{.period}} from {{.start_event}} (about {{.days}} days):
#         long retention, beyond {{.threshold}} days (one year, the long-retention threshold set by
#         cnilpolicy, not by the CNIL) or indefinite (RET-01), but
#         datasets[{{.index}}].retention.long_retention_justification is missing: long retention
#         of training data must be justified (GDPR art. 5(1)(e)).
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} à partir de
#         {{.start_event}} (environ {{.days}} jours) : une conservation longue, au-delà de
#         {{.threshold}} jours (un an, seuil de conservation longue fixé par cnilpolicy et non par
#         la CNIL) ou illimitée (RET-01), mais
#         datasets[{{.index}}].retention.long_retention_justification est absent : une conservation
#         longue des données d'entraînement doit être justifiée (RGPD, art. 5, § 1, e)).
#     unknown_justification:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}}, longer than cnilpolicy's one-year
#         threshold (not a CNIL figure), and datasets[{{.index}}].retention.long_retention_justification
#         is "{{.justification}}", which is not one of significant_investment, community_standard,
#         evolving_open_dataset, scientific_research_art89, archiving_public_interest_art89,
#         legal_obligation, other.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}}, au-delà du seuil d'un an
#         de cnilpolicy (qui n'est pas un seuil de la CNIL), et
#         datasets[{{.index}}].retention.long_retention_justification vaut « {{.justification}} »,
#         qui n'est pas l'une des valeurs significant_investment, community_standard,
#         evolving_open_dataset, scientific_research_art89, archiving_public_interest_art89,
#         legal_obligation, other.
#     no_research_purpose:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} on the ground of scientific research under
#         art. 89 (datasets[{{.index}}].retention.long_retention_justification:
#         `scientific_research_art89`), but no development activity declares a research purpose
#         (processing_activities[].purpose.scientific_research is not true): the manifest's own
#         facts do not support the ground (GDPR art. 5(1)(e), 89(1)).
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} au titre de la recherche
#         scientifique (art. 89) (datasets[{{.index}}].retention.long_retention_justification :
#         `scientific_research_art89`), mais aucun traitement de développement ne déclare de finalité
#         de recherche (processing_activities[].purpose.scientific_research ne vaut pas true) : les
#         faits du manifeste ne fondent pas ce motif (RGPD, art. 5, § 1, e), et art. 89, § 1).
#     other_without_text:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} on a ground declared as "other"
#         (datasets[{{.index}}].retention.long_retention_justification) but the ground is not
#         written in datasets[{{.index}}].retention.long_retention_other_ground: a ground outside
#         those the CNIL names must be stated to justify long retention (GDPR art. 5(1)(e)).
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} pour un motif déclaré «
#         other » (datasets[{{.index}}].retention.long_retention_justification), mais ce motif n'est
#         pas rédigé dans datasets[{{.index}}].retention.long_retention_other_ground : un motif
#         autre que ceux que cite la CNIL doit être énoncé pour justifier une conservation longue
#         (RGPD, art. 5, § 1, e)).
#     justified:
#       en: >-
#         Dataset {{.dataset}} is kept for {{.period}} from {{.start_event}} (about {{.days}} days),
#         long retention by cnilpolicy's threshold ({{.threshold}} days, not a CNIL figure); it is
#         justified as {{.justification}}.
#       fr: >-
#         Le jeu de données {{.dataset}} est conservé pendant {{.period}} à partir de
#         {{.start_event}} (environ {{.days}} jours), une conservation longue selon le seuil de
#         cnilpolicy ({{.threshold}} jours, pas un chiffre de la CNIL) ; elle est justifiée
#         ({{.justification}}).
package cnil.retention.ret_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_justifications := facts.named_long_retention_grounds | {"other"}

_params(i) := {
	"dataset": facts.dataset_label(i),
	"index": i,
	"period": result.text_or_dash(facts.value_at(input.manifest.datasets[i], ["retention", "period"])),
	"start_event": labels.word_or_dash("retention.start_event", facts.value_at(input.manifest.datasets[i], ["retention", "start_event"])),
	"days": result.text_or_dash(object.get(facts.retention_period_days, i, null)),
	"threshold": facts.long_retention_days,
	"justification": labels.word_or_dash("retention.long_retention_justification", facts.retention_ground(i)),
}

_pointer(i) := sprintf("/datasets/%d/retention/long_retention_justification", [i])

_declared_ground(i) if facts.declared(input.manifest.datasets[i], ["retention", "long_retention_justification"])

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

results contains result.fail(rego.metadata.chain(), "no_justification", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	not _declared_ground(i)
}

results contains result.fail(rego.metadata.chain(), "unknown_justification", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	_declared_ground(i)
	not facts.retention_ground(i) in _justifications
}

results contains result.fail(rego.metadata.chain(), key, _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	key := facts.retention_ground_problem(i)
}

results contains result.pass(rego.metadata.chain(), "justified", _params(i), _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.long_retention_datasets
	facts.retention_ground_holds(i)
}
