# METADATA
# title: People are told how their request is followed up, including on the model
# description: >-
#   The CNIL recommends telling the person what follow-up is given to the request,
#   especially when its effect on the trained model is not immediate (for example when the
#   request is taken into account at the next re-training). The manifest states that this
#   information is given (rights.followup_notice) and, for a model that is not declared
#   anonymous, the delay within which requests reach the model (rights.model_update_delay,
#   an ISO-8601 duration).
# related_resources:
#   - description: "CNIL — IA : Respecter et faciliter l'exercice des droits des personnes concernées"
#     ref: https://www.cnil.fr/fr/ia-respecter-lexercice-des-droits-des-personnes
# custom:
#   id: RIGHTS-03
#   step: rights
#   fiche: rights
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 12(3)", "GDPR 12(4)"]
#   fr:
#     title: Information des personnes sur les suites données à leur demande, y compris sur le modèle
#     description: >-
#       La CNIL recommande d'informer la personne des suites données à sa demande, en
#       particulier lorsque son effet sur le modèle entraîné n'est pas immédiat (par exemple
#       lorsque la demande est prise en compte lors du prochain réentraînement). Le manifeste
#       indique que cette information est délivrée (rights.followup_notice) et, pour un modèle
#       qui n'est pas déclaré anonyme, le délai dans lequel les demandes sont répercutées sur le
#       modèle (rights.model_update_delay, une durée ISO 8601).
#   remediation:
#     en: >-
#       Set rights.followup_notice to true once the answer to a request explains its follow-up,
#       and, unless model.status is anonymous, declare in rights.model_update_delay (ISO-8601,
#       for example P6M) when a request is reflected in the model.
#     fr: >-
#       Fixez rights.followup_notice à true lorsque la réponse à une demande en explique les suites
#       et, sauf si model.status vaut anonymous, indiquez dans rights.model_update_delay (durée ISO
#       8601, par exemple P6M) le délai de prise en compte d'une demande dans le modèle.
#   checks:
#     - message: no_followup
#       outcome: fail
#       level: should
#       catalog: "RIGHTS-03 — Inform the person of the follow-up given to the request, especially when its effect on the trained model is not immediate (e.g. taken into account at the next re-training)."
#     - message: no_delay
#       outcome: fail
#       level: should
#       catalog: "RIGHTS-03 — Inform the person of the follow-up given to the request, especially when its effect on the trained model is not immediate (e.g. taken into account at the next re-training)."
#     - message: informed_model
#       outcome: pass
#       level: should
#       catalog: "RIGHTS-03 — Inform the person of the follow-up given to the request, especially when its effect on the trained model is not immediate (e.g. taken into account at the next re-training)."
#     - message: informed
#       outcome: pass
#       level: should
#       catalog: "RIGHTS-03 — Inform the person of the follow-up given to the request, especially when its effect on the trained model is not immediate (e.g. taken into account at the next re-training)."
#   messages:
#     no_followup:
#       en: >-
#         rights.followup_notice is not true: the CNIL recommends telling people what follow-up
#         is given to their request, in particular on the trained model (GDPR art. 12(3) and 12(4)).
#       fr: >-
#         rights.followup_notice ne vaut pas true : la CNIL recommande d'indiquer aux personnes les
#         suites données à leur demande, notamment sur le modèle entraîné (RGPD, art. 12, § 3 et 4).
#     no_delay:
#       en: >-
#         The model is not declared anonymous (model.status: {{.status}}) but
#         rights.model_update_delay is missing or not an ISO-8601 duration: people should be told
#         when their request takes effect on the model (for example at the next re-training).
#       fr: >-
#         Le modèle n'est pas déclaré anonyme (model.status : {{.status}}) mais
#         rights.model_update_delay est absent ou n'est pas une durée ISO 8601 : les personnes
#         devraient savoir quand leur demande prend effet sur le modèle (par exemple au prochain
#         réentraînement).
#     informed_model:
#       en: >-
#         People are told the follow-up of their request; requests reach the model within
#         {{.delay}} (rights.model_update_delay).
#       fr: >-
#         Les personnes sont informées des suites de leur demande ; les demandes sont prises en
#         compte dans le modèle dans un délai de {{.delay}} (rights.model_update_delay).
#     informed:
#       en: >-
#         People are told the follow-up of their request; the model is declared anonymous, so
#         requests concern the datasets only.
#       fr: >-
#         Les personnes sont informées des suites de leur demande ; le modèle est déclaré
#         anonyme, les demandes ne portent donc que sur les jeux de données.
package cnil.rights.rights_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_followup := facts.value_at(input.manifest, ["rights", "followup_notice"])

_delay := facts.value_at(input.manifest, ["rights", "model_update_delay"])

_delay_valid if facts.duration_days(_delay) >= 0

_status := labels.word("model.status", facts.model_status_value)

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_followup", {}, "/rights/followup_notice") if {
	facts.gdpr_applies
	not _followup == true
}

results contains result.fail(rego.metadata.chain(), "no_delay", {"status": _status}, "/rights/model_update_delay") if {
	facts.gdpr_applies
	facts.model_presumed_personal
	not _delay_valid
}

results contains result.pass(rego.metadata.chain(), "informed_model", {"delay": _delay}, "/rights/model_update_delay") if {
	facts.gdpr_applies
	_followup == true
	facts.model_presumed_personal
	_delay_valid
}

results contains result.pass(rego.metadata.chain(), "informed", {}, "/rights/followup_notice") if {
	facts.gdpr_applies
	_followup == true
	not facts.model_presumed_personal
}
