# METADATA
# title: Web scraping — opt-out before collection and transparency on sources
# description: >-
#   The CNIL recommends offering people a way to object before their data are scraped (for
#   example an opt-out list of persons or sites the crawler excludes) and publishing the
#   sources, or the categories of sources, scraped, so that people can find out whether their
#   data may have been collected and exercise their rights.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
#   - description: "CNIL — IA : Informer les personnes concernées"
#     ref: https://cnil.fr/fr/ia-informer-les-personnes-concernees
# custom:
#   id: SCRAPE-05
#   step: scraping
#   fiche: scraping
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 12", "GDPR 14(2)(f)", "GDPR 21"]
#   fr:
#     title: Moissonnage — opposition préalable à la collecte et transparence sur les sources
#     description: >-
#       La CNIL recommande d'offrir aux personnes un moyen de s'opposer avant que leurs données
#       ne soient moissonnées (par exemple une liste d'opposition de personnes ou de sites que
#       le robot exclut) et de publier les sources, ou les catégories de sources, moissonnées,
#       afin que les personnes puissent savoir si leurs données ont pu être collectées et
#       exercer leurs droits.
#   remediation:
#     en: >-
#       Offer an opt-out before collection (for example a list of persons or sites the crawler
#       excludes) and declare scraping.pre_collection_opt_out: true; publish the list of sources
#       scraped, or their categories, and declare transparency.sources_published: list or
#       categories. If you depart from this recommendation, record the justification in a
#       waiver.
#     fr: >-
#       Proposez une opposition avant la collecte (par exemple une liste de personnes ou de sites
#       exclus par le robot de collecte) et déclarez scraping.pre_collection_opt_out : true ;
#       publiez la liste des sources moissonnées, ou leurs catégories, et déclarez
#       transparency.sources_published : list ou categories. Si vous vous écartez de cette
#       recommandation, consignez-en la justification dans une exemption (waivers[]).
#   checks:
#     - message: no_scraping
#       outcome: not_applicable
#       level: should
#       catalog: "SCRAPE-05 — Level: GOOD-PRACTICE / SHOULD."
#     - message: no_opt_out
#       outcome: fail
#       level: should
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#     - message: sources_not_published
#       outcome: fail
#       level: should
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#     - message: offered
#       outcome: pass
#       level: should
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#   messages:
#     no_scraping:
#       en: >-
#         No dataset containing personal data is built by web scraping (datasets[].source_type):
#         the CNIL scraping fiche does not apply.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est constitué par moissonnage
#         (datasets[].source_type) : la fiche de la CNIL sur le moissonnage ne s'applique pas.
#     no_opt_out:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.pre_collection_opt_out is not true (declared: {{.value}}): people should be
#         able to object before their data are collected, for example through an opt-out list.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.pre_collection_opt_out ne vaut pas true (valeur déclarée :
#         {{.value}}) : les personnes devraient pouvoir s'opposer avant la collecte de leurs
#         données, par exemple au moyen d'une liste d'opposition.
#     sources_not_published:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         transparency.sources_published is {{.value}}: the sources scraped, or their categories,
#         should be published (list or categories) so that people can exercise their rights.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais transparency.sources_published vaut {{.value}} : les sources
#         moissonnées, ou leurs catégories, devraient être publiées (list ou categories) afin que
#         les personnes puissent exercer leurs droits.
#     offered:
#       en: >-
#         The scraping of datasets {{.datasets}} offers an opt-out before collection, and the
#         sources are published ({{.sources}}).
#       fr: >-
#         Le moissonnage des jeux de données {{.datasets}} offre une opposition avant la collecte,
#         et les sources sont publiées ({{.sources}}).
package cnil.scraping.scrape_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := concat(", ", facts.web_scraped_dataset_ids)

_opt_out := facts.value_at(input.manifest, ["scraping", "pre_collection_opt_out"])

_sources := facts.value_at(input.manifest, ["transparency", "sources_published"])

_published := {"list", "categories"}

# A declared value as a message shows it: a string between the quotation marks of the
# language (« none » in French), anything else as JSON (false, null).
_shown(value) := sprintf("« %s »", [value]) if {
	is_string(value)
	result.lang == "fr"
} else := json.marshal(value)

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_scraping", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.web_scraping_applies
}

results contains result.fail(rego.metadata.chain(), "no_opt_out", params, "/scraping/pre_collection_opt_out") if {
	facts.web_scraping_applies
	_opt_out != true
	params := {"datasets": _datasets, "value": _shown(_opt_out)}
}

results contains result.fail(rego.metadata.chain(), "sources_not_published", params, "/transparency/sources_published") if {
	facts.web_scraping_applies
	not _sources in _published
	params := {"datasets": _datasets, "value": _shown(_sources)}
}

results contains result.pass(rego.metadata.chain(), "offered", params, "/scraping/pre_collection_opt_out") if {
	facts.web_scraping_applies
	_opt_out == true
	_sources in _published
	params := {"datasets": _datasets, "sources": labels.word("transparency.sources_published", _sources)}
}
