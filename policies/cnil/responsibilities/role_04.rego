# METADATA
# title: AI Act operator role declared separately from the GDPR role
# description: >-
#   The organisation must also determine its role under the AI Act (provider, deployer,
#   importer, distributor, authorised representative, product manufacturer), which decides
#   its AI Act obligations. That role applies concurrently with the GDPR qualification
#   (ROLE-01) and neither determines nor replaces it.
# related_resources:
#   - description: "CNIL — Determining the legal qualification of AI system providers"
#     ref: https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers
#   - description: "CNIL — Entry into force of the European AI Regulation: first questions and answers"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: ROLE-04
#   step: responsibilities
#   fiche: roles
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["AI Act 3(3)", "AI Act 3(4)", "AI Act 3(5)", "AI Act 3(6)", "AI Act 3(7)", "AI Act 3(8)", "GDPR 4(7)", "GDPR 4(8)"]
#   fr:
#     title: Rôle au titre du règlement sur l'IA déclaré distinctement du rôle RGPD
#     description: >-
#       L'organisme doit également déterminer son rôle au titre du règlement sur l'IA
#       (fournisseur, déployeur, importateur, distributeur, mandataire, fabricant de produit),
#       dont découlent ses obligations au titre de ce règlement. Ce rôle s'applique
#       concurremment à la qualification au sens du RGPD (ROLE-01), sans la déterminer ni la
#       remplacer.
#   remediation:
#     en: >-
#       Set ai_act.operator_role to provider, deployer, importer, distributor,
#       authorised_representative or product_manufacturer, and keep the GDPR qualification
#       in each activity's gdpr_role.
#     fr: >-
#       Renseignez ai_act.operator_role avec provider, deployer, importer, distributor,
#       authorised_representative ou product_manufacturer, et conservez la qualification au sens du
#       RGPD dans le gdpr_role de chaque traitement.
#   checks:
#     - message: not_declared
#       outcome: fail
#       level: must
#       catalog: "ROLE-04 — Declare the AI Act operator role (provider, deployer, importer, distributor…); it applies concurrently with, and does not replace, the GDPR qualification."
#     - message: gdpr_role_given
#       outcome: fail
#       level: must
#       catalog: "ROLE-04 — Declare the AI Act operator role (provider, deployer, importer, distributor…); it applies concurrently with, and does not replace, the GDPR qualification."
#     - message: bad_role
#       outcome: fail
#       level: must
#       catalog: "ROLE-04 — Declare the AI Act operator role (provider, deployer, importer, distributor…); it applies concurrently with, and does not replace, the GDPR qualification."
#     - message: declared
#       outcome: pass
#       level: must
#       catalog: "ROLE-04 — Declare the AI Act operator role (provider, deployer, importer, distributor…); it applies concurrently with, and does not replace, the GDPR qualification."
#     - message: declared_no_gdpr_role
#       outcome: pass
#       level: must
#       catalog: "ROLE-04 — Declare the AI Act operator role (provider, deployer, importer, distributor…); it applies concurrently with, and does not replace, the GDPR qualification."
#   messages:
#     not_declared:
#       en: >-
#         ai_act.operator_role is not declared: the role under the AI Act (provider, deployer,
#         importer, distributor…) determines the AI Act obligations and must be qualified
#         alongside the GDPR role.
#       fr: >-
#         ai_act.operator_role n'est pas renseigné : le rôle au titre du règlement sur l'IA
#         (fournisseur, déployeur, importateur, distributeur…) détermine les obligations prévues par
#         ce règlement et doit être qualifié en plus du rôle au sens du RGPD.
#     gdpr_role_given:
#       en: >-
#         ai_act.operator_role is "{{.role}}", a GDPR role: the AI Act role (provider,
#         deployer, importer, distributor, authorised_representative, product_manufacturer)
#         is a distinct qualification, which does not determine the GDPR role and is not
#         determined by it.
#       fr: >-
#         ai_act.operator_role vaut « {{.role}} », un rôle au sens du RGPD : le rôle au titre du
#         règlement sur l'IA (provider, deployer, importer, distributor, authorised_representative,
#         product_manufacturer) est une qualification distincte, qui ne détermine pas le rôle au
#         sens du RGPD et n'est pas déterminée par lui.
#     bad_role:
#       en: >-
#         ai_act.operator_role is "{{.role}}", which is not an AI Act operator role (provider,
#         deployer, importer, distributor, authorised_representative, product_manufacturer).
#       fr: >-
#         ai_act.operator_role vaut « {{.role}} », qui n'est pas un rôle d'opérateur au titre du
#         règlement sur l'IA (provider, deployer, importer, distributor, authorised_representative,
#         product_manufacturer).
#     declared:
#       en: >-
#         AI Act role declared (ai_act.operator_role): {{.role}}. It applies concurrently with the
#         organisation's GDPR role in the development activities ({{.gdpr_roles}}).
#       fr: >-
#         Rôle au titre du règlement sur l'IA déclaré (ai_act.operator_role) : {{.role}}. Il
#         s'applique concurremment au rôle de l'organisme au sens du RGPD dans les traitements de
#         développement ({{.gdpr_roles}}).
#     declared_no_gdpr_role:
#       en: >-
#         AI Act role declared (ai_act.operator_role): {{.role}}. It applies concurrently with the
#         organisation's GDPR role, which no development activity declares yet (see ROLE-01).
#       fr: >-
#         Rôle au titre du règlement sur l'IA déclaré (ai_act.operator_role) : {{.role}}. Il
#         s'applique concurremment au rôle de l'organisme au sens du RGPD, qu'aucun traitement de
#         développement ne déclare encore (voir ROLE-01).
package cnil.responsibilities.role_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_role := facts.value_at(input.manifest, ["ai_act", "operator_role"])

_ai_act_roles := {"provider", "deployer", "importer", "distributor", "authorised_representative", "product_manufacturer"}

_gdpr_roles := {"controller", "joint_controller", "processor", "sub_processor"}

# "activity: role" for each development activity that declares a GDPR role.
_declared_gdpr_roles := [concat(result.colon, [id, labels.word("gdpr_role", role)]) |
	some i in facts.development_activities
	activity := input.manifest.processing_activities[i]
	role := activity.gdpr_role
	is_string(role)
	id := object.get(activity, "id", sprintf("processing_activities[%d]", [i]))
]

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/ai_act/operator_role") if {
	facts.gdpr_applies
	not facts.declared(input.manifest, ["ai_act", "operator_role"])
}

results contains result.fail(rego.metadata.chain(), "gdpr_role_given", {"role": _role}, "/ai_act/operator_role") if {
	facts.gdpr_applies
	_role in _gdpr_roles
}

results contains result.fail(rego.metadata.chain(), "bad_role", {"role": sprintf("%v", [_role])}, "/ai_act/operator_role") if {
	facts.gdpr_applies
	facts.declared(input.manifest, ["ai_act", "operator_role"])
	not _role in _ai_act_roles
	not _role in _gdpr_roles
}

results contains result.pass(rego.metadata.chain(), key, params, "/ai_act/operator_role") if {
	facts.gdpr_applies
	_role in _ai_act_roles
	key := _pass_key
	params := {"role": labels.word("ai_act_operator_role", _role), "gdpr_roles": concat(result.semicolon, sort(_declared_gdpr_roles))}
}

_pass_key := "declared" if count(_declared_gdpr_roles) > 0

else := "declared_no_gdpr_role"
