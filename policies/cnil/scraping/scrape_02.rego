# METADATA
# title: Web scraping — filter out unneeded data and delete irrelevant or sensitive data
# description: >-
#   When personal data are collected by web scraping, categories of data that are not needed
#   must be excluded from the collection (for example with filters for sensitive data), and
#   data collected despite the criteria must be deleted as soon as they are identified as
#   irrelevant. The residual, unintended collection of sensitive data is not unlawful in itself
#   (CJEU C-136/17), but once the controller becomes aware of it, it must delete or exclude
#   those data, unless an art. 9(2) exception covers them. Such an exception counts only when it
#   is declared on every development activity that uses the scraped dataset, or on the
#   dataset's special categories themselves; one declared on a deployment activity, or on an
#   activity that does not use the dataset, does not cover it.
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
# custom:
#   id: SCRAPE-02
#   step: scraping
#   fiche: scraping
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(c)", "GDPR 9", "CJEU C-136/17"]
#   fr:
#     title: Moissonnage — filtrer les données inutiles et supprimer les données non pertinentes ou sensibles
#     description: >-
#       Lorsque des données personnelles sont collectées par moissonnage, les catégories de données
#       inutiles doivent être exclues de la collecte (par exemple au moyen de filtres pour les
#       données sensibles), et les données collectées malgré ces critères doivent être supprimées
#       dès qu'elles sont identifiées comme non pertinentes. La collecte résiduelle et involontaire
#       de données sensibles n'est pas illicite en soi (CJUE, C-136/17), mais dès que le responsable
#       de traitement en a connaissance, il doit supprimer ou écarter ces données, sauf si une
#       exception de l'art. 9, § 2, les couvre. Une telle exception ne compte que si elle est
#       déclarée sur chaque traitement de développement qui utilise le jeu de données moissonné, ou
#       sur les catégories particulières du jeu de données elles-mêmes ; celle d'un traitement de
#       déploiement, ou d'un traitement qui n'utilise pas le jeu de données, ne le couvre pas.
#   remediation:
#     en: >-
#       Declare the filters that exclude unneeded categories of data at collection
#       (scraping.exclusion_filters), when data collected despite the criteria are deleted
#       (scraping.irrelevant_data_deletion: immediate or batch_after_collection), and how
#       sensitive data collected residually are handled (scraping.sensitive_data_handling:
#       filtered_and_deleted_on_detection, or art9_exception with the exception declared in the
#       art9_exception of every development activity that uses the scraped datasets, or of their
#       special categories in datasets[].special_categories[].art9_exception).
#     fr: >-
#       Déclarez les filtres qui excluent dès la collecte les catégories de données inutiles
#       (scraping.exclusion_filters), le moment où les données collectées malgré les critères
#       sont supprimées (scraping.irrelevant_data_deletion : immediate ou
#       batch_after_collection) et le traitement réservé aux données sensibles collectées de
#       manière résiduelle (scraping.sensitive_data_handling : filtered_and_deleted_on_detection,
#       ou art9_exception avec l'exception déclarée dans l'art9_exception de chaque traitement de
#       développement qui utilise les jeux de données moissonnés, ou de leurs catégories
#       particulières dans datasets[].special_categories[].art9_exception).
#   checks:
#     - message: no_scraping
#       outcome: not_applicable
#       level: must
#       catalog: "SCRAPE-02 — Level: MUST."
#     - message: no_filters
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-02 — Exclude from collection data categories not needed (e.g. via filters for sensitive data); delete data collected despite the criteria as soon as they are identified as irrelevant."
#     - message: no_deletion
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-02 — Exclude from collection data categories not needed (e.g. via filters for sensitive data); delete data collected despite the criteria as soon as they are identified as irrelevant."
#     - message: bad_deletion
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-02 — Exclude from collection data categories not needed (e.g. via filters for sensitive data); delete data collected despite the criteria as soon as they are identified as irrelevant."
#     - message: no_sensitive_handling
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-02 — Exclude from collection data categories not needed (e.g. via filters for sensitive data); delete data collected despite the criteria as soon as they are identified as irrelevant."
#     - message: bad_sensitive_handling
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-02 — Exclude from collection data categories not needed (e.g. via filters for sensitive data); delete data collected despite the criteria as soon as they are identified as irrelevant."
#     - message: art9_without_exception
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-02 — Exclude from collection data categories not needed (e.g. via filters for sensitive data); delete data collected despite the criteria as soon as they are identified as irrelevant."
#     - message: handled
#       outcome: pass
#       level: must
#       catalog: "SCRAPE-02 — Exclude from collection data categories not needed (e.g. via filters for sensitive data); delete data collected despite the criteria as soon as they are identified as irrelevant."
#   messages:
#     no_scraping:
#       en: >-
#         No dataset containing personal data is built by web scraping (datasets[].source_type):
#         the CNIL scraping fiche does not apply.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est constitué par moissonnage
#         (datasets[].source_type) : la fiche de la CNIL sur le moissonnage ne s'applique pas.
#     no_filters:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.exclusion_filters is empty or missing: categories of data that are not needed,
#         sensitive data in particular, must be excluded from the collection (GDPR art. 5(1)(c)).
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données {{.datasets}})
#         mais scraping.exclusion_filters est vide ou absent : les catégories de données inutiles,
#         en particulier les données sensibles, doivent être exclues de la collecte (RGPD, art. 5, §
#         1, c)).
#     no_deletion:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.irrelevant_data_deletion is missing: data collected despite the collection
#         criteria must be deleted as soon as they are identified as irrelevant (immediate or
#         batch_after_collection).
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données
#         {{.datasets}}) mais scraping.irrelevant_data_deletion est absent : les données
#         collectées malgré les critères de collecte doivent être supprimées dès qu'elles sont
#         identifiées comme non pertinentes (immediate ou batch_after_collection).
#     bad_deletion:
#       en: >-
#         scraping.irrelevant_data_deletion is "{{.value}}": expected immediate or
#         batch_after_collection, so that irrelevant scraped data are deleted as soon as they are
#         identified.
#       fr: >-
#         scraping.irrelevant_data_deletion vaut « {{.value}} » : valeur attendue immediate ou
#         batch_after_collection, afin que les données moissonnées non pertinentes soient
#         supprimées dès qu'elles sont identifiées.
#     no_sensitive_handling:
#       en: >-
#         Personal data are scraped from the web (datasets {{.datasets}}) but
#         scraping.sensitive_data_handling is missing: sensitive data collected despite the
#         filters must be deleted once detected, unless an art. 9(2) exception applies (GDPR
#         art. 9).
#       fr: >-
#         Des données personnelles sont collectées par moissonnage (jeux de données {{.datasets}})
#         mais scraping.sensitive_data_handling est absent : les données sensibles collectées malgré
#         les filtres doivent être supprimées dès leur détection, sauf exception du RGPD, art. 9, §
#         2.
#     bad_sensitive_handling:
#       en: >-
#         scraping.sensitive_data_handling is "{{.value}}": expected
#         filtered_and_deleted_on_detection or art9_exception (GDPR art. 9).
#       fr: >-
#         scraping.sensitive_data_handling vaut « {{.value}} » : valeur attendue
#         filtered_and_deleted_on_detection ou art9_exception (RGPD, art. 9).
#     art9_without_exception:
#       en: >-
#         scraping.sensitive_data_handling is art9_exception, but no art. 9(2) exception covers the
#         sensitive data kept from scraped dataset {{.dataset}}: {{if .activities}}art9_exception
#         is missing, or is not an art. 9(2) exception, on {{.missing}}, among the development
#         activities that use it ({{.activities}}){{else}}no development activity uses it
#         (processing_activities[].dataset_ids){{end}}, and its special categories do not each
#         declare one (datasets[].special_categories[].art9_exception).{{if .ignored}} The
#         art9_exception of {{.ignored}} does not count: only the development activities that use
#         the dataset can rely on one.{{end}} Keeping scraped sensitive data requires an exception
#         under GDPR art. 9(2).
#       fr: >-
#         scraping.sensitive_data_handling vaut art9_exception, mais aucune exception de l'art. 9, §
#         2, ne couvre les données sensibles conservées du jeu de données moissonné {{.dataset}} :
#         {{if .activities}}art9_exception est absent, ou n'est pas une exception de l'art. 9, § 2,
#         sur {{.missing}}, parmi les traitements de développement qui l'utilisent
#         ({{.activities}}){{else}}aucun traitement de développement ne l'utilise
#         (processing_activities[].dataset_ids){{end}}, et ses catégories particulières n'en
#         déclarent pas chacune une (datasets[].special_categories[].art9_exception).{{if .ignored}}
#         L'art9_exception de {{.ignored}} ne compte pas : seuls les traitements de développement
#         qui utilisent le jeu de données peuvent en invoquer une.{{end}} Conserver des données
#         sensibles moissonnées exige une exception au titre du RGPD, art. 9, § 2.
#     handled:
#       en: >-
#         Scraped datasets {{.datasets}}: unneeded data are excluded by filters ({{.filters}}),
#         irrelevant data are deleted ({{.deletion}}) and residual sensitive data are handled
#         ({{.sensitive}}){{if .exceptions}}, under these GDPR art. 9(2) exceptions:
#         {{.exceptions}}{{end}}.
#       fr: >-
#         Jeux de données moissonnés {{.datasets}} : les données inutiles sont exclues par des
#         filtres ({{.filters}}), les données non pertinentes sont supprimées ({{.deletion}}) et les
#         données sensibles résiduelles sont traitées ({{.sensitive}}){{if .exceptions}}, au titre
#         de ces exceptions du RGPD, art. 9, § 2 : {{.exceptions}}{{end}}.
#   coverage:
#     activity:
#       en: >-
#         {{.dataset}}: {{.exceptions}}, declared on the development activities that use it
#         ({{.activities}})
#       fr: >-
#         {{.dataset}} : {{.exceptions}}, déclarée{{if .several}}s{{end}} sur les traitements de
#         développement qui l'utilisent ({{.activities}})
#     category:
#       en: "{{.dataset}}: {{.exceptions}}, declared on its special categories ({{.categories}})"
#       fr: >-
#         {{.dataset}} : {{.exceptions}}, déclarée{{if .several}}s{{end}} sur ses catégories
#         particulières ({{.categories}})
#     exception:
#       en: "{{.exception}} (art. 9(2)({{.letter}}))"
#       fr: "{{.exception}} (art. 9, § 2, {{.letter}}))"
package cnil.scraping.scrape_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_datasets := concat(", ", facts.web_scraped_dataset_ids)

_deletion_modes := {"immediate", "batch_after_collection"}

_sensitive_modes := {"filtered_and_deleted_on_detection", "art9_exception"}

_deletion := facts.value_at(input.manifest, ["scraping", "irrelevant_data_deletion"])

_sensitive := facts.value_at(input.manifest, ["scraping", "sensitive_data_handling"])

_filters := facts.value_at(input.manifest, ["scraping", "exclusion_filters"])

# The art. 9(2) exception that covers the sensitive data kept from scraped dataset i
# (policies/lib/facts_art9.rego): that of every development activity using it, else the
# own exceptions of its special categories when each of them declares one.
_coverage(i) := {"source": "activity", "exceptions": coverage.exceptions, "activities": coverage.activities, "categories": []} if {
	facts.art9_activities_cover(i)
	coverage := facts.art9_activity_coverage(i)
} else := {"source": "category", "exceptions": sort(exceptions), "activities": [], "categories": sort(names)} if {
	names := _art9_categories(i)
	count(names) > 0
	every name in names {
		facts.art9_exception_for(i, name)
	}
	exceptions := {e | some name in names; some e in facts.art9_exception_for(i, name).exceptions}
}

_art9_categories(i) := {name |
	some item in input.manifest.datasets[i].special_categories
	name := facts.art9_category_name(item)
	name != "criminal_convictions_offences"
}

_uncovered contains i if {
	_sensitive == "art9_exception"
	some i in facts.web_scraped_datasets
	not _coverage(i)
}

_custom := result.custom(rego.metadata.chain())

_dataset_label(i) := object.get(input.manifest.datasets[i], "id", sprintf("#%d", [i]))

# "ds-web: manifestly_made_public_by_data_subject (art. 9(2)(e)), declared on ...; ...".
_exceptions_text := concat(result.semicolon, [result.render_localised(_custom.coverage[coverage.source], {
	"dataset": _dataset_label(i),
	"exceptions": concat(", ", [result.render_localised(_custom.coverage.exception, {"exception": e, "letter": facts.art9_exception_letters[e]}) |
		some e in coverage.exceptions
	]),
	"several": count(coverage.exceptions) > 1,
	"activities": concat(", ", coverage.activities),
	"categories": concat(", ", coverage.categories),
}) |
	some i in sort(facts.web_scraped_datasets)
	coverage := _coverage(i)
]) if {
	_sensitive == "art9_exception"
} else := ""

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_scraping", {}, "/datasets") if {
	facts.gdpr_applies
	not facts.web_scraping_applies
}

results contains result.fail(rego.metadata.chain(), "no_filters", {"datasets": _datasets}, "/scraping/exclusion_filters") if {
	facts.web_scraping_applies
	not facts.filled(_filters)
}

results contains result.fail(rego.metadata.chain(), "no_deletion", {"datasets": _datasets}, "/scraping/irrelevant_data_deletion") if {
	facts.web_scraping_applies
	not facts.filled(_deletion)
}

results contains result.fail(rego.metadata.chain(), "bad_deletion", {"value": _deletion}, "/scraping/irrelevant_data_deletion") if {
	facts.web_scraping_applies
	facts.filled(_deletion)
	not _deletion in _deletion_modes
}

results contains result.fail(rego.metadata.chain(), "no_sensitive_handling", {"datasets": _datasets}, "/scraping/sensitive_data_handling") if {
	facts.web_scraping_applies
	not facts.filled(_sensitive)
}

results contains result.fail(rego.metadata.chain(), "bad_sensitive_handling", {"value": _sensitive}, "/scraping/sensitive_data_handling") if {
	facts.web_scraping_applies
	facts.filled(_sensitive)
	not _sensitive in _sensitive_modes
}

results contains result.fail(rego.metadata.chain(), "art9_without_exception", params, coverage.pointer) if {
	facts.web_scraping_applies
	some i in _uncovered
	coverage := facts.art9_activity_coverage(i)
	params := {
		"dataset": _dataset_label(i),
		"activities": concat(", ", coverage.activities),
		"missing": concat(", ", coverage.missing),
		"ignored": concat(", ", coverage.ignored),
	}
}

results contains result.pass(rego.metadata.chain(), "handled", params, "/scraping") if {
	facts.web_scraping_applies
	facts.filled(_filters)
	_deletion in _deletion_modes
	_sensitive in _sensitive_modes
	count(_uncovered) == 0
	params := {
		"datasets": _datasets,
		"filters": concat(", ", [sprintf("%v", [f]) | some f in _filters]),
		"deletion": labels.word("scraping.irrelevant_data_deletion", _deletion),
		"sensitive": labels.word("scraping.sensitive_data_handling", _sensitive),
		"exceptions": _exceptions_text,
	}
}
