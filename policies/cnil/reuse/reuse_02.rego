# METADATA
# title: "Reuse of the controller's own data: compatibility test when required"
# description: >-
#   A controller that reuses data it collected for another purpose (for example to provide a
#   service) to build a training dataset must check that the new purpose is compatible with the
#   original one, unless the reuse rests on the data subjects' consent or on Union or Member State
#   law, or training was foreseen and brought to the data subjects' attention at collection.
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: in case of re-use of data"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use
# custom:
#   id: REUSE-02
#   step: reuse
#   fiche: reuse
#   level: must_if
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 5(1)(b)", "GDPR 6(4)"]
#   fr:
#     title: "Réutilisation de ses propres données : test de compatibilité lorsqu'il est requis"
#     description: >-
#       Un responsable de traitement qui réutilise des données qu'il a collectées pour une autre
#       finalité (par exemple pour fournir un service) afin de constituer un jeu de données
#       d'entraînement doit vérifier que la nouvelle finalité est compatible avec la finalité
#       initiale, sauf si la réutilisation repose sur le consentement des personnes concernées
#       ou sur le droit de l'Union ou d'un État membre, ou si l'entraînement était prévu et
#       porté à la connaissance des personnes concernées lors de la collecte.
#   remediation:
#     en: >-
#       For each dataset with source_type own_data_reuse, record reuse.original_purpose,
#       reuse.training_disclosed_at_collection (true or false) and reuse.basis (consent,
#       union_or_member_state_law or other). When training was not disclosed and the basis is
#       other, carry out the compatibility test, reference it in compatibility_test.ref and record
#       its conclusion in compatibility_test.result; an incompatible reuse needs a new basis such as
#       consent.
#     fr: >-
#       Pour chaque jeu de données dont source_type vaut own_data_reuse, renseignez
#       reuse.original_purpose, reuse.training_disclosed_at_collection (true ou false) et reuse.basis
#       (consent, union_or_member_state_law ou other). Si l'entraînement n'a pas été annoncé et que
#       la base est other, réalisez le test de compatibilité, référencez-le dans
#       compatibility_test.ref et indiquez sa conclusion dans compatibility_test.result ; une
#       réutilisation incompatible exige un autre fondement, comme le consentement.
#   checks:
#     - message: no_personal_dataset
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-02 — Level: MUST-IF `source_type == own_data_reuse`."
#     - message: not_own_data
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-02 — Level: MUST-IF `source_type == own_data_reuse`."
#     - message: no_source_type
#       outcome: not_applicable
#       level: must-if
#       catalog: "REUSE-02 — Level: MUST-IF `source_type == own_data_reuse`."
#     - message: no_original_purpose
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: disclosure_undeclared
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: no_reuse_basis
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: no_test
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: basis_contradicted
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-02 — a compatibility test is required when the reuse is not based on consent or on EU/Member-State law; catalog 12.2: the exemption is derived from the activities' legal basis, not taken from a label."
#     - message: no_result
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: incompatible
#       outcome: fail
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: compatible
#       outcome: pass
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: disclosed
#       outcome: pass
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#     - message: exempt_basis
#       outcome: pass
#       level: must-if
#       catalog: "REUSE-02 — Reusing data the controller collected for another purpose (e.g. providing a service) requires a compatibility test when the reuse is not based on consent or on EU/Member-State law, and the training use was not foreseen and brought to people's attention at collection."
#   messages:
#     no_personal_dataset:
#       en: >-
#         No dataset holding personal data is declared: no reuse of the controller's own data to check.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est déclaré : aucune réutilisation
#         de données propres à vérifier.
#     not_own_data:
#       en: >-
#         Dataset {{.dataset}} (source_type: {{.source_type}}) is not obtained by reusing the
#         controller's own data: no compatibility test is required under this rule.
#       fr: >-
#         Le jeu de données {{.dataset}} (source_type : {{.source_type}}) n'est pas obtenu par
#         réutilisation de données propres : cette règle n'exige pas de test de compatibilité.
#     no_source_type:
#       en: >-
#         Dataset {{.dataset}} declares no source_type (REUSE-01 reports it): whether it reuses the
#         controller's own data cannot be decided yet.
#       fr: >-
#         Le jeu de données {{.dataset}} ne déclare pas de source_type (REUSE-01 le signale) : on ne
#         peut pas encore déterminer s'il réutilise des données propres.
#     no_original_purpose:
#       en: >-
#         Dataset {{.dataset}} reuses the controller's own data but reuse.original_purpose is missing:
#         the purpose of the initial collection is the reference against which the reuse is assessed
#         (GDPR art. 5(1)(b)).
#       fr: >-
#         Le jeu de données {{.dataset}} réutilise des données propres mais reuse.original_purpose
#         est absent : la finalité de la collecte initiale est la référence au regard de laquelle la
#         réutilisation s'apprécie (RGPD, art. 5, § 1, b)).
#     disclosure_undeclared:
#       en: >-
#         Dataset {{.dataset}}: reuse.training_disclosed_at_collection is not declared (true or false).
#         No compatibility test is needed only for uses foreseen and brought to the data subjects'
#         attention at collection; until this is shown, the test is required.
#       fr: >-
#         Jeu de données {{.dataset}} : reuse.training_disclosed_at_collection n'est pas renseigné
#         (true ou false). Le test de compatibilité n'est écarté que pour les usages prévus et portés à
#         la connaissance des personnes lors de la collecte ; tant que ce n'est pas établi, le test est
#         requis.
#     no_reuse_basis:
#       en: >-
#         Dataset {{.dataset}}: reuse.basis is missing or not one of consent,
#         union_or_member_state_law, other (declared: {{.value}}). A reuse resting on consent or on
#         Union or Member State law needs no compatibility test; any other reuse does (GDPR art. 6(4)).
#       fr: >-
#         Jeu de données {{.dataset}} : reuse.basis est absent ou n'est pas l'une des valeurs
#         consent, union_or_member_state_law, other (valeur déclarée : {{.value}}). Une
#         réutilisation fondée sur le consentement ou sur le droit de l'Union ou d'un État membre
#         n'exige pas de test de compatibilité ; toute autre réutilisation l'exige (RGPD, art. 6, §
#         4).
#     no_test:
#       en: >-
#         Dataset {{.dataset}} reuses the controller's own data without consent or a legal provision,
#         and training is not shown to have been disclosed at collection, but compatibility_test.ref
#         is missing: a compatibility test under GDPR art. 6(4) is required before the reuse.
#       fr: >-
#         Le jeu de données {{.dataset}} réutilise des données propres sans consentement ni
#         disposition légale, et il n'est pas établi que l'entraînement a été annoncé lors de la
#         collecte, mais compatibility_test.ref est absent : un test de compatibilité au sens du
#         RGPD, art. 6, § 4, est requis avant la réutilisation.
#     basis_contradicted:
#       en: >-
#         Dataset {{.dataset}} declares reuse.basis {{.basis}}, which would exempt the reuse from
#         a compatibility test, but the activities that use it rest on {{.bases}}: the manifest's
#         facts do not support that basis, so the compatibility test of GDPR art. 6(4) is due
#         and compatibility_test.ref is missing.
#       fr: >-
#         Le jeu de données {{.dataset}} déclare reuse.basis {{.basis}}, qui dispenserait la
#         réutilisation d'un test de compatibilité, mais les traitements qui l'utilisent reposent
#         sur {{.bases}} : les faits du manifeste ne fondent pas cette base, le test de
#         compatibilité du RGPD, art. 6, § 4, est donc dû et compatibility_test.ref est absent.
#     no_result:
#       en: >-
#         Dataset {{.dataset}}: compatibility_test.result is missing or not one of compatible,
#         incompatible (declared: {{.value}}): the conclusion of the test must be recorded.
#       fr: >-
#         Jeu de données {{.dataset}} : compatibility_test.result est absent ou n'est pas l'une des
#         valeurs compatible, incompatible (valeur déclarée : {{.value}}) : la conclusion du test doit
#         être consignée.
#     incompatible:
#       en: >-
#         Dataset {{.dataset}}: the compatibility test ({{.ref}}) concluded that training is
#         incompatible with the original purpose. The data cannot be reused on this footing; a new
#         basis, such as consent, is needed (GDPR art. 5(1)(b) and 6(4)).
#       fr: >-
#         Jeu de données {{.dataset}} : le test de compatibilité ({{.ref}}) conclut que
#         l'entraînement est incompatible avec la finalité initiale. Les données ne peuvent pas être
#         réutilisées sur ce fondement ; un autre fondement, comme le consentement, est nécessaire
#         (RGPD, art. 5, § 1, b), et art. 6, § 4).
#     compatible:
#       en: >-
#         Dataset {{.dataset}}: the reuse of data collected for "{{.original_purpose}}" was found
#         compatible by the test {{.ref}}.
#       fr: >-
#         Jeu de données {{.dataset}} : la réutilisation de données collectées pour
#         « {{.original_purpose}} » a été jugée compatible par le test {{.ref}}.
#     disclosed:
#       en: >-
#         Dataset {{.dataset}}: training was foreseen and disclosed to data subjects at collection
#         (reuse.training_disclosed_at_collection: true), so no compatibility test is required.
#       fr: >-
#         Jeu de données {{.dataset}} : l'entraînement était prévu et annoncé aux personnes lors de la
#         collecte (reuse.training_disclosed_at_collection : true) ; aucun test de compatibilité
#         n'est requis.
#     exempt_basis:
#       en: >-
#         Dataset {{.dataset}}: the reuse rests on {{.basis}} (reuse.basis), so no compatibility test
#         is required (GDPR art. 6(4)).
#       fr: >-
#         Jeu de données {{.dataset}} : la réutilisation repose sur {{.basis}} (reuse.basis) ; aucun
#         test de compatibilité n'est requis (RGPD, art. 6, § 4).
package cnil.reuse.reuse_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_reuse_bases := {"consent", "union_or_member_state_law", "other"}

_results := {"compatible", "incompatible"}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_personal_dataset", {}, "/datasets") if {
	facts.gdpr_applies
	count(facts.personal_datasets) == 0
}

_datasets[i] := object.union(d, {"source_type": facts.value_at(d.dataset, ["source_type"])}) if {
	facts.gdpr_applies
	some i, d in facts.personal_dataset_entries
}

results contains result.not_applicable(rego.metadata.chain(), "not_own_data", params, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	facts.filled(d.source_type)
	d.source_type != "own_data_reuse"
	params := {"dataset": d.label, "source_type": labels.word("source_type", d.source_type)}
}

results contains result.not_applicable(rego.metadata.chain(), "no_source_type", {"dataset": d.label}, result.at(d.pointer, "source_type")) if {
	some d in _datasets
	not facts.filled(d.source_type)
}

# The datasets reusing the controller's own data.
_own[i] := d if {
	some i, d in _datasets
	d.source_type == "own_data_reuse"
}

# The failures found for each dataset, by dataset index; path is under the dataset.
_failure(d, key, params, path) := result.finding(key, object.union({"dataset": d.label}, params), result.at(d.pointer, path))

_failures[i] contains _failure(d, "no_original_purpose", {}, "reuse/original_purpose") if {
	some i, d in _own
	not facts.declared(d.dataset, ["reuse", "original_purpose"])
}

_failures[i] contains _failure(d, "disclosure_undeclared", {}, "reuse/training_disclosed_at_collection") if {
	some i, d in _own
	not is_boolean(object.get(d.dataset, ["reuse", "training_disclosed_at_collection"], null))
}

_failures[i] contains _failure(d, "no_reuse_basis", {"value": sprintf("%v", [value])}, "reuse/basis") if {
	some i, d in _own
	value := object.get(d.dataset, ["reuse", "basis"], null)
	not value in _reuse_bases
}

_failures[i] contains _failure(d, "no_test", {}, "compatibility_test/ref") if {
	some i, d in _own
	facts.compatibility_test_required(d.dataset)
	not facts.declared(d.dataset, ["compatibility_test", "ref"])
	not facts.reuse_basis_contradicted(d.dataset)
}

# The declared reuse basis would exempt the test, but the legal basis of the
# activities using the dataset does not support it: the test is due.
_failures[i] contains _failure(d, "basis_contradicted", params, "reuse/basis") if {
	some i, d in _own
	facts.compatibility_test_required(d.dataset)
	not facts.declared(d.dataset, ["compatibility_test", "ref"])
	facts.reuse_basis_contradicted(d.dataset)
	bases := facts.reuse_activity_bases(d.dataset)
	params := {"basis": labels.word("reuse.basis", d.dataset.reuse.basis), "bases": _bases_text(bases)}
}

_bases_text(bases) := labels.words("legal_basis", bases) if count(bases) > 0

else := "—"

_failures[i] contains _failure(d, "no_result", {"value": sprintf("%v", [value])}, "compatibility_test/result") if {
	some i, d in _own
	facts.compatibility_test_required(d.dataset)
	value := object.get(d.dataset, ["compatibility_test", "result"], null)
	not value in _results
}

_failures[i] contains _failure(d, "incompatible", {"ref": sprintf("%v", [ref])}, "compatibility_test/result") if {
	some i, d in _own
	facts.compatibility_test_required(d.dataset)
	d.dataset.compatibility_test.result == "incompatible"
	ref := object.get(d.dataset, ["compatibility_test", "ref"], "")
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	some f in _failures[_]
}

results contains result.pass(rego.metadata.chain(), "compatible", params, result.at(d.pointer, "compatibility_test/result")) if {
	some i, d in _own
	not _failures[i]
	facts.compatibility_test_required(d.dataset)
	params := {"dataset": d.label, "original_purpose": sprintf("%v", [d.dataset.reuse.original_purpose]), "ref": sprintf("%v", [d.dataset.compatibility_test.ref])}
}

results contains result.pass(rego.metadata.chain(), "disclosed", {"dataset": d.label}, result.at(d.pointer, "reuse/training_disclosed_at_collection")) if {
	some i, d in _own
	not _failures[i]
	d.dataset.reuse.training_disclosed_at_collection == true
}

results contains result.pass(rego.metadata.chain(), "exempt_basis", params, result.at(d.pointer, "reuse/basis")) if {
	some i, d in _own
	not _failures[i]
	not d.dataset.reuse.training_disclosed_at_collection == true
	d.dataset.reuse.basis in facts.reuse_bases_exempting_test
	params := {"dataset": d.label, "basis": labels.word("reuse.basis", d.dataset.reuse.basis)}
}
