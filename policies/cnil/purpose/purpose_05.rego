# METADATA
# title: General-purpose systems — risky capabilities, excluded functions, conditions of use
# description: >-
#   As a good practice, the purpose of a general-purpose system also lists the
#   foreseeable capabilities that carry the most risk (for example processing of health
#   data or identification of persons), the functionalities excluded by design, and the
#   conditions of use or dissemination of the system (open source, SaaS, API…).
# related_resources:
#   - description: "CNIL — Defining a purpose"
#     ref: https://www.cnil.fr/en/defining-purpose
#   - description: "CNIL — IA : Définir une finalité"
#     ref: https://cnil.fr/fr/definir-une-finalite-0
# custom:
#   id: PURPOSE-05
#   step: purpose
#   fiche: purpose
#   level: good_practice
#   severity: info
#   evidence: secondary
#   articles: ["GDPR 5(1)(b)", "GDPR 25"]
#   fr:
#     title: Systèmes à usage général — capacités à risque, fonctions exclues, conditions d'utilisation
#     description: >-
#       À titre de bonne pratique, la finalité d'un système à usage général énumère aussi les
#       capacités envisageables les plus risquées (par exemple le traitement de données de santé
#       ou l'identification de personnes), les fonctionnalités exclues dès la conception, et les
#       conditions d'utilisation ou de diffusion du système (source ouverte, SaaS, API…).
#   remediation:
#     en: >-
#       For every development activity of a general-purpose system, list in purpose.gpai
#       the high_risk_capabilities (for example health_data_processing,
#       person_identification), the excluded_functionalities, and the conditions_of_use
#       (open_weights, saas, api, on_premise_licence, internal_only).
#     fr: >-
#       Pour chaque traitement de développement d'un système à usage général, énumérez dans
#       purpose.gpai les high_risk_capabilities (par exemple health_data_processing,
#       person_identification), les excluded_functionalities et les conditions_of_use (open_weights,
#       saas, api, on_premise_licence, internal_only).
#   checks:
#     - message: not_declared
#       outcome: fail
#       level: good-practice
#       catalog: "PURPOSE-05 — For general-purpose systems, also list (i) the foreseeable capabilities most at risk, (ii) functionalities excluded by design, (iii) conditions of use/dissemination (open source, SaaS, API…)."
#     - message: not_general_purpose
#       outcome: not_applicable
#       level: good-practice
#       catalog: "PURPOSE-05 — Level: GOOD-PRACTICE (CNIL \"recommande / bonnes pratiques\")."
#     - message: no_activity
#       outcome: fail
#       level: good-practice
#       catalog: "PURPOSE-05 — For general-purpose systems, also list (i) the foreseeable capabilities most at risk, (ii) functionalities excluded by design, (iii) conditions of use/dissemination (open source, SaaS, API…)."
#     - message: high_risk_capabilities
#       outcome: fail
#       level: good-practice
#       catalog: "PURPOSE-05 — For general-purpose systems, also list (i) the foreseeable capabilities most at risk, (ii) functionalities excluded by design, (iii) conditions of use/dissemination (open source, SaaS, API…)."
#     - message: excluded_functionalities
#       outcome: fail
#       level: good-practice
#       catalog: "PURPOSE-05 — For general-purpose systems, also list (i) the foreseeable capabilities most at risk, (ii) functionalities excluded by design, (iii) conditions of use/dissemination (open source, SaaS, API…)."
#     - message: conditions_of_use
#       outcome: fail
#       level: good-practice
#       catalog: "PURPOSE-05 — For general-purpose systems, also list (i) the foreseeable capabilities most at risk, (ii) functionalities excluded by design, (iii) conditions of use/dissemination (open source, SaaS, API…)."
#     - message: documented
#       outcome: pass
#       level: good-practice
#       catalog: "PURPOSE-05 — For general-purpose systems, also list (i) the foreseeable capabilities most at risk, (ii) functionalities excluded by design, (iii) conditions of use/dissemination (open source, SaaS, API…)."
#   messages:
#     not_declared:
#       en: >-
#         ai_system.general_purpose is not declared, so it cannot be checked whether the
#         purpose of a general-purpose system lists its risky capabilities, excluded
#         functionalities and conditions of use.
#       fr: >-
#         ai_system.general_purpose n'est pas renseigné ; il n'est donc pas possible de
#         vérifier si la finalité d'un système à usage général énumère ses capacités à risque,
#         ses fonctionnalités exclues et ses conditions d'utilisation.
#     not_general_purpose:
#       en: >-
#         Not applicable: the system is not a general-purpose system
#         (ai_system.general_purpose is false).
#       fr: >-
#         Sans objet : le système n'est pas un système à usage général
#         (ai_system.general_purpose vaut false).
#     no_activity:
#       en: >-
#         The system is general-purpose but no development activity is declared in
#         processing_activities, so no purpose lists its risky capabilities, excluded
#         functionalities and conditions of use.
#       fr: >-
#         Le système est à usage général mais aucun traitement de développement n'est déclaré dans
#         processing_activities ; aucune finalité n'énumère donc ses capacités à risque, ses
#         fonctionnalités exclues ni ses conditions d'utilisation.
#     high_risk_capabilities:
#       en: >-
#         Activity {{.activity}} lists no purpose.gpai.high_risk_capabilities: the CNIL
#         recommends identifying the foreseeable capabilities that carry the most risk (for
#         example processing of health data, identification of persons).
#       fr: >-
#         Le traitement {{.activity}} n'énumère aucune purpose.gpai.high_risk_capabilities : la CNIL
#         recommande d'identifier les capacités envisageables les plus à risque (par exemple le
#         traitement de données de santé, l'identification de personnes).
#     excluded_functionalities:
#       en: >-
#         Activity {{.activity}} lists no purpose.gpai.excluded_functionalities: the CNIL
#         recommends stating the functionalities excluded by design.
#       fr: >-
#         Le traitement {{.activity}} n'énumère aucune purpose.gpai.excluded_functionalities : la
#         CNIL recommande d'indiquer les fonctionnalités exclues dès la conception.
#     conditions_of_use:
#       en: >-
#         Activity {{.activity}} lists no purpose.gpai.conditions_of_use: the CNIL recommends
#         stating how the system will be used or disseminated (open source, SaaS, API…).
#       fr: >-
#         Le traitement {{.activity}} n'énumère aucune purpose.gpai.conditions_of_use : la CNIL
#         recommande d'indiquer les conditions d'utilisation ou de diffusion du système (source
#         ouverte, SaaS, API…).
#     documented:
#       en: >-
#         Activity {{.activity}} lists its risky capabilities ({{.high_risk_capabilities}}),
#         excluded functionalities ({{.excluded_functionalities}}) and conditions of use
#         ({{.conditions_of_use}}).
#       fr: >-
#         Le traitement {{.activity}} énumère ses capacités à risque ({{.high_risk_capabilities}}),
#         ses fonctionnalités exclues ({{.excluded_functionalities}}) et ses conditions
#         d'utilisation ({{.conditions_of_use}}).
package cnil.purpose.purpose_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

_general_purpose := facts.value_at(input.manifest, ["ai_system", "general_purpose"])

# The lists of purpose.gpai this good practice asks for; each name is also its message key.
_fields := ["high_risk_capabilities", "excluded_functionalities", "conditions_of_use"]

_known_use := facts.value_at(input.manifest, ["ai_system", "operational_use_known"])

# As PURPOSE-04: an operational use not known makes the system general-purpose.
_applies if {
	facts.gdpr_applies
	_general_purpose == true
}

_applies if {
	facts.gdpr_applies
	_known_use == false
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/ai_system/general_purpose") if {
	facts.gdpr_applies
	not is_boolean(_general_purpose)
}

results contains result.not_applicable(rego.metadata.chain(), "not_general_purpose", {}, "/ai_system/general_purpose") if {
	facts.gdpr_applies
	_general_purpose == false
	not _known_use == false
}

results contains result.fail(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	_applies
	count(facts.development_activities) == 0
}

results contains result.fail(rego.metadata.chain(), field, {"activity": facts.activity_label(i)}, pointer) if {
	_applies
	some i in facts.development_activities
	some field in _fields
	not _listed(_activities[i], field)
	pointer := sprintf("/processing_activities/%d/purpose/gpai/%s", [i, field])
}

results contains result.pass(rego.metadata.chain(), "documented", params, pointer) if {
	_applies
	some i in facts.development_activities
	every field in _fields {
		_listed(_activities[i], field)
	}
	gpai := _activities[i].purpose.gpai
	params := object.union_n([
		{"activity": facts.activity_label(i)},
		{field: concat(", ", [sprintf("%v", [v]) | some v in gpai[field]]) | some field in _fields},
		{"conditions_of_use": concat(", ", [labels.word("gpai_purpose.conditions_of_use", v) | some v in gpai.conditions_of_use])},
	])
	pointer := sprintf("/processing_activities/%d/purpose/gpai", [i])
}

_listed(activity, field) if {
	value := object.get(activity, ["purpose", "gpai", field], null)
	is_array(value)
	count(value) > 0
}
