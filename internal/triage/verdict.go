// Package triage is socbot's domain: questions, verdicts and results, and the
// ordered, explainable rule table that says for each question which SOC report
// answers it. It imports only the standard library; splitting pasted text into
// questions (package split) and checking verdicts against the company's own
// reports (package inventory) build on it.
package triage

// Reports a verdict can name (guide section 1).
const (
	ReportSOC2 = "soc2"
	ReportSOC1 = "soc1"
	ReportBoth = "both"
	ReportNone = "none"
)

// Types a verdict can name; TypeNone goes with ReportNone.
const (
	Type2    = "type2"
	Type1    = "type1"
	TypeNone = ""
)

// Trust Services Categories.
const (
	CatSecurity            = "security"
	CatAvailability        = "availability"
	CatProcessingIntegrity = "processing_integrity"
	CatConfidentiality     = "confidentiality"
	CatPrivacy             = "privacy"
)

// Coverage statuses: whether the company's own reports answer a verdict
// (package inventory decides; CoverageTerms names them).
const (
	CoverageCovered    = "covered"
	CoveragePartial    = "partial"
	CoverageNotCovered = "not_covered"
	CoverageStale      = "stale"
	CoverageExpired    = "expired"
	CoverageInProgress = "in_progress"
	CoverageOnHand     = "on_hand"
	CoverageNotOnHand  = "not_on_hand"
)

// Question is one questionnaire item, as split from pasted text or read from a file.
type Question struct {
	ID      string `json:"id"`                // input id ("IAM-02.1") or q1, q2… for split text
	Text    string `json:"text"`              // the question as written, whitespace folded
	Section string `json:"section,omitempty"` // the heading(s) above it, kept as context
	Line    int    `json:"line,omitempty"`    // 1-based line of the input where it starts
	// Form marks a field of a form, known from a file's layout (a short label
	// with a cell to fill in, such as "Vendor Name"): it is answered as a form
	// field unless it asks about a SOC report by name.
	Form bool `json:"form,omitempty"`
}

// Verdict is the triage of one question: exactly the guide's section-1 fields, plus
// how sure the rules are and why.
type Verdict struct {
	Report     string     `json:"report"`
	Type       string     `json:"type"`
	Categories []string   `json:"categories"`
	Criteria   []string   `json:"criteria"`
	SOC1Areas  []string   `json:"soc1_areas"`
	Artifacts  []string   `json:"artifacts"`
	Confidence float64    `json:"confidence"`
	Unmatched  bool       `json:"unmatched,omitempty"`
	Evidence   []Evidence `json:"evidence"`
	// Source says where the verdict came from: the rules, or the language
	// model's suggestion for a question no rule matched (Unmatched stays set).
	Source Source `json:"source,omitempty"`
}

// Source is where a verdict came from.
type Source string

// Sources. The rules are the zero value, so a rules-only result reads (and
// encodes) as it did before the language model existed.
const (
	SourceRules Source = ""
	SourceModel Source = "model"
)

// SuggestedReason is how a suggestion from the language model is explained,
// in its evidence and wherever it is shown.
const SuggestedReason = "suggested by the language model"

// Suggested reports whether the verdict is the language model's suggestion.
func (v Verdict) Suggested() bool { return v.Source == SourceModel }

// Evidence names a rule that fired, its reason, and the words of the question that
// made it fire.
type Evidence struct {
	Rule    string   `json:"rule"`
	Reason  string   `json:"reason"`
	Matched []string `json:"matched"`
	// Negated is set when the words matched but were negated or excluded by scope
	// ("other than your SOC 2"); such evidence explains why a report was not chosen.
	Negated bool `json:"negated,omitempty"`
}
