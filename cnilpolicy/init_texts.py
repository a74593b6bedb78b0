"""Every text of the `cnilpolicy init` interview, in English and French, in one place.

The keys of QUESTIONS are also the keys of an --answers file. The choices'
meanings are not here: they come from the schema (enumDescriptions) and its
French table. When interface words move to gettext (issue 14), this table is
what moves.
"""

from __future__ import annotations

from cnilpolicy.i18n import N_

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

QUESTIONS: dict[str, str] = {
    "project_name": N_("Name of the project"),
    "organisation_name": N_("Legal name of your organisation (Enter: fill in later)"),
    "personal_data": N_(
        "Does the development (datasets, annotations, the model) involve personal data, even "
        "indirectly (names, images of people, identifiers, free text about people)?"
    ),
    "legal_regime": N_("Under which legal regime is the data processed?"),
    "public_authority": N_("Is your organisation a public authority or body?"),
    "has_dpo": N_("Has your organisation designated a data protection officer (DPO)?"),
    "ml_based": N_("Does the system rely on machine learning?"),
    "general_purpose": N_(
        "Is it a general-purpose system, whose operational use is not known at development time? "
        "(No: the use is known, e.g. one task for one client)"
    ),
    "deployment_purpose": N_(
        "What will the system be used for once deployed? (Enter: fill in later)"
    ),
    "deployment_regime": N_("Under which legal regime will the deployed system process data?"),
    "generative": N_("Does the system generate content (text, images, sound, code)?"),
    "learning_mode": N_("How does the system learn?"),
    "ai_act_role": N_("Your role under the AI Act"),
    "annex_iii_area": N_("Is the system used in an area of Annex III of the AI Act?"),
    "performs_profiling": N_(
        "Does the system profile people (evaluate, score or predict their behaviour, performance,"
        " preferences...)?"
    ),
    "gpai_model": N_("Do you develop a general-purpose AI model (AI Act art. 3(63))?"),
    "activities": N_(
        "How many processing activities does the development involve (e.g. building the dataset, "
        "training; one is enough to start)?"
    ),
    "purpose": N_("Purpose of this processing, in one sentence (Enter: fill in later)"),
    "gdpr_role": N_("Your GDPR role in this processing"),
    "legal_basis": N_("Legal basis of this processing (GDPR art. 6(1))"),
    "scientific_research": N_("Does this processing pursue scientific research?"),
    "datasets": N_("How many datasets are used (training, validation, test)?"),
    "name": N_("Name of this dataset"),
    "source_type": N_("How was this dataset obtained?"),
    "contains_personal_data": N_("Does this dataset contain personal data?"),
    "categories": N_(
        "Categories of personal data in it, separated by commas (e.g. names, e-mail addresses, "
        "photos) (Enter: fill in later)"
    ),
    "special_categories": N_("Sensitive data it contains (GDPR art. 9)"),
    "art9_exception": N_("Exception of GDPR art. 9(2) that allows processing them"),
    "retention_period": N_(
        "How long are the data kept, as an ISO 8601 duration (e.g. P2Y for two years, P6M for six"
        " months)? (Enter: fill in later)"
    ),
    "dpia_sensitive_data": N_(
        "DPIA screening: are sensitive or highly personal data processed (health, location, "
        "financial data, private communications...)?"
    ),
    "dpia_large_scale": N_("DPIA screening: are data processed on a large scale?"),
    "dpia_vulnerable_people": N_(
        "DPIA screening: are the people concerned vulnerable (children, employees, patients, "
        "elderly people, asylum seekers)?"
    ),
    "dpia_combined_datasets": N_(
        "DPIA screening: are datasets of different origins matched or combined?"
    ),
    "dpia_innovative_use": N_(
        "DPIA screening: is it an innovative use or a new technology? (The CNIL considers that "
        "most AI developments are.)"
    ),
}

MESSAGES: dict[str, str] = {
    "intro": N_(
        "cnilpolicy init: a few questions, in the order the CNIL sets out the work, to write a "
        "first manifest. Each default (Enter) is the cautious answer, under which more rules "
        "apply; a question you cannot answer yet can be left to fill in later.\nA technical aid, "
        "not legal advice."
    ),
    "section_scope": N_("Scope"),
    "section_system": N_("The AI system"),
    "section_ai_act": N_("AI Act"),
    "section_activities": N_("Processing activities"),
    "section_datasets": N_("Datasets"),
    "section_dpia": N_("DPIA screening"),
    "activity": N_("Processing activity {number}"),
    "dataset": N_("Dataset {number}"),
    "choose": N_("Choice (number or name)"),
    "choose_many": N_("Choices (numbers or names, separated by commas; 'none' for none)"),
    "none": N_("none"),
    "undecided": N_("undecided"),
    "undecided_meaning": N_("not decided yet: left to fill in, and the check fails until it is"),
    "none_of_them": N_("none of them"),
    "not_a_choice": N_("{answer!r} is not one of the choices"),
    "yes_no": N_("[Y/n]"),
    "no_yes": N_("[y/N]"),
    "not_yes_no": N_("answer y or n"),
    "not_a_count": N_("a number from 0 to 20"),
    "not_a_duration": N_("not an ISO 8601 duration such as P2Y, P18M or P30D"),
    "written": N_("Wrote {path}."),
    "next": N_("Next to fill in:"),
    "nothing_next": N_("Nothing failed: complete the placeholders (lines '# key:') all the same."),
    "header": N_(
        "Written by cnilpolicy init on {date}. Lines '# key: ...' are still to fill in: uncomment"
        " and complete them; `cnilpolicy check` fails on each until it is. Every field is "
        "described in docs/manifest.md and in your editor (the line above)."
    ),
    "read_by": N_("{section}: read by {rules}."),
    "read_by_many": N_("{section}: read by {count} rules, of the steps {steps}."),
    "read_by_none": N_("{section}: descriptive, read by no rule."),
    "one_of": N_("one of: {values}"),
    "list_of": N_("list of: {values}"),
}
