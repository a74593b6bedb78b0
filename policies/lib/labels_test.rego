package cnilpolicy.lib.labels_test

import data.cnilpolicy.lib.labels

test_a_value_reads_as_a_word_in_the_reader_language if {
	labels.word("legal_basis", "public_task") == "public task"
	labels.word("legal_basis", "public_task") == "mission d'intérêt public" with input.options.lang as "fr"
	labels.word("legal_basis", "legitimate_interests") == "intérêt légitime" with input.options.lang as "fr"
	labels.word("gdpr_role", "processor") == "sous-traitant" with input.options.lang as "fr"
}

test_a_property_list_is_keyed_by_its_definition_and_property if {
	labels.word("retention.start_event", "end_of_service") == "the end of the service"
	labels.word("retention.start_event", "end_of_service") == "la fin du service" with input.options.lang as "fr"
}

test_an_unknown_value_is_shown_as_written if {
	labels.word("legal_basis", "custom_basis") == "custom_basis"
	labels.word("no_such_list", "x") == "x"
	labels.word("legal_basis", 12) == "12"
	labels.word("legal_basis", null) == "null"
}

test_several_values_are_sorted_labels if {
	labels.words("dataset.data_subjects", ["pupils", "minors"]) == "minors, pupils"
	labels.words("dataset.data_subjects", ["pupils", "minors"]) == "mineurs, élèves" with input.options.lang as "fr"
	labels.words("dataset.data_subjects", []) == ""
}

test_an_absent_value_is_a_dash if {
	labels.word_or_dash("retention.start_event", null) == "—"
	labels.word_or_dash("retention.start_event", "collection") == "collection"
}

test_values_to_type_are_in_code_style if {
	labels.code("public_task") == "`public_task`"
	labels.codes({"portability", "consent_withdrawal"}) == "`consent_withdrawal`, `portability`"
}
