# METADATA
# title: Web scraping — precise collection criteria defined in advance
# description: >-
#   When personal data are collected by web scraping, the CNIL counts among the mandatory
#   minimisation measures the definition, before collection, of precise criteria of what is
#   collected: the target sites or sources, the types of content and the period covered, in
#   line with the purpose of the processing.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
# custom:
#   id: SCRAPE-01
#   step: scraping
#   fiche: scraping
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(c)", "GDPR 25"]
#   fr:
#     title: Moissonnage — critères de collecte précis définis en amont
#     description: >-
#       Lorsque des données personnelles sont collectées par moissonnage, la CNIL compte parmi
#       les mesures de minimisation obligatoires la définition, avant la collecte, de critères
#       précis de ce qui est collecté : les sites ou sources ciblés, les types de contenus et la
#       période couverte, en cohérence avec la finalité du traitement.
#   remediation:
#     en: >-
#       Before collecting, declare in scraping.collection_criteria the target sites or sources
#       (sources), the types of content collected (content_types) and the period covered
#       (period), chosen for the purpose of the processing.
#     fr: >-
#       Avant la collecte, déclarez dans scraping.collection_criteria les sites ou sources visés
#       (sources), les types de contenus collectés (content_types) et la période couverte
#       (period), choisis en fonction de la finalité du traitement.
#   checks:
#     - message: no_scraping
#       outcome: not_applicable
#       level: must
#       catalog: "SCRAPE-01 — Level: MUST (CNIL lists it among mandatory minimisation measures)."
#     - message: no_sources
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-01 — Define, before collection, precise criteria of what is collected (target sites/sources, content types, periods) in line with the purpose."
#     - message: no_content_types
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-01 — Define, before collection, precise criteria of what is collected (target sites/sources, content types, periods) in line with the purpose."
#     - message: no_period
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-01 — Define, before collection, precise criteria of what is collected (target sites/sources, content types, periods) in line with the purpose."
#     - message: defined
#       outcome: pass
#       level: must
#       catalog: "SCRAPE-01 — Define, before collection, precise criteria of what is collected (target sites/sources, content types, periods) in line with the purpose."
#   messages:
#     no_scraping:
#       en: >-
#         No dataset containing personal data is built by web scraping (datasets[].source_type):
#         the CNIL scraping fiche does not apply.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est constitué par moissonnage
#         (datasets[].source_type) : la fiche de la CNIL sur le moissonnage ne s'applique pas.
#     no_sources:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but scraping.collection_criteria.sources
#         is empty or missing: the sites or sources to be scraped must be defined before
#         collection (data minimisation, GDPR art. 5(1)(c)).
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données {{.datasets}})
#         mais scraping.collection_criteria.sources est vide ou absent : les sites ou sources à
#         moissonner doivent être définis avant la collecte (minimisation des données, RGPD, art. 5,
#         § 1, c)).
#     no_content_types:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.collection_criteria.content_types is empty or missing: the types of content to
#         be collected must be defined before collection (data minimisation, GDPR art. 5(1)(c)).
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données {{.datasets}})
#         mais scraping.collection_criteria.content_types est vide ou absent : les types de contenus
#         à collecter doivent être définis avant la collecte (minimisation des données, RGPD, art.
#         5, § 1, c)).
#     no_period:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but scraping.collection_criteria.period
#         is missing: the period covered by the collection must be defined before collection
#         (data minimisation, GDPR art. 5(1)(c)).
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données {{.datasets}})
#         mais scraping.collection_criteria.period est absent : la période couverte par la collecte
#         doit être définie avant la collecte (minimisation des données, RGPD, art. 5, § 1, c)).
#     defined:
#       en: >-
#         The collection criteria of the scraped datasets {{.datasets}} are defined: sources
#         {{.sources}}; content types {{.content_types}}; period {{.period}}.
#       fr: >-
#         Les critères de collecte des jeux de données moissonnés {{.datasets}} sont définis :
#         sources {{.sources}} ; types de contenus {{.content_types}} ; période {{.period}}.
package cnil.scraping.scrape_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_criteria := {
	"sources": "no_sources",
	"content_types": "no_content_types",
	"period": "no_period",
}

_datasets := concat(", ", facts.web_scraped_dataset_ids)

_missing(field) if not facts.declared(input.manifest, ["scraping", "collection_criteria", field])

_text(field) := concat(", ", [sprintf("%v", [v]) | some v in value]) if {
	value := input.manifest.scraping.collection_criteria[field]
	is_array(value)
}

_text(field) := sprintf("%v", [value]) if {
	value := input.manifest.scraping.collection_criteria[field]
	not is_array(value)
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_scraping", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.web_scraping_applies
}

results contains result.fail(rego.metadata.chain(), key, {"datasets": _datasets}, pointer) if {
	facts.web_scraping_applies
	some field, key in _criteria
	_missing(field)
	pointer := sprintf("/scraping/collection_criteria/%s", [field])
}

results contains result.pass(rego.metadata.chain(), "defined", params, "/scraping/collection_criteria") if {
	facts.web_scraping_applies
	every field, _ in _criteria {
		not _missing(field)
	}
	params := {
		"datasets": _datasets,
		"sources": _text("sources"),
		"content_types": _text("content_types"),
		"period": _text("period"),
	}
}
