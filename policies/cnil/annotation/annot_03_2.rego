# METADATA
# title: Annotation is organised with trained annotators and, when outsourced, an art. 28 contract
# description: >-
#   The CNIL recommends organising annotation with a protocol, annotators trained to it and
#   bound to confidentiality, and, when annotation is outsourced, a processor contract under
#   GDPR art. 28 (itself a legal requirement whenever the annotator is a processor). The
#   protocol (annotation.guidelines_ref) is checked by ANNOT-02. As the catalog could not
#   re-read these points in the CNIL text, the rule reports a warning. It applies when
#   annotation is declared (see ANNOT-01).
# related_resources:
#   - description: "CNIL — Annotating data"
#     ref: https://cnil.fr/en/annotating-data
# custom:
#   id: ANNOT-03.2
#   step: annotation
#   fiche: annotation
#   level: should
#   severity: warning
#   evidence: recalled
#   articles: ["GDPR 28", "GDPR 29", "GDPR 32(4)"]
#   fr:
#     title: >-
#       Annotation organisée avec des annotateurs formés et, si elle est sous-traitée, un contrat de
#       sous-traitance (RGPD, art. 28)
#     description: >-
#       La CNIL recommande d'organiser l'annotation selon un protocole, avec des annotateurs formés
#       à ce protocole et tenus à la confidentialité, et, lorsque l'annotation est sous-traitée, un
#       contrat de sous-traitance conforme au RGPD, art. 28 (qui constitue en lui-même une
#       obligation légale dès lors que l'annotateur est sous-traitant). Le protocole
#       (annotation.guidelines_ref) est vérifié par ANNOT-02. Le catalogue n'ayant pas pu relire ces
#       points dans le texte de la CNIL, la règle émet un avertissement. Elle s'applique lorsqu'une
#       annotation est déclarée (voir ANNOT-01).
#   remediation:
#     en: >-
#       Set annotation.outsourced to true or false; when true, reference the art. 28 contract in
#       annotation.processor_contract_ref; train the annotators to the protocol and set
#       annotation.annotator_training to true.
#     fr: >-
#       Renseignez annotation.outsourced (true ou false) ; s'il vaut true, référencez le contrat de
#       sous-traitance (RGPD, art. 28) dans annotation.processor_contract_ref ; formez les
#       annotateurs au protocole et fixez annotation.annotator_training à true.
#   checks:
#     - message: no_annotation
#       outcome: not_applicable
#       level: should
#       catalog: "ANNOT-03 — Level: MUST-IF sensitive labels; SHOULD (protocol, training)."
#     - message: outsourcing_not_declared
#       outcome: fail
#       level: should
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: no_contract
#       outcome: fail
#       level: should
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: no_training
#       outcome: fail
#       level: should
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: organised_outsourced
#       outcome: pass
#       level: should
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#     - message: organised_in_house
#       outcome: pass
#       level: should
#       catalog: "ANNOT-03 — An annotation can turn otherwise ordinary data into art. 9 data (e.g. labelling health status or ethnicity) — then an art. 9(2) exception and reinforced safeguards are needed."
#   messages:
#     no_annotation:
#       en: >-
#         No annotation is declared (no annotation section, no dataset with annotated: true or an
#         annotation step in preparation_ops): the annotation rules do not apply.
#       fr: >-
#         Aucune annotation n'est déclarée (pas de section annotation, aucun jeu de données avec
#         annotated : true ou une étape d'annotation dans preparation_ops) : les règles sur
#         l'annotation ne s'appliquent pas.
#     outsourcing_not_declared:
#       en: >-
#         annotation.outsourced is not declared: whether annotators are a processor decides
#         whether an art. 28 contract is needed.
#       fr: >-
#         annotation.outsourced n'est pas renseigné : le recours ou non à un sous-traitant pour
#         l'annotation détermine si un contrat de sous-traitance (RGPD, art. 28) est nécessaire.
#     no_contract:
#       en: >-
#         annotation.outsourced is true but annotation.processor_contract_ref is missing: an
#         outsourced annotator processes personal data on the controller's behalf and needs a
#         contract meeting GDPR art. 28(3).
#       fr: >-
#         annotation.outsourced vaut true mais annotation.processor_contract_ref est absent : un
#         prestataire d'annotation traite des données personnelles pour le compte du responsable et
#         doit être lié par un contrat conforme au RGPD, art. 28, § 3.
#     no_training:
#       en: >-
#         annotation.annotator_training is not true: annotators should be trained to the
#         annotation protocol and to confidentiality.
#       fr: >-
#         annotation.annotator_training ne vaut pas true : les annotateurs devraient être formés
#         au protocole d'annotation et à la confidentialité.
#     organised_outsourced:
#       en: "Annotation is outsourced under the contract {{.contract}} and annotators are trained."
#       fr: "L'annotation est sous-traitée selon le contrat {{.contract}} et les annotateurs sont formés."
#     organised_in_house:
#       en: Annotation is done in-house by trained annotators.
#       fr: L'annotation est réalisée en interne par des annotateurs formés.
package cnil.annotation.annot_03_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_annotation := object.get(input.manifest, "annotation", {})

_outsourced := facts.value_at(_annotation, ["outsourced"])

_applies if {
	facts.gdpr_applies
	facts.annotation_performed
}

_issues contains result.finding("outsourcing_not_declared", {}, "/annotation/outsourced") if not is_boolean(_outsourced)

_issues contains result.finding("no_contract", {}, "/annotation/processor_contract_ref") if {
	_outsourced == true
	not facts.declared(_annotation, ["processor_contract_ref"])
}

_issues contains result.finding("no_training", {}, "/annotation/annotator_training") if {
	not facts.value_at(_annotation, ["annotator_training"]) == true
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_annotation", {}, "/annotation") if {
	facts.gdpr_applies
	not facts.annotation_performed
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	_applies
	some f in _issues
}

results contains result.pass(rego.metadata.chain(), "organised_outsourced", params, "/annotation/processor_contract_ref") if {
	_applies
	count(_issues) == 0
	_outsourced == true
	params := {"contract": _annotation.processor_contract_ref}
}

results contains result.pass(rego.metadata.chain(), "organised_in_house", {}, "/annotation/outsourced") if {
	_applies
	count(_issues) == 0
	_outsourced == false
}
