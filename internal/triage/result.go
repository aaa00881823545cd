package triage

import (
	"fmt"
	"strings"
)

// Item is one question with its verdict, in input order.
type Item struct {
	Question
	Verdict
	// Coverage fields are filled only when a report inventory is configured
	// (package inventory, Inventory.Apply); they are absent from JSON otherwise.
	// Coverage is one of CoverageTerms.
	Coverage       string   `json:"coverage,omitempty"`
	CoverageReason string   `json:"coverage_reason,omitempty"`
	Send           []string `json:"send,omitempty"`
	// Controls are the controls of the covering reports' control matrices that
	// answer the question, best first (at most three a report).
	Controls []Citation `json:"controls,omitempty"`
}

// Citation points an answer at one control of the company's own SOC report.
type Citation struct {
	Report    string   `json:"report"`   // the inventory entry's name
	ID        string   `json:"id"`       // the control's id in the report
	Title     string   `json:"title"`    // the control activity
	Criteria  []string `json:"criteria"` // the criteria (SOC 1: areas) it addresses
	Ref       string   `json:"ref,omitempty"`
	Exception bool     `json:"exception"` // the auditor noted an exception in testing it
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

// SendPlan is what to send for a whole snippet, from the inventory.
type SendPlan struct {
	Documents []SendDoc `json:"documents"`
	NDA       []string  `json:"nda"`  // names of the documents that need an NDA first
	Gaps      []Gap     `json:"gaps"` // to raise with the security team
}

// SendDoc is one document to attach, with the questions it answers.
type SendDoc struct {
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Title     string   `json:"title"`            // "SOC 2 Type 2 (Security, Availability)"
	Period    string   `json:"period,omitempty"` // "2025-10-01 to 2026-09-30", "issued …"
	NDA       bool     `json:"nda"`
	Request   Request  `json:"request"`
	Questions []string `json:"questions"`
}

// Gap is something the inventory lacks, with the questions that need it.
type Gap struct {
	Text      string   `json:"text"`
	Questions []string `json:"questions"`
}

// Request says where a document is obtained; at least one field is set.
type Request struct {
	URL     string `json:"url,omitempty"`
	Channel string `json:"channel,omitempty"` // a Slack channel, "#security-requests"
	Contact string `json:"contact,omitempty"` // a person, group or address
}

// String renders where to ask: "ask in #security-requests or download https://…".
func (rq Request) String() string {
	var parts []string
	if rq.Channel != "" {
		parts = append(parts, "ask in "+rq.Channel)
	}
	if rq.Contact != "" {
		parts = append(parts, "ask "+rq.Contact)
	}
	if rq.URL != "" {
		parts = append(parts, "get it at "+rq.URL)
	}
	return strings.Join(parts, " or ")
}

// Lines renders the plan as text lines for the CLI and Slack:
//
//	Send:
//	- Acme Platform SOC 2: SOC 2 Type 2 (Security, Availability), 2025-10-01 to 2026-09-30, NDA, ask in #security-requests (q1, q3)
//	NDA first for: Acme Platform SOC 2
//	Raise with the security team:
//	- SOC 2 including Privacy (q4)
func (p *SendPlan) Lines() []string {
	if p == nil {
		return nil
	}
	var out []string
	if len(p.Documents) == 0 {
		out = append(out, "Send: nothing from the report inventory")
	} else {
		out = append(out, "Send:")
	}
	for _, d := range p.Documents {
		parts := []string{d.Title}
		if d.Period != "" {
			parts = append(parts, d.Period)
		}
		if d.NDA {
			parts = append(parts, "NDA")
		} else {
			parts = append(parts, "no NDA")
		}
		parts = append(parts, d.Request.String())
		out = append(out, fmt.Sprintf("- %s: %s (%s)", d.Name, strings.Join(parts, ", "), idList(d.Questions, ", ")))
	}
	if len(p.NDA) > 0 {
		out = append(out, "NDA first for: "+strings.Join(p.NDA, ", "))
	}
	if len(p.Gaps) > 0 {
		out = append(out, "Raise with the security team:")
		for _, g := range p.Gaps {
			out = append(out, fmt.Sprintf("- %s (%s)", g.Text, idList(g.Questions, ", ")))
		}
	}
	return out
}

// CitationText is the controls of an answer on one line, grouped by report:
// "Acme SOC 2: LAC-02 (IV, p. 52), LAC-05 (IV, p. 54; exception noted)".
func CitationText(cs []Citation) string {
	var b strings.Builder
	report := ""
	for i, c := range cs {
		switch {
		case i == 0:
		case c.Report != report:
			b.WriteString("; ")
		default:
			b.WriteString(", ")
		}
		if c.Report != report {
			b.WriteString(c.Report + ": ")
			report = c.Report
		}
		b.WriteString(c.ID)
		var notes []string
		if c.Ref != "" {
			notes = append(notes, c.Ref)
		}
		if c.Exception {
			notes = append(notes, "exception noted")
		}
		if len(notes) > 0 {
			b.WriteString(" (" + strings.Join(notes, "; ") + ")")
		}
	}
	return b.String()
}
