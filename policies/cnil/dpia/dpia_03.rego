# METADATA
# title: EDPB criteria answered explicitly for the AI training data
# description: >-
#   When screening the processing of a training dataset, the CNIL recommends answering
#   explicitly the EDPB/WP248 criteria most often met in AI development: sensitive or highly
#   personal data, large-scale processing, vulnerable data subjects (for example minors),
#   matching or combining datasets, and innovative use or new technology (the CNIL does not treat
#   every AI use as innovative by default: the state of the art of the technique is assessed).
#   The rule checks that dpia.screening.explicit_answers gives a true/false answer to each of the
#   five, that the answers agree with dpia.screening.edpb_criteria, and that
#   sensitive_or_highly_personal_data is not answered false while a dataset declares special
#   categories of data, nor any other of the five answered false while the manifest's facts
#   meet it (the tool derives the EDPB criteria from facts, catalog 12.2: vulnerable people
#   among data_subjects, a number of people above the tool's threshold, datasets of different
#   origins combined in one activity). The passage of the
#   CNIL fiche could not be re-read: the rule is a recommendation reported as a warning.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-03
#   step: dpia
#   fiche: dpia
#   level: should
#   severity: warning
#   evidence: recalled
#   articles: ["GDPR 35(1)", "WP248 rev.01"]
#   checks:
#     - {message: answer_missing, outcome: fail, level: should, catalog: "DPIA-03: explicit_answers for the five criteria, all present (SHOULD)"}
#     - {message: not_listed, outcome: fail, level: should, catalog: "DPIA-03: explicit answers consistent with edpb_criteria (SHOULD)"}
#     - {message: contradiction, outcome: fail, level: should, catalog: "DPIA-03: explicit answers consistent with edpb_criteria (SHOULD)"}
#     - {message: contradicts_dataset, outcome: fail, level: should, catalog: "DPIA-03 — 12.2: sensitive_or_highly_personal_data <- special categories, offence, location, financial, communications data"}
#     - {message: contradicts_facts, outcome: fail, level: should, catalog: "DPIA-03 — 12.2: EDPB criteria (E4) are derived from facts; declarations are checked"}
#     - {message: answered, outcome: pass, level: should, catalog: "DPIA-03: explicit_answers for the five criteria, all present (SHOULD)"}
#   fr:
#     title: Réponse explicite aux critères du CEPD pour les données d'entraînement
#     description: >-
#       Lors de l'examen du traitement d'un jeu de données d'entraînement, la CNIL recommande de
#       répondre explicitement aux critères du CEPD (WP248) le plus souvent remplis dans le
#       développement de l'IA : données sensibles ou à caractère hautement personnel, traitement
#       à grande échelle, personnes vulnérables (par exemple des mineurs), croisement ou
#       combinaison de jeux de données, et usage innovant ou application de nouvelles
#       technologies (la CNIL ne considère pas par défaut tout usage de l'IA comme innovant :
#       l'état de l'art de la technique est apprécié). La règle vérifie que
#       dpia.screening.explicit_answers donne une réponse true ou false à chacun de ces cinq
#       critères, que les réponses concordent avec dpia.screening.edpb_criteria, et que
#       sensitive_or_highly_personal_data ne vaut pas false alors qu'un jeu de données déclare
#       des catégories particulières de données (ce dernier contrôle est un test de cohérence
#       propre à l'outil). Le passage de la fiche de la CNIL n'a pas pu être relu : la règle est
#       une recommandation signalée par un avertissement.
#   remediation:
#     en: >-
#       In dpia.screening.explicit_answers, answer true or false for
#       sensitive_or_highly_personal_data, large_scale, vulnerable_data_subjects,
#       matching_combining_datasets and innovative_use_new_technology, and list every criterion
#       answered true in dpia.screening.edpb_criteria.
#     fr: >-
#       Dans dpia.screening.explicit_answers, répondez true ou false pour
#       sensitive_or_highly_personal_data, large_scale, vulnerable_data_subjects,
#       matching_combining_datasets et innovative_use_new_technology, et reportez chaque critère
#       rempli (true) dans dpia.screening.edpb_criteria.
#   criteria_labels:
#     sensitive_or_highly_personal_data:
#       en: sensitive data or data of a highly personal nature
#       fr: données sensibles ou à caractère hautement personnel
#     large_scale:
#       en: data processed on a large scale
#       fr: données traitées à grande échelle
#     vulnerable_data_subjects:
#       en: data concerning vulnerable data subjects
#       fr: données concernant des personnes vulnérables
#     matching_combining_datasets:
#       en: matching or combining datasets
#       fr: croisement ou combinaison de jeux de données
#     innovative_use_new_technology:
#       en: innovative use or new technological or organisational solutions
#       fr: usage innovant ou application de nouvelles solutions technologiques ou organisationnelles
#   none_met:
#     en: none
#     fr: aucun
#   messages:
#     answer_missing:
#       en: >-
#         dpia.screening.explicit_answers.{{.criterion}} is not answered (true or false): the CNIL
#         recommends examining this EDPB criterion ({{.label}}) explicitly for AI training data.
#       fr: >-
#         dpia.screening.explicit_answers.{{.criterion}} n'est pas renseigné (true ou false) : la
#         CNIL recommande d'examiner explicitement ce critère du CEPD ({{.label}}) pour les données
#         d'entraînement d'un système d'IA.
#     not_listed:
#       en: >-
#         dpia.screening.explicit_answers.{{.criterion}} is true but dpia.screening.edpb_criteria
#         does not list {{.criterion}}: the screening is inconsistent (the criterion is counted as met).
#       fr: >-
#         dpia.screening.explicit_answers.{{.criterion}} vaut true mais dpia.screening.edpb_criteria
#         ne contient pas {{.criterion}} : l'examen est incohérent (le critère est compté comme rempli).
#     contradiction:
#       en: >-
#         dpia.screening.explicit_answers.{{.criterion}} is false but dpia.screening.edpb_criteria
#         lists {{.criterion}}: the screening contradicts itself (the criterion is counted as met).
#       fr: >-
#         dpia.screening.explicit_answers.{{.criterion}} vaut false mais dpia.screening.edpb_criteria
#         contient {{.criterion}} : l'examen se contredit (le critère est compté comme rempli).
#     contradicts_dataset:
#       en: >-
#         dpia.screening.explicit_answers.sensitive_or_highly_personal_data is false but dataset
#         {{.dataset}} declares special categories of data ({{.categories}}): the criterion of
#         sensitive data appears to be met.
#       fr: >-
#         dpia.screening.explicit_answers.sensitive_or_highly_personal_data vaut false mais le jeu
#         de données {{.dataset}} déclare des catégories particulières de données
#         ({{.categories}}) : le critère des données sensibles semble rempli.
#     contradicts_facts:
#       en: >-
#         dpia.screening.explicit_answers.{{.criterion}} is false, but the manifest's facts meet
#         this EDPB criterion: {{.basis}}. Correct the answer, or the facts if they are wrong;
#         the tool counts the criterion as met either way (DPIA-01).
#       fr: >-
#         dpia.screening.explicit_answers.{{.criterion}} vaut false, mais les faits du manifeste
#         remplissent ce critère du CEPD : {{.basis}}. Corrigez la réponse, ou les faits s'ils
#         sont inexacts ; l'outil compte ce critère comme rempli dans tous les cas (DPIA-01).
#     answered:
#       en: >-
#         The five EDPB criteria relevant to AI training data are answered explicitly; met:
#         {{.met}}.
#       fr: >-
#         Les cinq critères du CEPD pertinents pour les données d'entraînement sont examinés
#         explicitement ; critères remplis : {{.met}}.
package cnil.dpia.dpia_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_custom := result.custom(rego.metadata.chain())

_criteria := [
	"sensitive_or_highly_personal_data",
	"large_scale",
	"vulnerable_data_subjects",
	"matching_combining_datasets",
	"innovative_use_new_technology",
]

_answers := facts.value_at(input.manifest, ["dpia", "screening", "explicit_answers"])

_listed := {c | some c in facts.value_at(input.manifest, ["dpia", "screening", "edpb_criteria"])}

_answer(criterion) := answer if {
	is_object(_answers)
	answer := _answers[criterion]
	is_boolean(answer)
}

_pointer(criterion) := sprintf("/dpia/screening/explicit_answers/%s", [criterion])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "answer_missing", params, _pointer(criterion)) if {
	some criterion in _criteria
	_answer_missing(criterion)
	params := {"criterion": criterion, "label": result.localised(_custom.criteria_labels[criterion])}
}

results contains result.fail(rego.metadata.chain(), "not_listed", {"criterion": criterion}, _pointer(criterion)) if {
	some criterion in _not_listed
}

results contains result.fail(rego.metadata.chain(), "contradiction", {"criterion": criterion}, _pointer(criterion)) if {
	some criterion in _contradictions
}

results contains result.fail(rego.metadata.chain(), "contradicts_dataset", params, pointer) if {
	some params in _dataset_contradictions
	pointer := _pointer("sensitive_or_highly_personal_data")
}

results contains result.fail(rego.metadata.chain(), "contradicts_facts", params, _pointer(criterion)) if {
	some criterion in _fact_contradictions
	params := {"criterion": criterion, "basis": facts.dpia_edpb_criterion_basis(criterion)}
}

results contains result.pass(rego.metadata.chain(), "answered", {"met": met}, "/dpia/screening/explicit_answers") if {
	facts.gdpr_applies
	every criterion in _criteria {
		not _answer_missing(criterion)
	}
	count(_not_listed) == 0
	count(_contradictions) == 0
	count(_dataset_contradictions) == 0
	count(_fact_contradictions) == 0
	met := _met_text
}

_answer_missing(criterion) if {
	facts.gdpr_applies
	not _answered(criterion)
}

# A helper, since `not is_boolean(_answer(c))` is never true when _answer(c) is undefined.
_answered(criterion) if is_boolean(_answer(criterion))

_not_listed contains criterion if {
	facts.gdpr_applies
	some criterion in _criteria
	_answer(criterion) == true
	not criterion in _listed
}

_contradictions contains criterion if {
	facts.gdpr_applies
	some criterion in _criteria
	_answer(criterion) == false
	criterion in _listed
}

# An answer false for a criterion the facts meet. Special categories are
# already reported per dataset by contradicts_dataset.
_fact_contradictions contains criterion if {
	facts.gdpr_applies
	some criterion in _criteria
	_answer(criterion) == false
	criterion in facts.dpia_edpb_criteria_derived
	not _reported_per_dataset(criterion)
}

_reported_per_dataset("sensitive_or_highly_personal_data") if count(_dataset_contradictions) > 0

_dataset_contradictions contains {"dataset": object.get(dataset, "id", sprintf("#%d", [i])), "categories": labels.words("special_category", categories)} if {
	facts.gdpr_applies
	_answer("sensitive_or_highly_personal_data") == false
	some i in facts.personal_datasets
	dataset := input.manifest.datasets[i]
	categories := [_category_name(c) | some c in dataset.special_categories]
	count(categories) > 0
}

# A special category is a name (health_data) or an object naming it in `category`.
_category_name(c) := c.category if is_string(c.category)

else := c if is_string(c)

else := sprintf("%v", [c])

_met_text := labels.words("edpb_criterion", met) if {
	met := [c | some c in _criteria; _answer(c) == true]
	count(met) > 0
}

else := result.localised(_custom.none_met)
