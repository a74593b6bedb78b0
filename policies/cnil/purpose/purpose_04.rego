# METADATA
# title: General-purpose systems — type of system and technically foreseeable capabilities
# description: >-
#   When the operational use is not known at development time (general-purpose AI
#   systems), the purpose is only specified if it states, cumulatively, the type of system
#   developed (for example a large language model or an image-generation system) and the
#   functionalities and capabilities that are technically foreseeable. The CNIL sets aside
#   a purpose worded only as "development of a generative AI model" as too vague. Whether a
#   description is that generic is judged by a word-list heuristic of the tool's own. A type
#   "other" names no type unless purpose.gpai.system_type_description says which; a capability
#   made only of catch-all words ("any task", "general purpose", "other uses") names no
#   capability: the closed list of those words is the tool's own
#   (generic_capability_words in policies/lib/thresholds/data.yaml), not the CNIL's.
# related_resources:
#   - description: "CNIL — Defining a purpose"
#     ref: https://www.cnil.fr/en/defining-purpose
#   - description: "CNIL — IA : Définir une finalité"
#     ref: https://cnil.fr/fr/definir-une-finalite-0
# custom:
#   id: PURPOSE-04
#   step: purpose
#   fiche: purpose
#   level: must_if
#   severity: error
#   evidence: secondary
#   articles: ["GDPR 5(1)(b)"]
#   fr:
#     title: Systèmes à usage général — type de système et capacités techniquement envisageables
#     description: >-
#       Lorsque l'usage opérationnel n'est pas connu dès la phase de développement (systèmes
#       d'IA à usage général), la finalité n'est déterminée que si elle précise, cumulativement,
#       le type de système développé (par exemple un grand modèle de langage ou un système de
#       génération d'images) et les fonctionnalités et capacités techniquement envisageables. La
#       CNIL écarte comme trop vague une finalité formulée seulement comme « développement d'un
#       modèle d'IA générative ». Le caractère aussi générique d'une description est apprécié
#       par une heuristique à base de listes de mots propre à l'outil. Un type « other » ne
#       désigne aucun type sauf si purpose.gpai.system_type_description le précise ; une
#       capacité composée uniquement de mots fourre-tout (« any task », « general purpose »,
#       « toutes tâches ») ne désigne aucune capacité : la liste fermée de ces mots est propre à
#       l'outil (generic_capability_words dans policies/lib/thresholds/data.yaml), et non à la
#       CNIL.
#   remediation:
#     en: >-
#       Declare ai_system.general_purpose (true or false). For a general-purpose system, set
#       purpose.gpai.system_type on every development activity (llm, image_generation,
#       audio_speech, computer_vision, multimodal, recommender or other) and list in
#       purpose.gpai.capabilities the functionalities and capabilities that are technically
#       foreseeable (for example summarisation, translation, question_answering), each naming
#       a function, not a catch-all such as "any task"; with system_type other, say which type
#       in purpose.gpai.system_type_description.
#     fr: >-
#       Renseignez ai_system.general_purpose (true ou false). Pour un système à usage général,
#       renseignez purpose.gpai.system_type pour chaque traitement de développement (llm,
#       image_generation, audio_speech, computer_vision, multimodal, recommender ou other) et
#       énumérez dans purpose.gpai.capabilities les fonctionnalités et capacités techniquement
#       envisageables (par exemple summarisation, translation, question_answering), chacune
#       désignant une fonction et non un fourre-tout tel que « any task » ; avec system_type other,
#       précisez le type dans purpose.gpai.system_type_description.
#   checks:
#     - message: not_declared
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — When the operational use is not known (general-purpose AI), the purpose must cumulatively state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly, and (b) the functionalities and capabilities that are technically foreseeable."
#     - message: not_general_purpose
#       outcome: not_applicable
#       level: must-if
#       catalog: "PURPOSE-04 — Level: MUST-IF `ai_system.general_purpose == true` (CNIL's reading of art. 5(1)(b))."
#     - message: no_activity
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — When the operational use is not known (general-purpose AI), the purpose must cumulatively state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly, and (b) the functionalities and capabilities that are technically foreseeable."
#     - message: no_system_type
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — When the operational use is not known (general-purpose AI), the purpose must cumulatively state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly, and (b) the functionalities and capabilities that are technically foreseeable."
#     - message: bad_system_type
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — When the operational use is not known (general-purpose AI), the purpose must cumulatively state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly, and (b) the functionalities and capabilities that are technically foreseeable."
#     - message: no_capabilities
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — When the operational use is not known (general-purpose AI), the purpose must cumulatively state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly, and (b) the functionalities and capabilities that are technically foreseeable."
#     - message: generic_description
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — When the operational use is not known (general-purpose AI), the purpose must cumulatively state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly, and (b) the functionalities and capabilities that are technically foreseeable."
#     - message: other_without_description
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — the purpose must state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly."
#     - message: catch_all_capabilities
#       outcome: fail
#       level: must-if
#       catalog: "PURPOSE-04 — the purpose must state (b) the functionalities and capabilities that are technically foreseeable; \"development of a generative AI model\" is too vague."
#     - message: described
#       outcome: pass
#       level: must-if
#       catalog: "PURPOSE-04 — When the operational use is not known (general-purpose AI), the purpose must cumulatively state (a) the type of system developed (e.g. LLM, image-generation system), presented clearly, and (b) the functionalities and capabilities that are technically foreseeable."
#   messages:
#     not_declared:
#       en: >-
#         ai_system.general_purpose is not declared: a general-purpose system must state the
#         type of system and its foreseeable capabilities in its purpose, so the manifest must
#         say whether the system is one.
#       fr: >-
#         ai_system.general_purpose n'est pas renseigné : la finalité d'un système à usage
#         général doit indiquer le type de système et ses capacités envisageables ; le
#         manifeste doit donc préciser si le système en est un.
#     not_general_purpose:
#       en: >-
#         Not applicable: the system is not a general-purpose system
#         (ai_system.general_purpose is false).
#       fr: >-
#         Sans objet : le système n'est pas un système à usage général
#         (ai_system.general_purpose vaut false).
#     no_activity:
#       en: >-
#         The system is general-purpose but no development activity is declared in
#         processing_activities, so no purpose states the type of system and its capabilities.
#       fr: >-
#         Le système est à usage général mais aucun traitement de développement n'est déclaré dans
#         processing_activities ; aucune finalité n'indique donc le type de système ni ses
#         capacités.
#     no_system_type:
#       en: >-
#         Activity {{.activity}} declares no purpose.gpai.system_type: for a general-purpose
#         system, the purpose must state clearly the type of system developed (GDPR art.
#         5(1)(b) as read by the CNIL).
#       fr: >-
#         Le traitement {{.activity}} ne renseigne pas purpose.gpai.system_type : pour un système à
#         usage général, la finalité doit présenter clairement le type de système développé (RGPD,
#         art. 5, § 1, b), tel que lu par la CNIL).
#     bad_system_type:
#       en: >-
#         Activity {{.activity}} declares purpose.gpai.system_type "{{.system_type}}", which
#         is not one of llm, image_generation, audio_speech, computer_vision, multimodal,
#         recommender, other.
#       fr: >-
#         Le traitement {{.activity}} déclare purpose.gpai.system_type « {{.system_type}} », qui ne
#         fait pas partie de llm, image_generation, audio_speech, computer_vision, multimodal,
#         recommender, other.
#     no_capabilities:
#       en: >-
#         Activity {{.activity}} lists no purpose.gpai.capabilities: for a general-purpose
#         system, the purpose must state the functionalities and capabilities that are
#         technically foreseeable (GDPR art. 5(1)(b) as read by the CNIL).
#       fr: >-
#         Le traitement {{.activity}} n'énumère aucune purpose.gpai.capabilities : pour un système à
#         usage général, la finalité doit indiquer les fonctionnalités et capacités techniquement
#         envisageables (RGPD, art. 5, § 1, b), tel que lu par la CNIL).
#     generic_description:
#       en: >-
#         Activity {{.activity}}: the purpose "{{.description}}" only says that an AI model or
#         system is developed, and purpose.gpai.capabilities is empty. The CNIL considers a
#         purpose such as "development of a generative AI model" too vague: list the
#         technically foreseeable capabilities. (Detecting a generic wording is a heuristic of
#         this tool.)
#       fr: >-
#         Traitement {{.activity}} : la finalité « {{.description}} » indique seulement qu'un modèle
#         ou système d'IA est développé, et purpose.gpai.capabilities est vide. La CNIL juge trop
#         vague une finalité telle que « développement d'un modèle d'IA générative » : énumérez les
#         capacités techniquement envisageables. (La détection d'une formulation générique est une
#         heuristique propre à cet outil.)
#     other_without_description:
#       en: >-
#         Activity {{.activity}} declares purpose.gpai.system_type "other" without
#         purpose.gpai.system_type_description: "other" names no type of system, and the purpose
#         of a general-purpose system must state clearly the type developed (GDPR art. 5(1)(b) as
#         read by the CNIL).
#       fr: >-
#         Le traitement {{.activity}} déclare purpose.gpai.system_type « other » sans
#         purpose.gpai.system_type_description : « other » ne désigne aucun type de système, et la
#         finalité d'un système à usage général doit présenter clairement le type développé (RGPD,
#         art. 5, § 1, b), tel que lu par la CNIL).
#     catch_all_capabilities:
#       en: >-
#         Activity {{.activity}}: purpose.gpai.capabilities lists {{.generic}}, which names no
#         function (only words of the tool's catch-all list, generic_capability_words in
#         policies/lib/thresholds/data.yaml, not a CNIL list): the capabilities of a
#         general-purpose system must be the technically foreseeable ones, stated specifically,
#         not left open-ended (GDPR art. 5(1)(b) as read by the CNIL).
#       fr: >-
#         Traitement {{.activity}} : purpose.gpai.capabilities comprend {{.generic}}, qui ne désigne
#         aucune fonction (uniquement des mots de la liste fourre-tout de l'outil,
#         generic_capability_words dans policies/lib/thresholds/data.yaml, et non de la CNIL) : les
#         capacités d'un système à usage général doivent être celles techniquement envisageables,
#         énoncées précisément et non laissées ouvertes (RGPD, art. 5, § 1, b), tel que lu par la
#         CNIL).
#     described:
#       en: >-
#         Activity {{.activity}} states the type of system ({{.system_type}}) and its
#         foreseeable capabilities ({{.capabilities}}).
#       fr: >-
#         Le traitement {{.activity}} indique le type de système ({{.system_type}}) et ses capacités
#         envisageables ({{.capabilities}}).
package cnil.purpose.purpose_04

import data.cnilpolicy.lib.facts
import data.cnilpolicy.lib.labels
import data.cnilpolicy.lib.result

# The rule's title, remediation and references, asked once per run.
rule_info := result.describe(rego.metadata.chain())

_activities := input.manifest.processing_activities

_pointer(i, suffix) := sprintf("/processing_activities/%d/purpose/gpai/%s", [i, suffix])

_general_purpose := facts.value_at(input.manifest, ["ai_system", "general_purpose"])

_system_types := {"llm", "image_generation", "audio_speech", "computer_vision", "multimodal", "recommender", "other"}

_known_use := facts.value_at(input.manifest, ["ai_system", "operational_use_known"])

# The catalog's condition is the fact that the operational use is not known at
# development time: a system declared not general-purpose whose use is not
# known either is still held to the general-purpose purpose.
_applies if {
	facts.gdpr_applies
	_general_purpose == true
}

_applies if {
	facts.gdpr_applies
	_known_use == false
}

results contains result.outside_gdpr(rego.metadata.chain()) if not facts.gdpr_applies

results contains result.fail(rego.metadata.chain(), "not_declared", {}, "/ai_system/general_purpose") if {
	facts.gdpr_applies
	not is_boolean(_general_purpose)
}

results contains result.not_applicable(rego.metadata.chain(), "not_general_purpose", {}, "/ai_system/general_purpose") if {
	facts.gdpr_applies
	_general_purpose == false
	not _known_use == false
}

results contains result.fail(rego.metadata.chain(), "no_activity", {}, "/processing_activities") if {
	_applies
	count(facts.development_activities) == 0
}

results contains result.fail(rego.metadata.chain(), "no_system_type", {"activity": facts.activity_label(i)}, _pointer(i, "system_type")) if {
	_applies
	some i in facts.development_activities
	not facts.declared(_activities[i], ["purpose", "gpai", "system_type"])
}

results contains result.fail(rego.metadata.chain(), "bad_system_type", params, _pointer(i, "system_type")) if {
	_applies
	some i in facts.development_activities
	facts.declared(_activities[i], ["purpose", "gpai", "system_type"])
	system_type := _activities[i].purpose.gpai.system_type
	not system_type in _system_types
	params := {"activity": facts.activity_label(i), "system_type": sprintf("%v", [system_type])}
}

results contains result.fail(rego.metadata.chain(), key, params, _pointer(i, "capabilities")) if {
	_applies
	some i in facts.development_activities
	not facts.declared(_activities[i], ["purpose", "gpai", "capabilities"])
	description := object.get(_activities[i], ["purpose", "description"], "")
	key := _capabilities_key(description)
	params := {"activity": facts.activity_label(i), "description": description}
}

# "other" names a type only with a description of it.
_unnamed_type(gpai) if {
	gpai.system_type == "other"
	not facts.declared(gpai, ["system_type_description"])
}

results contains result.fail(rego.metadata.chain(), "other_without_description", {"activity": facts.activity_label(i)}, _pointer(i, "system_type_description")) if {
	_applies
	some i in facts.development_activities
	_unnamed_type(_activities[i].purpose.gpai)
}

# A capability names no function when every word of it is a catch-all word of
# the tool's closed list (or it has no word at all).
_catch_all(capability) if {
	not is_string(capability)
}

_catch_all(capability) if {
	is_string(capability)
	every w in regex.split(`[^\p{L}]+`, lower(capability)) {
		_generic_word(w)
	}
}

_generic_word("")

_generic_word(w) if w in {x | some x in data.lib.thresholds.generic_capability_words}

_catch_alls(gpai) := [sprintf("%q", [c]) | some c in gpai.capabilities; _catch_all(c)] if is_array(gpai.capabilities)

else := []

results contains result.fail(rego.metadata.chain(), "catch_all_capabilities", params, _pointer(i, "capabilities")) if {
	_applies
	some i in facts.development_activities
	generic := _catch_alls(_activities[i].purpose.gpai)
	count(generic) > 0
	params := {"activity": facts.activity_label(i), "generic": concat(", ", generic)}
}

results contains result.pass(rego.metadata.chain(), "described", params, sprintf("/processing_activities/%d/purpose/gpai", [i])) if {
	_applies
	some i in facts.development_activities
	gpai := _activities[i].purpose.gpai
	gpai.system_type in _system_types
	not _unnamed_type(gpai)
	facts.filled(gpai.capabilities)
	is_array(gpai.capabilities)
	count(_catch_alls(gpai)) == 0
	params := {
		"activity": facts.activity_label(i),
		"system_type": labels.word("gpai_purpose.system_type", gpai.system_type),
		"capabilities": concat(", ", [sprintf("%v", [c]) | some c in gpai.capabilities]),
	}
}

_capabilities_key(description) := "generic_description" if _generic(description)

else := "no_capabilities"

# A description is generic when it is made only of words saying that an AI model or
# system is developed (English or French), with a verb and a noun from the lists below.
_generic(description) if {
	is_string(description)
	words := [w | some w in regex.split(`[^\p{L}]+`, lower(description)); w != ""]
	count(words) >= 2
	every w in words {
		w in _vocabulary
	}
	some verb in words
	verb in _verbs
	some noun in words
	noun in _nouns
}

_verbs := {
	"develop", "developing", "development", "train", "training", "build", "building",
	"create", "creating", "creation", "design", "designing",
	"développer", "développement", "developper", "developpement", "entraîner", "entraînement",
	"entrainer", "entrainement", "concevoir", "conception", "construire", "construction",
	"créer", "création", "creer",
}

_nouns := {
	"model", "models", "system", "systems", "ai", "llm", "llms", "gpai", "intelligence",
	"ia", "modèle", "modèles", "modele", "modeles", "système", "systèmes", "systeme", "systemes",
}

_qualifiers := {
	"the", "a", "an", "of", "our", "new", "for", "generative", "general", "purpose",
	"foundation", "foundational", "large", "language", "artificial", "machine", "learning",
	"ml", "deep", "neural", "network", "networks",
	"le", "la", "les", "l", "un", "une", "d", "de", "du", "des", "notre", "nouveau", "nouvel",
	"nouvelle", "génératif", "générative", "generatif", "artificielle", "usage",
	"général", "générale", "generale", "généraliste", "generaliste", "grand", "grands",
	"langage", "fondation", "réseau", "réseaux", "neurones", "apprentissage", "automatique",
	"profond",
}

_vocabulary := (_verbs | _nouns) | _qualifiers
