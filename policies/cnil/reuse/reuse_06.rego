# METADATA
# title: The reuser informs data subjects and lets them exercise their rights
# description: >-
#   Whatever the way a dataset was obtained, the organisation that uses it must make its own
#   processing fully compliant: in particular it informs the people whose data is in the dataset of
#   the processing it carries out and allows them to exercise their rights, even when the dataset
#   was created and shared outside the scope of French or European law. The information measure
#   of a dataset is INFO-01's to judge and its rights procedure RIGHTS-01's: when the pack
#   evaluates those rules, this rule refers to them instead of reporting the same omission a
#   second time.
# related_resources:
#   - description: "CNIL — Ensuring the lawfulness of the data processing: in case of re-use of data"
#     ref: https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use
# custom:
#   id: REUSE-06
#   step: reuse
#   fiche: reuse
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 3", "GDPR 12", "GDPR 13", "GDPR 14", "GDPR 15-22"]
#   fr:
#     title: Le réutilisateur informe les personnes et leur permet d'exercer leurs droits
#     description: >-
#       Quel que soit le mode d'obtention d'un jeu de données, l'organisme qui l'utilise doit
#       rendre son propre traitement pleinement conforme : il informe notamment les personnes
#       dont les données figurent dans le jeu de données du traitement qu'il met en œuvre et
#       leur permet d'exercer leurs droits, même lorsque le jeu de données a été constitué et
#       partagé hors du champ du droit français ou européen. La mesure d'information d'un jeu
#       de données relève d'INFO-01 et sa procédure d'exercice des droits de RIGHTS-01 : lorsque
#       le paquet évalue ces règles, celle-ci y renvoie au lieu de signaler deux fois la même
#       omission.
#   remediation:
#     en: >-
#       For each dataset holding personal data, reference in information_measure_ref how the data
#       subjects are informed of your processing (individual notice or public notice), and in
#       rights_procedure_ref the procedure through which they exercise their rights.
#     fr: >-
#       Pour chaque jeu de données contenant des données personnelles, indiquez dans
#       information_measure_ref comment les personnes sont informées de votre traitement (information
#       individuelle ou générale) et dans rights_procedure_ref la procédure par laquelle elles
#       exercent leurs droits.
#   checks:
#     - message: no_personal_dataset
#       outcome: not_applicable
#       level: must
#       catalog: "REUSE-06 — Level: MUST."
#     - message: no_information
#       outcome: fail
#       level: must
#       catalog: "REUSE-06 — Whatever the collection method, the reuser must make its own processing fully compliant — in particular inform the people whose data is in the dataset and allow them to exercise their rights — even if the dataset was created and shared outside the scope of French/EU law."
#     - message: no_rights_procedure
#       outcome: fail
#       level: must
#       catalog: "REUSE-06 — Whatever the collection method, the reuser must make its own processing fully compliant — in particular inform the people whose data is in the dataset and allow them to exercise their rights — even if the dataset was created and shared outside the scope of French/EU law."
#     - message: judged_by_owner
#       outcome: not_applicable
#       level: must
#       catalog: "REUSE-06 — each dataset with personal data must link information_measure_ref (→ INFO-01) and rights_procedure_ref (→ RIGHTS-01)."
#     - message: covered
#       outcome: pass
#       level: must
#       catalog: "REUSE-06 — Whatever the collection method, the reuser must make its own processing fully compliant — in particular inform the people whose data is in the dataset and allow them to exercise their rights — even if the dataset was created and shared outside the scope of French/EU law."
#   messages:
#     no_personal_dataset:
#       en: >-
#         No dataset holding personal data is declared (REUSE-01 reports an empty list): no data
#         subject of a dataset to inform.
#       fr: >-
#         Aucun jeu de données contenant des données personnelles n'est déclaré (REUSE-01 signale une
#         liste vide) : aucune personne figurant dans un jeu de données n'est à informer.
#     no_information:
#       en: >-
#         Dataset {{.dataset}}: information_measure_ref is missing. Whoever built the dataset, the
#         people whose data it contains must be informed of your processing (GDPR art. 12 to 14).
#       fr: >-
#         Jeu de données {{.dataset}} : information_measure_ref est absent. Quel que soit l'auteur
#         du jeu de données, les personnes dont il contient les données doivent être informées de
#         votre traitement (RGPD, art. 12 à 14).
#     no_rights_procedure:
#       en: >-
#         Dataset {{.dataset}}: rights_procedure_ref is missing. The people whose data the dataset
#         contains must be able to exercise their rights against you (GDPR art. 15 to 22).
#       fr: >-
#         Jeu de données {{.dataset}} : rights_procedure_ref est absent. Les personnes dont le jeu
#         contient les données doivent pouvoir exercer leurs droits auprès de vous (RGPD, art. 15 à
#         22).
#     judged_by_owner:
#       en: >-
#         Dataset {{.dataset}}: {{.fields}} missing; {{.owners}} judges it in this pack (one rule
#         owns each fact; this rule judges it only in a pack without that rule, such as cnil-2024).
#       fr: >-
#         Jeu de données {{.dataset}} : {{.fields}} absent ; {{.owners}} en juge dans ce paquet
#         (une seule règle juge chaque fait ; celle-ci n'en juge que dans un paquet sans cette
#         règle, tel que cnil-2024).
#     covered:
#       en: >-
#         Dataset {{.dataset}}: data subjects are informed through {{.information}} and exercise their
#         rights through {{.rights}}.
#       fr: >-
#         Jeu de données {{.dataset}} : les personnes sont informées via {{.information}} et exercent
#         leurs droits via {{.rights}}.
package cnil.reuse.reuse_06

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_personal_dataset", {}, "/datasets") if {
	facts.gdpr_applies
	count(facts.personal_datasets) == 0
}

_datasets := facts.personal_dataset_entries if facts.gdpr_applies

# Each reference has one owner, in its own step. This rule judges it only when
# the selected pack leaves that step out (no steps in the input: every step).
_refs := {
	"information_measure_ref": {"key": "no_information", "owner": "INFO-01", "step": "information"},
	"rights_procedure_ref": {"key": "no_rights_procedure", "owner": "RIGHTS-01", "step": "rights"},
}

_missing(d) := {field | some field, _ in _refs; not facts.declared(d.dataset, [field])}

results contains result.fail(rego.metadata.chain(), ref.key, {"dataset": d.label}, result.at(d.pointer, field)) if {
	some d in _datasets
	some field in _missing(d)
	ref := _refs[field]
	not facts.step_evaluated(ref.step)
}

results contains result.not_applicable(rego.metadata.chain(), "judged_by_owner", params, d.pointer) if {
	some d in _datasets
	referred := {field | some field in _missing(d); facts.step_evaluated(_refs[field].step)}
	count(referred) > 0
	params := {
		"dataset": d.label,
		"fields": concat(", ", sort(referred)),
		"owners": concat(", ", sort({_refs[field].owner | some field in referred})),
	}
}

results contains result.pass(rego.metadata.chain(), "covered", params, d.pointer) if {
	some d in _datasets
	facts.declared(d.dataset, ["information_measure_ref"])
	facts.declared(d.dataset, ["rights_procedure_ref"])
	params := {
		"dataset": d.label,
		"information": sprintf("%v", [d.dataset.information_measure_ref]),
		"rights": sprintf("%v", [d.dataset.rights_procedure_ref]),
	}
}
