# METADATA
# title: DPIA assesses the risks to the rights and freedoms of data subjects
# description: >-
#   A DPIA must assess the risks to the rights and freedoms of data subjects (GDPR art.
#   35(7)(c)). This rule holds that obligation: when the derived fact dpia_required holds,
#   dpia.risks_assessed must list the risks the DPIA assessed. Which AI risks it should
#   include is the CNIL's recommendation (the AI-specific risks of its DPIA fiche, in addition
#   to the classic risks), checked by DPIA-05.2 as a warning: the catalog sets the obligation
#   at MUST and the CNIL's list at SHOULD.
# related_resources:
#   - description: "CNIL — Carrying out a data protection impact assessment if necessary"
#     ref: https://cnil.fr/en/node/164405
# custom:
#   id: DPIA-05
#   step: dpia
#   fiche: dpia
#   level: must
#   severity: error
#   evidence: confirmed
#   articles: ["GDPR 35(7)(c)"]
#   fr:
#     title: L'AIPD évalue les risques pour les droits et libertés des personnes concernées
#     description: >-
#       Une AIPD doit évaluer les risques pour les droits et libertés des personnes concernées
#       (RGPD, art. 35, § 7, c)). Cette règle porte cette obligation : lorsque le fait dérivé
#       dpia_required est établi, dpia.risks_assessed doit énumérer les risques évalués par l'AIPD.
#       Les risques liés à l'IA qu'elle devrait comprendre relèvent de la recommandation de la CNIL
#       (les risques propres à l'IA de sa fiche AIPD, en plus des risques classiques), vérifiée par
#       DPIA-05.2 sous forme d'avertissement : le catalogue place l'obligation au niveau MUST et la
#       liste de la CNIL au niveau SHOULD.
#   remediation:
#     en: >-
#       List in dpia.risks_assessed the risks the DPIA assesses (the AI risks the CNIL lists are
#       checked by DPIA-05.2).
#     fr: >-
#       Listez dans dpia.risks_assessed les risques évalués par l'AIPD (les risques liés à l'IA
#       listés par la CNIL sont vérifiés par DPIA-05.2).
#   checks:
#     - {message: not_required, outcome: not_applicable, level: must, catalog: "DPIA-01 (no DPIA required)"}
#     - {message: no_risks, outcome: fail, level: must, catalog: "DPIA-05: MUST (art. 35(7)(c) requires assessing risks)"}
#     - {message: covered, outcome: pass, level: must, catalog: "DPIA-05: MUST (art. 35(7)(c) requires assessing risks)"}
#   messages:
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
#         et libertés des personnes concernées (RGPD, art. 35, § 7, c)).
#     covered:
#       en: >-
#         The DPIA assesses {{.count}} risks ({{.risks}}) (GDPR art. 35(7)(c)).
#       fr: >-
#         L'AIPD évalue {{.count}} risques ({{.risks}}) (RGPD, art. 35, § 7, c)).
package cnil.dpia.dpia_05

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_risks := risks if {
	risks := facts.value_at(input.manifest, ["dpia", "risks_assessed"])
	is_array(risks)
	count(risks) > 0
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

results contains result.fail(rego.metadata.chain(), "no_risks", {}, "/dpia/risks_assessed") if {
	_applies
	not _risks
}

results contains result.pass(rego.metadata.chain(), "covered", params, "/dpia/risks_assessed") if {
	_applies
	_risks
	params := {"count": count(_risks), "risks": labels.words("dpia_risk", _risks)}
}
