# METADATA
# title: Information — content of the notice
# description: >-
#   The information given to the people concerned must contain the items of GDPR art. 13 and 14:
#   identity and contact details of the controller, contact details of the data protection
#   officer where there is one, purposes and legal basis, recipients and transfers, retention
#   period or criteria, the rights of the people and the right to lodge a complaint with the
#   CNIL. When the legal basis is legitimate interests, the interest pursued. When the data were
#   not collected from the people themselves, also the categories of data concerned and their
#   source(s), or the categories of sources when there are many.
# related_resources:
#   - description: "CNIL — IA : Informer les personnes concernées"
#     ref: https://cnil.fr/fr/ia-informer-les-personnes-concernees
# custom:
#   id: INFO-02
#   step: information
#   fiche: information
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 13(1)", "GDPR 13(2)", "GDPR 14(1)", "GDPR 14(2)"]
#   fr:
#     title: Information — contenu de la mention d'information
#     description: >-
#       L'information délivrée aux personnes concernées doit comporter les éléments du RGPD, art. 13
#       et 14 : identité et coordonnées du responsable de traitement, coordonnées du délégué à la
#       protection des données s'il en existe un, finalités et base légale, destinataires et
#       transferts, durée de conservation ou critères utilisés pour la déterminer, droits des
#       personnes et droit d'introduire une réclamation auprès de la CNIL. Lorsque la base légale
#       est l'intérêt légitime, l'information mentionne l'intérêt poursuivi. Lorsque les données
#       n'ont pas été collectées auprès des personnes elles-mêmes, elle mentionne également les
#       catégories de données concernées et leur(s) source(s), ou les catégories de sources
#       lorsqu'elles sont nombreuses.
#   remediation:
#     en: >-
#       Complete the notice and list its items in transparency.notice.items: controller_identity,
#       dpo_contact (when a DPO is designated), purpose, legal_basis, recipients, retention,
#       rights, complaint_cnil; legitimate_interest_pursued when an activity relies on legitimate
#       interests; data_categories and sources_or_source_categories when data are not collected
#       from the people themselves.
#     fr: >-
#       Complétez la mention d'information et listez ses rubriques dans transparency.notice.items :
#       controller_identity, dpo_contact (lorsqu'un DPO est désigné), purpose, legal_basis,
#       recipients, retention, rights, complaint_cnil ; legitimate_interest_pursued lorsqu'un
#       traitement repose sur l'intérêt légitime ; data_categories et sources_or_source_categories
#       lorsque les données ne sont pas collectées auprès des personnes elles-mêmes.
#   checks:
#     - message: missing_items
#       outcome: fail
#       level: must
#       catalog: "INFO-02 — The notice must contain the E12 items; for indirect collection also the categories of data and the source(s) (or, where many sources, categories of sources)."
#     - message: complete
#       outcome: pass
#       level: must
#       catalog: "INFO-02 — The notice must contain the E12 items; for indirect collection also the categories of data and the source(s) (or, where many sources, categories of sources)."
#   messages:
#     missing_items:
#       en: >-
#         transparency.notice.items does not include {{.missing}}. The notice must contain the
#         information of GDPR art. 13 and 14, including the legitimate interest pursued when it is
#         the legal basis (activities on legitimate interests: {{.li}}) and the categories of data
#         and their sources when the data are not collected from the people themselves (GDPR
#         art. 14; datasets not collected from the people, derived from their source: {{.indirect}}).
#       fr: >-
#         transparency.notice.items ne comprend pas {{.missing}}. La mention d'information doit
#         contenir les informations du RGPD, art. 13 et 14, dont l'intérêt légitime poursuivi
#         lorsqu'il constitue la base légale (traitements fondés sur l'intérêt légitime : {{.li}})
#         et les catégories de données et leurs sources lorsque les données ne sont pas collectées
#         auprès des personnes elles-mêmes (art. 14 ; jeux de données non collectés auprès des
#         personnes, déduits de leur source : {{.indirect}}).
#     complete:
#       en: >-
#         The notice lists the {{.count}} items required for this project (transparency.notice.items).
#       fr: >-
#         La mention d'information comprend les {{.count}} rubriques requises pour ce projet
#         (transparency.notice.items).
package cnil.information.info_02

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_base_items := {"controller_identity", "purpose", "legal_basis", "recipients", "retention", "rights", "complaint_cnil"}

# The DPO contact is due where a DPO is designated (GDPR art. 13(1)(b), 14(1)(b)); assumed
# designated unless organisation.has_dpo is false.
_dpo_items := {"dpo_contact"} if {
	not input.manifest.organisation.has_dpo == false
} else := set()

# Personal datasets not collected from the people themselves (GDPR art. 14), as
# derived from their source (lib/facts_collection.rego). Data the people gave
# the controller, reused for training, fall under art. 13: no source to give.
# A dataset whose source says nothing (synthetic, undeclared) counts, so that
# a missing fact never removes an item from the notice.
_indirect contains facts.collection_label(i) if some i in facts.art14_datasets

_indirect contains facts.collection_label(i) if some i in facts.collection_undetermined_datasets

_indirect_items := {"data_categories", "sources_or_source_categories"} if count(_indirect) > 0

else := set()

_li contains object.get(input.manifest.processing_activities[i], "id", sprintf("#%d", [i])) if {
	some i in facts.development_activities
	input.manifest.processing_activities[i].legal_basis == "legitimate_interests"
}

_li_items := {"legitimate_interest_pursued"} if count(_li) > 0

else := set()

_required := ((_base_items | _dpo_items) | _indirect_items) | _li_items

_items := {item | some item in facts.value_at(input.manifest, ["transparency", "notice", "items"])}

_missing := _required - _items

_list(ids) := concat(", ", sort(ids)) if count(ids) > 0

else := "—"

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "missing_items", params, "/transparency/notice/items") if {
	facts.gdpr_applies
	count(_missing) > 0
	params := {"missing": labels.codes(_missing), "li": _list(_li), "indirect": _list(_indirect)}
}

results contains result.pass(rego.metadata.chain(), "complete", {"count": count(_required)}, "/transparency/notice/items") if {
	facts.gdpr_applies
	count(_missing) == 0
}
