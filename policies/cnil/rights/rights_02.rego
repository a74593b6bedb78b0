# METADATA
# title: Answering requests when the person cannot be identified (GDPR art. 11)
# description: >-
#   When the controller can show that it cannot identify the person in the training
#   dataset or in the model, it must say so in its answer to the request; it does not have
#   to collect additional personal data only to answer, but the person may provide
#   additional information that allows identification (GDPR art. 11(2) and 12(2)). The
#   manifest states whether requesters can be identified (rights.identification_possible,
#   a field of this tool), which information a person may provide
#   (rights.identification_method) and the answer used when identification is impossible
#   (rights.art11_response_template_ref).
# related_resources:
#   - description: "CNIL — IA : Respecter et faciliter l'exercice des droits des personnes concernées"
#     ref: https://www.cnil.fr/fr/ia-respecter-lexercice-des-droits-des-personnes
# custom:
#   id: RIGHTS-02
#   step: rights
#   fiche: rights
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 11", "GDPR 12(2)"]
#   fr:
#     title: Réponse aux demandes lorsque la personne ne peut pas être identifiée (RGPD, art. 11)
#     description: >-
#       Lorsque le responsable de traitement peut démontrer qu'il n'est pas en mesure d'identifier
#       la personne dans le jeu de données d'entraînement ou dans le modèle, il doit l'indiquer dans
#       sa réponse à la demande ; il n'est pas tenu de collecter des données personnelles
#       supplémentaires à la seule fin d'y répondre, mais la personne peut fournir des informations
#       complémentaires permettant de l'identifier (RGPD, art. 11, § 2, et art. 12, § 2). Le
#       manifeste indique si les demandeurs peuvent être identifiés (rights.identification_possible,
#       champ propre à cet outil), quelles informations une personne peut fournir
#       (rights.identification_method) et la réponse utilisée lorsque l'identification est
#       impossible (rights.art11_response_template_ref).
#   remediation:
#     en: >-
#       Set rights.identification_possible to true or false after checking whether requesters
#       can be found in the datasets and the model; when it is false, describe in
#       rights.identification_method the additional information a person may provide, and
#       reference in rights.art11_response_template_ref the answer telling people that they
#       cannot be identified.
#     fr: >-
#       Renseignez rights.identification_possible (true ou false) après avoir vérifié si les
#       demandeurs peuvent être retrouvés dans les jeux de données et le modèle ; s'il vaut
#       false, décrivez dans rights.identification_method les informations complémentaires
#       qu'une personne peut fournir et référencez dans rights.art11_response_template_ref la
#       réponse indiquant aux personnes qu'elles ne peuvent pas être identifiées.
#   checks:
#     - message: not_declared
#       outcome: fail
#       level: must-if
#       catalog: "RIGHTS-02 — If the controller can show it cannot identify the person in the dataset or model, it says so in its answer; it does not have to collect extra personal data solely to answer; the person may provide additional information allowing identification."
#     - message: identification_possible
#       outcome: not_applicable
#       level: must-if
#       catalog: "RIGHTS-02 — Level: MUST-IF identification impossible."
#     - message: no_template
#       outcome: fail
#       level: must-if
#       catalog: "RIGHTS-02 — If the controller can show it cannot identify the person in the dataset or model, it says so in its answer; it does not have to collect extra personal data solely to answer; the person may provide additional information allowing identification."
#     - message: no_method
#       outcome: fail
#       level: must-if
#       catalog: "RIGHTS-02 — If the controller can show it cannot identify the person in the dataset or model, it says so in its answer; it does not have to collect extra personal data solely to answer; the person may provide additional information allowing identification."
#     - message: answered
#       outcome: pass
#       level: must-if
#       catalog: "RIGHTS-02 — If the controller can show it cannot identify the person in the dataset or model, it says so in its answer; it does not have to collect extra personal data solely to answer; the person may provide additional information allowing identification."
#   messages:
#     not_declared:
#       en: >-
#         rights.identification_possible is not declared: whether requesters can be identified in
#         the datasets and the model decides how requests are answered (GDPR art. 11 and 12(2)).
#       fr: >-
#         rights.identification_possible n'est pas renseigné : la possibilité d'identifier les
#         demandeurs dans les jeux de données et le modèle détermine la réponse aux demandes (RGPD,
#         art. 11, et art. 12, § 2).
#     identification_possible:
#       en: >-
#         Requesters can be identified in the datasets and the model
#         (rights.identification_possible is true): the art. 11 answer is not needed.
#       fr: >-
#         Les demandeurs peuvent être identifiés dans les jeux de données et le modèle
#         (rights.identification_possible vaut true) : la réponse prévue à l'art. 11 n'est pas
#         nécessaire.
#     no_template:
#       en: >-
#         rights.identification_possible is false but rights.art11_response_template_ref is
#         missing: the answer must tell the person that the controller cannot identify them
#         (GDPR art. 11(2) and 12(2)).
#       fr: >-
#         rights.identification_possible vaut false mais rights.art11_response_template_ref est
#         absent : la réponse doit indiquer à la personne que le responsable ne peut pas
#         l'identifier (RGPD, art. 11, § 2, et art. 12, § 2).
#     no_method:
#       en: >-
#         rights.identification_possible is false but rights.identification_method is missing:
#         say which additional information a person may provide to be identified (GDPR art. 11(2)).
#       fr: >-
#         rights.identification_possible vaut false mais rights.identification_method est absent :
#         indiquez quelles informations complémentaires une personne peut fournir pour être
#         identifiée (RGPD, art. 11, § 2).
#     answered:
#       en: >-
#         Requesters cannot always be identified (rights.identification_possible is false): the
#         answer {{.template}} tells them so, and they may provide additional information to be
#         identified. Method declared: {{.method}}
#       fr: >-
#         Les demandeurs ne peuvent pas toujours être identifiés (rights.identification_possible
#         vaut false) : la réponse {{.template}} le leur indique, et ils peuvent fournir des
#         informations complémentaires permettant de les identifier. Méthode déclarée : {{.method}}
package cnil.rights.rights_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_rights := object.get(input.manifest, "rights", {})

_possible := facts.value_at(input.manifest, ["rights", "identification_possible"])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/rights/identification_possible") if {
	facts.gdpr_applies
	not is_boolean(_possible)
}

results contains result.not_applicable(rego.metadata.chain(), "identification_possible", {}, "/rights/identification_possible") if {
	facts.gdpr_applies
	_possible == true
}

results contains result.fail(rego.metadata.chain(), "no_template", {}, "/rights/art11_response_template_ref") if {
	facts.gdpr_applies
	_possible == false
	not facts.declared(_rights, ["art11_response_template_ref"])
}

results contains result.fail(rego.metadata.chain(), "no_method", {}, "/rights/identification_method") if {
	facts.gdpr_applies
	_possible == false
	not facts.declared(_rights, ["identification_method"])
}

results contains result.pass(rego.metadata.chain(), "answered", params, "/rights/art11_response_template_ref") if {
	facts.gdpr_applies
	_possible == false
	facts.declared(_rights, ["art11_response_template_ref"])
	facts.declared(_rights, ["identification_method"])
	params := {"template": _rights.art11_response_template_ref, "method": _rights.identification_method}
}
