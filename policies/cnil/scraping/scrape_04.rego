# METADATA
# title: Web scraping — exclude intrusive sources, minors' sites and restricted-audience content
# description: >-
#   The CNIL recommends excluding from scraping the sites and contents likely to carry
#   particularly intrusive or sensitive information (for example health forums or intimate
#   content) or aimed at minors, as well as content published for a restricted audience, which
#   keeps a private character, unless their collection is strictly necessary and surrounded by
#   safeguards.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
# custom:
#   id: SCRAPE-04
#   step: scraping
#   fiche: scraping
#   level: should
#   severity: warning
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)", "GDPR 8", "GDPR 9"]
#   fr:
#     title: Moissonnage — exclure les sources intrusives, les sites destinés aux mineurs et les contenus à audience restreinte
#     description: >-
#       La CNIL recommande d'exclure du moissonnage les sites et contenus susceptibles de
#       comporter des informations particulièrement intrusives ou sensibles (par exemple des
#       forums de santé ou des contenus intimes) ou destinés aux mineurs, ainsi que les contenus
#       publiés à destination d'une audience restreinte, qui conservent un caractère privé, sauf
#       si leur collecte est strictement nécessaire et entourée de garanties.
#   remediation:
#     en: >-
#       List sensitive_content_sites and minors_oriented_sites in
#       scraping.excluded_source_categories and set scraping.restricted_audience_content_excluded
#       to true. If such sources are strictly necessary to the purpose, record the justification
#       and the safeguards in a waiver.
#     fr: >-
#       Indiquez sensitive_content_sites et minors_oriented_sites dans
#       scraping.excluded_source_categories et déclarez
#       scraping.restricted_audience_content_excluded à true. Si ces sources sont strictement
#       nécessaires à la finalité, consignez la justification et les garanties dans une
#       exemption (waivers[]).
#   checks:
#     - message: no_scraping
#       outcome: not_applicable
#       level: should
#       catalog: "SCRAPE-04 — Level: SHOULD."
#     - message: categories_not_excluded
#       outcome: fail
#       level: should
#       catalog: "SCRAPE-04 — Exclude from collection sites/contents likely to carry particularly intrusive or sensitive information (e.g. health forums, intimate content) or aimed at minors, and content published with restricted audience, unless strictly necessary and safeguarded."
#     - message: restricted_audience
#       outcome: fail
#       level: should
#       catalog: "SCRAPE-04 — Exclude from collection sites/contents likely to carry particularly intrusive or sensitive information (e.g. health forums, intimate content) or aimed at minors, and content published with restricted audience, unless strictly necessary and safeguarded."
#     - message: excluded
#       outcome: pass
#       level: should
#       catalog: "SCRAPE-04 — Exclude from collection sites/contents likely to carry particularly intrusive or sensitive information (e.g. health forums, intimate content) or aimed at minors, and content published with restricted audience, unless strictly necessary and safeguarded."
#   messages:
#     no_scraping:
#       en: >-
#         No dataset containing personal data is built by web scraping (datasets[].source_type):
#         the CNIL scraping fiche does not apply.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est constitué par moissonnage
#         (datasets[].source_type) : la fiche de la CNIL sur le moissonnage ne s'applique pas.
#     categories_not_excluded:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.excluded_source_categories does not list {{.missing}}: sites carrying
#         particularly intrusive or sensitive information and sites aimed at minors should be
#         excluded from the collection.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.excluded_source_categories ne mentionne pas {{.missing}} :
#         les sites comportant des informations particulièrement intrusives ou sensibles et les
#         sites destinés aux mineurs devraient être exclus de la collecte.
#     restricted_audience:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.restricted_audience_content_excluded is not true (declared: {{.value}}):
#         content published for a restricted audience keeps a private character and should not
#         be collected.
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.restricted_audience_content_excluded ne vaut pas true
#         (valeur déclarée : {{.value}}) : les contenus publiés pour une audience restreinte
#         conservent un caractère privé et ne devraient pas être collectés.
#     excluded:
#       en: >-
#         The scraping of datasets {{.datasets}} excludes sensitive-content sites, sites aimed at
#         minors and restricted-audience content.
#       fr: >-
#         Le moissonnage des jeux de données {{.datasets}} exclut les sites à contenu sensible,
#         les sites destinés aux mineurs et les contenus à audience restreinte.
package cnil.scraping.scrape_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := concat(", ", facts.web_scraped_dataset_ids)

_expected := {"sensitive_content_sites", "minors_oriented_sites"}

_excluded := {c | some c in facts.value_at(input.manifest, ["scraping", "excluded_source_categories"])}

_missing := _expected - _excluded

_restricted := facts.value_at(input.manifest, ["scraping", "restricted_audience_content_excluded"])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_scraping", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.web_scraping_applies
}

results contains result.fail(rego.metadata.chain(), "categories_not_excluded", params, "/scraping/excluded_source_categories") if {
	facts.web_scraping_applies
	count(_missing) > 0
	params := {"datasets": _datasets, "missing": concat(", ", sort(_missing))}
}

results contains result.fail(rego.metadata.chain(), "restricted_audience", params, pointer) if {
	facts.web_scraping_applies
	_restricted != true
	params := {"datasets": _datasets, "value": json.marshal(_restricted)}
	pointer := "/scraping/restricted_audience_content_excluded"
}

results contains result.pass(rego.metadata.chain(), "excluded", {"datasets": _datasets}, "/scraping") if {
	facts.web_scraping_applies
	count(_missing) == 0
	_restricted == true
}
