# METADATA
# title: Documented DPIA screening (GDPR art. 35(3), CNIL list, EDPB criteria)
# description: >-
#   Before developing the system, the controller determines whether a data protection impact
#   assessment (DPIA) is required and records that analysis, even when the answer is no. A DPIA
#   is required when the processing falls under a case of GDPR art. 35(3), appears on the CNIL
#   list adopted under art. 35(4) (deliberation 2018-327), or meets two or more of the EDPB/WP248
#   criteria (rule of thumb of WP248); the CNIL also presumes it necessary for an AI Act high-risk
#   system processing personal data (DPIA-02). The rule checks that the screening is recorded
#   (dpia.screening.ref), that each of the three screening lists is answered (an empty list is an
#   answer), that the screening's own conclusion (dpia.screening.dpia_required, optional) does not
#   deny a DPIA its answers make required, and, when the derived fact dpia_required holds, that
#   the DPIA itself is referenced in dpia.ref. The reasons are listed in the messages. The
#   triggers are derived from the manifest's facts too, not only taken from the screening: a
#   CNIL list item the facts determine (for example profiling for recruitment, item 3) and
#   the screening omits fails this rule with the facts behind it; EDPB criteria are the union
#   of those declared and those the facts determine; the AI Act high-risk classification is
#   derived (AIACT-01).
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-01
#   step: dpia
#   fiche: dpia
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 35(1)", "GDPR 35(3)", "GDPR 35(4)", "WP248 rev.01"]
#   checks:
#     - {message: no_screening_ref, outcome: fail, level: must, catalog: "DPIA-01: record the analysis even when the answer is no (MUST)"}
#     - {message: list_missing, outcome: fail, level: must, catalog: "DPIA-01: dpia.screening.{art35_3[], cnil_list_items[], edpb_criteria[]} (MUST)"}
#     - {message: item_omitted, outcome: fail, level: must, catalog: "DPIA-01 — 12.2: CNIL list items (E5) are derived from facts; a screening that omits a derived item fails DPIA-01"}
#     - {message: contradiction, outcome: fail, level: must, catalog: "DPIA-01: a DPIA is required when a trigger holds (MUST); 12.2: declarations are checked against facts"}
#     - {message: required_no_ref, outcome: fail, level: must, catalog: "DPIA-01: if required -> dpia.ref (MUST, GDPR art. 35(1))"}
#     - {message: required_done, outcome: pass, level: must, catalog: "DPIA-01: if required -> dpia.ref (MUST, GDPR art. 35(1))"}
#     - {message: not_required, outcome: pass, level: must, catalog: "DPIA-01: record the analysis even when the answer is no (MUST)"}
#     - {message: not_required_exception, outcome: pass, level: must, catalog: "DPIA-01 — 12.2: two or more EDPB criteria -> DPIA required unless a justified exception with the DPO's advice is recorded (WP248)"}
#   fr:
#     title: Examen documenté de la nécessité d'une AIPD (RGPD, art. 35, § 3 ; liste CNIL ; critères du CEPD)
#     description: >-
#       Avant de développer le système, le responsable de traitement détermine si une analyse
#       d'impact relative à la protection des données (AIPD) est requise et consigne cette analyse,
#       même lorsque la réponse est négative. Une AIPD est requise lorsque le traitement relève d'un
#       cas du RGPD, art. 35, § 3, figure sur la liste adoptée par la CNIL en application de l'art.
#       35, § 4 (délibération n° 2018-327) ou remplit au moins deux des critères du CEPD (lignes
#       directrices WP248, règle indicative) ; la CNIL la présume également nécessaire pour un
#       système à haut risque au sens du règlement sur l'IA qui traite des données personnelles
#       (DPIA-02). La règle vérifie que l'examen est consigné (dpia.screening.ref), que chacune des
#       trois listes de l'examen est renseignée (une liste vide est une réponse), que la conclusion
#       propre de l'examen (dpia.screening.dpia_required, facultative) n'écarte pas une AIPD que ses
#       réponses rendent obligatoire et, lorsque le fait dérivé dpia_required est établi, que l'AIPD
#       elle-même est référencée dans dpia.ref. Les motifs sont indiqués dans les messages.
#   remediation:
#     en: >-
#       Record the DPIA screening in dpia.screening.ref and answer its three lists:
#       dpia.screening.art35_3 (GDPR art. 35(3) cases), dpia.screening.cnil_list_items (items of
#       the CNIL list, deliberation 2018-327) and dpia.screening.edpb_criteria (EDPB/WP248
#       criteria), using an empty list when none applies. When a DPIA is required, carry it out
#       before the processing starts and reference it in dpia.ref.
#     fr: >-
#       Consignez l'examen de la nécessité d'une AIPD dans dpia.screening.ref et renseignez ses
#       trois listes : dpia.screening.art35_3 (cas du RGPD, art. 35, § 3),
#       dpia.screening.cnil_list_items (points de la liste CNIL, délibération n° 2018-327) et
#       dpia.screening.edpb_criteria (critères du CEPD/WP248), avec une liste vide lorsqu'aucun ne
#       s'applique. Lorsqu'une AIPD est requise, réalisez-la avant le début du traitement et
#       référencez-la dans dpia.ref.
#   reason_labels:
#     art35_3:
#       a_systematic_extensive_evaluation_with_legal_effects:
#         en: "GDPR art. 35(3)(a): systematic and extensive evaluation of personal aspects with legal or similarly significant effects"
#         fr: >-
#           RGPD, art. 35, § 3, a) : évaluation systématique et approfondie d'aspects personnels
#           produisant des effets juridiques ou similaires
#       b_large_scale_special_categories_or_criminal:
#         en: "GDPR art. 35(3)(b): large-scale processing of special categories of data or of criminal-offence data"
#         fr: >-
#           RGPD, art. 35, § 3, b) : traitement à grande échelle de catégories particulières de
#           données ou de données relatives aux infractions
#       c_large_scale_monitoring_public_area:
#         en: "GDPR art. 35(3)(c): large-scale systematic monitoring of a publicly accessible area"
#         fr: >-
#           RGPD, art. 35, § 3, c) : surveillance systématique à grande échelle d'une zone
#           accessible au public
#     art35_3_other:
#       en: "GDPR art. 35(3) case {{.case}}"
#       fr: "cas {{.case}} du RGPD, art. 35, § 3"
#     cnil_list:
#       en: "item {{.item}} of the CNIL list of processing operations requiring a DPIA (deliberation 2018-327)"
#       fr: "point {{.item}} de la liste CNIL des traitements pour lesquels une AIPD est requise (délibération n° 2018-327)"
#     edpb_criteria:
#       en: "two or more EDPB criteria met ({{.criteria}})"
#       fr: "au moins deux critères du CEPD remplis ({{.criteria}})"
#     screening_conclusion:
#       en: "the screening itself concludes that a DPIA is required (dpia.screening.dpia_required)"
#       fr: "l'examen conclut lui-même qu'une AIPD est requise (dpia.screening.dpia_required)"
#     ai_act_high_risk:
#       en: "high-risk AI system under the AI Act processing personal data (DPIA presumed necessary, DPIA-02)"
#       fr: >-
#         système d'IA à haut risque au sens du règlement sur l'IA traitant des données personnelles
#         (AIPD présumée nécessaire, DPIA-02)
#   messages:
#     no_screening_ref:
#       en: >-
#         dpia.screening.ref is missing: the analysis of whether a DPIA is required must be recorded,
#         even when it concludes that none is (GDPR art. 35(1) and accountability, art. 5(2)).
#       fr: >-
#         dpia.screening.ref est absent : l'analyse de la nécessité d'une AIPD doit être documentée,
#         même lorsqu'elle conclut qu'aucune n'est requise (RGPD, art. 35, § 1, et principe de
#         responsabilité, art. 5, § 2).
#     list_missing:
#       en: >-
#         dpia.screening.{{.list}} is not declared: the screening must answer this list ({{.topic}}),
#         with an empty list when nothing applies, otherwise whether a DPIA is required cannot be
#         established.
#       fr: >-
#         dpia.screening.{{.list}} n'est pas renseigné : l'examen doit répondre à cette liste
#         ({{.topic}}), avec une liste vide si rien ne s'applique ; à défaut, la nécessité d'une
#         AIPD ne peut pas être établie.
#     contradiction:
#       en: >-
#         dpia.screening.dpia_required is false, but the screening's answers and the manifest's
#         facts make a DPIA required ({{.reasons}}): correct the conclusion of the screening.
#       fr: >-
#         dpia.screening.dpia_required vaut false, alors que les réponses de l'examen et les faits
#         du manifeste rendent une AIPD obligatoire ({{.reasons}}) : corrigez la conclusion de
#         l'examen.
#     item_omitted:
#       en: >-
#         The facts of the manifest place the processing in item {{.item}} of the CNIL list of
#         processing operations that require a DPIA (deliberation 2018-327): {{.basis}}; but
#         dpia.screening.cnil_list_items does not list it ({{.declared}}). A DPIA is mandatory
#         for that item (GDPR art. 35(4)): add it to the screening, or correct the facts if they
#         are wrong.
#       fr: >-
#         Les faits du manifeste placent le traitement dans le point {{.item}} de la liste CNIL des
#         traitements pour lesquels une AIPD est requise (délibération n° 2018-327) : {{.basis}} ;
#         mais dpia.screening.cnil_list_items ne le mentionne pas ({{.declared}}). Une AIPD est
#         obligatoire pour ce point (RGPD, art. 35, § 4) : ajoutez-le à l'examen, ou corrigez les
#         faits s'ils sont inexacts.
#     required_no_ref:
#       en: >-
#         A DPIA is required ({{.reasons}}) but dpia.ref is missing: the DPIA must be carried out
#         before the processing and referenced (GDPR art. 35(1)).
#       fr: >-
#         Une AIPD est requise ({{.reasons}}) mais dpia.ref est absent : l'AIPD doit être réalisée
#         avant le traitement et référencée (RGPD, art. 35, § 1).
#     required_done:
#       en: >-
#         A DPIA is required ({{.reasons}}); screening recorded in {{.screening_ref}}, DPIA
#         recorded in {{.ref}}.
#       fr: >-
#         Une AIPD est requise ({{.reasons}}) ; examen consigné dans {{.screening_ref}}, AIPD
#         consignée dans {{.ref}}.
#     not_required:
#       en: >-
#         The screening recorded in {{.screening_ref}} concludes that no DPIA is required: no GDPR
#         art. 35(3) case, no item of the CNIL list, fewer than two EDPB criteria, and no AI Act
#         high-risk classification.
#       fr: >-
#         L'examen consigné dans {{.screening_ref}} conclut qu'aucune AIPD n'est requise : aucun cas
#         du RGPD, art. 35, § 3, aucun point de la liste CNIL, moins de deux critères du CEPD et pas
#         de classement à haut risque au sens du règlement sur l'IA.
#     not_required_exception:
#       en: >-
#         The screening recorded in {{.screening_ref}} concludes that no DPIA is required: no GDPR
#         art. 35(3) case, no item of the CNIL list, no AI Act high-risk classification, and the
#         EDPB criteria met are covered by a justified exception with the DPO's advice (reported
#         by DPIA-01.2).
#       fr: >-
#         L'examen consigné dans {{.screening_ref}} conclut qu'aucune AIPD n'est requise : aucun cas
#         du RGPD, art. 35, § 3, aucun point de la liste CNIL, pas de classement à haut risque au
#         sens du règlement sur l'IA, et les critères du CEPD remplis sont couverts par une
#         exception justifiée avec l'avis du DPO (signalée par DPIA-01.2).
#   list_topics:
#     art35_3:
#       en: the cases of GDPR art. 35(3)
#       fr: les cas du RGPD, art. 35, § 3
#     cnil_list_items:
#       en: the items of the CNIL list adopted under GDPR art. 35(4)
#       fr: les points de la liste CNIL adoptée en application du RGPD, art. 35, § 4
#     edpb_criteria:
#       en: the nine EDPB/WP248 criteria
#       fr: les neuf critères du CEPD/WP248
package cnil.dpia.dpia_01

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_custom := result.custom(rego.metadata.chain())

_lists := ["art35_3", "cnil_list_items", "edpb_criteria"]

_screening_ref := facts.value_at(input.manifest, ["dpia", "screening", "ref"])

_ref := facts.value_at(input.manifest, ["dpia", "ref"])

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "no_screening_ref", {}, "/dpia/screening/ref") if {
	facts.gdpr_applies
	not facts.declared(input.manifest, ["dpia", "screening", "ref"])
}

results contains result.fail(rego.metadata.chain(), "list_missing", params, pointer) if {
	facts.gdpr_applies
	some name in _lists
	not _answered(name)
	params := {"list": name, "topic": result.localised(_custom.list_topics[name])}
	pointer := sprintf("/dpia/screening/%s", [name])
}

results contains result.fail(rego.metadata.chain(), "contradiction", params, "/dpia/screening/dpia_required") if {
	_contradiction
	params := {"reasons": _reasons_text, "codes": concat(", ", sort(facts.dpia_required_reasons))}
}

results contains result.fail(rego.metadata.chain(), "item_omitted", params, "/dpia/screening/cnil_list_items") if {
	facts.gdpr_applies
	_answered("cnil_list_items")
	some item in facts.dpia_cnil_items_omitted
	params := {
		"item": item,
		"basis": facts.dpia_cnil_item_basis(item),
		"declared": sprintf("%v", [input.manifest.dpia.screening.cnil_list_items]),
	}
}

results contains result.fail(rego.metadata.chain(), "required_no_ref", params, "/dpia/ref") if {
	facts.gdpr_applies
	facts.dpia_required
	not facts.declared(input.manifest, ["dpia", "ref"])
	params := {"reasons": _reasons_text, "codes": concat(", ", sort(facts.dpia_required_reasons))}
}

results contains result.pass(rego.metadata.chain(), "required_done", params, "/dpia/ref") if {
	_screening_complete
	facts.dpia_required
	facts.filled(_ref)
	params := {
		"reasons": _reasons_text,
		"codes": concat(", ", sort(facts.dpia_required_reasons)),
		"screening_ref": _screening_ref,
		"ref": _ref,
	}
}

results contains result.pass(rego.metadata.chain(), key, {"screening_ref": _screening_ref}, "/dpia/screening") if {
	_screening_complete
	not facts.dpia_required
	key := _not_required_key
}

_not_required_key := "not_required_exception" if facts.dpia_edpb_threshold_met

else := "not_required"

_answered(name) if is_array(facts.value_at(input.manifest, ["dpia", "screening", name]))

# The screening concludes that no DPIA is required although a reason holds.
_contradiction if {
	facts.gdpr_applies
	facts.dpia_required
	input.manifest.dpia.screening.dpia_required == false
}

_screening_complete if {
	facts.gdpr_applies
	not _contradiction
	count(facts.dpia_cnil_items_omitted) == 0
	facts.filled(_screening_ref)
	every name in _lists {
		_answered(name)
	}
}

# The reasons, in the reader's language, in the order of their codes.
_reasons_text := concat(result.semicolon, [_label(code) | some code in sort(facts.dpia_required_reasons)])

_label(code) := result.localised(_custom.reason_labels.art35_3[case]) if {
	startswith(code, "art35_3:")
	case := substring(code, count("art35_3:"), -1)
	_custom.reason_labels.art35_3[case]
}

_label(code) := result.render_localised(_custom.reason_labels.art35_3_other, {"case": case}) if {
	startswith(code, "art35_3:")
	case := substring(code, count("art35_3:"), -1)
	not _custom.reason_labels.art35_3[case]
}

_label(code) := result.render_localised(_custom.reason_labels.cnil_list, {"item": item}) if {
	startswith(code, "cnil_list:")
	item := substring(code, count("cnil_list:"), -1)
}

_label(code) := result.render_localised(_custom.reason_labels.edpb_criteria, {"criteria": criteria}) if {
	startswith(code, "edpb_criteria:")
	criteria := labels.words("edpb_criterion", split(substring(code, count("edpb_criteria:"), -1), "+"))
}

_label("ai_act_high_risk") := result.localised(_custom.reason_labels.ai_act_high_risk)

_label("screening_conclusion") := result.localised(_custom.reason_labels.screening_conclusion)
