"""Every text of the `cnilpolicy init` interview, in English and French, in one place.

The keys of QUESTIONS are also the keys of an --answers file. The choices'
meanings are not here: they come from the schema (enumDescriptions) and its
French table. When interface words move to gettext (issue 14), this table is
what moves.
"""

from __future__ import annotations

#: Questions asked once, at the top level of an answers file, in the order asked.
TOP_KEYS = (
    "project_name",
    "organisation_name",
    "personal_data",
    "legal_regime",
    "public_authority",
    "has_dpo",
    "ml_based",
    "general_purpose",
    "deployment_purpose",
    "deployment_regime",
    "generative",
    "learning_mode",
    "ai_act_role",
    "annex_iii_area",
    "performs_profiling",
    "gpai_model",
    "activities",
    "datasets",
    "dpia_sensitive_data",
    "dpia_large_scale",
    "dpia_vulnerable_people",
    "dpia_combined_datasets",
    "dpia_innovative_use",
)
#: Questions asked for each processing activity (answers: a list under `activities`).
ACTIVITY_KEYS = ("purpose", "gdpr_role", "legal_basis", "scientific_research")
#: Questions asked for each dataset (answers: a list under `datasets`).
DATASET_KEYS = (
    "name",
    "source_type",
    "contains_personal_data",
    "categories",
    "special_categories",
    "art9_exception",
    "retention_period",
)

QUESTIONS: dict[str, dict[str, str]] = {
    "en": {
        "project_name": "Name of the project",
        "organisation_name": "Legal name of your organisation (Enter: fill in later)",
        "personal_data": (
            "Does the development (datasets, annotations, the model) involve personal data, "
            "even indirectly (names, images of people, identifiers, free text about people)?"
        ),
        "legal_regime": "Under which legal regime is the data processed?",
        "public_authority": "Is your organisation a public authority or body?",
        "has_dpo": "Has your organisation designated a data protection officer (DPO)?",
        "ml_based": "Does the system rely on machine learning?",
        "general_purpose": (
            "Is it a general-purpose system, whose operational use is not known at development "
            "time? (No: the use is known, e.g. one task for one client)"
        ),
        "deployment_purpose": (
            "What will the system be used for once deployed? (Enter: fill in later)"
        ),
        "deployment_regime": "Under which legal regime will the deployed system process data?",
        "generative": "Does the system generate content (text, images, sound, code)?",
        "learning_mode": "How does the system learn?",
        "ai_act_role": "Your role under the AI Act",
        "annex_iii_area": "Is the system used in an area of Annex III of the AI Act?",
        "performs_profiling": (
            "Does the system profile people (evaluate, score or predict their behaviour, "
            "performance, preferences...)?"
        ),
        "gpai_model": "Do you develop a general-purpose AI model (AI Act art. 3(63))?",
        "activities": (
            "How many processing activities does the development involve (e.g. building the "
            "dataset, training; one is enough to start)?"
        ),
        "purpose": "Purpose of this processing, in one sentence (Enter: fill in later)",
        "gdpr_role": "Your GDPR role in this processing",
        "legal_basis": "Legal basis of this processing (GDPR art. 6(1))",
        "scientific_research": "Does this processing pursue scientific research?",
        "datasets": "How many datasets are used (training, validation, test)?",
        "name": "Name of this dataset",
        "source_type": "How was this dataset obtained?",
        "contains_personal_data": "Does this dataset contain personal data?",
        "categories": (
            "Categories of personal data in it, separated by commas (e.g. names, e-mail "
            "addresses, photos) (Enter: fill in later)"
        ),
        "special_categories": "Sensitive data it contains (GDPR art. 9)",
        "art9_exception": "Exception of GDPR art. 9(2) that allows processing them",
        "retention_period": (
            "How long are the data kept, as an ISO 8601 duration (e.g. P2Y for two years, P6M "
            "for six months)? (Enter: fill in later)"
        ),
        "dpia_sensitive_data": (
            "DPIA screening: are sensitive or highly personal data processed (health, "
            "location, financial data, private communications...)?"
        ),
        "dpia_large_scale": "DPIA screening: are data processed on a large scale?",
        "dpia_vulnerable_people": (
            "DPIA screening: are the people concerned vulnerable (children, employees, "
            "patients, elderly people, asylum seekers)?"
        ),
        "dpia_combined_datasets": (
            "DPIA screening: are datasets of different origins matched or combined?"
        ),
        "dpia_innovative_use": (
            "DPIA screening: is it an innovative use or a new technology? (The CNIL considers "
            "that most AI developments are.)"
        ),
    },
    "fr": {
        "project_name": "Nom du projet",
        "organisation_name": "Raison sociale de votre organisme (Entrée : à compléter plus tard)",
        "personal_data": (
            "Le développement (jeux de données, annotations, modèle) implique-t-il des données "
            "personnelles, même indirectement (noms, images de personnes, identifiants, texte "
            "libre sur des personnes) ?"
        ),
        "legal_regime": "Sous quel régime juridique les données sont-elles traitées ?",
        "public_authority": "Votre organisme est-il une autorité ou un organisme public ?",
        "has_dpo": "Votre organisme a-t-il désigné un délégué à la protection des données (DPO) ?",
        "ml_based": "Le système repose-t-il sur l'apprentissage automatique ?",
        "general_purpose": (
            "S'agit-il d'un système à usage général, dont l'usage opérationnel n'est pas connu "
            "lors du développement ? (Non : l'usage est connu, par ex. une tâche pour un client)"
        ),
        "deployment_purpose": (
            "À quoi servira le système une fois déployé ? (Entrée : à compléter plus tard)"
        ),
        "deployment_regime": (
            "Sous quel régime juridique le système déployé traitera-t-il des données ?"
        ),
        "generative": "Le système génère-t-il du contenu (texte, images, son, code) ?",
        "learning_mode": "Comment le système apprend-il ?",
        "ai_act_role": "Votre rôle au sens du règlement sur l'IA (AI Act)",
        "annex_iii_area": "Le système est-il utilisé dans un domaine de l'annexe III de l'AI Act ?",
        "performs_profiling": (
            "Le système profile-t-il des personnes (évaluer, noter ou prédire leur "
            "comportement, leurs performances, leurs préférences...) ?"
        ),
        "gpai_model": "Développez-vous un modèle d'IA à usage général (AI Act art. 3(63)) ?",
        "activities": (
            "Combien de traitements le développement comporte-t-il (par ex. constitution du "
            "jeu de données, entraînement ; un seul suffit pour commencer) ?"
        ),
        "purpose": "Finalité de ce traitement, en une phrase (Entrée : à compléter plus tard)",
        "gdpr_role": "Votre rôle au sens du RGPD dans ce traitement",
        "legal_basis": "Base légale de ce traitement (RGPD art. 6(1))",
        "scientific_research": "Ce traitement poursuit-il une finalité de recherche scientifique ?",
        "datasets": "Combien de jeux de données sont utilisés (entraînement, validation, test) ?",
        "name": "Nom de ce jeu de données",
        "source_type": "Comment ce jeu de données a-t-il été obtenu ?",
        "contains_personal_data": "Ce jeu de données contient-il des données personnelles ?",
        "categories": (
            "Catégories de données personnelles qu'il contient, séparées par des virgules (par "
            "ex. noms, adresses e-mail, photos) (Entrée : à compléter plus tard)"
        ),
        "special_categories": "Données sensibles qu'il contient (RGPD art. 9)",
        "art9_exception": "Exception de l'article 9(2) du RGPD qui permet de les traiter",
        "retention_period": (
            "Combien de temps les données sont-elles conservées, en durée ISO 8601 (par ex. "
            "P2Y pour deux ans, P6M pour six mois) ? (Entrée : à compléter plus tard)"
        ),
        "dpia_sensitive_data": (
            "Analyse d'impact (AIPD) : des données sensibles ou à caractère hautement "
            "personnel sont-elles traitées (santé, localisation, données financières, "
            "communications privées...) ?"
        ),
        "dpia_large_scale": "AIPD : les données sont-elles traitées à grande échelle ?",
        "dpia_vulnerable_people": (
            "AIPD : les personnes concernées sont-elles vulnérables (enfants, salariés, "
            "patients, personnes âgées, demandeurs d'asile) ?"
        ),
        "dpia_combined_datasets": (
            "AIPD : des jeux de données d'origines différentes sont-ils croisés ou combinés ?"
        ),
        "dpia_innovative_use": (
            "AIPD : s'agit-il d'un usage innovant ou d'une nouvelle technologie ? (La CNIL "
            "considère que c'est le cas de la plupart des développements d'IA.)"
        ),
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "intro": (
            "cnilpolicy init: a few questions, in the order the CNIL sets out the work, to write "
            "a first manifest. Each default (Enter) is the cautious answer, under which more "
            "rules apply; a question you cannot answer yet can be left to fill in later.\n"
            "A technical aid, not legal advice."
        ),
        "section_scope": "Scope",
        "section_system": "The AI system",
        "section_ai_act": "AI Act",
        "section_activities": "Processing activities",
        "section_datasets": "Datasets",
        "section_dpia": "DPIA screening",
        "activity": "Processing activity {number}",
        "dataset": "Dataset {number}",
        "choose": "Choice (number or name)",
        "choose_many": "Choices (numbers or names, separated by commas; 'none' for none)",
        "none": "none",
        "undecided": "undecided",
        "undecided_meaning": "not decided yet: left to fill in, and the check fails until it is",
        "none_of_them": "none of them",
        "not_a_choice": "{answer!r} is not one of the choices",
        "yes_no": "[Y/n]",
        "no_yes": "[y/N]",
        "not_yes_no": "answer y or n",
        "not_a_count": "a number from 0 to 20",
        "not_a_duration": "not an ISO 8601 duration such as P2Y, P18M or P30D",
        "written": "Wrote {path}.",
        "next": "Next to fill in:",
        "nothing_next": "Nothing failed: complete the placeholders (lines '# key:') all the same.",
        "header": (
            "Written by cnilpolicy init on {date}. Lines '# key: ...' are still to fill in: "
            "uncomment and complete them; `cnilpolicy check` fails on each until it is. Every "
            "field is described in docs/manifest.md and in your editor (the line above)."
        ),
        "read_by": "{section}: read by {rules}.",
        "read_by_many": "{section}: read by {count} rules, of the steps {steps}.",
        "read_by_none": "{section}: descriptive, read by no rule.",
        "one_of": "one of: {values}",
        "list_of": "list of: {values}",
    },
    "fr": {
        "intro": (
            "cnilpolicy init : quelques questions, dans l'ordre où la CNIL présente la démarche, "
            "pour écrire un premier manifeste. Chaque réponse par défaut (Entrée) est la réponse "
            "prudente, celle sous laquelle davantage de règles s'appliquent ; une question à "
            "laquelle vous ne savez pas encore répondre peut être laissée à compléter.\n"
            "Une aide technique, pas un conseil juridique."
        ),
        "section_scope": "Périmètre",
        "section_system": "Le système d'IA",
        "section_ai_act": "Règlement sur l'IA",
        "section_activities": "Traitements",
        "section_datasets": "Jeux de données",
        "section_dpia": "Analyse d'impact (AIPD) : critères",
        "activity": "Traitement {number}",
        "dataset": "Jeu de données {number}",
        "choose": "Choix (numéro ou nom)",
        "choose_many": "Choix (numéros ou noms, séparés par des virgules ; 'aucun' pour aucun)",
        "none": "aucun",
        "undecided": "à décider",
        "undecided_meaning": (
            "pas encore décidé : à compléter, et la vérification échoue tant que ce n'est pas fait"
        ),
        "none_of_them": "aucun d'eux",
        "not_a_choice": "{answer!r} ne fait pas partie des choix",
        "yes_no": "[O/n]",
        "no_yes": "[o/N]",
        "not_yes_no": "répondez o ou n",
        "not_a_count": "un nombre de 0 à 20",
        "not_a_duration": "ce n'est pas une durée ISO 8601 comme P2Y, P18M ou P30D",
        "written": "{path} écrit.",
        "next": "À compléter ensuite :",
        "nothing_next": (
            "Aucun échec : complétez tout de même les champs à remplir (lignes '# clé:')."
        ),
        "header": (
            "Écrit par cnilpolicy init le {date}. Les lignes '# clé: ...' restent à compléter : "
            "décommentez-les et remplissez-les ; `cnilpolicy check` échoue sur chacune tant que "
            "ce n'est pas fait. Chaque champ est décrit dans docs/manifest.fr.md et dans votre "
            "éditeur (ligne ci-dessus)."
        ),
        "read_by": "{section} : lu par {rules}.",
        "read_by_many": "{section} : lu par {count} règles, des étapes {steps}.",
        "read_by_none": "{section} : descriptif, lu par aucune règle.",
        "one_of": "l'une de : {values}",
        "list_of": "liste de : {values}",
    },
}
