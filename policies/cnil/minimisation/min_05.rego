# METADATA
# title: Each training dataset documented
# description: >-
#   The CNIL recommends keeping documentation of each training dataset (sources, collection
#   conditions, content, preparation steps, known limits and biases) and provides a
#   documentation template annexed to its fiches. The documentation helps the controller
#   demonstrate compliance (accountability, GDPR art. 5(2), 30).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: MIN-05
#   step: minimisation
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 5(2)", "GDPR 30"]
#   fr:
#     title: Chaque jeu de données d'entraînement documenté
#     description: >-
#       La CNIL recommande de tenir une documentation de chaque jeu de données d'entraînement
#       (sources, conditions de collecte, contenu, étapes de préparation, limites et biais connus)
#       et propose un modèle de documentation annexé à ses fiches. Cette documentation aide le
#       responsable de traitement à démontrer sa conformité (principe de responsabilité, RGPD, art.
#       5, § 2, et art. 30).
#   remediation:
#     en: >-
#       Write a datasheet for each dataset holding personal data (the CNIL documentation template,
#       a datasheet for datasets or a data card), reference it in datasets[].documentation_ref and
#       give its format in datasets[].documentation_format.
#     fr: >-
#       Rédigez une fiche descriptive pour chaque jeu de données contenant des données personnelles
#       (modèle de documentation de la CNIL, « datasheet for datasets » ou fiche de données (data
#       card)), référencez-la dans datasets[].documentation_ref et indiquez son format dans
#       datasets[].documentation_format.
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: should
#       catalog: "MIN-05 — Keep documentation of each training dataset (sources, collection conditions, content, processing/preparation steps, known limits and biases); the CNIL provides a documentation template annexed to its fiches."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: should
#       catalog: "MIN-05 — Level: SHOULD (accountability aid); MUST-IF AI Act high-risk (see AIACT-02)."
#     - message: no_documentation
#       outcome: fail
#       level: should
#       catalog: "MIN-05 — Keep documentation of each training dataset (sources, collection conditions, content, processing/preparation steps, known limits and biases); the CNIL provides a documentation template annexed to its fiches."
#     - message: documented
#       outcome: pass
#       level: should
#       catalog: "MIN-05 — Keep documentation of each training dataset (sources, collection conditions, content, processing/preparation steps, known limits and biases); the CNIL provides a documentation template annexed to its fiches."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: each training dataset
#         should be declared and documented.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : chaque jeu
#         de données d'entraînement devrait être déclaré et documenté.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each): this
#         rule does not apply.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle ne s'applique pas.
#     no_documentation:
#       en: >-
#         Dataset {{.dataset}} has no documentation (datasets[{{.index}}].documentation_ref): the
#         CNIL recommends documenting each training dataset (sources, collection conditions,
#         content, preparation, known limits and biases) to demonstrate compliance (GDPR art. 5(2)).
#       fr: >-
#         Le jeu de données {{.dataset}} n'a pas de documentation
#         (datasets[{{.index}}].documentation_ref) : la CNIL recommande de documenter chaque jeu de
#         données d'entraînement (sources, conditions de collecte, contenu, préparation, limites et
#         biais connus) pour démontrer la conformité (RGPD, art. 5, § 2).
#     documented:
#       en: "Dataset {{.dataset}} is documented in {{.ref}}{{if .format}} ({{.format}}){{end}}."
#       fr: "Le jeu de données {{.dataset}} est documenté dans {{.ref}}{{if .format}} ({{.format}}){{end}}."
package cnil.minimisation.min_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.declared(input.manifest, ["datasets"])
}

results contains result.not_applicable(rego.metadata.chain(), "no_personal_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	facts.declared(input.manifest, ["datasets"])
	count(facts.personal_datasets) == 0
}

results contains result.fail(rego.metadata.chain(), "no_documentation", params, pointer) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not facts.declared(_datasets[i], ["documentation_ref"])
	params := {"dataset": facts.dataset_label(i), "index": i}
	pointer := sprintf("/datasets/%d/documentation_ref", [i])
}

results contains result.pass(rego.metadata.chain(), "documented", params, pointer) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	facts.declared(_datasets[i], ["documentation_ref"])
	format := object.get(_datasets[i], "documentation_format", "")
	params := {"dataset": facts.dataset_label(i), "index": i, "ref": _datasets[i].documentation_ref, "format": labels.word("dataset.documentation_format", format)}
	pointer := sprintf("/datasets/%d/documentation_ref", [i])
}
