package triage

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The decisions of the domain guide (section 8 above all), pinned as one flat table.
func TestClassifyGuideCases(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, text string
		report     string
		typ        string
		firstCrit  string   // "" when no criterion is expected
		areas      []string // SOC 1 areas that must be present; none at all when nil
		artifacts  []string // exact artifacts (nil: none)
		categories []string // exact categories (nil: none)
	}{
		{"named soc2", "Do you have a SOC 2 Type II report?", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"named soc1 by standard", "Please provide your SSAE 16 report.", "soc1", "type2", "", nil, nil, nil},
		// SSAE 18 is the standard of both reports (guide section 7).
		{"ssae 18 alone is both", "Please provide your SSAE 18 report.", "both", "type2", "", nil, nil, []string{"security"}},
		{"ssae 18 in a list of standards is both", "Do you comply with standards such as ISO 27001 and SSAE 18?", "both", "type2", "", nil, []string{"iso27001_certificate"}, []string{"security"}},
		{"ssae 18 beside a soc 2 is both", "Please send your SSAE-18 report as well as your SOC 2.", "both", "type2", "", nil, nil, []string{"security"}},
		{"ssae 18/soc 2 is one report", "Have you undergone a SSAE 18/SOC 2 audit?", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"soc 2 (ssae 18) is one report", "Provide your SOC 2 Type II (SSAE 18) report.", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"ssae 18 soc 1 is soc 1", "Provide your most recent SOC 1 Type II report (SSAE 18).", "soc1", "type2", "", nil, nil, nil},
		{"ssae 18 for sox is soc 1", "Our SOX auditors need your SSAE 18 report.", "soc1", "type2", "", nil, nil, nil},
		{"ssae 18 for the asker's auditors is soc 1", "our auditors need a ssae 18 report from you by jan 31", "soc1", "type2", "", nil, nil, nil},
		{"ssae 18 about a financial process is still both, with no area", "Share the SSAE-18 attestation for your payroll processing.", "both", "type2", "", nil, nil, []string{"security"}},
		{"ssae 18 not needed", "We do not need an SSAE 18 report, only your SOC 2.", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"named both", "Do you have SOC 1 and SOC 2 reports?", "both", "type2", "", nil, nil, []string{"security"}},
		{"ssae 18 soc 2 is soc 2", "Provide your SSAE 18 SOC 2 Type II report.", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"soc3 public", "Do you have a SOC 3 we can share publicly?", "soc2", "type2", "", nil, []string{"soc3"}, []string{"security"}},
		{"unnamed report", "Do you have a SOC report?", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"other than soc2", "Other than your SOC 2, do you hold an ISO 27001 certificate?", "none", "", "", nil, []string{"iso27001_certificate"}, nil},
		{"no need for soc1", "We do not need a SOC 1; do you have a SOC 2?", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"type1 accepted", "A SOC 2 Type 1 is fine this year.", "soc2", "type1", "", nil, nil, []string{"security"}},
		{"type1 rejected", "A Type 1 will not meet our requirement; provide your SOC 2.", "soc2", "type2", "", nil, nil, []string{"security"}},
		// A negation after a type belongs to the type, not to the report named before it.
		{"type1 of the report rejected", "A SOC 2 Type 1 will not do for us.", "soc2", "type2", "", nil, nil, []string{"security"}},
		{"soc1 type1 rejected", "Your SOC 1 Type I is not sufficient.", "soc1", "type2", "", nil, nil, nil},
		{"as of a date", "Provide a SOC 2 report on the design of controls as of a specific date.", "soc2", "type1", "", nil, nil, []string{"security"}},
		{"bridge alone", "Please provide a bridge letter for your SOC 2.", "none", "", "", nil, []string{"bridge_letter"}, nil},
		{"bridge with report", "Provide your SOC 2 report and, if the period has ended, a bridge letter.", "soc2", "type2", "", nil, []string{"bridge_letter"}, []string{"security"}},
		{"access to payroll", "How is access to the payroll application restricted?", "both", "type2", "CC6.1", []string{"access_financial"}, nil, []string{"security"}},
		{"changes to billing", "Are changes to the billing system tested and approved?", "both", "type2", "CC8.1", []string{"change_financial"}, nil, []string{"security"}},
		{"sox framing", "Our auditors rely on your access controls over the billing system for SOX.", "soc1", "type2", "", []string{"access_financial"}, nil, nil},
		{"payroll accuracy", "How do you ensure payroll is calculated correctly?", "soc1", "type2", "", []string{"transaction_processing"}, nil, nil},
		{"non-financial accuracy", "How do you ensure event feeds are processed completely and accurately?", "soc2", "type2", "PI1.3", nil, nil, []string{"processing_integrity"}},
		{"pen test practice", "Do you perform annual penetration tests?", "soc2", "type2", "CC4.1", nil, []string{"pentest_letter"}, []string{"security"}},
		{"pen test letter", "Please provide your latest penetration test summary letter.", "none", "", "", nil, []string{"pentest_letter"}, nil},
		{"insurance", "Do you carry cyber liability insurance?", "none", "", "", nil, []string{"insurance_certificate"}, nil},
		{"gdpr", "Are you GDPR compliant?", "none", "", "", nil, []string{"dpa"}, nil},
		{"privacy notice url", "Please provide the URL of your privacy notice.", "none", "", "", nil, []string{"privacy_policy"}, nil},
		{"dsar practice", "How do you handle data subject access requests?", "soc2", "type2", "P5.1", nil, nil, []string{"privacy"}},
		{"bcp", "Do you have a business continuity plan?", "soc2", "type2", "CC9.1", nil, nil, []string{"security"}},
		{"bcp tested", "Is the disaster recovery plan tested annually?", "soc2", "type2", "A1.3", nil, nil, []string{"security", "availability"}},
		{"backups", "Do you encrypt backups?", "soc2", "type2", "A1.2", nil, nil, []string{"security", "availability"}},
		{"backup frequency", "How often are backups taken?", "soc2", "type2", "A1.2", nil, nil, []string{"availability"}},
		{"remote mfa first", "Is MFA required for VPN access?", "soc2", "type2", "CC6.6", nil, nil, []string{"security"}},
		{"mfa", "Is multi-factor authentication enforced for all users?", "soc2", "type2", "CC6.1", nil, nil, []string{"security"}},
		{"awareness first", "Do employees complete security awareness training?", "soc2", "type2", "CC2.2", nil, nil, []string{"security"}},
		{"asset inventory first", "Do you maintain an asset inventory?", "soc2", "type2", "CC6.1", nil, nil, []string{"security"}},
		{"encryption in transit", "Is data encrypted in transit?", "soc2", "type2", "CC6.7", nil, nil, []string{"security"}},
		{"category named", "Does your SOC 2 include the Privacy category?", "soc2", "type2", "", nil, nil, []string{"privacy"}},
		{"audited financials", "Provide your audited financial statements.", "none", "", "", nil, []string{"financial_statements"}, nil},
		{"policy attach", "Please attach your information security policy.", "none", "", "", nil, []string{"policy_document"}, nil},
		{"company facts", "How many employees does your company have?", "none", "", "", nil, []string{"custom_answer"}, nil},
		{"unmatched", "What is your favourite colour?", "none", "", "", nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.text})
			if v.Report != tc.report || v.Type != tc.typ {
				t.Fatalf("%q: got %s/%q, want %s/%q (evidence %+v)", tc.text, v.Report, v.Type, tc.report, tc.typ, v.Evidence)
			}
			if tc.firstCrit != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tc.firstCrit) {
				t.Errorf("criteria %v, want %s first", v.Criteria, tc.firstCrit)
			}
			if tc.firstCrit == "" && len(v.Criteria) > 0 {
				t.Errorf("criteria %v, want none", v.Criteria)
			}
			for _, a := range tc.areas {
				if !slices.Contains(v.SOC1Areas, a) {
					t.Errorf("soc1_areas %v, want %s", v.SOC1Areas, a)
				}
			}
			if tc.areas == nil && len(v.SOC1Areas) > 0 && tc.report != "soc1" {
				t.Errorf("soc1_areas %v, want none", v.SOC1Areas)
			}
			if !slices.Equal(v.Artifacts, tc.artifacts) && len(v.Artifacts)+len(tc.artifacts) > 0 {
				t.Errorf("artifacts %v, want %v", v.Artifacts, tc.artifacts)
			}
			if !slices.Equal(v.Categories, tc.categories) && len(v.Categories)+len(tc.categories) > 0 {
				t.Errorf("categories %v, want %v", v.Categories, tc.categories)
			}
			if (tc.name == "unmatched") != v.Unmatched {
				t.Errorf("unmatched = %v", v.Unmatched)
			}
		})
	}
}

// A heading is context, never a source: heading-poisoning cases. Each question is
// classified with and without its heading; the heading may only narrow "both" to SOC 1
// under a heading framed as the asker's own SOX reliance, and only a bare fragment is
// read with it.
func TestHeadingsNeverDecide(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, heading, text string
		report              string
		criteria            []string // exact
		artifacts           []string // exact
		headingEvidence     bool     // the evidence names the heading
	}{
		{"assessment heading over encryption", "Third Party Security Assessments", "Is customer data encrypted at rest?", "soc2", []string{"CC6.1"}, []string{}, false},
		{"instruction paragraph over an unmatched question", "Third Party Security Assessments: answer each question and attach evidence of your most recent penetration test and audit.", "Do you have a documented process for onboarding new customers?", "none", []string{}, []string{}, false},
		{"policies heading over laws", "Policies, Procedures and Standards", "Do you comply with applicable laws and regulations?", "soc2", []string{"CC3.1", "CC4.1"}, []string{}, false},
		{"policies heading over an unmatched sentence", "Policies, Procedures and Standards", "Are legal requirements tracked by your counsel?", "none", []string{}, []string{}, false},
		{"pen test heading over a sentence", "Penetration Testing", "Describe the scope of your program.", "none", []string{}, []string{}, false},
		{"type heading adds no type", "SOC 2 Type 1 Readiness", "Is MFA enforced for all users?", "soc2", []string{"CC6.1"}, []string{}, false},
		{"report heading adds no report", "SOC 1 Questionnaire", "Do you encrypt backups?", "soc2", nil, []string{}, false},
		{"financial heading adds no soc1", "Payroll", "Is MFA enforced?", "soc2", []string{"CC6.1"}, []string{}, false},
		{"privacy heading over a form field", "Privacy", "Vendor Name", "none", []string{}, []string{"custom_answer"}, false},
		{"assessment heading over a form field", "Third Party Security Assessments", "Product Description", "none", []string{}, []string{"custom_answer"}, false},
		{"sox heading narrows both to soc1", "SOX 404 IT General Controls", "Are changes to the billing system tested and approved?", "soc1", []string{}, []string{}, true},
		{"fragment read with its heading", "Disaster Recovery", "Frequency of testing", "soc2", []string{"A1.3", "CC9.1"}, []string{}, true},
		{"fragment continues its heading", "Encryption", "At rest?", "soc2", []string{"CC6.1"}, []string{}, true},
		{"fragment under a paragraph is not read with it", "Third Party Security Assessments: answer each question and attach evidence of your most recent penetration test and audit.", "Frequency of testing", "none", []string{}, []string{}, false},
		{"a fragment that matches alone ignores its heading", "Third Party Security Assessments", "Encryption?", "soc2", []string{"CC6.1", "CC6.7"}, []string{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.text, Section: tc.heading})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (evidence %+v)", v.Report, tc.report, v.Evidence)
			}
			if tc.criteria != nil && !slices.Equal(v.Criteria, tc.criteria) {
				t.Errorf("criteria %v, want %v", v.Criteria, tc.criteria)
			}
			if !slices.Equal(v.Artifacts, tc.artifacts) {
				t.Errorf("artifacts %v, want %v", v.Artifacts, tc.artifacts)
			}
			if got := hasHeadingEvidence(v) || narrowedToSOC1(v); got != tc.headingEvidence {
				t.Errorf("heading evidence = %v, want %v (evidence %+v)", got, tc.headingEvidence, v.Evidence)
			}
			if !tc.headingEvidence {
				alone := e.Classify(Question{Text: tc.text})
				if diff := verdictDiff(alone, v); diff != "" {
					t.Errorf("the heading changed the verdict: %s", diff)
				}
			}
		})
	}
}

// Over every labelled question with a heading (the held-out halves aside): a verdict read with its heading cites
// nothing its text alone does not, unless the evidence says the heading was used.
func TestHeadingAddsNothingOnEvalSets(t *testing.T) {
	e := mustEngine(t)
	sets := labelledSets(t)
	if len(sets) < 4 {
		t.Fatalf("evaluation sets: %v", sets)
	}
	for _, set := range sets {
		for _, lq := range readEvalSet(t, set) {
			if lq.Section == "" {
				continue
			}
			v := e.Classify(lq.Question())
			if hasHeadingEvidence(v) {
				t.Errorf("%s %s: %q read with its heading %q; it is no fragment", filepath.Base(set), lq.ID, lq.Text, lq.Section)
				continue
			}
			alone := e.Classify(Question{Text: lq.Text})
			if narrowedToSOC1(v) {
				if alone.Report != ReportBoth {
					t.Errorf("%s %s: heading %q narrowed %s to soc1", filepath.Base(set), lq.ID, lq.Section, alone.Report)
				}
				alone.Report, alone.Criteria, alone.Categories = ReportSOC1, []string{}, []string{}
			}
			if diff := verdictDiff(alone, v); diff != "" {
				t.Errorf("%s %s: heading %q changed the verdict: %s", filepath.Base(set), lq.ID, lq.Section, diff)
			}
		}
	}
}

func narrowedToSOC1(v Verdict) bool {
	return slices.ContainsFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "heading_soc1" })
}

func hasHeadingEvidence(v Verdict) bool {
	return slices.ContainsFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "heading" })
}

// verdictDiff compares the decided fields of two verdicts.
func verdictDiff(want, got Verdict) string {
	switch {
	case want.Report != got.Report, want.Type != got.Type:
		return fmt.Sprintf("%s/%s, want %s/%s", got.Report, got.Type, want.Report, want.Type)
	case !slices.Equal(want.Criteria, got.Criteria):
		return fmt.Sprintf("criteria %v, want %v", got.Criteria, want.Criteria)
	case !slices.Equal(want.Categories, got.Categories):
		return fmt.Sprintf("categories %v, want %v", got.Categories, want.Categories)
	case !slices.Equal(want.SOC1Areas, got.SOC1Areas):
		return fmt.Sprintf("soc1_areas %v, want %v", got.SOC1Areas, want.SOC1Areas)
	case !slices.Equal(want.Artifacts, got.Artifacts):
		return fmt.Sprintf("artifacts %v, want %v", got.Artifacts, want.Artifacts)
	}
	return ""
}

// labelledSets lists the paths of the labelled sets, the held-out halves
// (*.holdout.jsonl) left out.
func labelledSets(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/eval/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return slices.DeleteFunc(paths, func(p string) bool { return strings.HasSuffix(p, ".holdout.jsonl") })
}

func readEvalSet(t *testing.T, path string) []LabelledQuestion {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ReadLabelled(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return qs
}

// Two questions on one line: the verdict is the union of what each needs.
func TestClassifyTwoQuestionsOnOneLine(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, text string
		report     string
		criteria   []string // must be present
		areas      []string // must be present
		artifacts  []string // must be present
	}{
		{"soc2 and soc1", "Do you encrypt backups? Do you have a SOC 1 for payroll?", "both", []string{"CC6.1"}, nil, nil},
		{"soc1 then soc2", "Do you have a SOC 1 for payroll? Is MFA enforced for admins?", "both", []string{"CC6.1"}, nil, nil},
		{"artifact and report", "Do you carry cyber insurance? Do you have a SOC 2 Type II?", "soc2", nil, nil, []string{"insurance_certificate"}},
		{"second part leans on the first", "Do you have a disaster recovery plan? Is it tested annually?", "soc2", []string{"CC9.1", "A1.3"}, nil, nil},
		{"one question stays as it was", "Are changes to the billing system tested and approved?", "both", []string{"CC8.1"}, []string{"change_financial"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.text})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (evidence %+v)", v.Report, tc.report, v.Evidence)
			}
			for _, c := range tc.criteria {
				if !slices.Contains(v.Criteria, c) {
					t.Errorf("criteria %v lack %s", v.Criteria, c)
				}
			}
			for _, a := range tc.areas {
				if !slices.Contains(v.SOC1Areas, a) {
					t.Errorf("soc1_areas %v lack %s", v.SOC1Areas, a)
				}
			}
			for _, a := range tc.artifacts {
				if !slices.Contains(v.Artifacts, a) {
					t.Errorf("artifacts %v lack %s", v.Artifacts, a)
				}
			}
			if v.Report != ReportNone && v.Type == "" {
				t.Errorf("type empty for %s", v.Report)
			}
			if hasSOC2(v.Report) && len(v.Categories) == 0 {
				t.Errorf("no categories for %s", v.Report)
			}
		})
	}
}
