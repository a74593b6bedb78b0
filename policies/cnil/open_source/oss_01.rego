# METADATA
# title: Open-source release — openness as a benefit, caution with training data
# description: >-
#   The CNIL open-source focus describes openness practices (publication of weights, code,
#   documentation, training data, access through a library or an API, open licences) that may
#   be counted among the benefits in a legitimate-interest balancing. Publishing the weights is
#   the minimum condition to speak of an open model. Publishing training data that contain
#   personal data calls for particular caution: it is itself a disclosure of those data and
#   must be assessed beforehand.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur la diffusion des modèles en source ouverte"
#     ref: https://cnil.fr/fr/focus-interet-legitime-diffusion-modeles-source-ouverte
# custom:
#   id: OSS-01
#   step: open_source
#   fiche: open-source
#   level: should
#   severity: warning
#   evidence: recalled
#   articles: ["GDPR 6(1)(f)", "GDPR 5(1)(f)"]
#   fr:
#     title: Diffusion en source ouverte — l'ouverture comme bénéfice, prudence sur les données d'entraînement
#     description: >-
#       La fiche focus de la CNIL sur la diffusion en source ouverte décrit des pratiques
#       d'ouverture (publication des poids, du code, de la documentation, des données
#       d'entraînement, accès par une bibliothèque ou une API, licences ouvertes) qui peuvent
#       être comptées parmi les bénéfices dans une mise en balance au titre de l'intérêt
#       légitime. La publication des poids est la condition minimale pour parler de modèle
#       ouvert. La publication de données d'entraînement contenant des données personnelles
#       appelle une prudence particulière : elle constitue en elle-même une divulgation de ces
#       données et doit être évaluée au préalable.
#   remediation:
#     en: >-
#       Declare how the model is distributed (distribution.mode: closed, api_only, open_weights
#       or fully_open) and, for an open release, list the openness practices in
#       distribution.open_source_practices, including weights. Before publishing training data
#       that contain personal data, assess that disclosure and reference the assessment in
#       distribution.training_data_publication_assessment_ref.
#     fr: >-
#       Déclarez le mode de diffusion du modèle (distribution.mode : closed, api_only,
#       open_weights ou fully_open) et, pour une diffusion ouverte, listez les pratiques
#       d'ouverture dans distribution.open_source_practices, dont weights. Avant de publier des
#       données d'entraînement contenant des données personnelles, analysez cette divulgation et
#       référencez l'analyse dans distribution.training_data_publication_assessment_ref.
#   checks:
#     - message: undeclared
#       outcome: fail
#       level: should
#       catalog: "OSS-01 — Openness practices (E11) may be counted among the benefits in the legitimate-interest balancing; publishing the weights is the minimum for \"open\"; publishing training data that contain personal data requires particular caution (it can itself be a new processing/disclosure)."
#     - message: not_open
#       outcome: not_applicable
#       level: should
#       catalog: "OSS-01 — Level: SHOULD."
#     - message: no_weights
#       outcome: fail
#       level: should
#       catalog: "OSS-01 — Openness practices (E11) may be counted among the benefits in the legitimate-interest balancing; publishing the weights is the minimum for \"open\"; publishing training data that contain personal data requires particular caution (it can itself be a new processing/disclosure)."
#     - message: training_data_unassessed
#       outcome: fail
#       level: should
#       catalog: "OSS-01 — Openness practices (E11) may be counted among the benefits in the legitimate-interest balancing; publishing the weights is the minimum for \"open\"; publishing training data that contain personal data requires particular caution (it can itself be a new processing/disclosure)."
#     - message: open
#       outcome: pass
#       level: should
#       catalog: "OSS-01 — Openness practices (E11) may be counted among the benefits in the legitimate-interest balancing; publishing the weights is the minimum for \"open\"; publishing training data that contain personal data requires particular caution (it can itself be a new processing/disclosure)."
#   messages:
#     undeclared:
#       en: >-
#         distribution.mode is not declared: the tool cannot tell whether the model will be
#         released openly, which changes the balancing and the precautions the CNIL recommends.
#       fr: >-
#         distribution.mode n'est pas renseigné : l'outil ne peut pas déterminer si le modèle sera
#         diffusé en source ouverte, ce qui modifie la mise en balance et les précautions
#         recommandées par la CNIL.
#     not_open:
#       en: >-
#         The model is not released openly (distribution.mode: {{.mode}}): the CNIL open-source
#         focus does not apply.
#       fr: >-
#         Le modèle n'est pas diffusé en source ouverte (distribution.mode : {{.mode}}) : la fiche
#         focus de la CNIL sur la source ouverte ne s'applique pas.
#     no_weights:
#       en: >-
#         distribution.mode is {{.mode}} but distribution.open_source_practices does not list
#         weights: publishing the weights is the minimum condition for a release to count as
#         open, and as a benefit in the balancing.
#       fr: >-
#         distribution.mode vaut {{.mode}} mais distribution.open_source_practices ne mentionne pas
#         weights : la publication des poids est la condition minimale pour qu'une diffusion soit
#         considérée comme ouverte, et comptée comme un bénéfice dans la mise en balance.
#     training_data_unassessed:
#       en: >-
#         distribution.open_source_practices includes `training_data` while datasets {{.datasets}}
#         contain personal data, but distribution.training_data_publication_assessment_ref is
#         missing: publishing them discloses personal data and must be assessed beforehand.
#       fr: >-
#         distribution.open_source_practices comprend `training_data` alors que les jeux de données
#         {{.datasets}} contiennent des données personnelles, mais
#         distribution.training_data_publication_assessment_ref est absent : leur publication
#         divulgue des données personnelles et doit être analysée au préalable.
#     open:
#       en: >-
#         The model is released openly ({{.practices}}); this openness may be counted among the
#         benefits of the legitimate-interest balancing.
#       fr: >-
#         Le modèle est diffusé en source ouverte ({{.practices}}) ; cette ouverture peut être
#         comptée parmi les bénéfices de la mise en balance au titre de l'intérêt légitime.
package cnil.open_source.oss_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_distribution := object.get(input.manifest, "distribution", {})

_mode := object.get(_distribution, "mode", null)

_practices := {p | some p in object.get(_distribution, "open_source_practices", [])}

_mode_text := labels.word("distribution.mode", _mode) if is_string(_mode)

else := json.marshal(_mode)

_open_modes := {"open_weights", "fully_open"}

_undeclared if {
	not facts.filled(_mode)
	count(_practices) == 0
}

_personal_dataset_ids := sort([object.get(input.manifest.datasets[i], "id", sprintf("#%d", [i])) |
	some i in facts.personal_datasets
])

_training_data_unassessed if {
	"training_data" in _practices
	count(_personal_dataset_ids) > 0
	not facts.declared(_distribution, ["training_data_publication_assessment_ref"])
}

_no_weights if {
	_mode in _open_modes
	not "weights" in _practices
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "undeclared", {}, "/distribution/mode") if {
	facts.gdpr_applies
	_undeclared
}

results contains result.not_applicable(rego.metadata.chain(), "not_open", {"mode": _mode_text}, "/distribution/mode") if {
	facts.gdpr_applies
	not _undeclared
	not facts.model_distributed_openly
}

results contains result.fail(rego.metadata.chain(), "no_weights", {"mode": labels.word("distribution.mode", _mode)}, "/distribution/open_source_practices") if {
	facts.gdpr_applies
	_no_weights
}

results contains result.fail(rego.metadata.chain(), "training_data_unassessed", params, pointer) if {
	facts.gdpr_applies
	facts.model_distributed_openly
	_training_data_unassessed
	params := {"datasets": concat(", ", _personal_dataset_ids)}
	pointer := "/distribution/training_data_publication_assessment_ref"
}

results contains result.pass(rego.metadata.chain(), "open", {"practices": labels.words("open_source_practice", _practices)}, "/distribution") if {
	facts.gdpr_applies
	facts.model_distributed_openly
	not _no_weights
	not _training_data_unassessed
}
