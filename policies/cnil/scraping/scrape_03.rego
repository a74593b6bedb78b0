# METADATA
# title: Web scraping — respect access restrictions and objections to scraping
# description: >-
#   Scraping may only collect freely accessible data: no circumvention of log-ins or other
#   technical barriers. Sites that object to scraping, through their robots.txt file, a CAPTCHA
#   or their terms of use, must not be scraped. The CNIL treats these as conditions for the
#   legitimate-interest balancing to hold; the tool treats them as mandatory.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
# custom:
#   id: SCRAPE-03
#   step: scraping
#   fiche: scraping
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)", "GDPR 5(1)(a)"]
#   fr:
#     title: Moissonnage — respecter les restrictions d'accès et les oppositions au moissonnage
#     description: >-
#       Le moissonnage ne peut porter que sur des données librement accessibles : aucun
#       contournement d'une authentification ou d'une autre barrière technique. Les sites qui
#       s'opposent au moissonnage, par leur fichier robots.txt, un CAPTCHA ou leurs conditions
#       d'utilisation, ne doivent pas être moissonnés. La CNIL en fait des conditions pour que
#       la mise en balance au titre de l'intérêt légitime soit satisfaite ; l'outil les traite
#       comme obligatoires.
#   remediation:
#     en: >-
#       Configure the crawler to honour robots.txt, CAPTCHAs and the terms of use of the sites,
#       and to collect only freely accessible content (no log-in or technical barrier bypassed),
#       then declare scraping.respects_robots_txt, scraping.respects_captcha_and_tos and
#       scraping.freely_accessible_only as true.
#     fr: >-
#       Paramétrez le robot de collecte pour qu'il respecte les fichiers robots.txt, les CAPTCHA
#       et les conditions d'utilisation des sites, et ne collecte que des contenus librement
#       accessibles (aucune authentification ni barrière technique contournée), puis déclarez
#       scraping.respects_robots_txt, scraping.respects_captcha_and_tos et
#       scraping.freely_accessible_only à true.
#   checks:
#     - message: no_scraping
#       outcome: not_applicable
#       level: must
#       catalog: "SCRAPE-03 — Level: MUST (CNIL treats these as conditions for the balancing to hold; ⚪ treat as deny)."
#     - message: respects_robots_txt
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-03 — Collect only freely accessible data (no circumvention of log-ins or technical barriers); do not collect from sites that object to scraping through robots.txt (or similar AI-crawler signals), CAPTCHAs or their terms of use."
#     - message: respects_captcha_and_tos
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-03 — Collect only freely accessible data (no circumvention of log-ins or technical barriers); do not collect from sites that object to scraping through robots.txt (or similar AI-crawler signals), CAPTCHAs or their terms of use."
#     - message: freely_accessible_only
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-03 — Collect only freely accessible data (no circumvention of log-ins or technical barriers); do not collect from sites that object to scraping through robots.txt (or similar AI-crawler signals), CAPTCHAs or their terms of use."
#     - message: respected
#       outcome: pass
#       level: must
#       catalog: "SCRAPE-03 — Collect only freely accessible data (no circumvention of log-ins or technical barriers); do not collect from sites that object to scraping through robots.txt (or similar AI-crawler signals), CAPTCHAs or their terms of use."
#   messages:
#     no_scraping:
#       en: >-
#         No dataset containing personal data is built by web scraping (datasets[].source_type):
#         the CNIL scraping fiche does not apply.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est constitué par moissonnage
#         (datasets[].source_type) : la fiche de la CNIL sur le moissonnage ne s'applique pas.
#     respects_robots_txt:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.respects_robots_txt is not true (declared: {{.value}}): sites that object to
#         scraping in their robots.txt file must not be scraped.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.respects_robots_txt ne vaut pas true (valeur déclarée :
#         {{.value}}) : les sites qui s'opposent au moissonnage dans leur fichier robots.txt ne
#         doivent pas être moissonnés.
#     respects_captcha_and_tos:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.respects_captcha_and_tos is not true (declared: {{.value}}): sites that object
#         to scraping through a CAPTCHA or their terms of use must not be scraped.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.respects_captcha_and_tos ne vaut pas true (valeur
#         déclarée : {{.value}}) : les sites qui s'opposent au moissonnage par un CAPTCHA ou par
#         leurs conditions d'utilisation ne doivent pas être moissonnés.
#     freely_accessible_only:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.freely_accessible_only is not true (declared: {{.value}}): only freely
#         accessible data may be collected, without bypassing log-ins or technical barriers.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.freely_accessible_only ne vaut pas true (valeur déclarée :
#         {{.value}}) : seules des données librement accessibles peuvent être collectées, sans
#         contourner d'authentification ni de barrière technique.
#     respected:
#       en: >-
#         The scraping of datasets {{.datasets}} honours robots.txt, CAPTCHAs and terms of use,
#         and collects only freely accessible data.
#       fr: >-
#         Le moissonnage des jeux de données {{.datasets}} respecte les fichiers robots.txt, les
#         CAPTCHA et les conditions d'utilisation, et ne collecte que des données librement
#         accessibles.
package cnil.scraping.scrape_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := concat(", ", facts.web_scraped_dataset_ids)

# Each field must be true; its name is also the key of the message reporting it.
_conditions := {"respects_robots_txt", "respects_captcha_and_tos", "freely_accessible_only"}

_value(field) := facts.value_at(input.manifest, ["scraping", field])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_scraping", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.web_scraping_applies
}

results contains result.fail(rego.metadata.chain(), field, params, pointer) if {
	facts.web_scraping_applies
	some field in _conditions
	_value(field) != true
	params := {"datasets": _datasets, "value": json.marshal(_value(field))}
	pointer := sprintf("/scraping/%s", [field])
}

results contains result.pass(rego.metadata.chain(), "respected", {"datasets": _datasets}, "/scraping") if {
	facts.web_scraping_applies
	every field in _conditions {
		_value(field) == true
	}
}
