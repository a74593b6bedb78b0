# METADATA
# title: Data subject rights can be exercised on the training datasets and on a non-anonymous model
# description: >-
#   People must be able to exercise their rights of access, rectification, erasure,
#   restriction, portability and objection on the training datasets, and on the model
#   itself when it is not anonymous (EDPB Opinion 28/2024). The rights required follow
#   the GDPR: portability where the legal basis is consent or contract (art. 20(1)),
#   objection where it is public task or legitimate interests (art. 21(1)), withdrawal of
#   consent where it is consent (art. 7(3)); when a development activity declares no legal
#   basis, the tool requires both portability and objection (a fail-closed choice of its own). Solutions must be realistic and
#   proportionate. A model not declared anonymous (model.status) is presumed to contain
#   personal data.
# related_resources:
#   - description: "CNIL — IA : Respecter et faciliter l'exercice des droits des personnes concernées"
#     ref: https://www.cnil.fr/fr/ia-respecter-lexercice-des-droits-des-personnes
# custom:
#   id: RIGHTS-01
#   step: rights
#   fiche: rights
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 12", "GDPR 15", "GDPR 16", "GDPR 17", "GDPR 18", "GDPR 20", "GDPR 21", "GDPR 7(3)"]
#   fr:
#     title: Exercice des droits des personnes sur les jeux d'entraînement et sur un modèle non anonyme
#     description: >-
#       Les personnes doivent pouvoir exercer leurs droits d'accès, de rectification, d'effacement,
#       de limitation, de portabilité et d'opposition sur les jeux de données d'entraînement, ainsi
#       que sur le modèle lui-même lorsqu'il n'est pas anonyme (avis 28/2024 du CEPD). Les droits
#       requis suivent le RGPD : portabilité lorsque la base légale est le consentement ou le
#       contrat (art. 20, § 1), opposition lorsqu'il s'agit de la mission d'intérêt public ou de
#       l'intérêt légitime (art. 21, § 1), retrait du consentement lorsqu'il s'agit du consentement
#       (art. 7, § 3) ; lorsqu'un traitement de développement ne déclare aucune base légale, l'outil
#       exige à la fois la portabilité et l'opposition (choix prudent qui lui est propre, en
#       l'absence de déclaration). Les solutions doivent être réalistes et proportionnées. Un modèle
#       non déclaré anonyme (model.status) est présumé contenir des données personnelles.
#   remediation:
#     en: >-
#       List in rights.procedures every right for which a procedure exists (access,
#       rectification, erasure, restriction, and portability, objection or consent_withdrawal
#       as the legal bases require), reference the procedure of each dataset holding personal
#       data in datasets[].rights_procedure_ref, and, unless model.status is anonymous, set
#       rights.applies_to_model to true and describe the measures in rights.model_measures.
#     fr: >-
#       Listez dans rights.procedures chaque droit pour lequel une procédure existe (access,
#       rectification, erasure, restriction, et portability, objection ou consent_withdrawal
#       selon les bases légales), référencez la procédure de chaque jeu de données contenant
#       des données personnelles dans datasets[].rights_procedure_ref et, sauf si model.status
#       vaut anonymous, fixez rights.applies_to_model à true et décrivez les mesures dans
#       rights.model_measures.
#   checks:
#     - message: missing_procedures
#       outcome: fail
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#     - message: procedures
#       outcome: pass
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#     - message: no_dataset_procedure
#       outcome: fail
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#     - message: dataset_procedure
#       outcome: pass
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#     - message: model_not_covered
#       outcome: fail
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#     - message: no_model_measures
#       outcome: fail
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#     - message: model_covered
#       outcome: pass
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#     - message: model_anonymous
#       outcome: pass
#       level: must
#       catalog: "RIGHTS-01 — People must be able to exercise access, rectification, erasure, restriction, portability and objection on training datasets and on the model itself when the model is not anonymous (EDPB Opinion 28/2024); solutions must be realistic and proportionate; complexity and cost of requests that would be disproportionate can be taken into account."
#   messages:
#     missing_procedures:
#       en: >-
#         rights.procedures does not cover {{.missing}}: given the legal bases declared
#         ({{.bases}}), people must be able to exercise these rights on the training data
#         (GDPR art. 12 and 15 to 21).
#       fr: >-
#         rights.procedures ne couvre pas {{.missing}} : compte tenu des bases légales déclarées
#         ({{.bases}}), les personnes doivent pouvoir exercer ces droits sur les données
#         d'entraînement (RGPD, art. 12 et 15 à 21).
#     procedures:
#       en: "rights.procedures covers the rights required by the legal bases declared: {{.rights}}."
#       fr: "rights.procedures couvre les droits requis par les bases légales déclarées : {{.rights}}."
#     no_dataset_procedure:
#       en: >-
#         Dataset {{.dataset}} may contain personal data but datasets[].rights_procedure_ref is
#         missing: the procedure by which people exercise their rights on this dataset must be
#         identified.
#       fr: >-
#         Le jeu de données {{.dataset}} peut contenir des données personnelles mais
#         datasets[].rights_procedure_ref est absent : la procédure par laquelle les personnes
#         exercent leurs droits sur ce jeu doit être identifiée.
#     dataset_procedure:
#       en: Rights on dataset {{.dataset}} are exercised through the procedure {{.ref}}.
#       fr: Les droits sur le jeu de données {{.dataset}} s'exercent selon la procédure {{.ref}}.
#     model_not_covered:
#       en: >-
#         The model is not declared anonymous (model.status: {{.status}}) but
#         rights.applies_to_model is not true: a model that is not anonymous contains personal
#         data, and rights must be exercisable on it (EDPB Opinion 28/2024).
#       fr: >-
#         Le modèle n'est pas déclaré anonyme (model.status : {{.status}}) mais
#         rights.applies_to_model ne vaut pas true : un modèle non anonyme contient des données
#         personnelles et les droits doivent pouvoir s'exercer sur lui (avis 28/2024 du CEPD).
#     no_model_measures:
#       en: >-
#         rights.applies_to_model is true but rights.model_measures is missing: state how
#         requests are honoured on the model (for example periodic re-training or output filtering).
#       fr: >-
#         rights.applies_to_model vaut true mais rights.model_measures est absent : indiquez
#         comment les demandes sont traitées sur le modèle (par exemple réentraînement
#         périodique ou filtrage des sorties).
#     model_covered:
#       en: "Rights apply to the model (model.status: {{.status}}), through: {{.measures}}."
#       fr: "Les droits s'appliquent au modèle (model.status : {{.status}}), au moyen de : {{.measures}}."
#     model_anonymous:
#       en: >-
#         The model is declared anonymous (model.status: anonymous): rights are exercised on the
#         training datasets; MODEL-01 checks the anonymity analysis.
#       fr: >-
#         Le modèle est déclaré anonyme (model.status : anonymous) : les droits s'exercent sur
#         les jeux d'entraînement ; MODEL-01 vérifie l'analyse d'anonymat.
package cnil.rights.rights_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_manifest := input.manifest

# Legal bases declared by the development activities.
_bases contains basis if {
	some i in facts.development_activities
	basis := _manifest.processing_activities[i].legal_basis
	is_string(basis)
}

# A development activity without a legal basis (or none at all): every right is required.
_bases_unknown if count(facts.development_activities) == 0

_bases_unknown if {
	some i in facts.development_activities
	not is_string(object.get(_manifest.processing_activities[i], "legal_basis", null))
}

_required contains right if some right in {"access", "rectification", "erasure", "restriction"}

_required contains "portability" if _bases_unknown

_required contains "portability" if some basis in ({"consent", "contract"} & _bases)

_required contains "objection" if _bases_unknown

_required contains "objection" if some basis in ({"legitimate_interests", "public_task"} & _bases)

_required contains "consent_withdrawal" if "consent" in _bases

# Procedures may be listed as right names or as objects {right, ref}.
_declared contains right if {
	some procedure in _manifest.rights.procedures
	right := _right_of(procedure)
}

_right_of(procedure) := procedure if is_string(procedure)

_right_of(procedure) := procedure.right if is_object(procedure)

_missing := _required - _declared

_bases_text := labels.words("legal_basis", _bases) if count(_bases) > 0

else := result.localised({"en": "none", "fr": "aucune"})

_name(i) := id if {
	id := _manifest.datasets[i].id
	is_string(id)
} else := sprintf("#%d", [i])

_status := labels.word("model.status", facts.model_status_value)

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "missing_procedures", params, "/rights/procedures") if {
	facts.gdpr_applies
	count(_missing) > 0
	params := {"missing": labels.codes(_missing), "bases": _bases_text}
}

results contains result.pass(rego.metadata.chain(), "procedures", params, "/rights/procedures") if {
	facts.gdpr_applies
	count(_missing) == 0
	params := {"rights": labels.words("data_subject_right", _required)}
}

results contains result.fail(rego.metadata.chain(), "no_dataset_procedure", {"dataset": _name(i)}, pointer) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not facts.declared(_manifest.datasets[i], ["rights_procedure_ref"])
	pointer := sprintf("/datasets/%d/rights_procedure_ref", [i])
}

results contains result.pass(rego.metadata.chain(), "dataset_procedure", params, pointer) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	ref := _manifest.datasets[i].rights_procedure_ref
	facts.filled(ref)
	params := {"dataset": _name(i), "ref": ref}
	pointer := sprintf("/datasets/%d/rights_procedure_ref", [i])
}

results contains result.fail(rego.metadata.chain(), "model_not_covered", {"status": _status}, "/rights/applies_to_model") if {
	facts.gdpr_applies
	facts.model_presumed_personal
	not facts.value_at(_manifest, ["rights", "applies_to_model"]) == true
}

results contains result.fail(rego.metadata.chain(), "no_model_measures", {}, "/rights/model_measures") if {
	facts.gdpr_applies
	facts.model_presumed_personal
	_manifest.rights.applies_to_model == true
	not facts.declared(_manifest, ["rights", "model_measures"])
}

results contains result.pass(rego.metadata.chain(), "model_covered", params, "/rights/model_measures") if {
	facts.gdpr_applies
	facts.model_presumed_personal
	_manifest.rights.applies_to_model == true
	measures := _manifest.rights.model_measures
	facts.filled(measures)
	params := {"status": _status, "measures": concat(", ", [labels.word("rights.model_measures", m) | some m in measures])}
}

results contains result.pass(rego.metadata.chain(), "model_anonymous", {}, "/model/status") if {
	facts.gdpr_applies
	not facts.model_presumed_personal
}
