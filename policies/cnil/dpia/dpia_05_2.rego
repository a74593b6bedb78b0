# METADATA
# title: DPIA covers the AI risks listed by the CNIL, as relevant to the system
# description: >-
#   DPIA-05 checks that the DPIA assesses risks (the obligation of GDPR art. 35(7)(c)); the
#   CNIL lists the AI risks a DPIA of an AI system should consider, a recommendation. When the
#   derived fact dpia_required holds, this rule expects dpia.risks_assessed to include, for
#   every AI system, training_data_misuse_or_breach (misuse of the training data, notably after
#   a breach), automated_discrimination_bias (discrimination caused by a bias introduced during
#   development), ai_specific_attacks (data poisoning, backdoors, model
#   inversion) and confidentiality_extraction (data extracted from the model: membership
#   inference, memorisation, attribute inference); false_content_about_real_person when
#   ai_system.generative is true or not declared; loss_of_control_public_data when a dataset
#   holding personal data is built by web scraping; and automated_decision_automation_bias when
#   the system is used for decisions about persons, which the tool infers from
#   ai_act.performs_profiling, the EDPB criteria evaluation_scoring or
#   automated_decision_legal_effect, or the art. 35(3)(a) case of the screening. The CNIL
#   list is a recommendation (the catalog's level for it is SHOULD) and some conditions are the
#   tool's own: a missing risk is reported as a warning.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
#   - description: "CNIL — Ensuring the security of an AI system's development"
#     ref: https://cnil.fr/en/ensuring-security-ai-systems-development
# custom:
#   id: DPIA-05.2
#   step: dpia
#   fiche: dpia
#   level: should
#   severity: warning
#   evidence: recalled
#   articles: ["GDPR 35(7)(c)"]
#   fr:
#     title: L'AIPD couvre les risques liés à l'IA listés par la CNIL, selon le système
#     description: >-
#       DPIA-05 vérifie que l'AIPD évalue des risques (l'obligation du RGPD, art. 35, § 7, c)) ; la
#       CNIL énumère les risques liés à l'IA que l'AIPD d'un système d'IA devrait prendre en compte,
#       ce qui relève de la recommandation. Lorsque le fait dérivé dpia_required est établi, cette
#       règle attend que dpia.risks_assessed comprenne, pour tout système d'IA,
#       training_data_misuse_or_breach (mésusage des données d'entraînement, notamment à la suite
#       d'une violation), automated_discrimination_bias (discrimination causée par un biais
#       introduit lors du développement), ai_specific_attacks (empoisonnement des données, portes
#       dérobées, inversion de modèle) et confidentiality_extraction (données extraites du modèle :
#       inférence d'appartenance, mémorisation, inférence d'attributs) ;
#       false_content_about_real_person lorsque ai_system.generative vaut true ou n'est pas
#       renseigné ; loss_of_control_public_data lorsqu'un jeu de données contenant des données
#       personnelles est constitué par moissonnage ; et automated_decision_automation_bias lorsque
#       le système sert à prendre des décisions concernant des personnes, ce que l'outil déduit de
#       ai_act.performs_profiling, des critères du CEPD evaluation_scoring ou
#       automated_decision_legal_effect, ou du cas de l'art. 35, § 3, a), retenu par l'examen. Cette
#       liste relève de la recommandation (le catalogue la place au niveau SHOULD) et certaines
#       conditions sont propres à l'outil : un risque manquant est signalé par un avertissement.
#   remediation:
#     en: >-
#       Add to dpia.risks_assessed the AI risks relevant to the system:
#       training_data_misuse_or_breach, automated_discrimination_bias, ai_specific_attacks and
#       confidentiality_extraction in every case, false_content_about_real_person for a generative
#       system, loss_of_control_public_data when data is collected by web scraping, and
#       automated_decision_automation_bias when the system is used for decisions about persons.
#     fr: >-
#       Ajoutez à dpia.risks_assessed les risques liés à l'IA pertinents pour le système :
#       training_data_misuse_or_breach, automated_discrimination_bias, ai_specific_attacks et
#       confidentiality_extraction dans tous les cas,
#       false_content_about_real_person pour un système génératif, loss_of_control_public_data en
#       cas de collecte par moissonnage (web scraping) et automated_decision_automation_bias
#       lorsque le système sert à prendre des décisions concernant des personnes.
#   risk_reasons:
#     always:
#       en: listed by the CNIL for every AI system
#       fr: risque listé par la CNIL pour tout système d'IA
#     generative:
#       en: ai_system.generative is true or not declared
#       fr: ai_system.generative vaut true ou n'est pas renseigné
#     scraping:
#       en: "datasets built by web scraping: {{.datasets}}"
#       fr: "jeux de données constitués par moissonnage : {{.datasets}}"
#     decisions:
#       en: "the system is used for decisions about persons ({{.signals}})"
#       fr: "le système sert à prendre des décisions concernant des personnes ({{.signals}})"
#   risk_labels:
#     training_data_misuse_or_breach:
#       en: misuse of the data contained in the training dataset, notably after a data breach
#       fr: mésusage des données contenues dans la base d'entraînement, notamment à la suite d'une violation de données
#     automated_discrimination_bias:
#       en: automated discrimination caused by a bias introduced during development
#       fr: discrimination automatisée causée par un biais introduit lors du développement
#     ai_specific_attacks:
#       en: attacks specific to AI systems such as data poisoning, backdoors or model inversion
#       fr: attaques propres aux systèmes d'IA telles que l'empoisonnement de données, l'insertion de portes dérobées ou l'inversion de modèle
#     confidentiality_extraction:
#       en: confidentiality of data that can be extracted from the model (membership inference, memorisation, attribute inference)
#       fr: confidentialité des données pouvant être extraites du modèle (inférence d'appartenance, mémorisation, inférence d'attributs)
#     false_content_about_real_person:
#       en: production of fictitious or erroneous content about a real person
#       fr: production de contenus fictifs ou erronés sur une personne réelle
#     loss_of_control_public_data:
#       en: loss of control by data subjects over data published online and collected
#       fr: perte de maîtrise par les personnes des données publiées en ligne et collectées
#     automated_decision_automation_bias:
#       en: automated decision-making caused by automation or confirmation bias
#       fr: prise de décision automatisée causée par un biais d'automatisation ou de confirmation
#   checks:
#     - {message: not_required, outcome: not_applicable, level: should, catalog: "DPIA-01 (no DPIA required)"}
#     - {message: missing_risk, outcome: fail, level: should, catalog: "DPIA-05: the specific list (E9) is SHOULD"}
#     - {message: covered, outcome: pass, level: should, catalog: "DPIA-05: the specific list (E9) is SHOULD"}
#   messages:
#     not_required:
#       en: >-
#         No DPIA is required according to the screening declared under dpia.screening (derived
#         fact dpia_required is false, see DPIA-01): its risk analysis is not checked.
#       fr: >-
#         Aucune AIPD n'est requise d'après l'examen déclaré dans dpia.screening (le fait dérivé
#         dpia_required vaut false, voir DPIA-01) : son analyse des risques n'est pas vérifiée.
#     missing_risk:
#       en: >-
#         dpia.risks_assessed does not include `{{.risk}}` ({{.label}}), which the CNIL recommends
#         considering here: {{.reason}}.
#       fr: >-
#         dpia.risks_assessed ne contient pas `{{.risk}}` ({{.label}}), que la CNIL recommande de
#         prendre en compte ici : {{.reason}}.
#     covered:
#       en: >-
#         The DPIA covers the AI risks expected for this system: {{.risks}}.
#       fr: >-
#         L'AIPD couvre les risques liés à l'IA attendus pour ce système : {{.risks}}.
package cnil.dpia.dpia_05_2

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_custom := result.custom(rego.metadata.chain())

_risks := {r | some r in facts.value_at(input.manifest, ["dpia", "risks_assessed"])}

# The risks expected for this system, each with the reason it is expected.
_expected["training_data_misuse_or_breach"] := result.localised(_custom.risk_reasons.always)

_expected["automated_discrimination_bias"] := result.localised(_custom.risk_reasons.always)

_expected["ai_specific_attacks"] := result.localised(_custom.risk_reasons.always)

_expected["confidentiality_extraction"] := result.localised(_custom.risk_reasons.always)

_expected["false_content_about_real_person"] := result.localised(_custom.risk_reasons.generative) if {
	not input.manifest.ai_system.generative == false
}

_expected["loss_of_control_public_data"] := reason if {
	count(_scraped) > 0
	reason := result.render_localised(_custom.risk_reasons.scraping, {"datasets": concat(", ", sort(_scraped))})
}

_expected["automated_decision_automation_bias"] := reason if {
	count(_decision_signals) > 0
	reason := result.render_localised(_custom.risk_reasons.decisions, {"signals": concat(", ", sort(_decision_signals))})
}

_scraped contains object.get(dataset, "id", sprintf("#%d", [i])) if {
	some i in facts.personal_datasets
	dataset := input.manifest.datasets[i]
	dataset.source_type == "web_scraping"
}

_decision_signals contains "ai_act.performs_profiling" if input.manifest.ai_act.performs_profiling == true

_decision_signals contains labels.word("edpb_criterion", criterion) if {
	some criterion in facts.dpia_edpb_criteria
	criterion in {"evaluation_scoring", "automated_decision_legal_effect"}
}

_decision_signals contains labels.word("art35_3_case", "a_systematic_extensive_evaluation_with_legal_effects") if {
	"a_systematic_extensive_evaluation_with_legal_effects" in input.manifest.dpia.screening.art35_3
}

_applies if {
	facts.gdpr_applies
	facts.dpia_required
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.not_applicable(rego.metadata.chain(), "not_required", {}, "/dpia/screening") if {
	facts.gdpr_applies
	not facts.dpia_required
}

results contains result.fail(rego.metadata.chain(), "missing_risk", params, "/dpia/risks_assessed") if {
	_applies
	some risk, reason in _expected
	not risk in _risks
	params := {"risk": risk, "label": result.localised(_custom.risk_labels[risk]), "reason": reason}
}

results contains result.pass(rego.metadata.chain(), "covered", {"risks": labels.words("dpia_risk", object.keys(_expected))}, "/dpia/risks_assessed") if {
	_applies
	every risk, _ in _expected {
		risk in _risks
	}
}
