package triage

import "strings"

// The closed lists of a verdict (guide sections 1, 4, 5 and 6): one table per
// list, with each entry's id and the names people see, read by the command
// line, the Slack answers, written-back files, the inventory and the language
// model's validation. Rules, labels, inventories and model output are all
// validated against their ids.

// Term is one entry of a closed list: its id and how people see it.
type Term struct {
	ID string
	// Title names it in a sentence: "the ISO 27001 certificate", "SOC 2".
	Title string
	// Label names it in a list or a table cell: "ISO 27001 certificate".
	Label string
}

// Dating is how a document is dated, which decides when it goes stale.
type Dating int

// Datings.
const (
	Undated         Dating = iota // a DPA, a policy: current until replaced
	DatedByPeriod                 // a SOC report: its examination period
	DatedByExpiry                 // a certificate or letter: issued and expires
	DatedAnnually                 // issued, and redone every year (stale after 12 months)
	DatedWhenIssued               // issued, with no expiry
)

// Artifact is a document sent beside or instead of a SOC report.
type Artifact struct {
	Term
	Dated Dating
}

// Criterion is one Trust Services Criterion. (The criteria catalogue,
// criteria.json, adds what each means and the words that point to it.)
type Criterion struct {
	ID       string
	Category string
}

// ReportTerms are the reports a verdict can name.
var ReportTerms = []Term{
	{ReportSOC2, "SOC 2", "SOC 2"},
	{ReportSOC1, "SOC 1", "SOC 1"},
	{ReportBoth, "SOC 1 and SOC 2", "SOC 1 and SOC 2"},
	{ReportNone, "No SOC report", "No SOC report"},
}

// TypeTerms are the report types; TypeNone goes with ReportNone.
var TypeTerms = []Term{
	{Type2, "Type 2", "Type 2"},
	{Type1, "Type 1", "Type 1"},
	{TypeNone, "", ""},
}

// CategoryTerms are the Trust Services Categories.
var CategoryTerms = []Term{
	{CatSecurity, "Security", "Security"},
	{CatAvailability, "Availability", "Availability"},
	{CatProcessingIntegrity, "Processing Integrity", "Processing Integrity"},
	{CatConfidentiality, "Confidentiality", "Confidentiality"},
	{CatPrivacy, "Privacy", "Privacy"},
}

// CoverageTerms are the coverage statuses, in the words of the person
// answering the questionnaire.
var CoverageTerms = []Term{
	{CoverageCovered, "covered", "Covered"},
	{CoveragePartial, "partly covered", "Partly covered"},
	{CoverageNotCovered, "not covered by your reports", "Not covered by your reports"},
	{CoverageStale, "your report is too old", "Your report is too old"},
	{CoverageExpired, "your document has expired", "Your document has expired"},
	{CoverageInProgress, "audit still in progress", "Audit still in progress"},
	{CoverageOnHand, "on hand", "On hand"},
	{CoverageNotOnHand, "not on hand", "Not on hand"},
}

// Artifacts are the documents sent beside or instead of a SOC report (guide
// section 6).
var Artifacts = []Artifact{
	{Term{"bridge_letter", "a bridge letter", "bridge letter"}, DatedByExpiry},
	{Term{"soc3", "the SOC 3 report", "SOC 3 report"}, DatedByPeriod},
	{Term{"iso27001_certificate", "the ISO 27001 certificate", "ISO 27001 certificate"}, DatedByExpiry},
	{Term{"pci_aoc", "the PCI DSS AOC", "PCI DSS AOC"}, DatedByExpiry},
	{Term{"pentest_letter", "the penetration test letter", "penetration test letter"}, DatedAnnually},
	{Term{"insurance_certificate", "the insurance certificate", "insurance certificate"}, DatedByExpiry},
	{Term{"hipaa_attestation", "the HIPAA attestation", "HIPAA attestation"}, DatedAnnually},
	{Term{"dpa", "the DPA", "DPA"}, Undated},
	{Term{"privacy_policy", "the privacy policy", "privacy policy"}, Undated},
	{Term{"financial_statements", "audited financial statements", "audited financial statements"}, DatedAnnually},
	{Term{"fedramp", "the FedRAMP authorisation", "FedRAMP authorisation"}, DatedWhenIssued},
	{Term{"policy_document", "the policy document", "policy document"}, Undated},
	{Term{"custom_answer", "a written answer", "written answer"}, Undated},
}

// SOC1AreaTerms are socbot's SOC 1 control-objective areas (guide section 4),
// named after what their control objectives protect.
var SOC1AreaTerms = []Term{
	{"transaction_processing", "transaction processing", "Transaction processing"},
	{"financial_reporting", "financial reporting", "Financial reporting"},
	{"master_data", "master data changes", "Master data changes"},
	{"interfaces", "interfaces and data transfers", "Interfaces and data transfers"},
	{"reconciliation", "reconciliations", "Reconciliations"},
	{"access_financial", "access to financial systems", "Access to financial systems"},
	{"change_financial", "changes to financial systems", "Changes to financial systems"},
	{"operations_financial", "batch jobs and backups of financial systems", "Batch jobs and backups of financial systems"},
	{"segregation_of_duties", "segregation of duties", "Segregation of duties"},
	{"custody", "custody of client funds and assets", "Custody of client funds and assets"},
}

// Criteria are the 2017 Trust Services Criteria in document order.
var Criteria = criteria(
	"CC1.1", "CC1.2", "CC1.3", "CC1.4", "CC1.5",
	"CC2.1", "CC2.2", "CC2.3",
	"CC3.1", "CC3.2", "CC3.3", "CC3.4",
	"CC4.1", "CC4.2",
	"CC5.1", "CC5.2", "CC5.3",
	"CC6.1", "CC6.2", "CC6.3", "CC6.4", "CC6.5", "CC6.6", "CC6.7", "CC6.8",
	"CC7.1", "CC7.2", "CC7.3", "CC7.4", "CC7.5",
	"CC8.1",
	"CC9.1", "CC9.2",
	"A1.1", "A1.2", "A1.3",
	"PI1.1", "PI1.2", "PI1.3", "PI1.4", "PI1.5",
	"C1.1", "C1.2",
	"P1.1", "P2.1", "P3.1", "P3.2", "P4.1", "P4.2", "P4.3", "P5.1", "P5.2",
	"P6.1", "P6.2", "P6.3", "P6.4", "P6.5", "P6.6", "P6.7", "P7.1", "P8.1",
)

func criteria(ids ...string) []Criterion {
	out := make([]Criterion, len(ids))
	for i, id := range ids {
		out[i] = Criterion{ID: id, Category: CategoryOf(id)}
	}
	return out
}

// The ids of each list, in table order.
var (
	AllReports    = termIDs(ReportTerms)
	AllTypes      = termIDs(TypeTerms)
	AllCategories = termIDs(CategoryTerms)
	AllCriteria   = criterionIDs(Criteria)
	AllArtifacts  = artifactIDs(Artifacts)
	AllCoverage   = termIDs(CoverageTerms)
	AllSOC1Areas  = termIDs(SOC1AreaTerms)
)

func termIDs(ts []Term) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}

func criterionIDs(cs []Criterion) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func artifactIDs(as []Artifact) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

// lookupTerm finds id in ts; an unknown id is its own title and label.
func lookupTerm(ts []Term, id string) Term {
	for _, t := range ts {
		if t.ID == id {
			return t
		}
	}
	return Term{ID: id, Title: id, Label: id}
}

// LookupArtifact finds an artifact by id.
func LookupArtifact(id string) (Artifact, bool) {
	for _, a := range Artifacts {
		if a.ID == id {
			return a, true
		}
	}
	return Artifact{}, false
}

// LookupCategory finds a Trust Services Category by id.
func LookupCategory(id string) (Term, bool) {
	for _, t := range CategoryTerms {
		if t.ID == id {
			return t, true
		}
	}
	return Term{}, false
}

// ReportTitle renders a report id for people: "SOC 2", "SOC 1 and SOC 2",
// "No SOC report" (also for an empty id).
func ReportTitle(r string) string {
	if r == "" {
		r = ReportNone
	}
	return lookupTerm(ReportTerms, r).Title
}

// TypeTitle renders a type id for people: "Type 2"; "" for none or an unknown id.
func TypeTitle(t string) string {
	for _, x := range TypeTerms {
		if x.ID == t {
			return x.Title
		}
	}
	return ""
}

// CoverageLabel names a coverage status on its own, as a label: "Partly
// covered". An unknown status is its own label.
func CoverageLabel(status string) string { return lookupTerm(CoverageTerms, status).Label }

// CategoryTitle renders a category id for people: "Processing Integrity".
func CategoryTitle(c string) string { return lookupTerm(CategoryTerms, c).Title }

// ArtifactTitle names an artifact in a sentence: "the ISO 27001 certificate".
func ArtifactTitle(a string) string {
	if x, ok := LookupArtifact(a); ok {
		return x.Title
	}
	return a
}

// ArtifactLabel names an artifact in a list: "ISO 27001 certificate".
func ArtifactLabel(a string) string {
	if x, ok := LookupArtifact(a); ok {
		return x.Label
	}
	return strings.ReplaceAll(a, "_", " ")
}

// AreaTitle names a SOC 1 area in a sentence: "access to financial systems"
// for access_financial. An unknown id reads as its words.
func AreaTitle(a string) string {
	for _, t := range SOC1AreaTerms {
		if t.ID == a {
			return t.Title
		}
	}
	return strings.ReplaceAll(a, "_", " ")
}

// AreaLabel names a SOC 1 area in a list or on its own: "Access to financial
// systems". An unknown id reads as its words, capitalised.
func AreaLabel(a string) string {
	for _, t := range SOC1AreaTerms {
		if t.ID == a {
			return t.Label
		}
	}
	s := strings.ReplaceAll(a, "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// CategoryOf returns the Trust Services Category a criterion id belongs to, or "".
func CategoryOf(criterion string) string {
	switch {
	case strings.HasPrefix(criterion, "CC"):
		return CatSecurity
	case strings.HasPrefix(criterion, "A1."):
		return CatAvailability
	case strings.HasPrefix(criterion, "PI1."):
		return CatProcessingIntegrity
	case strings.HasPrefix(criterion, "C1."):
		return CatConfidentiality
	case strings.HasPrefix(criterion, "P"):
		return CatPrivacy
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
