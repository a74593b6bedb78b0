# METADATA
# title: Legitimate interest — the safeguards relied on in the balancing are in place
# description: >-
#   For the development of AI systems on legitimate interests, the CNIL expects the impact on
#   people to be kept proportionate by additional safeguards (exclusion of sensitive data,
#   pseudonymisation, an effective right to object, output filters, licences restricting uses,
#   among others). A balancing that relies on a safeguard the project does not actually apply
#   does not show that the processing is not disproportionate. This rule compares the safeguards
#   listed in legitimate_interest.balancing.safeguards with what the rest of the manifest
#   declares, and fails on any contradiction. Whether safeguards are listed at all is checked by
#   LB-04.
# related_resources:
#   - description: "CNIL — IA : Mobiliser la base légale de l'intérêt légitime pour développer un système d'IA"
#     ref: https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme
# custom:
#   id: LI-03
#   step: legitimate_interest
#   fiche: legitimate-interest
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 6(1)(f)", "GDPR 21", "GDPR 25"]
#   fr:
#     title: Intérêt légitime — les garanties invoquées dans la mise en balance sont en place
#     description: >-
#       Pour le développement de systèmes d'IA fondé sur l'intérêt légitime, la CNIL attend que
#       l'atteinte aux personnes reste proportionnée grâce à des garanties supplémentaires
#       (notamment l'exclusion des données sensibles, la pseudonymisation, un droit d'opposition
#       effectif, des filtres en sortie, des licences restreignant les usages). Une mise en
#       balance qui s'appuie sur une garantie que le projet n'applique pas réellement ne
#       démontre pas que le traitement n'est pas disproportionné. Cette règle compare les
#       garanties listées dans legitimate_interest.balancing.safeguards avec ce que déclare le
#       reste du manifeste, et échoue en cas de contradiction. La présence même de garanties est
#       vérifiée par LB-04.
#   remediation:
#     en: >-
#       Either implement each safeguard listed in
#       processing_activities[].legitimate_interest.balancing.safeguards and declare it where the
#       manifest records it (datasets[].special_categories, datasets[].pets,
#       scraping.pre_collection_opt_out, rights.procedures, distribution.licence_restricts_uses,
#       system.output_filters.enabled), or remove it from the list and redo the balancing
#       without it. If the impact is disproportionate without it, legitimate interests cannot be
#       relied on.
#     fr: >-
#       Mettez en œuvre chaque garantie listée dans
#       processing_activities[].legitimate_interest.balancing.safeguards et déclarez-la là où le
#       manifeste l'enregistre (datasets[].special_categories, datasets[].pets,
#       scraping.pre_collection_opt_out, rights.procedures, distribution.licence_restricts_uses,
#       system.output_filters.enabled), ou retirez-la de la liste et refaites la mise en balance
#       sans elle. Si l'impact est disproportionné sans cette garantie, l'intérêt légitime ne
#       peut pas être invoqué.
#   checks:
#     - message: no_li
#       outcome: not_applicable
#       level: must-if
#       catalog: "LI-03 — Level: SHOULD (selection); MUST that the balancing is not disproportionate."
#     - message: no_safeguards
#       outcome: not_applicable
#       level: must-if
#       catalog: "LI-03 — Level: SHOULD (selection); MUST that the balancing is not disproportionate."
#     - message: sensitive_included
#       outcome: fail
#       level: must-if
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: pseudonymisation_absent
#       outcome: fail
#       level: must-if
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: opt_out_absent
#       outcome: fail
#       level: must-if
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: objection_absent
#       outcome: fail
#       level: must-if
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: licence_absent
#       outcome: fail
#       level: must-if
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: output_filters_absent
#       outcome: fail
#       level: must-if
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#     - message: consistent
#       outcome: pass
#       level: must-if
#       catalog: "LI-03 — Implement safeguards that limit the impact on people, chosen according to the risks, e.g.: exclusion of sensitive data; anonymisation/pseudonymisation soon after collection; enhanced transparency; an effective (possibly unconditional, prior-to-training) right to object; measures against memorisation and regurgitation (deduplication, output filters); licences restricting uses when distributing models."
#   messages:
#     no_li:
#       en: >-
#         No development activity declares legitimate interests as its legal basis: no
#         legitimate-interest safeguards are assessed.
#       fr: >-
#         Aucun traitement de la phase de développement ne déclare l'intérêt légitime comme base
#         légale : aucune garantie au titre de l'intérêt légitime n'est examinée.
#     no_safeguards:
#       en: >-
#         Activity {{.activity}} lists no safeguard in legitimate_interest.balancing.safeguards
#         (reported by LB-04): there is nothing to compare with the rest of the manifest.
#       fr: >-
#         Le traitement {{.activity}} ne liste aucune garantie dans
#         legitimate_interest.balancing.safeguards (signalé par LB-04) : rien n'est à comparer avec
#         le reste du manifeste.
#     sensitive_included:
#       en: >-
#         Activity {{.activity}} relies on the safeguard exclude_sensitive_data, but dataset
#         {{.dataset}} declares special categories of data ({{.categories}}): the balancing rests on
#         an exclusion that is not applied.
#       fr: >-
#         Le traitement {{.activity}} invoque la garantie exclude_sensitive_data, mais le jeu de
#         données {{.dataset}} déclare des catégories particulières de données ({{.categories}}) :
#         la mise en balance repose sur une exclusion qui n'est pas appliquée.
#     pseudonymisation_absent:
#       en: >-
#         Activity {{.activity}} relies on the safeguard pseudonymisation, but none of its personal
#         datasets ({{.datasets}}) lists pseudonymisation in datasets[].pets: the balancing rests on
#         a measure that is not applied.
#       fr: >-
#         Le traitement {{.activity}} invoque la garantie pseudonymisation, mais aucun de ses jeux
#         de données personnelles ({{.datasets}}) ne mentionne pseudonymisation dans datasets[].pets
#         : la mise en balance repose sur une mesure qui n'est pas appliquée.
#     opt_out_absent:
#       en: >-
#         Activity {{.activity}} relies on the safeguard prior_opt_out, but
#         scraping.pre_collection_opt_out is false: the balancing rests on an opt-out before
#         collection that is not offered.
#       fr: >-
#         Le traitement {{.activity}} invoque la garantie prior_opt_out, mais
#         scraping.pre_collection_opt_out vaut false : la mise en balance repose sur une opposition
#         préalable à la collecte qui n'est pas proposée.
#     objection_absent:
#       en: >-
#         Activity {{.activity}} relies on the safeguard unconditional_objection, but
#         rights.procedures does not include objection: the balancing rests on a right to object that has no procedure
#         (GDPR art. 21).
#       fr: >-
#         Le traitement {{.activity}} invoque la garantie unconditional_objection, mais
#         rights.procedures ne comprend pas objection : la mise en balance repose sur un droit
#         d'opposition dépourvu de procédure (RGPD, art. 21).
#     licence_absent:
#       en: >-
#         Activity {{.activity}} relies on the safeguard restrictive_licence, but
#         distribution.licence_restricts_uses is false: the balancing rests on a licence
#         restriction that does not exist.
#       fr: >-
#         Le traitement {{.activity}} invoque la garantie restrictive_licence, mais
#         distribution.licence_restricts_uses vaut false : la mise en balance repose sur une
#         restriction de licence qui n'existe pas.
#     output_filters_absent:
#       en: >-
#         Activity {{.activity}} relies on the safeguard output_filters, but
#         system.output_filters.enabled is false: the balancing rests on output filters that are
#         not enabled.
#       fr: >-
#         Le traitement {{.activity}} invoque la garantie output_filters, mais
#         system.output_filters.enabled vaut false : la mise en balance repose sur des filtres de
#         sortie qui ne sont pas activés.
#     consistent:
#       en: >-
#         Activity {{.activity}}: none of the safeguards relied on in the balancing
#         ({{.safeguards}}) is contradicted by the rest of the manifest.
#       fr: >-
#         Traitement {{.activity}} : aucune des garanties invoquées dans la mise en balance
#         ({{.safeguards}}) n'est contredite par le reste du manifeste.
package cnil.legitimate_interest.li_03

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_manifest := input.manifest

_activities := object.get(_manifest, "processing_activities", [])

_id(i) := object.get(_activities[i], "id", sprintf("#%d", [i]))

_pointer(i) := sprintf("/processing_activities/%d/legitimate_interest/balancing/safeguards", [i])

_safeguards(i) := {s | some s in facts.value_at(_activities[i], ["legitimate_interest", "balancing", "safeguards"])}

# The personal datasets an activity uses: those of its dataset_ids, or all of them
# when the activity does not say.
_datasets(i) := {d |
	some d in facts.personal_datasets
	_manifest.datasets[d].id in _activities[i].dataset_ids
} if {
	facts.declared(_activities[i], ["dataset_ids"])
} else := facts.personal_datasets

# A special category is declared as an object {category, ...} (schema) or as a plain value.
_category_name(c) := sprintf("%v", [c.category]) if is_object(c)

else := sprintf("%v", [c])

_dataset_id(d) := object.get(_manifest.datasets[d], "id", sprintf("#%d", [d]))

# The contradictions of each activity, by activity index.
_contradiction(i, key, params, pointer) := result.finding(key, object.union({"activity": _id(i)}, params), pointer)

_contradictions[i] contains _contradiction(i, "sensitive_included", params, pointer) if {
	some i in facts.legitimate_interest_activities
	"exclude_sensitive_data" in _safeguards(i)
	some d in _datasets(i)
	categories := facts.value_at(_manifest.datasets[d], ["special_categories"])
	facts.filled(categories)
	is_array(categories)
	params := {"dataset": _dataset_id(d), "categories": concat(", ", [_category_name(c) | some c in categories])}
	pointer := sprintf("/datasets/%d/special_categories", [d])
}

_contradictions[i] contains _contradiction(i, "pseudonymisation_absent", params, _pointer(i)) if {
	some i in facts.legitimate_interest_activities
	"pseudonymisation" in _safeguards(i)
	count(_datasets(i)) > 0
	every d in _datasets(i) {
		facts.declared(_manifest.datasets[d], ["pets"])
		not "pseudonymisation" in _manifest.datasets[d].pets
	}
	params := {"datasets": concat(", ", sort([_dataset_id(d) | some d in _datasets(i)]))}
}

_contradictions[i] contains _contradiction(i, "opt_out_absent", {}, "/scraping/pre_collection_opt_out") if {
	some i in facts.legitimate_interest_activities
	"prior_opt_out" in _safeguards(i)
	_manifest.scraping.pre_collection_opt_out == false
}

_contradictions[i] contains _contradiction(i, "objection_absent", {}, "/rights/procedures") if {
	some i in facts.legitimate_interest_activities
	"unconditional_objection" in _safeguards(i)
	facts.declared(_manifest, ["rights", "procedures"])
	not "objection" in _manifest.rights.procedures
}

_contradictions[i] contains _contradiction(i, "licence_absent", {}, "/distribution/licence_restricts_uses") if {
	some i in facts.legitimate_interest_activities
	"restrictive_licence" in _safeguards(i)
	_manifest.distribution.licence_restricts_uses == false
}

_contradictions[i] contains _contradiction(i, "output_filters_absent", {}, "/system/output_filters/enabled") if {
	some i in facts.legitimate_interest_activities
	"output_filters" in _safeguards(i)
	_manifest.system.output_filters.enabled == false
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "no_li", {}, "/processing_activities") if {
	facts.gdpr_applies
	count(facts.legitimate_interest_activities) == 0
}

results contains result.not_applicable(rego.metadata.chain(), "no_safeguards", {"activity": _id(i)}, _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	count(_safeguards(i)) == 0
}

results contains result.from_finding(rego.metadata.chain(), "fail", f) if {
	facts.gdpr_applies
	some f in _contradictions[_]
}

results contains result.pass(rego.metadata.chain(), "consistent", params, _pointer(i)) if {
	facts.gdpr_applies
	some i in facts.legitimate_interest_activities
	count(_safeguards(i)) > 0
	not _contradictions[i]
	params := {"activity": _id(i), "safeguards": labels.words("li_balancing.safeguards", _safeguards(i))}
}
