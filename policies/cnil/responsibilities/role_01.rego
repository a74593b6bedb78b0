# METADATA
# title: GDPR role qualified for each development processing
# description: >-
#   For every development processing, the organisation must qualify itself, case by case,
#   as controller, joint controller or processor. A provider that takes the initiative of
#   the development and builds its training dataset from data it selects is a controller;
#   a provider developing a system as a service for a customer, on its instructions, is a
#   processor. The reasoning and the other organisations involved are recorded.
# related_resources:
#   - description: "CNIL — Determining the legal qualification of AI system providers"
#     ref: https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers
# custom:
#   id: ROLE-01
#   step: responsibilities
#   fiche: roles
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 4(7)", "GDPR 4(8)", "GDPR 24", "GDPR 26", "GDPR 28"]
#   fr:
#     title: Qualification RGPD de l'organisme pour chaque traitement de développement
#     description: >-
#       Pour chaque traitement de développement, l'organisme doit se qualifier, au cas par cas,
#       de responsable de traitement, de responsable conjoint du traitement ou de sous-traitant.
#       Un fournisseur qui prend l'initiative du développement et constitue son jeu de données
#       d'entraînement à partir de données qu'il sélectionne est responsable de traitement ; un
#       fournisseur qui développe un système en tant que prestataire pour un client, sur ses
#       instructions, est sous-traitant. Le raisonnement et les autres organismes impliqués sont
#       consignés.
#   remediation:
#     en: >-
#       For every development activity, set gdpr_role (controller, joint_controller,
#       processor or sub_processor), explain the choice in gdpr_role_rationale (who decides
#       the purpose and the essential means), and, for a joint controller or a processor,
#       name in counterparties the other joint controller(s) or the controller (or, for a
#       sub-processor, the processor) with their role.
#     fr: >-
#       Pour chaque traitement de développement, renseignez gdpr_role (controller, joint_controller,
#       processor ou sub_processor), justifiez ce choix dans gdpr_role_rationale (qui détermine la
#       finalité et les moyens essentiels) et, pour un responsable conjoint ou un sous-traitant,
#       nommez dans counterparties l'autre ou les autres responsables conjoints ou le responsable de
#       traitement (ou, pour un sous-traitant ultérieur, le sous-traitant), avec leur rôle.
#   checks:
#     - message: no_activity
#       outcome: fail
#       level: must
#       catalog: "ROLE-01 — For every development processing, qualify the organisation as controller, joint controller or processor."
#     - message: no_role
#       outcome: fail
#       level: must
#       catalog: "ROLE-01 — For every development processing, qualify the organisation as controller, joint controller or processor."
#     - message: bad_role
#       outcome: fail
#       level: must
#       catalog: "ROLE-01 — For every development processing, qualify the organisation as controller, joint controller or processor."
#     - message: no_rationale
#       outcome: fail
#       level: must
#       catalog: "ROLE-01 — For every development processing, qualify the organisation as controller, joint controller or processor."
#     - message: no_counterparty
#       outcome: fail
#       level: must
#       catalog: "ROLE-01 — For every development processing, qualify the organisation as controller, joint controller or processor."
#     - message: qualified
#       outcome: pass
#       level: must
#       catalog: "ROLE-01 — For every development processing, qualify the organisation as controller, joint controller or processor."
#   messages:
#     no_activity:
#       en: >-
#         No development activity is declared in processing_activities, so the organisation's
#         GDPR role in the development is not qualified (GDPR art. 4(7), 4(8), 26 and 28).
#       fr: >-
#         Aucun traitement de développement n'est déclaré dans processing_activities ; le rôle de
#         l'organisme au sens du RGPD dans le développement n'est donc pas qualifié (RGPD, art. 4,
#         points 7 et 8, art. 26 et 28).
#     no_role:
#       en: >-
#         Activity {{.activity}} declares no gdpr_role: the organisation must qualify itself
#         as controller, joint controller or processor for each processing, since its
#         obligations depend on it.
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas gdpr_role : l'organisme doit se qualifier de
#         responsable de traitement, de responsable conjoint ou de sous-traitant pour chaque
#         traitement, car ses obligations en dépendent.
#     bad_role:
#       en: >-
#         Activity {{.activity}} declares gdpr_role "{{.role}}", which is not a GDPR role
#         (controller, joint_controller, processor, sub_processor).
#       fr: >-
#         Le traitement {{.activity}} déclare gdpr_role « {{.role}} », qui n'est pas un rôle au sens
#         du RGPD (controller, joint_controller, processor, sub_processor).
#     no_rationale:
#       en: >-
#         Activity {{.activity}} declares no gdpr_role_rationale: the qualification is made
#         case by case, according to who determines the purpose and the essential means, and
#         the reasoning must be documented (GDPR art. 5(2) and 24).
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas gdpr_role_rationale : la qualification se
#         fait au cas par cas, selon qui détermine la finalité et les moyens essentiels, et ce
#         raisonnement doit être documenté (RGPD, art. 5, § 2, et art. 24).
#     no_counterparty:
#       en: >-
#         Activity {{.activity}} declares gdpr_role `{{.role}}` but counterparties names no
#         organisation with role {{.expected}}: the other party to the qualification (the
#         fellow joint controller(s), or the organisation on whose behalf a processor or
#         sub-processor acts) must be identified.
#       fr: >-
#         Le traitement {{.activity}} déclare gdpr_role `{{.role}}` mais counterparties ne nomme aucun
#         organisme de rôle {{.expected}} : l'autre partie à la qualification (le ou les autres
#         responsables conjoints, ou l'organisme pour le compte duquel agit le sous-traitant ou le
#         sous-traitant ultérieur) doit être identifiée.
#     qualified:
#       en: >-
#         Activity {{.activity}}: the organisation acts as {{.role_label}} (gdpr_role),
#         with a documented rationale.
#       fr: >-
#         Traitement {{.activity}} : l'organisme agit en qualité de {{.role_label}} (gdpr_role), avec
#         une justification documentée.
package cnil.responsibilities.role_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

_pointer(i, field) := sprintf("/processing_activities/%d/%s", [i, field])

_roles := {"controller", "joint_controller", "processor", "sub_processor"}

# The counterparty roles that must be named for each role other than controller.
_expected_counterparty := {
	"joint_controller": {"joint_controller"},
	"processor": {"controller", "joint_controller"},
	"sub_processor": {"processor", "controller"},
}

_role(i) := object.get(_activities[i], "gdpr_role", null)

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.development_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_role", {"activity": facts.activity_label(i)}, _pointer(i, "gdpr_role")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	not facts.declared(_activities[i], ["gdpr_role"])
}

results contains result.fail(rego.metadata.chain(), "bad_role", params, _pointer(i, "gdpr_role")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	facts.declared(_activities[i], ["gdpr_role"])
	not _role(i) in _roles
	params := {"activity": facts.activity_label(i), "role": sprintf("%v", [_role(i)])}
}

results contains result.fail(rego.metadata.chain(), "no_rationale", {"activity": facts.activity_label(i)}, _pointer(i, "gdpr_role_rationale")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	not facts.declared(_activities[i], ["gdpr_role_rationale"])
}

results contains result.fail(rego.metadata.chain(), "no_counterparty", params, _pointer(i, "counterparties")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	expected := _expected_counterparty[_role(i)]
	not _counterparty_named(i, expected)
	params := {"activity": facts.activity_label(i), "role": _role(i), "expected": concat(_or, sort([labels.code(e) | some e in expected]))}
}

results contains result.pass(rego.metadata.chain(), "qualified", params, _pointer(i, "gdpr_role")) if {
	facts.gdpr_applies
	some i in facts.development_activities
	_role(i) in _roles
	facts.declared(_activities[i], ["gdpr_role_rationale"])
	not _counterparty_missing(i)
	params := {"activity": facts.activity_label(i), "role": _role(i), "role_label": labels.word("gdpr_role", _role(i))}
}

_or := " ou " if result.lang == "fr"

else := " or "

_counterparty_named(i, expected) if {
	some counterparty in object.get(_activities[i], "counterparties", [])
	object.get(counterparty, "role", null) in expected
	facts.declared(counterparty, ["name"])
}

_counterparty_missing(i) if {
	expected := _expected_counterparty[_role(i)]
	not _counterparty_named(i, expected)
}
