# Facts about web scraping, shared by the scraping rules
# The CNIL scraping fiche (SCRAPE-01..05) applies when a dataset that holds
# (or may hold) personal data is built by web scraping. A dataset with no
# contains_personal_data declaration counts as personal (conservative).
package cnilpolicy.lib.facts

# Indexes of the personal datasets built by web scraping.
web_scraped_datasets contains i if {
	some i in personal_datasets
	manifest.datasets[i].source_type == "web_scraping"
}

# The scraping rules apply: GDPR processing with at least one scraped personal dataset.
web_scraping_applies if {
	gdpr_applies
	count(web_scraped_datasets) > 0
}

derived contains {
	"id": "web_scraping_applies",
	"value": web_scraping_applies_value,
	"basis": [sprintf("web_scraped_datasets=%v", [web_scraped_dataset_ids])],
	"pointer": "/datasets",
}

web_scraping_applies_value if web_scraping_applies

else := false

# Ids of the scraped personal datasets, sorted, for messages.
web_scraped_dataset_ids := sort([id |
	some i in web_scraped_datasets
	id := object.get(manifest.datasets[i], "id", sprintf("#%d", [i]))
])
