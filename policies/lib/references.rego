# METADATA
# title: The links of a rule's references, in the reader's language
# description: |
#   A rule names its CNIL pages (related_resources) and its legal articles
#   (custom.articles) once, in English. A French reviewer reads the French
#   page of the same fiche and cites articles the French way ("RGPD, art. 6,
#   § 1, b)"), linked to the French text on EUR-Lex; an English reader gets
#   the English page. cnil_pages below holds both versions of each page the
#   rules cite, as the catalog's sources (cnil-rules.md §0.3, §14) give them.
#   Where the catalog knows no French URL, the French reader gets the English
#   page under its French title, marked "(page en anglais)"; where it knows
#   no English URL, both readers get the French page. make catalog stores what
#   this helper gives each rule, in both languages, in cnilpolicy/rule_catalog.json,
#   which cnilpolicy explain, rules and docs/rules*.md show.
# custom:
#   cnil_pages:
#     - urls: [https://www.cnil.fr/en/what-scope-ai-how-sheets, https://cnil.fr/en/what-scope-ai-how-sheets]
#       en: {label: "CNIL — What is the scope of the AI how-to sheets?", url: "https://www.cnil.fr/en/what-scope-ai-how-sheets"}
#       fr: {label: "CNIL — Quel est le périmètre des fiches pratiques IA ? (page en anglais)", url: "https://www.cnil.fr/en/what-scope-ai-how-sheets"}
#     - urls: [https://www.cnil.fr/fr/determiner-le-regime-juridique-applicable]
#       en: {label: "CNIL — IA : Déterminer le régime juridique applicable", url: "https://www.cnil.fr/fr/determiner-le-regime-juridique-applicable"}
#       fr: {label: "CNIL — IA : Déterminer le régime juridique applicable", url: "https://www.cnil.fr/fr/determiner-le-regime-juridique-applicable"}
#     - urls: [https://www.cnil.fr/en/defining-purpose, https://cnil.fr/en/defining-purpose, https://cnil.fr/fr/definir-une-finalite-0, https://cnil.fr/fr/node/164393]
#       en: {label: "CNIL — Defining a purpose", url: "https://www.cnil.fr/en/defining-purpose"}
#       fr: {label: "CNIL — IA : Définir une finalité", url: "https://cnil.fr/fr/definir-une-finalite-0"}
#     - urls: [https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers]
#       en: {label: "CNIL — Determining the legal qualification of AI system providers", url: "https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers"}
#       fr: {label: "CNIL — Déterminer la qualification juridique des fournisseurs de systèmes d'IA (page en anglais)", url: "https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers"}
#     - urls: [https://www.cnil.fr/en/ensuring-lawfulness-data-processing, https://cnil.fr/en/ensuring-lawfulness-data-processing-legal-basis]
#       en: {label: "CNIL — Ensuring the lawfulness of the data processing: defining a legal basis", url: "https://www.cnil.fr/en/ensuring-lawfulness-data-processing"}
#       fr: {label: "CNIL — Assurer que le traitement est licite – Définir une base légale (page en anglais)", url: "https://www.cnil.fr/en/ensuring-lawfulness-data-processing"}
#     - urls: [https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use, https://cnil.fr/en/ensuring-lawfulness-data-processing-re-use, https://cnil.fr/en/node/164402]
#       en: {label: "CNIL — Ensuring the lawfulness of the data processing: in case of re-use of data", url: "https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use"}
#       fr: {label: "CNIL — Assurer que le traitement est licite – En cas de réutilisation des données, effectuer les tests et vérifications nécessaires (page en anglais)", url: "https://www.cnil.fr/en/ensuring-lawfulness-data-processing-re-use"}
#     - urls: [https://cnil.fr/en/node/164405]
#       en: {label: "CNIL — Carrying out a data protection impact assessment if necessary", url: "https://cnil.fr/en/node/164405"}
#       fr: {label: "CNIL — Réaliser une analyse d'impact si nécessaire (page en anglais)", url: "https://cnil.fr/en/node/164405"}
#     - urls: [https://cnil.fr/en/taking-data-protection-account-system-design-choices]
#       en: {label: "CNIL — Taking data protection into account in the system design choices", url: "https://cnil.fr/en/taking-data-protection-account-system-design-choices"}
#       fr: {label: "CNIL — Tenir compte de la protection des données dans la conception du système (page en anglais)", url: "https://cnil.fr/en/taking-data-protection-account-system-design-choices"}
#     - urls: [https://cnil.fr/en/take-data-protection-account-data-collection-and-management]
#       en: {label: "CNIL — Take data protection into account in data collection and management", url: "https://cnil.fr/en/take-data-protection-account-data-collection-and-management"}
#       fr: {label: "CNIL — Tenir compte de la protection des données dans la collecte et la gestion des données (page en anglais)", url: "https://cnil.fr/en/take-data-protection-account-data-collection-and-management"}
#     - urls: [https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme]
#       en: {label: "CNIL — IA : Mobiliser la base légale de l'intérêt légitime pour développer un système d'IA", url: "https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme"}
#       fr: {label: "CNIL — IA : Mobiliser la base légale de l'intérêt légitime pour développer un système d'IA", url: "https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme"}
#     - urls: [https://www.cnil.fr/fr/node/165783, https://www.cnil.fr/fr/focus-interet-legitime-collecte-par-moissonnage]
#       en: {label: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)", url: "https://www.cnil.fr/fr/node/165783"}
#       fr: {label: "CNIL — Intérêt légitime : fiche focus sur les mesures à prendre en cas de collecte par moissonnage (web scraping)", url: "https://www.cnil.fr/fr/node/165783"}
#     - urls: [https://cnil.fr/en/annotating-data]
#       en: {label: "CNIL — Annotating data", url: "https://cnil.fr/en/annotating-data"}
#       fr: {label: "CNIL — IA : Annoter les données (page en anglais)", url: "https://cnil.fr/en/annotating-data"}
#     - urls: [https://cnil.fr/en/ensuring-security-ai-systems-development]
#       en: {label: "CNIL — Ensuring the security of an AI system's development", url: "https://cnil.fr/en/ensuring-security-ai-systems-development"}
#       fr: {label: "CNIL — IA : Garantir la sécurité du développement d'un système d'IA (page en anglais)", url: "https://cnil.fr/en/ensuring-security-ai-systems-development"}
#     - urls: [https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil]
#       en: {label: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL", url: "https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil"}
#       fr: {label: "CNIL — Entry into force of the European AI Regulation: the first questions and answers from the CNIL (page en anglais)", url: "https://cnil.fr/en/entry-force-european-ai-regulation-first-questions-and-answers-cnil"}
package cnilpolicy.lib.references

# Each version {label, url} of a page, by every URL a rule may cite it with.
_versions := {url: page |
	some link in rego.metadata.chain()
	some page in link.annotations.custom.cnil_pages
	some url in page.urls
}

# The references of a rule (its annotations a) in lang: its CNIL pages first,
# each once, then its legal articles with the official text.
of(a, lang) := array.concat(
	_distinct([_page(r, lang) | some r in a.related_resources]),
	[article(x, lang) | some x in a.custom.articles],
)

_page(r, lang) := _versions[r.ref][lang]

_page(r, _) := {"label": r.description, "url": r.ref} if not _versions[r.ref]

# A rule citing both the English and the French page of one fiche shows it
# once in each language.
_distinct(links) := [l |
	some i, l in links
	not _seen_before(links, i, l.url)
]

_seen_before(links, i, url) if {
	some j, earlier in links
	j < i
	earlier.url == url
}

_regulations := {
	"GDPR": {
		"en": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
		"fr": "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679",
		"fr_name": "RGPD",
	},
	"AI Act": {
		"en": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
		"fr": "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32024R1689",
		"fr_name": "Règlement (UE) 2024/1689 (AI Act)",
	},
}

# Texts outside the two regulations, cited as French lawyers name them.
_other_texts_fr := {
	"EDPB Opinion 28/2024": "Avis 28/2024 du CEPD",
	"Directive (EU) 2016/680": "Directive (UE) 2016/680",
	"Loi Informatique et Libertés, Title III": "Loi Informatique et Libertés, titre III",
	"WP248 rev.01": "G29, lignes directrices WP248 rév.01",
	"CJEU C-136/17": "CJUE, C-136/17",
	"Code pénal 321-1": "Code pénal, art. 321-1",
	"Code de la propriété intellectuelle L342-1": "Code de la propriété intellectuelle, art. L342-1",
}

# An article as a reference {label, url}: "GDPR 6(1)(b)" in English, "RGPD,
# art. 6, § 1, b)" in French, linked to the regulation in that language.
article(x, lang) := {"label": cite(x, lang), "url": _regulations[prefix][lang]} if {
	some prefix, _ in _regulations
	_of_regulation(x, prefix)
}

article(x, lang) := {"label": cite(x, lang)} if {
	every prefix, _ in _regulations {
		not _of_regulation(x, prefix)
	}
}

_of_regulation(x, prefix) if startswith(x, concat("", [prefix, " "]))

_of_regulation(x, prefix) if x == prefix

# The citation of an article string in lang. The English strings are the
# rules' own ("GDPR 6(1)(b)", "AI Act Annex III", "GDPR Recital 26",
# "GDPR 15-22"); anything else is cited as written.
cite(x, "en") := x

cite(x, "fr") := concat(", ", array.concat([_regulations[prefix].fr_name], _provision_fr(trim_prefix(x, prefix)))) if {
	some prefix, _ in _regulations
	_of_regulation(x, prefix)
}

cite(x, "fr") := _other_texts_fr[x]

cite(x, "fr") := x if {
	not _other_texts_fr[x]
	every prefix, _ in _regulations {
		not _of_regulation(x, prefix)
	}
}

_provision_fr("") := []

_provision_fr(rest) := [concat("", ["annexe ", trim_prefix(rest, " Annex ")])] if startswith(rest, " Annex ")

_provision_fr(rest) := [concat("", ["considérant ", trim_prefix(rest, " Recital ")])] if startswith(rest, " Recital ")

_provision_fr(rest) := [concat("", ["art. ", replace(trim_space(rest), "-", " à ")])] if regex.match(`^ \d+-\d+$`, rest)

# "6(1)(b)": article 6, paragraph 1, point b.
_provision_fr(rest) := [concat("", ["art. ", provision(trim_space(rest), "fr")])] if regex.match(`^ \d+(\([0-9a-z]+\))*$`, rest)

# Anything else after the regulation's name is kept as written.
_provision_fr(rest) := [trim_space(rest)] if {
	rest != ""
	not startswith(rest, " Annex ")
	not startswith(rest, " Recital ")
	not regex.match(`^ \d+-\d+$`, rest)
	not regex.match(`^ \d+(\([0-9a-z]+\))*$`, rest)
}

# The provision of an article after "art.", as lang cites it: "6(1)(b)" in
# English, "6, § 1, b)" in French. For a rule that builds a citation from a
# value (LB-01's basis, AIACT-03's point) inside a message of its own, where
# the regulation's name is the message's (« RGPD, art. {{.article}} »).
provision(p, "en") := p

provision(p, "fr") := concat(", ", array.concat([parts[0]], [_point_fr(q) | some i, q in parts; i > 0])) if {
	regex.match(`^\d+(\([0-9a-z]+\))*$`, p)
	parts := split(replace(p, ")", ""), "(")
}

provision(p, "fr") := p if not regex.match(`^\d+(\([0-9a-z]+\))*$`, p)

_point_fr(p) := concat("", ["§ ", p]) if regex.match(`^\d+$`, p)

_point_fr(p) := concat("", [p, ")"]) if not regex.match(`^\d+$`, p)
