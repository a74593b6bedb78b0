# Facts about the status of the trained model under the GDPR
# A model trained on personal data is not anonymous by default (EDPB Opinion
# 28/2024, CNIL fiche model-status): it is presumed to contain personal data
# unless model.status says anonymous. MODEL-01 reports an undeclared or
# unassessed status; the rules on rights and on the model's consequences
# rely on this presumption.
package cnilpolicy.lib.facts

# The declared model.status (anonymous, personal_data, not_assessed), or null.
default model_status_value := null

model_status_value := status if {
	status := manifest.model.status
	is_string(status)
}

# The model is treated as containing personal data unless declared anonymous.
model_presumed_personal if not model_status_value == "anonymous"

derived contains {
	"id": "model_presumed_personal",
	"value": model_presumed_personal_value,
	"basis": [sprintf("model.status=%v", [model_status_value])],
	"pointer": "/model/status",
}

model_presumed_personal_value if model_presumed_personal

else := false
