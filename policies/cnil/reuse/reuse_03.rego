# METADATA
# title: The compatibility test covers the five criteria of GDPR art. 6(4)
# description: >-
#   When a compatibility test is required, it must assess and document each criterion of GDPR
#   art. 6(4): the link between the purposes, the context of collection (and the data subjects'
#   reasonable expectations), the nature of the data, the possible consequences of the further
#   processing, and the existence of appropriate safeguards. Further processing for scientific
#   research is presumed compatible (art. 5(1)(b)) only with the safeguards of art. 89(1).
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: in case of re-use of data"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use
# custom:
#   id: REUSE-03
#   step: reuse
#   fiche: reuse
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 6(4)", "GDPR 5(1)(b)", "GDPR 89(1)"]
#   fr:
#     title: Le test de compatibilité couvre les cinq critères du RGPD, art. 6, § 4
#     description: >-
#       Lorsqu'un test de compatibilité est requis, il doit apprécier et documenter chaque critère
#       du RGPD, art. 6, § 4 : le lien entre les finalités, le contexte de la collecte (et les
#       attentes raisonnables des personnes concernées), la nature des données, les conséquences
#       possibles du traitement ultérieur et l'existence de garanties appropriées. Un traitement
#       ultérieur à des fins de recherche scientifique n'est présumé compatible (art. 5, § 1, b))
#       qu'avec les garanties de l'art. 89, § 1.
#   remediation:
#     en: >-
#       Document each criterion in compatibility_test.criteria (link_between_purposes,
#       collection_context, nature_of_data, possible_consequences, appropriate_safeguards). If you
#       rely on the scientific-research presumption (compatibility_test.research_presumption: true),
#       the development activity using the dataset must declare purpose.scientific_research: true and
#       its art89_safeguards.
#     fr: >-
#       Documentez chaque critère dans compatibility_test.criteria (link_between_purposes,
#       collection_context, nature_of_data, possible_consequences, appropriate_safeguards). Si vous
#       invoquez la présomption de compatibilité de la recherche scientifique
#       (compatibility_test.research_presumption : true), le traitement de développement qui utilise
#       le jeu de données doit déclarer purpose.scientific_research : true et ses art89_safeguards.
#   checks:
#     - message: no_personal_dataset
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-03 — Level: MUST-IF REUSE-02 applies."
#     - message: not_required
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-03 — Level: MUST-IF REUSE-02 applies."
#     - message: criterion_missing
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-03 — The compatibility test must assess and document each art. 6(4) criterion (E3)."
#     - message: presumption_unsupported
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-03 — The compatibility test must assess and document each art. 6(4) criterion (E3)."
#     - message: research_presumption
#       outcome: pass
#       level: must-if
#       catalog: "REUSE-03 — The compatibility test must assess and document each art. 6(4) criterion (E3)."
#     - message: criteria_assessed
#       outcome: pass
#       level: must-if
#       catalog: "REUSE-03 — The compatibility test must assess and document each art. 6(4) criterion (E3)."
#   messages:
#     no_personal_dataset:
#       en: >-
#         No dataset holding personal data is declared: no compatibility test to check.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est déclaré : aucun test de
#         compatibilité à vérifier.
#     not_required:
#       en: >-
#         Dataset {{.dataset}} needs no compatibility test (REUSE-02 decides: it is not a reuse of the
#         controller's own data, or the reuse was disclosed at collection or rests on consent or law).
#       fr: >-
#         Le jeu de données {{.dataset}} n'exige pas de test de compatibilité (décision de REUSE-02 :
#         il ne s'agit pas d'une réutilisation de données propres, ou la réutilisation a été annoncée
#         lors de la collecte ou repose sur le consentement ou la loi).
#     criterion_missing:
#       en: >-
#         Dataset {{.dataset}}: compatibility_test.criteria.{{.criterion}} is missing. The
#         compatibility test must assess each criterion of GDPR art. 6(4): {{.meaning}}.
#       fr: >-
#         Jeu de données {{.dataset}} : compatibility_test.criteria.{{.criterion}} est absent. Le
#         test de compatibilité doit apprécier chaque critère du RGPD, art. 6, § 4 : {{.meaning}}.
#     presumption_unsupported:
#       en: >-
#         Dataset {{.dataset}} relies on the scientific-research presumption of compatibility, but no
#         development activity using it declares both purpose.scientific_research: true and
#         art89_safeguards. Further processing for research is presumed compatible only with the
#         safeguards of GDPR art. 89(1).
#       fr: >-
#         Le jeu de données {{.dataset}} invoque la présomption de compatibilité de la recherche
#         scientifique, mais aucun traitement de développement qui l'utilise ne déclare à la fois
#         purpose.scientific_research : true et des art89_safeguards. Un traitement ultérieur à des
#         fins de recherche n'est présumé compatible qu'avec les garanties du RGPD, art. 89, § 1.
#     research_presumption:
#       en: >-
#         Dataset {{.dataset}}: the reuse serves scientific research in activity {{.activity}} with
#         art. 89(1) safeguards ({{.safeguards}}), so it is presumed compatible (GDPR art. 5(1)(b)).
#       fr: >-
#         Jeu de données {{.dataset}} : la réutilisation sert la recherche scientifique dans le
#         traitement {{.activity}} avec les garanties de l'art. 89, § 1 ({{.safeguards}}) ; elle est
#         donc présumée compatible (RGPD, art. 5, § 1, b)).
#     criteria_assessed:
#       en: >-
#         Dataset {{.dataset}}: the compatibility test documents the five criteria of GDPR art. 6(4)
#         (link between purposes, context of collection, nature of the data, possible consequences,
#         safeguards).
#       fr: >-
#         Jeu de données {{.dataset}} : le test de compatibilité documente les cinq critères du
#         RGPD, art. 6, § 4 (lien entre les finalités, contexte de la collecte, nature des données,
#         conséquences possibles, garanties).
package cnil.reuse.reuse_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

# Catalog E3: the art. 6(4) criteria, with the letter and subject of each (kept in English and
# French so that the message can name the missing criterion in the reader's language; each
# language writes the letter as its text of the GDPR does: "(a)", « a) »).
_criteria := {
	"link_between_purposes": {
		"en": "(a) any link between the original purposes and the training",
		"fr": "a) le lien entre les finalités initiales et l'entraînement",
	},
	"collection_context": {
		"en": "(b) the context of collection, in particular the relationship with the data subjects and their reasonable expectations",
		"fr": "b) le contexte de la collecte, notamment la relation avec les personnes et leurs attentes raisonnables",
	},
	"nature_of_data": {
		"en": "(c) the nature of the data, especially art. 9 or art. 10 data",
		"fr": "c) la nature des données, notamment s'il s'agit de catégories particulières de données (art. 9) ou de données relatives aux condamnations pénales et aux infractions (art. 10)",
	},
	"possible_consequences": {
		"en": "(d) the possible consequences of the further processing for the data subjects",
		"fr": "d) les conséquences possibles du traitement ultérieur pour les personnes",
	},
	"appropriate_safeguards": {
		"en": "(e) the existence of appropriate safeguards, such as encryption or pseudonymisation",
		"fr": "e) l'existence de garanties appropriées, comme le chiffrement ou la pseudonymisation",
	},
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_personal_dataset", {}, "/datasets") if {
	facts.gdpr_applies
	count(facts.personal_datasets) == 0
}

_datasets := facts.personal_dataset_entries if facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_required", {"dataset": d.label}, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	not facts.compatibility_test_required(d.dataset)
}

# The datasets whose compatibility test is required.
_tested[i] := d if {
	some i, d in _datasets
	facts.compatibility_test_required(d.dataset)
}

_presumption(d) if d.dataset.compatibility_test.research_presumption == true

# Criteria: required unless the research presumption is invoked.
results contains result.fail(rego.metadata.chain(), "criterion_missing", params, pointer) if {
	some d in _tested
	not _presumption(d)
	some criterion, meaning in _criteria
	not facts.declared(d.dataset, ["compatibility_test", "criteria", criterion])
	params := {"dataset": d.label, "criterion": criterion, "meaning": result.localised(meaning)}
	pointer := result.at(d.pointer, ["compatibility_test", "criteria", criterion])
}

results contains result.pass(rego.metadata.chain(), "criteria_assessed", {"dataset": d.label}, result.at(d.pointer, "compatibility_test/criteria")) if {
	some d in _tested
	not _presumption(d)
	every criterion, _ in _criteria {
		facts.declared(d.dataset, ["compatibility_test", "criteria", criterion])
	}
}

# Research presumption: a development activity using the dataset declares scientific research
# and art. 89(1) safeguards. An activity without dataset_ids is taken to use every dataset.
_research_activities(d) := [j |
	some j in facts.development_activities
	activity := input.manifest.processing_activities[j]
	_uses(activity, d)
	activity.purpose.scientific_research == true
	facts.declared(activity, ["art89_safeguards"])
]

_uses(activity, _) if not is_array(object.get(activity, "dataset_ids", null))

_uses(activity, d) if d.dataset.id in activity.dataset_ids

results contains result.fail(rego.metadata.chain(), "presumption_unsupported", {"dataset": d.label}, pointer) if {
	some d in _tested
	_presumption(d)
	count(_research_activities(d)) == 0
	pointer := result.at(d.pointer, "compatibility_test/research_presumption")
}

results contains result.pass(rego.metadata.chain(), "research_presumption", params, pointer) if {
	some d in _tested
	_presumption(d)
	j := _research_activities(d)[0]
	activity := input.manifest.processing_activities[j]
	params := {
		"dataset": d.label,
		"activity": facts.activity_label(j),
		"safeguards": concat(", ", [labels.word("art89_safeguard", s) | some s in _as_array(activity.art89_safeguards)]),
	}
	pointer := result.at(d.pointer, "compatibility_test/research_presumption")
}

_as_array(value) := value if is_array(value)

else := [value]
