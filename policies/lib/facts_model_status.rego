# Facts about the status of the trained model under the GDPR
# A model trained on personal data is not anonymous by default (EDPB Opinion
# 28/2024, CNIL fiche model-status): it is presumed to contain personal data
# unless model.status says anonymous and an anonymity analysis is referenced
# (model.anonymity_analysis_ref): a bare "anonymous" label does not rebut the
# presumption. MODEL-01 reports an undeclared, unassessed or unsupported
# status; the rules on rights and on the model's consequences rely on this
# presumption.
package cnilpolicy.lib.facts

# The declared model.status (anonymous, personal_data, not_assessed), or null.
default model_status_value := null

model_status_value := status if {
	status := manifest.model.status
	is_string(status)
}

# The model is treated as containing personal data unless it is declared
# anonymous on the strength of a referenced analysis.
model_presumed_personal if not model_anonymity_supported

model_anonymity_supported if {
	model_status_value == "anonymous"
	declared(manifest, ["model", "anonymity_analysis_ref"])
}

derived contains {
	"id": "model_presumed_personal",
	"value": model_presumed_personal_value,
	"basis": [
		sprintf("model.status=%v", [model_status_value]),
		sprintf("model.anonymity_analysis_ref=%v", [value_at(manifest, ["model", "anonymity_analysis_ref"])]),
	],
	"pointer": "/model/status",
}

model_presumed_personal_value if model_presumed_personal

else := false
