package cnilpolicy.lib.references_test

import data.cnilpolicy.lib.references

test_gdpr_articles_are_cited_the_french_way if {
	references.cite("GDPR 6(1)(b)", "fr") == "RGPD, art. 6, § 1, b)"
	references.cite("GDPR 30(1)(b)", "fr") == "RGPD, art. 30, § 1, b)"
	references.cite("GDPR 35(3)", "fr") == "RGPD, art. 35, § 3"
	references.cite("GDPR 25", "fr") == "RGPD, art. 25"
	references.cite("GDPR 15-22", "fr") == "RGPD, art. 15 à 22"
	references.cite("GDPR Recital 26", "fr") == "RGPD, considérant 26"
}

test_ai_act_articles_name_the_regulation if {
	references.cite("AI Act 10", "fr") == "Règlement (UE) 2024/1689 (AI Act), art. 10"
	references.cite("AI Act 10(5)", "fr") == "Règlement (UE) 2024/1689 (AI Act), art. 10, § 5"
	references.cite("AI Act 5(1)(e)", "fr") == "Règlement (UE) 2024/1689 (AI Act), art. 5, § 1, e)"
	references.cite("AI Act Annex III", "fr") == "Règlement (UE) 2024/1689 (AI Act), annexe III"
	references.cite("AI Act Recital 63", "fr") == "Règlement (UE) 2024/1689 (AI Act), considérant 63"
	references.cite("AI Act", "fr") == "Règlement (UE) 2024/1689 (AI Act)"
}

test_other_texts_and_unknown_shapes if {
	references.cite("EDPB Opinion 28/2024", "fr") == "Avis 28/2024 du CEPD"
	references.cite("Directive (EU) 2016/680", "fr") == "Directive (UE) 2016/680"
	references.cite("Code pénal 321-1", "fr") == "Code pénal, art. 321-1"
	references.cite("Code civil 1240", "fr") == "Code civil 1240"
	references.cite("GDPR 6 and 9", "fr") == "RGPD, 6 and 9"
	references.cite("GDPR 6(1)(b)", "en") == "GDPR 6(1)(b)"
}

test_articles_link_to_eur_lex_in_the_reader_language if {
	references.article("GDPR 6(1)(b)", "fr").url == "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679"
	references.article("AI Act Annex III", "fr").url == "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32024R1689"
	references.article("GDPR 6(1)(b)", "en") == {"label": "GDPR 6(1)(b)", "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj"}
	references.article("Code pénal 321-1", "fr") == {"label": "Code pénal, art. 321-1"}
}

_rule := {
	"related_resources": [
		{"description": "CNIL — Defining a purpose", "ref": "https://www.cnil.fr/en/defining-purpose"},
		{"description": "CNIL — IA : Définir une finalité", "ref": "https://cnil.fr/fr/definir-une-finalite-0"},
		{"description": "CNIL — Annotating data", "ref": "https://cnil.fr/en/annotating-data"},
		{"description": "Somewhere else", "ref": "https://example.org/page"},
	],
	"custom": {"articles": ["GDPR 5(1)(b)"]},
}

test_french_reader_gets_the_french_page_once if {
	references.of(_rule, "fr") == [
		{"label": "CNIL — IA : Définir une finalité", "url": "https://cnil.fr/fr/definir-une-finalite-0"},
		{"label": "CNIL — IA : Annoter les données (page en anglais)", "url": "https://cnil.fr/en/annotating-data"},
		{"label": "Somewhere else", "url": "https://example.org/page"},
		{"label": "RGPD, art. 5, § 1, b)", "url": "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679"},
	]
}

test_english_reader_gets_the_english_page_once if {
	references.of(_rule, "en") == [
		{"label": "CNIL — Defining a purpose", "url": "https://www.cnil.fr/en/defining-purpose"},
		{"label": "CNIL — Annotating data", "url": "https://cnil.fr/en/annotating-data"},
		{"label": "Somewhere else", "url": "https://example.org/page"},
		{"label": "GDPR 5(1)(b)", "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj"},
	]
}

# Every page the table names has both versions, each with a label and a URL.
test_every_page_has_both_versions if {
	every url, page in references._versions {
		startswith(url, "https://")
		every lang in ["en", "fr"] {
			page[lang].label != ""
			startswith(page[lang].url, "https://")
		}
	}
}

test_a_provision_is_cited_the_french_way_after_art if {
	references.provision("6(1)(f)", "fr") == "6, § 1, f)"
	references.provision("10(5)", "fr") == "10, § 5"
	references.provision("10(5)(b)", "fr") == "10, § 5, b)"
	references.provision("28", "fr") == "28"
	references.provision("6(1)(f)", "en") == "6(1)(f)"

	# Anything else is kept as written.
	references.provision("6 and 9", "fr") == "6 and 9"
}
