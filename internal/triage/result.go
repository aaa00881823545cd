package triage

// Item is one question with its verdict, in input order.
type Item struct {
	Question
	Verdict
	// Coverage fields are filled only when a report inventory is configured
	// (see ApplyCoverage); they are absent from JSON otherwise.
	Coverage       string   `json:"coverage,omitempty"`
	CoverageReason string   `json:"coverage_reason,omitempty"`
	Send           []string `json:"send,omitempty"`
}

// Result is the triage of a whole snippet or file.
type Result struct {
	Items   []Item  `json:"questions"`
	Summary Summary `json:"summary"`
}

// Summary says what to send for a whole snippet.
type Summary struct {
	Total     int            `json:"total"`
	Counts    map[string]int `json:"counts"` // per report: soc2, soc1, both, none
	Headline  string         `json:"headline"`
	Reports   []ReportNeed   `json:"reports"`
	Artifacts []ArtifactNeed `json:"artifacts"`
	Unmatched []string       `json:"unmatched"` // question ids
	// Narrative is the optional language model's plain-language summary; the rules'
	// Headline stays the authority.
	Narrative string    `json:"narrative,omitempty"`
	Send      *SendPlan `json:"send,omitempty"`
}

// ReportNeed is one SOC report the snippet calls for.
type ReportNeed struct {
	Report     string   `json:"report"` // soc1 or soc2
	Type       string   `json:"type"`
	Categories []string `json:"categories,omitempty"` // SOC 2 categories it must include
	SOC1Areas  []string `json:"soc1_areas,omitempty"`
	Questions  []string `json:"questions"` // ids of the questions it answers
	Text       string   `json:"text"`      // "SOC 2 Type 2 including Security and Availability"
}

// ArtifactNeed is one document to attach beside or instead of a SOC report.
type ArtifactNeed struct {
	Artifact  string   `json:"artifact"`
	Questions []string `json:"questions"`
}
