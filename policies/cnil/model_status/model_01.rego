# METADATA
# title: The anonymity of the trained model is analysed and documented
# description: >-
#   A model trained on personal data is not anonymous by default. It is anonymous only if
#   the likelihood of extracting personal data from it, even probabilistically, and the
#   likelihood of obtaining such data through queries are both insignificant, considering
#   all the means reasonably likely to be used (EDPB Opinion 28/2024). The provider must
#   carry out and document this analysis: an anonymity claim needs its analysis
#   (model.anonymity_analysis_ref), and a model whose status was not assessed is within the
#   GDPR's scope.
# related_resources:
#   - description: "CNIL — IA : Analyser le statut d'un modèle d'IA au regard du RGPD"
#     ref: https://www.cnil.fr/fr/ia-analyser-le-statut-dun-modele-dia-au-regard-du-rgpd
# custom:
#   id: MODEL-01
#   step: model_status
#   fiche: model-status
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 4(1)", "GDPR Recital 26", "GDPR 5(2)", "EDPB Opinion 28/2024"]
#   fr:
#     title: Analyse documentée du caractère anonyme du modèle entraîné
#     description: >-
#       Un modèle entraîné sur des données personnelles n'est pas anonyme par défaut. Il n'est
#       anonyme que si la probabilité d'en extraire des données personnelles, même de manière
#       probabiliste, et celle d'obtenir de telles données au moyen de requêtes sont toutes deux
#       négligeables, compte tenu de l'ensemble des moyens raisonnablement susceptibles d'être
#       utilisés (avis 28/2024 du CEPD). Le fournisseur doit mener et documenter cette analyse :
#       une affirmation d'anonymat doit s'appuyer sur son analyse
#       (model.anonymity_analysis_ref), et un modèle dont le statut n'a pas été évalué relève du
#       RGPD.
#   remediation:
#     en: >-
#       Assess whether personal data can be extracted from the model or obtained through
#       queries with reasonable means, then set model.status to anonymous (with the analysis in
#       model.anonymity_analysis_ref) or to personal_data.
#     fr: >-
#       Évaluez si des données personnelles peuvent être extraites du modèle ou obtenues par des
#       requêtes avec des moyens raisonnables, puis renseignez model.status à anonymous (avec
#       l'analyse dans model.anonymity_analysis_ref) ou à personal_data.
#   checks:
#     - message: not_declared
#       outcome: fail
#       level: must
#       catalog: "MODEL-01 — A model trained on personal data is not anonymous by default."
#     - message: not_assessed
#       outcome: fail
#       level: must
#       catalog: "MODEL-01 — A model trained on personal data is not anonymous by default."
#     - message: no_analysis
#       outcome: fail
#       level: must
#       catalog: "MODEL-01 — A model trained on personal data is not anonymous by default."
#     - message: anonymous
#       outcome: pass
#       level: must
#       catalog: "MODEL-01 — A model trained on personal data is not anonymous by default."
#     - message: personal_data
#       outcome: pass
#       level: must
#       catalog: "MODEL-01 — A model trained on personal data is not anonymous by default."
#   messages:
#     not_declared:
#       en: >-
#         model.status is missing or invalid ({{.status}}): a model trained on personal data is
#         not anonymous by default, and its status must be analysed and recorded (anonymous,
#         personal_data or not_assessed).
#       fr: >-
#         model.status est absent ou invalide ({{.status}}) : un modèle entraîné sur des données
#         personnelles n'est pas anonyme par défaut, et son statut doit être analysé et consigné
#         (anonymous, personal_data ou not_assessed).
#     not_assessed:
#       en: >-
#         model.status is not_assessed although the training data contain personal data: the
#         analysis of whether personal data can be extracted from the model is required
#         (accountability, GDPR art. 5(2)); until then the model is within the GDPR's scope.
#       fr: >-
#         model.status vaut not_assessed alors que les données d'entraînement contiennent des
#         données personnelles : l'analyse de la possibilité d'extraire des données personnelles du
#         modèle est requise (responsabilité, RGPD, art. 5, § 2) ; d'ici là, le modèle relève du
#         RGPD.
#     no_analysis:
#       en: >-
#         model.status is anonymous but model.anonymity_analysis_ref is missing: the claim that
#         extraction and querying of personal data are insignificant must be documented.
#       fr: >-
#         model.status vaut anonymous mais model.anonymity_analysis_ref est absent : l'affirmation
#         selon laquelle l'extraction et l'obtention de données personnelles par requêtes sont
#         négligeables doit être documentée.
#     anonymous:
#       en: The model is declared anonymous on the basis of the analysis {{.ref}}.
#       fr: Le modèle est déclaré anonyme sur la base de l'analyse {{.ref}}.
#     personal_data:
#       en: >-
#         The model is treated as containing personal data (model.status: personal_data): the
#         GDPR applies to the model itself (see MODEL-03).
#       fr: >-
#         Le modèle est considéré comme contenant des données personnelles (model.status :
#         personal_data) : le RGPD s'applique au modèle lui-même (voir MODEL-03).
package cnil.model_status.model_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_status := facts.model_status_value

_ref := facts.value_at(input.manifest, ["model", "anonymity_analysis_ref"])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "not_declared", {"status": sprintf("%v", [_status])}, "/model/status") if {
	facts.gdpr_applies
	not _status in {"anonymous", "personal_data", "not_assessed"}
}

results contains result.fail(rego.metadata.chain(), "not_assessed", {}, "/model/status") if {
	facts.gdpr_applies
	_status == "not_assessed"
}

results contains result.fail(rego.metadata.chain(), "no_analysis", {}, "/model/anonymity_analysis_ref") if {
	facts.gdpr_applies
	_status == "anonymous"
	not facts.filled(_ref)
}

results contains result.pass(rego.metadata.chain(), "anonymous", {"ref": _ref}, "/model/anonymity_analysis_ref") if {
	facts.gdpr_applies
	_status == "anonymous"
	facts.filled(_ref)
}

results contains result.pass(rego.metadata.chain(), "personal_data", {}, "/model/status") if {
	facts.gdpr_applies
	_status == "personal_data"
}
