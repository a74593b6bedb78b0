# METADATA
# title: DPIA assesses the risks, including the AI risks listed for every AI system
# description: >-
#   A DPIA must assess the risks to the rights and freedoms of data subjects (GDPR art.
#   35(7)(c)). For AI systems, the CNIL lists AI-specific risks to consider in addition to the
#   classic risks (illegitimate access, unwanted modification, disappearance of data). This rule
#   holds the mandatory part: when the derived fact dpia_required holds, dpia.risks_assessed
#   must be declared and include the two AI risks that concern every AI system and whose CNIL
#   wording was read in a reproduction of the fiche, training_data_misuse_or_breach and
#   automated_discrimination_bias. The other AI risks (attacks on AI systems, extraction of
#   data from the model, and the risks that depend on the system: generative AI, web scraping,
#   decisions about persons) are recommendations checked by DPIA-05.2, because the CNIL
#   passages on them could not be re-read.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-05
#   step: dpia
#   fiche: dpia
#   level: must
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 35(7)(c)"]
#   fr:
#     title: L'AIPD évalue les risques, dont les risques liés à l'IA communs à tout système d'IA
#     description: >-
#       Une AIPD doit évaluer les risques pour les droits et libertés des personnes concernées
#       (article 35(7)(c) du RGPD). Pour les systèmes d'IA, la CNIL énumère des risques propres
#       à l'IA à prendre en compte en plus des risques classiques (accès illégitime,
#       modification non désirée, disparition des données). Cette règle porte la partie
#       obligatoire : lorsque le fait dérivé dpia_required est établi, dpia.risks_assessed doit
#       être renseigné et comprendre les deux risques liés à l'IA qui concernent tout système
#       d'IA et dont la formulation de la CNIL a été lue dans une reproduction de la fiche,
#       training_data_misuse_or_breach et automated_discrimination_bias. Les autres risques liés
#       à l'IA (attaques contre les systèmes d'IA, extraction de données à partir du modèle, et
#       risques qui dépendent du système : IA générative, moissonnage, décisions concernant des
#       personnes) sont des recommandations vérifiées par DPIA-05.2, les passages correspondants
#       de la CNIL n'ayant pas pu être relus.
#   remediation:
#     en: >-
#       List in dpia.risks_assessed the risks the DPIA assesses, including
#       training_data_misuse_or_breach (misuse of the training data, notably after a breach) and
#       automated_discrimination_bias (discrimination caused by a bias introduced during
#       development).
#     fr: >-
#       Listez dans dpia.risks_assessed les risques évalués par l'AIPD, dont
#       training_data_misuse_or_breach (mésusage des données d'entraînement, notamment à la suite
#       d'une violation) et automated_discrimination_bias (discrimination causée par un biais
#       introduit lors du développement).
#   risk_labels:
#     training_data_misuse_or_breach:
#       en: misuse of the data contained in the training dataset, notably after a data breach
#       fr: mésusage des données contenues dans la base d'entraînement, notamment à la suite d'une violation de données
#     automated_discrimination_bias:
#       en: automated discrimination caused by a bias introduced during development
#       fr: discrimination automatisée causée par un biais introduit lors du développement
#   messages:
#     no_personal_data:
#       en: >-
#         The development processes no personal data (personal_data.processed is false): no DPIA
#         is required under the GDPR.
#       fr: >-
#         Le développement ne traite aucune donnée personnelle (personal_data.processed vaut false) :
#         aucune AIPD n'est requise au titre du RGPD.
#     other_regime:
#       en: >-
#         The legal regime is {{.regime}}, not the GDPR: the DPIA rules of the CNIL AI
#         recommendations do not apply.
#       fr: >-
#         Le régime juridique est {{.regime}} et non le RGPD : les règles relatives à l'AIPD des
#         recommandations IA de la CNIL ne s'appliquent pas.
#     not_required:
#       en: >-
#         No DPIA is required according to the screening declared under dpia.screening (derived
#         fact dpia_required is false, see DPIA-01): its risk analysis is not checked.
#       fr: >-
#         Aucune AIPD n'est requise d'après l'examen déclaré dans dpia.screening (le fait dérivé
#         dpia_required vaut false, voir DPIA-01) : son analyse des risques n'est pas vérifiée.
#     no_risks:
#       en: >-
#         dpia.risks_assessed is empty or missing: a DPIA must assess the risks to the rights and
#         freedoms of data subjects (GDPR art. 35(7)(c)).
#       fr: >-
#         dpia.risks_assessed est vide ou absent : une AIPD doit évaluer les risques pour les droits
#         et libertés des personnes concernées (article 35(7)(c) du RGPD).
#     missing_risk:
#       en: >-
#         dpia.risks_assessed does not include {{.risk}} ({{.label}}): the CNIL lists this AI risk
#         among those a DPIA of an AI system must consider (GDPR art. 35(7)(c)).
#       fr: >-
#         dpia.risks_assessed ne contient pas {{.risk}} ({{.label}}) : la CNIL range ce risque lié à
#         l'IA parmi ceux que l'AIPD d'un système d'IA doit prendre en compte (article 35(7)(c) du
#         RGPD).
#     covered:
#       en: >-
#         The DPIA assesses {{.count}} risks ({{.risks}}), including the AI risks common to every AI
#         system.
#       fr: >-
#         L'AIPD évalue {{.count}} risques ({{.risks}}), dont les risques liés à l'IA communs à tout
#         système d'IA.
package cnil.dpia.dpia_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_custom := [link.annotations.custom |
	some link in rego.metadata.chain()
	link.annotations.custom.id
][0]

# The base AI risks required here; the others are in DPIA-05.2.
_base_risks := ["training_data_misuse_or_breach", "automated_discrimination_bias"]

_risks := risks if {
	risks := facts.value_at(input.manifest, ["dpia", "risks_assessed"])
	is_array(risks)
	count(risks) > 0
}

_missing contains risk if {
	some risk in _base_risks
	not risk in _risks
}

_applies if {
	facts.gdpr_applies
	facts.dpia_required
}

results contains result.not_applicable(rego.metadata.chain(), "no_personal_data", {}, "/personal_data/processed") if {
	not facts.personal_data_processed
}

results contains result.not_applicable(rego.metadata.chain(), "other_regime", {"regime": facts.legal_regime}, "/legal_regime") if {
	facts.personal_data_processed
	not facts.gdpr_applies
}

results contains result.not_applicable(rego.metadata.chain(), "not_required", {}, "/dpia/screening") if {
	facts.gdpr_applies
	not facts.dpia_required
}

results contains result.fail(rego.metadata.chain(), "no_risks", {}, "/dpia/risks_assessed") if {
	_applies
	not _risks
}

results contains result.fail(rego.metadata.chain(), "missing_risk", params, "/dpia/risks_assessed") if {
	_applies
	_risks
	some risk in _missing
	params := {"risk": risk, "label": result.localised(_custom.risk_labels[risk])}
}

results contains result.pass(rego.metadata.chain(), "covered", params, "/dpia/risks_assessed") if {
	_applies
	count(_missing) == 0
	params := {"count": count(_risks), "risks": concat(", ", [sprintf("%v", [r]) | some r in _risks])}
}
