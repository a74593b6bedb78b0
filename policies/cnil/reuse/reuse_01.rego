# METADATA
# title: The way each dataset was obtained is declared
# description: >-
#   For every dataset holding personal data, record how it was obtained: direct collection,
#   web scraping, reuse of the controller's own data, reuse of a publicly accessible dataset,
#   acquisition from a third party (or synthetic data). The additional checks on the lawfulness of
#   the processing depend on this source and come on top of the legal basis.
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: in case of re-use of data"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use
#   - description: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing
# custom:
#   id: REUSE-01
#   step: reuse
#   fiche: reuse
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 5(2)", "GDPR 14(2)(f)"]
#   fr:
#     title: Le mode d'obtention de chaque jeu de données est déclaré
#     description: >-
#       Pour chaque jeu de données contenant des données personnelles, consigner son mode
#       d'obtention : collecte directe, moissonnage, réutilisation de données propres au
#       responsable de traitement, réutilisation d'un jeu de données librement accessible,
#       acquisition auprès d'un tiers (ou données synthétiques). Les vérifications
#       complémentaires sur la licéité du traitement dépendent de cette source et s'ajoutent à
#       la base légale.
#   remediation:
#     en: >-
#       For every dataset, set source_type to direct_collection, web_scraping, own_data_reuse,
#       public_dataset_reuse, third_party_acquired, synthetic or fictitious, describe the source in
#       source_description, and give source_url for a publicly accessible dataset.
#     fr: >-
#       Pour chaque jeu de données, renseignez source_type (direct_collection, web_scraping,
#       own_data_reuse, public_dataset_reuse, third_party_acquired, synthetic ou fictitious), décrivez
#       la source dans source_description et indiquez source_url pour un jeu de données librement
#       accessible.
#   checks:
#     - message: no_datasets
#       outcome: fail
#       level: must
#       catalog: "REUSE-01 — For each dataset, declare how it was obtained (E8); the additional checks depend on it and come on top of the legal basis."
#     - message: no_personal_dataset
#       outcome: not_applicable
#       level: must
#       catalog: "REUSE-01 — Level: MUST (accountability; prerequisite for REUSE-02..05)."
#     - message: no_source_type
#       outcome: fail
#       level: must
#       catalog: "REUSE-01 — For each dataset, declare how it was obtained (E8); the additional checks depend on it and come on top of the legal basis."
#     - message: unknown_source_type
#       outcome: fail
#       level: must
#       catalog: "REUSE-01 — For each dataset, declare how it was obtained (E8); the additional checks depend on it and come on top of the legal basis."
#     - message: no_source_description
#       outcome: fail
#       level: must
#       catalog: "REUSE-01 — For each dataset, declare how it was obtained (E8); the additional checks depend on it and come on top of the legal basis."
#     - message: no_source_url
#       outcome: fail
#       level: must
#       catalog: "REUSE-01 — For each dataset, declare how it was obtained (E8); the additional checks depend on it and come on top of the legal basis."
#     - message: declared
#       outcome: pass
#       level: must
#       catalog: "REUSE-01 — For each dataset, declare how it was obtained (E8); the additional checks depend on it and come on top of the legal basis."
#   messages:
#     no_datasets:
#       en: >-
#         datasets is empty although personal data is processed: every training, validation or test
#         dataset must be listed with its source, which determines the lawfulness checks to carry out
#         (accountability, GDPR art. 5(2)).
#       fr: >-
#         datasets est vide alors que des données personnelles sont traitées : chaque jeu de données
#         d'entraînement, de validation ou de test doit être recensé avec sa source, qui détermine
#         les vérifications de licéité à mener (responsabilité, RGPD, art. 5, § 2).
#     no_personal_dataset:
#       en: >-
#         No dataset holds personal data (contains_personal_data is false for each): the source checks
#         do not apply.
#       fr: >-
#         Aucun jeu de données ne contient de données personnelles (contains_personal_data vaut false
#         pour chacun) : les vérifications sur la source ne s'appliquent pas.
#     no_source_type:
#       en: >-
#         Dataset {{.dataset}}: source_type is missing. How the data was obtained (direct collection,
#         scraping, reuse, acquisition) decides which lawfulness checks are required on top of the
#         legal basis.
#       fr: >-
#         Jeu de données {{.dataset}} : source_type est absent. Le mode d'obtention des données
#         (collecte directe, moissonnage, réutilisation, acquisition) détermine les vérifications de
#         licéité requises en plus de la base légale.
#     unknown_source_type:
#       en: >-
#         Dataset {{.dataset}}: source_type "{{.value}}" is not one of direct_collection, web_scraping,
#         own_data_reuse, public_dataset_reuse, third_party_acquired, synthetic, fictitious.
#       fr: >-
#         Jeu de données {{.dataset}} : source_type « {{.value}} » n'est pas l'une des valeurs
#         direct_collection, web_scraping, own_data_reuse, public_dataset_reuse,
#         third_party_acquired, synthetic, fictitious.
#     no_source_description:
#       en: >-
#         Dataset {{.dataset}}: source_description is missing. The source must be documented
#         (accountability, GDPR art. 5(2)); data subjects are also entitled to know where their data
#         comes from (art. 14(2)(f)).
#       fr: >-
#         Jeu de données {{.dataset}} : source_description est absent. La source doit être
#         documentée (responsabilité, RGPD, art. 5, § 2) ; les personnes ont aussi le droit de
#         connaître l'origine de leurs données (art. 14, § 2, f)).
#     no_source_url:
#       en: >-
#         Dataset {{.dataset}} is a publicly accessible dataset but source_url is missing: the exact
#         location of the dataset is needed to check that its publication is not manifestly unlawful.
#       fr: >-
#         Le jeu de données {{.dataset}} est un jeu librement accessible mais source_url est absent :
#         son emplacement exact est nécessaire pour vérifier que sa publication n'est pas
#         manifestement illicite.
#     declared:
#       en: >-
#         The way dataset {{.dataset}} was obtained is declared (source_type: {{.source_type}}):
#         {{.description}}
#       fr: >-
#         Le mode d'obtention du jeu de données {{.dataset}} est déclaré (source_type :
#         {{.source_type}}) : {{.description}}
package cnil.reuse.reuse_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# Catalog E8.
_source_types := {
	"direct_collection",
	"web_scraping",
	"own_data_reuse",
	"public_dataset_reuse",
	"third_party_acquired",
	"synthetic",
	"fictitious",
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_datasets", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.declared(input.manifest, ["datasets"])
}

results contains result.not_applicable(rego.metadata.chain(), "no_personal_dataset", {}, "/datasets") if {
	facts.gdpr_applies
	facts.declared(input.manifest, ["datasets"])
	count(facts.personal_datasets) == 0
}

_datasets[i] := object.union(d, {"source_type": facts.value_at(d.dataset, ["source_type"])}) if {
	facts.gdpr_applies
	some i, d in facts.personal_dataset_entries
}

results contains result.fail(rego.metadata.chain(), "no_source_type", {"dataset": d.label}, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	not facts.filled(d.source_type)
}

results contains result.fail(rego.metadata.chain(), "unknown_source_type", params, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	facts.filled(d.source_type)
	not d.source_type in _source_types
	params := {"dataset": d.label, "value": sprintf("%v", [d.source_type])}
}

results contains result.fail(rego.metadata.chain(), "no_source_description", {"dataset": d.label}, result.at(d.pointer, "source_description")) if {
	some d in _datasets
	not facts.declared(d.dataset, ["source_description"])
}

results contains result.fail(rego.metadata.chain(), "no_source_url", {"dataset": d.label}, result.at(d.pointer, "source_url")) if {
	some d in _datasets
	d.source_type == "public_dataset_reuse"
	not facts.declared(d.dataset, ["source_url"])
}

results contains result.pass(rego.metadata.chain(), "declared", params, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	d.source_type in _source_types
	facts.declared(d.dataset, ["source_description"])
	_url_ok(d)
	params := {
		"dataset": d.label,
		"source_type": labels.word("source_type", d.source_type),
		"description": sprintf("%v", [d.dataset.source_description]),
	}
}

_url_ok(d) if d.source_type != "public_dataset_reuse"

_url_ok(d) if facts.declared(d.dataset, ["source_url"])
