package llm

import (
	"encoding/json"

	"github.com/socbot/socbot/internal/triage"
	"github.com/socbot/socbot/prompts"
)

// vocabulary is what the classify prompt lists as allowed: triage's closed lists.
func vocabulary() prompts.Vocabulary {
	return prompts.Vocabulary{
		Reports:    triage.AllReports,
		Types:      triage.AllTypes,
		Categories: triage.AllCategories,
		Criteria:   triage.AllCriteria,
		SOC1Areas:  triage.AllSOC1Areas,
		Artifacts:  triage.AllArtifacts,
	}
}

// classifySchema is the strict JSON schema of the classify reply, for servers
// with structured output. Validation does not rely on it: replies are checked
// field by field either way.
var classifySchema = mustSchema()

func mustSchema() json.RawMessage {
	enumList := func(vals []string) map[string]any {
		return map[string]any{"type": "array", "items": map[string]any{"type": "string", "enum": vals}}
	}
	item := map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"n", "report", "type", "categories", "criteria", "soc1_areas", "artifacts"},
		"properties": map[string]any{
			"n":          map[string]any{"type": "integer"},
			"report":     map[string]any{"type": "string", "enum": triage.AllReports},
			"type":       map[string]any{"type": "string", "enum": triage.AllTypes},
			"categories": enumList(triage.AllCategories),
			"criteria":   enumList(triage.AllCriteria),
			"soc1_areas": enumList(triage.AllSOC1Areas),
			"artifacts":  enumList(triage.AllArtifacts),
		},
	}
	schema := map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"answers"},
		"properties":           map[string]any{"answers": map[string]any{"type": "array", "items": item}},
	}
	b, err := json.Marshal(schema)
	if err != nil {
		panic(err)
	}
	return b
}
