# METADATA
# title: Web scraping — no facial-recognition database built from scraped facial images
# description: >-
#   AI Act art. 5(1)(e) prohibits placing on the market, putting into service or using AI
#   systems that create or expand facial-recognition databases through the untargeted scraping
#   of facial images from the internet or CCTV footage. The tool fails any project that scrapes
#   facial images for a facial-recognition purpose, and asks projects that scrape facial images
#   to state whether they serve facial recognition (scraping.facial_recognition_purpose). It
#   detects a facial-recognition purpose from that flag, from the purposes and capabilities of
#   the processing activities and from ai_act.annex_iii_area: biometrics (the tool's own
#   heuristics).
# related_resources:
#   - description: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)"
#     ref: https://www.cnil.fr/fr/node/165783
#   - description: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL"
#     ref: https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil
# custom:
#   id: SCRAPE-05.2
#   step: scraping
#   fiche: scraping
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["AI Act 5(1)(e)"]
#   fr:
#     title: Moissonnage — pas de base de reconnaissance faciale constituée à partir d'images de visages moissonnées
#     description: >-
#       Le règlement sur l'IA (art. 5, § 1, e)) interdit la mise sur le marché, la mise en service
#       ou l'utilisation de systèmes d'IA qui créent ou développent des bases de données de
#       reconnaissance faciale par le moissonnage non ciblé d'images faciales provenant de
#       l'internet ou de la vidéosurveillance. L'outil met en échec tout projet qui moissonne des
#       images de visages à des fins de reconnaissance faciale, et demande aux projets qui
#       moissonnent des images de visages d'indiquer s'ils servent la reconnaissance faciale
#       (scraping.facial_recognition_purpose). Il détecte une finalité de reconnaissance faciale à
#       partir de cet indicateur, des finalités et capacités des traitements et de
#       ai_act.annex_iii_area valant biometrics (heuristiques propres à l'outil).
#   remediation:
#     en: >-
#       Do not scrape facial images from the internet to create or expand a facial-recognition
#       database: remove facial_images from scraping.collection_criteria.content_types or drop
#       the facial-recognition purpose. If facial images are scraped for another purpose, declare
#       scraping.facial_recognition_purpose: false and make sure no processing activity
#       describes a facial-recognition purpose or capability.
#     fr: >-
#       Ne moissonnez pas d'images de visages sur internet pour créer ou développer une base de
#       données de reconnaissance faciale : retirez facial_images de
#       scraping.collection_criteria.content_types ou abandonnez la finalité de reconnaissance
#       faciale. Si des images de visages sont moissonnées pour une autre finalité, déclarez
#       scraping.facial_recognition_purpose : false et vérifiez qu'aucune activité de traitement
#       ne décrit une finalité ou une capacité de reconnaissance faciale.
#   checks:
#     - message: no_scraping
#       outcome: not_applicable
#       level: must
#       catalog: "SCRAPE-05 — Level: GOOD-PRACTICE / SHOULD."
#     - message: content_types_undeclared
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#     - message: prohibited
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#     - message: purpose_undeclared
#       outcome: fail
#       level: must
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#     - message: no_facial_images
#       outcome: pass
#       level: must
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#     - message: not_for_recognition
#       outcome: pass
#       level: must
#       catalog: "SCRAPE-05 — Offer people a way to object before collection (e.g. an opt-out / \"liste repoussoir\" of persons or sites) and publish information on the sources (or categories of sources) scraped, so people can exercise their rights."
#   messages:
#     no_scraping:
#       en: >-
#         No dataset is built by web scraping (datasets[].source_type): the AI Act prohibition on
#         scraping facial images for facial-recognition databases is not at stake.
#       fr: >-
#         Aucun jeu de données n'est constitué par moissonnage (datasets[].source_type) :
#         l'interdiction, par le règlement sur l'IA, du moissonnage d'images de visages pour des
#         bases de reconnaissance faciale n'est pas en jeu.
#     content_types_undeclared:
#       en: >-
#         Web scraping is used (datasets {{.datasets}}) but
#         scraping.collection_criteria.content_types is not declared: the tool cannot verify that
#         no facial images are scraped for a facial-recognition database (AI Act art. 5(1)(e)).
#       fr: >-
#         Le moissonnage est utilisé (jeux de données {{.datasets}}) mais
#         scraping.collection_criteria.content_types n'est pas renseigné : l'outil ne peut pas
#         vérifier qu'aucune image de visage n'est moissonnée pour une base de reconnaissance
#         faciale (règlement sur l'IA, art. 5, § 1, e)).
#     prohibited:
#       en: >-
#         Facial images are scraped (scraping.collection_criteria.content_types: {{.content}})
#         and the project pursues a facial-recognition purpose ({{.evidence}}): creating or
#         expanding a facial-recognition database through untargeted scraping of facial images is
#         prohibited by AI Act art. 5(1)(e).
#       fr: >-
#         Des images de visages sont moissonnées (scraping.collection_criteria.content_types :
#         {{.content}}) et le projet poursuit une finalité de reconnaissance faciale ({{.evidence}})
#         : créer ou développer une base de données de reconnaissance faciale par le moissonnage non
#         ciblé d'images de visages est interdit par le règlement sur l'IA (art. 5, § 1, e)).
#     purpose_undeclared:
#       en: >-
#         Facial images are scraped (scraping.collection_criteria.content_types: {{.content}}) but
#         scraping.facial_recognition_purpose is not declared: state whether they serve a
#         facial-recognition database, which AI Act art. 5(1)(e) prohibits.
#       fr: >-
#         Des images de visages sont moissonnées (scraping.collection_criteria.content_types :
#         {{.content}}) mais scraping.facial_recognition_purpose n'est pas renseigné : indiquez si
#         elles servent à une base de données de reconnaissance faciale, ce que le règlement sur
#         l'IA interdit (art. 5, § 1, e)).
#     no_facial_images:
#       en: >-
#         The content scraped ({{.content}}) includes no facial images: the AI Act art. 5(1)(e)
#         prohibition is not at stake.
#       fr: >-
#         Les contenus moissonnés ({{.content}}) ne comprennent pas d'images de visages :
#         l'interdiction du règlement sur l'IA, art. 5, § 1, e), n'est pas en jeu.
#     not_for_recognition:
#       en: >-
#         Facial images are scraped ({{.content}}), but scraping.facial_recognition_purpose is
#         false and no processing activity describes a facial-recognition purpose or capability.
#       fr: >-
#         Des images de visages sont moissonnées ({{.content}}), mais
#         scraping.facial_recognition_purpose vaut false et aucune activité de traitement ne
#         décrit de finalité ou de capacité de reconnaissance faciale.
package cnil.scraping.scrape_05_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# Any dataset built by web scraping: the AI Act prohibition does not depend on the GDPR.
_scraped_ids := sort([object.get(ds, "id", sprintf("#%d", [i])) |
	some i, ds in input.manifest.datasets
	ds.source_type == "web_scraping"
])

_scraping if count(_scraped_ids) > 0

_content_types := facts.value_at(input.manifest, ["scraping", "collection_criteria", "content_types"])

_content := concat(", ", [sprintf("%v", [c]) | some c in _content_types]) if is_array(_content_types)

else := sprintf("%v", [_content_types])

_facial_pattern := `(?i)(^|[^a-z])(faces?|facial|visages?)([^a-z]|$)`

_facial if {
	some c in _content_types
	regex.match(_facial_pattern, sprintf("%v", [c]))
}

_facial if {
	is_string(_content_types)
	regex.match(_facial_pattern, _content_types)
}

_recognition_pattern := `(?i)(facial|face)[ _-]*(recognition|identification)|reconnaissance[ _-]+faciale`

_flag := facts.value_at(input.manifest, ["scraping", "facial_recognition_purpose"])

# Where the manifest shows a facial-recognition purpose.
_recognition_evidence contains concat(result.colon, ["scraping.facial_recognition_purpose", "true"]) if _flag == true

# The Annex III biometrics area as the facts derive it (facts_ai_act.rego),
# whichever fact points to it, not only the declared ai_act.annex_iii_area.
_recognition_evidence contains concat(result.colon, [_field(pointer), "biometrics"]) if {
	some ["biometrics", pointer] in facts.ai_act_annex_iii_areas
}

_field(pointer) := concat(".", split(trim_prefix(pointer, "/"), "/"))

_recognition_evidence contains sprintf("processing_activities/%d/purpose", [i]) if {
	some i, activity in input.manifest.processing_activities
	some text in _purpose_texts(activity)
	regex.match(_recognition_pattern, sprintf("%v", [text]))
}

_purpose_texts(activity) := array.concat(
	[facts.value_at(activity, ["purpose", "description"])],
	[c | some c in facts.value_at(activity, ["purpose", "gpai", "capabilities"])],
)

results contains result.not_applicable(rego.metadata.chain(), "no_scraping", {}, "/datasets") if {
	not _scraping
}

results contains result.fail(rego.metadata.chain(), "content_types_undeclared", params, pointer) if {
	_scraping
	not facts.filled(_content_types)
	params := {"datasets": concat(", ", _scraped_ids)}
	pointer := "/scraping/collection_criteria/content_types"
}

results contains result.fail(rego.metadata.chain(), "prohibited", params, pointer) if {
	_scraping
	_facial
	count(_recognition_evidence) > 0
	params := {"content": _content, "evidence": concat(result.semicolon, sort(_recognition_evidence))}
	pointer := "/scraping/collection_criteria/content_types"
}

results contains result.fail(rego.metadata.chain(), "purpose_undeclared", {"content": _content}, pointer) if {
	_scraping
	_facial
	count(_recognition_evidence) == 0
	not is_boolean(_flag)
	pointer := "/scraping/facial_recognition_purpose"
}

results contains result.pass(rego.metadata.chain(), "not_for_recognition", {"content": _content}, pointer) if {
	_scraping
	_facial
	count(_recognition_evidence) == 0
	_flag == false
	pointer := "/scraping/facial_recognition_purpose"
}

results contains result.pass(rego.metadata.chain(), "no_facial_images", {"content": _content}, pointer) if {
	_scraping
	facts.filled(_content_types)
	not _facial
	pointer := "/scraping/collection_criteria/content_types"
}
