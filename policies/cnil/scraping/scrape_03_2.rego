# METADATA
# title: Web scraping — respect AI-specific opt-out signals
# description: >-
#   Beyond robots.txt, sites can object to the collection of their content for AI training
#   through AI-crawler directives or text-and-data-mining reservations (for example ai.txt or a
#   TDM reservation). The CNIL asks not to scrape sites that object to scraping; honouring these
#   AI-specific signals is the tool's reading of that recommendation, reported as a warning.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
# custom:
#   id: SCRAPE-03.2
#   step: scraping
#   fiche: scraping
#   level: should
#   severity: warning
#   evidence: inference
#   articles: ["GDPR 6(1)(f)", "GDPR 21"]
#   fr:
#     title: Moissonnage — respecter les signaux d'opposition propres à l'IA
#     description: >-
#       Au-delà du fichier robots.txt, les sites peuvent s'opposer à la collecte de leurs
#       contenus pour l'entraînement d'IA par des directives visant les robots d'exploration
#       d'IA ou par des réserves relatives à la fouille de textes et de données (par exemple
#       ai.txt ou une réserve TDM). La CNIL demande de ne pas moissonner les sites qui
#       s'opposent au moissonnage ; respecter ces signaux propres à l'IA est la lecture que fait
#       l'outil de cette recommandation, signalée par un avertissement.
#   remediation:
#     en: >-
#       Configure the crawler to honour AI-crawler directives and text-and-data-mining
#       reservations expressed by the sites, and declare scraping.respects_ai_opt_out_signals:
#       true. If you depart from this recommendation, record the justification in a waiver.
#     fr: >-
#       Paramétrez le robot de collecte pour qu'il respecte les directives visant les robots
#       d'IA et les réserves de fouille de textes et de données exprimées par les sites, puis
#       déclarez scraping.respects_ai_opt_out_signals : true. Si vous vous écartez de cette
#       recommandation, consignez-en la justification dans une exemption (waivers[]).
#   checks:
#     - message: no_scraping
#       outcome: not_applicable
#       level: should
#       catalog: "SCRAPE-03 — Level: MUST (CNIL treats these as conditions for the balancing to hold; ⚪ treat as deny)."
#     - message: not_respected
#       outcome: fail
#       level: should
#       catalog: "SCRAPE-03 — Collect only freely accessible data (no circumvention of log-ins or technical barriers); do not collect from sites that object to scraping through robots.txt (or similar AI-crawler signals), CAPTCHAs or their terms of use."
#     - message: respected
#       outcome: pass
#       level: should
#       catalog: "SCRAPE-03 — Collect only freely accessible data (no circumvention of log-ins or technical barriers); do not collect from sites that object to scraping through robots.txt (or similar AI-crawler signals), CAPTCHAs or their terms of use."
#   messages:
#     no_scraping:
#       en: >-
#         No dataset containing personal data is built by web scraping (datasets[].source_type):
#         the CNIL scraping fiche does not apply.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est constitué par moissonnage
#         (datasets[].source_type) : la fiche de la CNIL sur le moissonnage ne s'applique pas.
#     not_respected:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.respects_ai_opt_out_signals is not true (declared: {{.value}}): sites objecting
#         to AI training through AI-crawler directives or text-and-data-mining reservations
#         should not be scraped.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.respects_ai_opt_out_signals ne vaut pas true (valeur
#         déclarée : {{.value}}) : les sites qui s'opposent à l'entraînement d'IA par des
#         directives visant les robots d'IA ou des réserves de fouille de textes et de données ne
#         devraient pas être moissonnés.
#     respected:
#       en: The scraping of datasets {{.datasets}} honours AI-specific opt-out signals.
#       fr: >-
#         Le moissonnage des jeux de données {{.datasets}} respecte les signaux d'opposition
#         propres à l'IA.
package cnil.scraping.scrape_03_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := concat(", ", facts.web_scraped_dataset_ids)

_value := facts.value_at(input.manifest, ["scraping", "respects_ai_opt_out_signals"])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_scraping", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.web_scraping_applies
}

results contains result.fail(rego.metadata.chain(), "not_respected", params, "/scraping/respects_ai_opt_out_signals") if {
	facts.web_scraping_applies
	_value != true
	params := {"datasets": _datasets, "value": json.marshal(_value)}
}

results contains result.pass(rego.metadata.chain(), "respected", {"datasets": _datasets}, "/scraping/respects_ai_opt_out_signals") if {
	facts.web_scraping_applies
	_value == true
}
