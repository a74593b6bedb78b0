# METADATA
# title: Information — AI-specific transparency and time to object before training
# description: >-
#   The CNIL recommends offering
#   suitable formats such as data cards and model cards, and leaving a reasonable delay between
#   informing people and training the model so that they can object beforehand. The delay is set
#   by the controller for its use case; the tool only requires that it be declared and not zero.
#   Saying in the information that the model may memorise personal data is an obligation when
#   the model is not anonymous (its data are then personal data): MODEL-03 owns that check, so
#   that one fact is judged once, at the level of the obligation.
# related_resources:
#   - description: "CNIL — IA : Informer les personnes concernées"
#     ref: https://cnil.fr/fr/ia-informer-les-personnes-concernees
# custom:
#   id: INFO-04
#   step: information
#   fiche: information
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 12(1)", "GDPR 14", "GDPR 21"]
#   fr:
#     title: Information — transparence propre à l'IA et délai pour s'opposer avant l'entraînement
#     description: >-
#       La CNIL recommande de proposer des formats adaptés tels que des fiches de données (data
#       cards) et des fiches de modèle (model cards), et de laisser un délai raisonnable entre
#       l'information des personnes et l'entraînement du modèle afin qu'elles puissent s'y
#       opposer au préalable. Le délai est fixé par le responsable de traitement selon son cas
#       d'usage ; l'outil exige seulement qu'il soit déclaré et non nul. Signaler dans
#       l'information que le modèle peut mémoriser des données personnelles est une obligation
#       lorsque le modèle n'est pas anonyme : MODEL-03 porte cette vérification, afin qu'un même
#       fait soit jugé une seule fois, au niveau de l'obligation.
#   remediation:
#     en: >-
#       Declare the delay
#       between information and training as an ISO-8601 duration
#       (transparency.info_to_training_delay, for example P30D), and list the documentation
#       formats published in transparency.cards (data_card, model_card, system_card). If you
#       depart from this recommendation, record the justification in a waiver.
#     fr: >-
#       Déclarez le délai entre l'information et l'entraînement sous forme de durée ISO 8601
#       (transparency.info_to_training_delay, par exemple P30D) et listez les formats de
#       documentation publiés dans transparency.cards (data_card, model_card, system_card). Si
#       vous vous écartez de cette recommandation, consignez-en la justification dans une
#       exemption (waivers[]).
#   checks:
#     - message: no_delay
#       outcome: fail
#       level: should
#       catalog: "INFO-04 — Where the model may memorise personal data, say so (risk of memorisation/regurgitation, measures taken); consider alternative formats (data cards, model cards); leave a reasonable delay between informing people and training so that objection can be exercised (delay set by the controller according to the use case)."
#     - message: bad_delay
#       outcome: fail
#       level: should
#       catalog: "INFO-04 — Where the model may memorise personal data, say so (risk of memorisation/regurgitation, measures taken); consider alternative formats (data cards, model cards); leave a reasonable delay between informing people and training so that objection can be exercised (delay set by the controller according to the use case)."
#     - message: no_cards
#       outcome: fail
#       level: should
#       catalog: "INFO-04 — Where the model may memorise personal data, say so (risk of memorisation/regurgitation, measures taken); consider alternative formats (data cards, model cards); leave a reasonable delay between informing people and training so that objection can be exercised (delay set by the controller according to the use case)."
#     - message: transparent
#       outcome: pass
#       level: should
#       catalog: "INFO-04 — consider alternative formats (data cards, model cards); leave a reasonable delay between informing people and training (memorisation disclosure: MODEL-03)."
#   messages:
#     no_delay:
#       en: >-
#         transparency.info_to_training_delay is not declared: a reasonable delay should separate
#         the information of the people from the training, so that they can object beforehand
#         (GDPR art. 21).
#       fr: >-
#         transparency.info_to_training_delay n'est pas renseigné : un délai raisonnable devrait
#         séparer l'information des personnes de l'entraînement, afin qu'elles puissent s'y opposer
#         au préalable (RGPD, art. 21).
#     bad_delay:
#       en: >-
#         transparency.info_to_training_delay is {{.value}}: expected a non-zero ISO-8601 duration
#         in years, months, weeks or days (for example P30D), leaving people time to object before
#         training.
#       fr: >-
#         transparency.info_to_training_delay vaut {{.value}} : valeur attendue une durée ISO 8601
#         non nulle en années, mois, semaines ou jours (par exemple P30D), laissant aux personnes
#         le temps de s'opposer avant l'entraînement.
#     no_cards:
#       en: >-
#         transparency.cards is empty or missing: the CNIL recommends documentation formats
#         suited to AI, such as data cards and model cards, to complement the notice.
#       fr: >-
#         transparency.cards est vide ou absent : la CNIL recommande des formats de documentation
#         adaptés à l'IA, comme les fiches de données (data cards) et les fiches de modèle (model
#         cards), en complément de la mention d'information.
#     transparent:
#       en: >-
#         AI-specific transparency is provided: a delay of {{.delay}} separates information from
#         training, and these formats are published: {{.cards}}. Whether the memorisation risk
#         must be disclosed is judged by MODEL-03 (an obligation when the model is not anonymous).
#       fr: >-
#         La transparence propre à l'IA est assurée : un délai de {{.delay}} sépare l'information
#         de l'entraînement, et ces formats sont publiés : {{.cards}}. L'obligation de signaler le
#         risque de mémorisation est examinée par MODEL-03 (une obligation lorsque le modèle
#         n'est pas anonyme).
package cnil.information.info_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_transparency := object.get(input.manifest, "transparency", {})

_delay := object.get(_transparency, "info_to_training_delay", null)

_valid_delay if facts.duration_days(_delay) > 0

_cards := object.get(_transparency, "cards", null)

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_delay", {}, "/transparency/info_to_training_delay") if {
	facts.gdpr_applies
	not facts.filled(_delay)
}

results contains result.fail(rego.metadata.chain(), "bad_delay", {"value": json.marshal(_delay)}, "/transparency/info_to_training_delay") if {
	facts.gdpr_applies
	facts.filled(_delay)
	not _valid_delay
}

results contains result.fail(rego.metadata.chain(), "no_cards", {}, "/transparency/cards") if {
	facts.gdpr_applies
	not facts.filled(_cards)
}

_cards_text := labels.words("transparency.cards", _cards) if is_array(_cards)

else := sprintf("%v", [_cards])

results contains result.pass(rego.metadata.chain(), "transparent", params, "/transparency") if {
	facts.gdpr_applies
	_valid_delay
	facts.filled(_cards)
	params := {"delay": _delay, "cards": _cards_text}
}
