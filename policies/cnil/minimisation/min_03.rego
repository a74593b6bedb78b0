# METADATA
# title: Data cleaned and selected before training
# description: >-
#   The CNIL recommends cleaning the data (errors, duplicates, outliers) and selecting them
#   before training: records and fields that the purpose does not need are removed, and
#   personal or sensitive data that are not needed are filtered out, so that training is
#   optimised while unnecessary personal data are avoided (GDPR art. 5(1)(c), 5(1)(d), 25).
# related_resources:
#   - description: "CNIL — Take data protection into account in data collection and management"
#     ref: https://cnil.fr/en/take-data-protection-account-data-collection-and-management
# custom:
#   id: MIN-03
#   step: minimisation
#   fiche: data-management
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 5(1)(c)", "GDPR 5(1)(d)", "GDPR 25"]
#   fr:
#     title: Données nettoyées et sélectionnées avant l'entraînement
#     description: >-
#       La CNIL recommande de nettoyer les données (erreurs, doublons, valeurs aberrantes) et de les
#       sélectionner avant l'entraînement : les enregistrements et les champs dont la finalité n'a
#       pas besoin sont supprimés, et les données personnelles ou sensibles inutiles sont filtrées,
#       de sorte que l'entraînement soit optimisé tout en évitant des données personnelles
#       superflues (RGPD, art. 5, § 1, c) et d), et art. 25).
#   remediation:
#     en: >-
#       Clean and select each dataset before training, then record it in datasets[].preparation:
#       cleaning_done, deduplication and irrelevant_data_removed set to true, and the filters
#       applied listed in filters (for example email, phone, iban).
#     fr: >-
#       Nettoyez et sélectionnez chaque jeu de données avant l'entraînement, puis consignez-le dans
#       datasets[].preparation : cleaning_done, deduplication et irrelevant_data_removed à true, et
#       les filtres appliqués listés dans filters (par exemple email, phone, iban).
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: should
#       catalog: "MIN-03 — Clean the data (errors, duplicates, outliers) and select it: remove records/fields not useful for the purpose, filter out personal and sensitive data that are not needed, so that training is optimised while avoiding unnecessary personal data."
#     - message: no_personal_datasets
#       outcome: not_applicable
#       level: should
#       catalog: "MIN-03 — Level: SHOULD."
#     - message: no_preparation
#       outcome: fail
#       level: should
#       catalog: "MIN-03 — Clean the data (errors, duplicates, outliers) and select it: remove records/fields not useful for the purpose, filter out personal and sensitive data that are not needed, so that training is optimised while avoiding unnecessary personal data."
#     - message: not_cleaned
#       outcome: fail
#       level: should
#       catalog: "MIN-03 — Clean the data (errors, duplicates, outliers) and select it: remove records/fields not useful for the purpose, filter out personal and sensitive data that are not needed, so that training is optimised while avoiding unnecessary personal data."
#     - message: not_deduplicated
#       outcome: fail
#       level: should
#       catalog: "MIN-03 — Clean the data (errors, duplicates, outliers) and select it: remove records/fields not useful for the purpose, filter out personal and sensitive data that are not needed, so that training is optimised while avoiding unnecessary personal data."
#     - message: irrelevant_kept
#       outcome: fail
#       level: should
#       catalog: "MIN-03 — Clean the data (errors, duplicates, outliers) and select it: remove records/fields not useful for the purpose, filter out personal and sensitive data that are not needed, so that training is optimised while avoiding unnecessary personal data."
#     - message: prepared
#       outcome: pass
#       level: should
#       catalog: "MIN-03 — Clean the data (errors, duplicates, outliers) and select it: remove records/fields not useful for the purpose, filter out personal and sensitive data that are not needed, so that training is optimised while avoiding unnecessary personal data."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is missing or empty although personal data is processed: the cleaning and
#         selection of the training data are checked dataset by dataset.
#       fr: >-
#         datasets est absent ou vide alors que des données personnelles sont traitées : le
#         nettoyage et la sélection des données d'entraînement sont vérifiés jeu de données par jeu
#         de données.
#     no_personal_datasets:
#       en: >-
#         No declared dataset holds personal data (contains_personal_data is false for each): this
#         rule does not apply.
#       fr: >-
#         Aucun jeu de données déclaré ne contient de données personnelles (contains_personal_data
#         vaut false pour chacun) : cette règle ne s'applique pas.
#     no_preparation:
#       en: >-
#         Dataset {{.dataset}} does not describe its preparation (datasets[{{.index}}].preparation):
#         the CNIL recommends cleaning the data and removing what the purpose does not need before
#         training (GDPR art. 5(1)(c), 5(1)(d)).
#       fr: >-
#         Le jeu de données {{.dataset}} ne décrit pas sa préparation
#         (datasets[{{.index}}].preparation) : la CNIL recommande de nettoyer les données et
#         d'écarter ce dont la finalité n'a pas besoin avant l'entraînement (RGPD, art. 5, § 1, c)
#         et d)).
#     not_cleaned:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].preparation.cleaning_done is not true: the CNIL
#         recommends correcting errors and outliers before training (accuracy, GDPR art. 5(1)(d)).
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].preparation.cleaning_done ne vaut pas
#         true : la CNIL recommande de corriger les erreurs et les valeurs aberrantes avant
#         l'entraînement (exactitude, RGPD, art. 5, § 1, d)).
#     not_deduplicated:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].preparation.deduplication is not true: the CNIL
#         recommends removing duplicate records before training (GDPR art. 5(1)(c), 5(1)(d)).
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].preparation.deduplication ne vaut pas
#         true : la CNIL recommande de supprimer les doublons avant l'entraînement (RGPD, art. 5, §
#         1, c) et d)).
#     irrelevant_kept:
#       en: >-
#         Dataset {{.dataset}}: datasets[{{.index}}].preparation.irrelevant_data_removed is not
#         true: the CNIL recommends removing the records and fields that the purpose does not need,
#         including unnecessary personal and sensitive data, before training (GDPR art. 5(1)(c)).
#       fr: >-
#         Jeu de données {{.dataset}} : datasets[{{.index}}].preparation.irrelevant_data_removed ne
#         vaut pas true : la CNIL recommande d'écarter avant l'entraînement les enregistrements et
#         champs dont la finalité n'a pas besoin, y compris les données personnelles et sensibles
#         inutiles (RGPD, art. 5, § 1, c)).
#     prepared:
#       en: >-
#         Dataset {{.dataset}} was cleaned, deduplicated and stripped of the data the purpose does
#         not need{{if .has_filters}} (filters: {{.filters}}){{end}}.
#       fr: >-
#         Le jeu de données {{.dataset}} a été nettoyé, dédoublonné et débarrassé des données dont la
#         finalité n'a pas besoin{{if .has_filters}} (filtres : {{.filters}}){{end}}.
package cnil.minimisation.min_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := object.get(input.manifest, "datasets", [])

_steps := {"cleaning_done": "not_cleaned", "deduplication": "not_deduplicated", "irrelevant_data_removed": "irrelevant_kept"}

_preparation(i) := facts.value_at(_datasets[i], ["preparation"])

_filters(i) := [f | some f in object.get(_preparation(i), "filters", []); is_string(f)]

_params(i) := {"dataset": facts.dataset_label(i), "index": i}

# The findings about each dataset, by dataset index.
_findings[i] contains result.finding("no_preparation", _params(i), sprintf("/datasets/%d/preparation", [i])) if {
	some i in facts.personal_datasets
	not is_object(_preparation(i))
}

_findings[i] contains result.finding(key, _params(i), sprintf("/datasets/%d/preparation/%s", [i, field])) if {
	some i in facts.personal_datasets
	preparation := _preparation(i)
	is_object(preparation)
	some field, key in _steps
	not object.get(preparation, field, null) == true
}

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

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _findings[_]
}

results contains result.pass(rego.metadata.chain(), "prepared", params, sprintf("/datasets/%d/preparation", [i])) if {
	facts.gdpr_applies
	some i in facts.personal_datasets
	not _findings[i]
	params := {
		"dataset": facts.dataset_label(i),
		"index": i,
		"filters": concat(", ", _filters(i)),
		"has_filters": count(_filters(i)) > 0,
	}
}
