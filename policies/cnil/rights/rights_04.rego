# METADATA
# title: Requests are honoured on a non-anonymous model by re-training or robust filters
# description: >-
#   For a model that is not anonymous, plan how erasure, objection and rectification are
#   honoured on the model: periodic re-training that excludes the data (or machine
#   unlearning), or, when re-training is disproportionate, robust filters on prompts and
#   outputs, with a documented justification of any restriction of the rights (cost,
#   feasibility, technical limits). A model not declared anonymous (model.status) is presumed
#   to contain personal data. The list of measures is the tool's own reading of the CNIL fiche.
# related_resources:
#   - description: "CNIL — IA : Respecter et faciliter l'exercice des droits des personnes concernées"
#     ref: https://www.cnil.fr/fr/ia-respecter-lexercice-des-droits-des-personnes
#   - description: "CNIL — IA : Analyser le statut d'un modèle d'IA au regard du RGPD"
#     ref: https://www.cnil.fr/fr/ia-analyser-le-statut-dun-modele-dia-au-regard-du-rgpd
# custom:
#   id: RIGHTS-04
#   step: rights
#   fiche: rights
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 16", "GDPR 17", "GDPR 21", "GDPR 25"]
#   fr:
#     title: Prise en compte des demandes sur un modèle non anonyme par réentraînement ou filtres robustes
#     description: >-
#       Pour un modèle qui n'est pas anonyme, il convient de prévoir comment les demandes
#       d'effacement, d'opposition et de rectification sont prises en compte sur le modèle :
#       réentraînement périodique excluant les données (ou désapprentissage machine), ou,
#       lorsque le réentraînement est disproportionné, filtres robustes sur les requêtes et les
#       sorties, avec une justification documentée de toute limitation des droits (coût,
#       faisabilité, limites techniques). Un modèle non déclaré anonyme (model.status) est
#       présumé contenir des données personnelles. La liste des mesures est la lecture de la
#       fiche de la CNIL propre à l'outil.
#   remediation:
#     en: >-
#       Declare in rights.model_measures how requests reach the model (periodic_retraining,
#       machine_unlearning, output_filtering, prompt_filtering, or none), give
#       rights.retraining_frequency (ISO-8601) for periodic re-training, and justify in
#       rights.restriction_justification any choice that leaves the data in the model.
#     fr: >-
#       Déclarez dans rights.model_measures comment les demandes sont prises en compte dans le
#       modèle (periodic_retraining, machine_unlearning, output_filtering, prompt_filtering ou
#       none), indiquez rights.retraining_frequency (durée ISO 8601) en cas de réentraînement
#       périodique et justifiez dans rights.restriction_justification tout choix qui laisse les
#       données dans le modèle.
#   checks:
#     - message: model_anonymous
#       outcome: not_applicable
#       level: should
#       catalog: "RIGHTS-04 — Level: SHOULD."
#     - message: no_measures
#       outcome: fail
#       level: should
#       catalog: "RIGHTS-04 — For non-anonymous models, plan how erasure/objection/rectification are honoured: periodic re-training that excludes the data, or, when re-training is disproportionate, robust filters on outputs (and documented justification of any restriction)."
#     - message: none_with_others
#       outcome: fail
#       level: should
#       catalog: "RIGHTS-04 — For non-anonymous models, plan how erasure/objection/rectification are honoured: periodic re-training that excludes the data, or, when re-training is disproportionate, robust filters on outputs (and documented justification of any restriction)."
#     - message: no_justification
#       outcome: fail
#       level: should
#       catalog: "RIGHTS-04 — For non-anonymous models, plan how erasure/objection/rectification are honoured: periodic re-training that excludes the data, or, when re-training is disproportionate, robust filters on outputs (and documented justification of any restriction)."
#     - message: no_frequency
#       outcome: fail
#       level: should
#       catalog: "RIGHTS-04 — For non-anonymous models, plan how erasure/objection/rectification are honoured: periodic re-training that excludes the data, or, when re-training is disproportionate, robust filters on outputs (and documented justification of any restriction)."
#     - message: planned
#       outcome: pass
#       level: should
#       catalog: "RIGHTS-04 — For non-anonymous models, plan how erasure/objection/rectification are honoured: periodic re-training that excludes the data, or, when re-training is disproportionate, robust filters on outputs (and documented justification of any restriction)."
#   messages:
#     model_anonymous:
#       en: >-
#         The model is declared anonymous (model.status: anonymous): requests do not need to be
#         honoured on the model itself.
#       fr: >-
#         Le modèle est déclaré anonyme (model.status : anonymous) : les demandes n'ont pas à être
#         traitées sur le modèle lui-même.
#     no_measures:
#       en: >-
#         The model is not declared anonymous (model.status: {{.status}}) but
#         rights.model_measures is missing: plan how erasure, objection and rectification are
#         honoured on the model (re-training, unlearning or robust filters).
#       fr: >-
#         Le modèle n'est pas déclaré anonyme (model.status : {{.status}}) mais
#         rights.model_measures est absent : prévoyez comment l'effacement, l'opposition et la
#         rectification sont pris en compte dans le modèle (réentraînement, désapprentissage ou
#         filtres robustes).
#     none_with_others:
#       en: >-
#         rights.model_measures lists none together with other measures ({{.measures}}): declare
#         either the measures or none, not both.
#       fr: >-
#         rights.model_measures mentionne none avec d'autres mesures ({{.measures}}) : déclarez
#         soit les mesures, soit none, pas les deux.
#     no_justification:
#       en: >-
#         rights.model_measures ({{.measures}}) does not remove the data from the model (neither
#         `periodic_retraining` nor `machine_unlearning`) and rights.restriction_justification is
#         missing: document why re-training is disproportionate (cost, feasibility, technical
#         limits).
#       fr: >-
#         rights.model_measures ({{.measures}}) ne retire pas les données du modèle (ni
#         `periodic_retraining` ni `machine_unlearning`) et rights.restriction_justification est
#         absent : documentez pourquoi le réentraînement est disproportionné (coût, faisabilité,
#         limites techniques).
#     no_frequency:
#       en: >-
#         rights.model_measures includes periodic_retraining but rights.retraining_frequency is
#         missing or not an ISO-8601 duration: without a frequency, people cannot know when their
#         request reaches the model.
#       fr: >-
#         rights.model_measures comprend periodic_retraining mais rights.retraining_frequency est
#         absent ou n'est pas une durée ISO 8601 : sans fréquence, les personnes ne peuvent pas
#         savoir quand leur demande est prise en compte dans le modèle.
#     planned:
#       en: "Requests are honoured on the model through: {{.measures}}."
#       fr: "Les demandes sont prises en compte dans le modèle au moyen de : {{.measures}}."
package cnil.rights.rights_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_rights := object.get(input.manifest, "rights", {})

_measures := {m | some m in _rights.model_measures}

_measures_text := labels.words("rights.model_measures", _measures)

_applies if {
	facts.gdpr_applies
	facts.model_presumed_personal
}

_issues contains result.finding("no_measures", _params, "/rights/model_measures") if count(_measures) == 0

_issues contains result.finding("none_with_others", _params, "/rights/model_measures") if {
	"none" in _measures
	count(_measures) > 1
}

_issues contains result.finding("no_justification", _params, "/rights/restriction_justification") if {
	count(_measures) > 0
	count({"periodic_retraining", "machine_unlearning"} & _measures) == 0
	not facts.declared(_rights, ["restriction_justification"])
}

_issues contains result.finding("no_frequency", _params, "/rights/retraining_frequency") if {
	"periodic_retraining" in _measures
	not _frequency_valid
}

_frequency_valid if facts.duration_days(facts.value_at(_rights, ["retraining_frequency"])) >= 0

_status := labels.word("model.status", facts.model_status_value)

_params := {"status": _status, "measures": _measures_text}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "model_anonymous", {}, "/model/status") if {
	facts.gdpr_applies
	not facts.model_presumed_personal
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_applies
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "planned", {"measures": _measures_text}, "/rights/model_measures") if {
	_applies
	count(_issues) == 0
}
