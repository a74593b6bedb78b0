# Facts about the distribution of the model, shared by the open-source rules
# The CNIL open-source focus (OSS-01, OSS-02) and the legitimate-interest
# safeguards (LI-03.2) depend on whether the model is released openly: a
# distribution mode of open_weights or fully_open, or the publication of the
# weights among the declared openness practices.
package cnilpolicy.lib.facts

_open_distribution_modes := {"open_weights", "fully_open"}

model_distributed_openly if manifest.distribution.mode in _open_distribution_modes

model_distributed_openly if "weights" in manifest.distribution.open_source_practices

derived contains {
	"id": "model_distributed_openly",
	"value": model_distributed_openly_value,
	"basis": [
		sprintf("distribution.mode=%v", [value_at(manifest, ["distribution", "mode"])]),
		sprintf("distribution.open_source_practices=%v", [value_at(manifest, ["distribution", "open_source_practices"])]),
	],
	"pointer": "/distribution",
}

model_distributed_openly_value if model_distributed_openly

else := false
