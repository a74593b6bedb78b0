# METADATA
# title: Processors reusing client data for their own models
# description: >-
#   A processor that wants to reuse its client's data to train or improve its own models
#   carries out a new processing, of which it becomes the controller (GDPR art. 28(10)).
#   It needs the controller's authorisation, a compatibility analysis of the reuse (GDPR
#   art. 6(4)), and must declare that processing separately, with its own purpose and
#   legal basis, and inform the data subjects. The reused client datasets are those of the
#   processor activity's dataset_ids that a controller activity also lists; when none is
#   shared, the tool treats every client dataset as reused.
# related_resources:
#   - description: "CNIL — Determining the legal qualification of AI system providers"
#     ref: https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers
#   - description: "CNIL — Ensuring the lawfulness of the data processing: re-use of data"
#     ref: https://cnil.fr/en/ensuring-lawfulness-data-processing-re-use
# custom:
#   id: ROLE-03.2
#   step: responsibilities
#   fiche: roles
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 28(10)", "GDPR 29", "GDPR 6(4)"]
#   fr:
#     title: Sous-traitants réutilisant les données du client pour leurs propres modèles
#     description: >-
#       Un sous-traitant qui souhaite réutiliser les données de son client pour entraîner ou
#       améliorer ses propres modèles met en œuvre un nouveau traitement, dont il devient
#       responsable (RGPD, art. 28, § 10). Il lui faut l'autorisation du responsable de traitement
#       et une analyse de compatibilité de la réutilisation (RGPD, art. 6, § 4) ; il doit déclarer
#       ce traitement séparément, avec sa propre finalité et sa propre base légale, et informer les
#       personnes concernées. Les jeux de données du client réutilisés sont ceux des dataset_ids du
#       traitement mené en qualité de sous-traitant qu'un traitement mené en qualité de responsable
#       de traitement liste également ; lorsqu'aucun n'est partagé, l'outil considère que tous les
#       jeux de données du client sont réutilisés.
#   remediation:
#     en: >-
#       On every development activity with gdpr_role processor or sub_processor, declare
#       processor_reuses_client_data. When it is true: set client_authorisation_ref to the
#       controller's authorisation, list the client datasets in dataset_ids, declare the reuse
#       as a separate development activity with gdpr_role controller whose dataset_ids name
#       the reused datasets, and give each reused dataset holding personal data a
#       compatibility_test.ref.
#     fr: >-
#       Pour chaque traitement de développement dont gdpr_role vaut processor ou sub_processor,
#       renseignez processor_reuses_client_data. S'il vaut true : renseignez
#       client_authorisation_ref avec l'autorisation du responsable de traitement, énumérez les jeux
#       de données du client dans dataset_ids, déclarez la réutilisation comme un traitement de
#       développement distinct dont gdpr_role vaut controller et dont dataset_ids désigne les jeux
#       réutilisés, et donnez à chaque jeu réutilisé contenant des données personnelles un
#       compatibility_test.ref.
#   checks:
#     - message: no_processing_on_behalf
#       outcome: not_applicable
#       level: must-if
#       catalog: "ROLE-03 — Level: MUST (contract); MUST-IF `processor_reuses_client_data == true` (conditions)."
#     - message: not_declared
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#     - message: no_reuse
#       outcome: not_applicable
#       level: must-if
#       catalog: "ROLE-03 — Level: MUST (contract); MUST-IF `processor_reuses_client_data == true` (conditions)."
#     - message: no_authorisation
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#     - message: no_controller_activity
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#     - message: no_dataset_ids
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#     - message: unknown_dataset
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#     - message: no_compatibility_test
#       outcome: fail
#       level: must-if
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#     - message: framed
#       outcome: pass
#       level: must-if
#       catalog: "ROLE-03 — A provider acting as processor must work under an art. 28 contract and documented instructions."
#   messages:
#     no_processing_on_behalf:
#       en: >-
#         Not applicable: no development activity declares gdpr_role `processor` or
#         `sub_processor`, so no client data is processed on behalf of a controller.
#       fr: >-
#         Sans objet : aucun traitement de développement ne déclare gdpr_role `processor` ou
#         `sub_processor` ; aucune donnée n'est donc traitée pour le compte d'un client responsable de
#         traitement.
#     not_declared:
#       en: >-
#         Activity {{.activity}} is carried out as {{.role}} but does not declare
#         processor_reuses_client_data: whether the client's data is reused for the
#         provider's own models must be stated, since such a reuse is a new processing of
#         which the provider becomes controller.
#       fr: >-
#         Le traitement {{.activity}} est mené en qualité de {{.role}} mais ne renseigne pas
#         processor_reuses_client_data : il faut indiquer si les données du client sont réutilisées
#         pour les propres modèles du prestataire, car une telle réutilisation est un nouveau
#         traitement dont le prestataire devient responsable.
#     no_reuse:
#       en: >-
#         Not applicable to activity {{.activity}}: the client's data is not reused for the
#         provider's own models (processor_reuses_client_data is false).
#       fr: >-
#         Sans objet pour le traitement {{.activity}} : les données du client ne sont pas
#         réutilisées pour les propres modèles du prestataire (processor_reuses_client_data vaut
#         false).
#     no_authorisation:
#       en: >-
#         Activity {{.activity}} reuses the client's data for the provider's own models but
#         declares no client_authorisation_ref: a processor may process the data only on the
#         controller's instructions, so the reuse requires the controller's authorisation
#         (GDPR art. 28(10) and 29).
#       fr: >-
#         Le traitement {{.activity}} réutilise les données du client pour les propres modèles du
#         prestataire mais ne renseigne pas client_authorisation_ref : un sous-traitant ne peut
#         traiter les données que sur instruction du responsable de traitement ; la réutilisation
#         suppose donc l'autorisation de celui-ci (RGPD, art. 28, § 10, et art. 29).
#     no_controller_activity:
#       en: >-
#         Activity {{.activity}} reuses the client's data for the provider's own models, but no
#         other development activity has gdpr_role controller: that reuse is a new processing
#         of which the provider is controller, and it must be declared separately with its own
#         purpose and legal basis (GDPR art. 28(10)).
#       fr: >-
#         Le traitement {{.activity}} réutilise les données du client pour les propres modèles du
#         prestataire, mais aucun autre traitement de développement n'a gdpr_role controller : cette
#         réutilisation est un nouveau traitement dont le prestataire est responsable, à déclarer
#         séparément avec sa propre finalité et sa propre base légale (RGPD, art. 28, § 10).
#     no_dataset_ids:
#       en: >-
#         Activity {{.activity}} reuses the client's data but lists no dataset_ids: the client
#         datasets must be identified so that the compatibility test of their reuse can be
#         checked (GDPR art. 6(4)).
#       fr: >-
#         Le traitement {{.activity}} réutilise les données du client mais n'énumère aucun
#         dataset_ids : les jeux de données du client doivent être identifiés pour que le test de
#         compatibilité de leur réutilisation puisse être vérifié (RGPD, art. 6, § 4).
#     unknown_dataset:
#       en: >-
#         Activity {{.activity}} lists the dataset {{.dataset}} in dataset_ids, but no entry of
#         datasets has that id, so the compatibility test of its reuse cannot be checked.
#       fr: >-
#         Le traitement {{.activity}} mentionne le jeu de données {{.dataset}} dans dataset_ids,
#         mais aucune entrée de datasets ne porte cet identifiant ; le test de compatibilité de sa
#         réutilisation ne peut donc pas être vérifié.
#     no_compatibility_test:
#       en: >-
#         Dataset {{.dataset}} of the client is reused for the provider's own models (activity
#         {{.activity}}) but declares no compatibility_test.ref: reusing data collected for
#         the client's purpose requires a compatibility analysis (GDPR art. 6(4)).
#       fr: >-
#         Le jeu de données {{.dataset}} du client est réutilisé pour les propres modèles du
#         prestataire (traitement {{.activity}}) mais ne renseigne pas compatibility_test.ref : la
#         réutilisation de données collectées pour la finalité du client suppose une analyse de
#         compatibilité (RGPD, art. 6, § 4).
#     framed:
#       en: >-
#         Activity {{.activity}}: the reuse of the client's data for the provider's own models
#         is authorised by the client ({{.ref}}), covered by compatibility tests and declared as
#         a separate controller activity ({{.controller_activities}}).
#       fr: >-
#         Traitement {{.activity}} : la réutilisation des données du client pour les propres modèles
#         du prestataire est autorisée par le client ({{.ref}}), couverte par des tests de
#         compatibilité et déclarée comme un traitement distinct sous la responsabilité du
#         prestataire ({{.controller_activities}}).
package cnil.responsibilities.role_03_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

_pointer(i, field) := sprintf("/processing_activities/%d/%s", [i, field])

_reusing contains i if {
	some i in facts.processor_activities
	_activities[i].processor_reuses_client_data == true
}

# Ids of the development activities, other than i, where the organisation is controller.
_controller_activities(i) := [facts.activity_label(j) |
	some j in facts.development_activities
	j != i
	_activities[j].gdpr_role == "controller"
]

_dataset_ids(i) := ids if {
	ids := object.get(_activities[i], "dataset_ids", [])
	is_array(ids)
} else := []

# Ids of the datasets of controller activity j.
_controller_dataset_ids(i) := {id |
	some j in facts.development_activities
	j != i
	_activities[j].gdpr_role == "controller"
	some id in _dataset_ids(j)
}

# The client datasets of activity i that are reused: those a controller activity also
# lists, or all of them when none is shared (which ones are reused is then unknown).
_reused_ids(i) := shared if {
	shared := {id | some id in _dataset_ids(i); id in _controller_dataset_ids(i)}
	count(shared) > 0
} else := {id | some id in _dataset_ids(i)}

# Reused client datasets with personal data and no compatibility test, by activity index.
_untested[i] contains result.finding("no_compatibility_test", params, sprintf("/datasets/%d/compatibility_test/ref", [k])) if {
	some i in _reusing
	some id in _reused_ids(i)
	some k, dataset in input.manifest.datasets
	dataset.id == id
	k in facts.personal_datasets
	not facts.declared(dataset, ["compatibility_test", "ref"])
	params := {"activity": facts.activity_label(i), "dataset": id}
}

_unknown(i) := {id |
	some id in _dataset_ids(i)
	not _dataset_exists(id)
}

_dataset_exists(id) if {
	some dataset in input.manifest.datasets
	dataset.id == id
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_processing_on_behalf", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.processor_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "not_declared", params, _pointer(i, "processor_reuses_client_data")) if {
	facts.gdpr_applies
	some i in facts.processor_activities
	not is_boolean(object.get(_activities[i], "processor_reuses_client_data", null))
	params := {"activity": facts.activity_label(i), "role": labels.word("gdpr_role", _activities[i].gdpr_role)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_reuse", {"activity": facts.activity_label(i)}, _pointer(i, "processor_reuses_client_data")) if {
	facts.gdpr_applies
	some i in facts.processor_activities
	_activities[i].processor_reuses_client_data == false
}

results contains result.fail(rego.metadata.chain(), "no_authorisation", {"activity": facts.activity_label(i)}, _pointer(i, "client_authorisation_ref")) if {
	facts.gdpr_applies
	some i in _reusing
	not facts.declared(_activities[i], ["client_authorisation_ref"])
}

results contains result.fail(rego.metadata.chain(), "no_controller_activity", {"activity": facts.activity_label(i)}, "/processing_activities") if {
	facts.gdpr_applies
	some i in _reusing
	count(_controller_activities(i)) == 0
}

results contains result.fail(rego.metadata.chain(), "no_dataset_ids", {"activity": facts.activity_label(i)}, _pointer(i, "dataset_ids")) if {
	facts.gdpr_applies
	some i in _reusing
	count(_dataset_ids(i)) == 0
}

results contains result.fail(rego.metadata.chain(), "unknown_dataset", params, _pointer(i, "dataset_ids")) if {
	facts.gdpr_applies
	some i in _reusing
	some id in _unknown(i)
	params := {"activity": facts.activity_label(i), "dataset": id}
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _untested[_]
}

results contains result.pass(rego.metadata.chain(), "framed", params, _pointer(i, "processor_reuses_client_data")) if {
	facts.gdpr_applies
	some i in _reusing
	ref := _activities[i].client_authorisation_ref
	facts.filled(ref)
	count(_controller_activities(i)) > 0
	count(_dataset_ids(i)) > 0
	count(_unknown(i)) == 0
	not _untested[i]
	params := {"activity": facts.activity_label(i), "ref": ref, "controller_activities": concat(", ", _controller_activities(i))}
}
