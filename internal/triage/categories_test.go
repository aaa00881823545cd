package triage

import (
	"fmt"
	"slices"
	"testing"
)

// A category is in a verdict because the question is about it, not because one of its
// words is there. Personal data named as the thing another control protects (the
// records behind an MFA prompt, the laptops that are encrypted) does not make the
// question a privacy one; asked about by itself, or with words of a privacy criterion
// of its own, it does. The vocabulary adds a category the rules did not bring only
// when the question names that category's subject and a criterion of it by its own
// words. In a verdict that includes SOC 1, the completeness of the financial process
// is the SOC 1 half, not processing integrity. A security criterion that a privacy or
// availability rule cites in support needs words of its own, apart from those the
// rule's category reads. The questions are written for this test, apart from the
// evaluation sets.
func TestCategoriesFromTheSubject(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		want            []string // categories that must be in the verdict
		absent          []string // categories that must not be
	}{
		// Personal data in passing: the control's own category only.
		{"personal data in passing", "Do nurses who view patient records sign in with a hardware token?", []string{CatSecurity}, []string{CatPrivacy}},
		{"personal data in passing", "Is the laptop fleet that stores employee personal data encrypted at rest?", []string{CatSecurity}, []string{CatPrivacy}},
		{"personal data in passing", "Are call-centre agents who handle customer personal details trained on phishing every year?", []string{CatSecurity}, []string{CatPrivacy}},
		{"personal data in passing", "Is personal data about our members kept in a monitored environment with alerts on unusual access?", []string{CatSecurity}, []string{CatPrivacy}},
		// Personal data as the subject, alone or with a privacy criterion's words.
		{"personal data subject", "How do you protect personal data?", []string{CatPrivacy}, nil},
		{"personal data subject", "Who in your organisation is accountable for personal data?", []string{CatPrivacy}, nil},
		{"personal data subject", "Is access to personal data logged, and is it used only for the purpose it was collected for?", []string{CatSecurity, CatPrivacy}, nil},
		{"personal data subject", "How long is personal data retained before it is deleted?", []string{CatPrivacy}, []string{CatSecurity}},

		// A second category the question names by its subject and by a criterion's own
		// words: published mappings cite it beside the main criterion.
		{"confidential data named", "Can tenants bring their own encryption keys for the confidential records they store with you?", []string{CatSecurity, CatConfidentiality}, nil},
		{"confidential data named", "Is MFA required to reach the systems that hold confidential client files?", []string{CatSecurity, CatConfidentiality}, nil},
		{"lineage named", "Is data lineage shown in the system diagrams you keep for auditors?", []string{CatSecurity, CatProcessingIntegrity}, nil},
		{"interface specifications named", "Are policies and procedures for interoperability, covering the specifications of data exchanged over interfaces, documented and approved?", []string{CatSecurity, CatProcessingIntegrity}, nil},
		// Near misses: a category's word without its subject, or its subject without a
		// criterion's words, adds nothing.
		{"proprietary in passing", "Is MFA required for staff who handle proprietary designs?", []string{CatSecurity}, []string{CatConfidentiality}},
		{"sensitive in passing", "Are access reviews performed for users of sensitive systems?", []string{CatSecurity}, []string{CatConfidentiality}},
		{"customer data in passing", "Are vendors that handle customer data assessed each year?", []string{CatSecurity}, []string{CatConfidentiality}},
		{"backups as a place", "Is customer data encrypted at rest in databases, file stores and backups?", []string{CatSecurity}, []string{CatAvailability, CatConfidentiality}},
		{"backups as a place", "Will our records be erased at the end of the contract, including from backups?", []string{CatConfidentiality}, []string{CatAvailability}},
		{"backups as a place", "Is data purged from primary storage, replicas and backups when a tenant leaves?", []string{CatConfidentiality}, []string{CatAvailability}},
		{"backups as the subject", "Are the nightly backups encrypted with keys held apart from the data?", []string{CatSecurity, CatAvailability}, nil},
		{"outages as news", "Is there a status page where customers can follow outages as they happen?", []string{CatSecurity}, []string{CatAvailability}},
		{"data elements of a privacy answer", "Please list each data element you collect from patients and explain why you need it.", []string{CatPrivacy}, []string{CatProcessingIntegrity}},
		{"a right, not an export", "Are requests from data subjects for access, erasure or portability answered within a month?", []string{CatPrivacy}, []string{CatProcessingIntegrity}},
		{"processing errors named", "Are errors found during processing of customer files corrected before the results go out?", []string{CatProcessingIntegrity}, nil},
		{"log retention", "How long are audit logs retained, and who may read them?", []string{CatSecurity}, []string{CatConfidentiality, CatPrivacy}},
		{"generator of numbers", "Does the random number generator used for session tokens come from a vetted library?", nil, []string{CatAvailability}},
		{"financial processing", "Are failed nightly posting runs for the payroll ledger rerun after approval?", nil, []string{CatProcessingIntegrity}},

		// A security criterion a privacy or availability rule cites in support stays
		// only when the question names it in words of its own.
		{"privacy commitments alone", "Must your sub-processors accept the same privacy terms you give us?", []string{CatPrivacy}, []string{CatSecurity}},
		{"recovery test alone", "When did you last run a failover exercise, and did it meet the target?", []string{CatAvailability}, []string{CatSecurity}},
		{"recovery test alone", "Is a DR test run every year?", []string{CatAvailability}, []string{CatSecurity}},
		{"plan named", "Is the DR plan documented and tested every year?", []string{CatSecurity, CatAvailability}, nil},
		{"incident response named", "Under your incident response plan, are affected individuals notified when their personal data is breached?", []string{CatSecurity, CatPrivacy}, nil},
		{"breach notice alone", "Do you notify data subjects if a breach affects their personal data?", []string{CatPrivacy}, []string{CatSecurity}},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		checkCategories(t, tt.class, tt.question, v, tt.want, tt.absent)
	}
}

// checkCategories reports an error for each category of want that v lacks and each
// category of absent that v has; class and question name the row.
func checkCategories(t *testing.T, class, question string, v Verdict, want, absent []string) {
	t.Helper()
	for _, c := range want {
		if !slices.Contains(v.Categories, c) {
			t.Errorf("%s: %q: categories %v lack %s (criteria %v)", class, question, v.Categories, c, v.Criteria)
		}
	}
	for _, c := range absent {
		if slices.Contains(v.Categories, c) {
			t.Errorf("%s: %q: categories %v include %s (criteria %v)", class, question, v.Categories, c, v.Criteria)
		}
	}
}

// The categories a report request names are all in the verdict, security too,
// however they are listed: joined by "&", "+", "/", commas or "and", after the
// report's name or a scope word ("covering", "including", "in addition to", "as
// well as"), before a category noun or "in scope", in capitals or as short forms
// ("Sec+Avail", "S, A, C, PI"). A category not named is not added ("Does your SOC
// 2 include Availability?" is availability alone), and a name that modifies a noun
// ("privacy training"), the triad of confidentiality, integrity and availability,
// or a negated name is no category of the report. Written for this test.
func TestCategoriesNamedInRequests(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, avail, pi, conf, priv := CatSecurity, CatAvailability, CatProcessingIntegrity, CatConfidentiality, CatPrivacy
	tests := []struct {
		question string
		want     []string // exactly these categories
	}{
		{"Please forward the SOC 2 Type 2 that covers Security + Confidentiality.", []string{sec, conf}},
		{"We require a SOC2 type II (Availability / Privacy) before go-live.", []string{avail, priv}},
		{"SOC 2 TYPE II, SCOPE: SECURITY AND PRIVACY", []string{sec, priv}},
		{"Does your latest SOC 2 report cover Availability as well as Security?", []string{sec, avail}},
		{"soc 2 w/ sec+avail, type 1 ok for now", []string{sec, avail}},
		{"Trust services criteria in the report: S, A, C, PI?", []string{sec, avail, pi, conf}},
		{"For the audit we need confidentiality and privacy criteria included in the SOC 2.", []string{conf, priv}},
		{"Your SOC 2 audit, does it include also the availability and the confidentiality?", []string{avail, conf}},
		{"Is Processing Integrity among the categories your SOC 2 examination covers?", []string{pi}},
		{"A design-only report covering Privacy and Confidentiality would be enough for the pilot.", []string{conf, priv}},
		{"SOC1 + SOC2 (security & availability), type 2 for both pls", []string{sec, avail}},
		{"SOC 1 NOT REQUIRED. SOC 2 TYPE 2 INCLUDING CONFIDENTIALITY REQUIRED (Y/N)", []string{conf}},
		{"A point-in-time attestation is fine for year one. Will it include Confidentiality in addition to Security?", []string{sec, conf}},
		{"Is the scope of your SOC 2 inclusive of Privacy?", []string{priv}},
		{"Does the SOC 2 examination encompass Availability and Confidentiality?", []string{avail, conf}},
		{"Our SOC 2 Type II incorporates Processing Integrity.", []string{pi}},
		// Near misses.
		{"Does your SOC 2 include Availability?", []string{avail}},
		{"Is the SOC 2 scope inclusive of the subservice organisation's data centres?", []string{sec}},
		{"Does your SOC 2 cover the confidentiality, integrity and availability of customer files?", []string{sec}},
		{"We do not need Privacy; send the SOC 2 covering Security only.", []string{sec}},
		{"SOC 2 Type 2 excluding Privacy, please.", []string{sec}},
		{"Other than Security, which categories does your SOC 2 cover?", []string{sec}},
		{"Attach the SOC 2 report, and describe the security awareness and privacy training staff receive.", []string{sec}},
		{"Is the SOC 2 report available to customers who sign an NDA?", []string{sec}},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		if !slices.Equal(v.Categories, tt.want) {
			t.Errorf("%q: categories %v, want %v (criteria %v)", tt.question, v.Categories, tt.want, v.Criteria)
		}
	}
}

// Personal data in passing: patient, student, member, employee or cardholder data
// named as what a system holds, or in a sentence that only sets the asker's context,
// does not make a backup, log, encryption, recovery, monitoring or access question a
// privacy one. Retention is of personal data only when the personal data is what is
// kept: backups, snapshots, logs, audit trails or tickets kept or deleted are the
// control's own subject. Asked about as such (how long personal data is kept, its
// deletion, a person's access to it), privacy stays. Written for this test.
func TestPersonalDataInPassing(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, avail, priv := CatSecurity, CatAvailability, CatPrivacy
	tests := []struct {
		question string
		cats     []string // exactly these categories
		first    string   // the first criterion
	}{
		{"Patient records will be part of what we store with you. How often are backups taken, and how long are they kept?", []string{avail}, "A1.2"},
		{"Our members' PHI will sit in your platform. How long are nightly backups retained?", []string{avail}, "A1.2"},
		{"How long do you keep backups of the database that holds student records?", []string{avail}, "A1.2"},
		{"Do you keep snapshots of the servers hosting patient data, and for how long?", []string{avail}, "A1.2"},
		{"Tape backups of member PHI: how long are they held offsite?", []string{avail}, "A1.2"},
		{"The datas of our employees (personal) will be in your cloud; the backup, how many days you conserve it?", []string{avail}, "A1.2"},
		{"For systems processing PHI, how long are audit trails retained?", []string{sec}, "CC7.2"},
		{"PII will be in scope. Are log files deleted after 90 days?", []string{sec}, "CC7.2"},
		{"Student records will be hosted by you; describe how the data is encrypted in transit and at rest.", []string{sec}, "CC6.7"},
		{"Cardholder data is processed in this environment. Is there a disaster recovery plan and when was it last tested?", []string{sec, avail}, "A1.3"},
		{"Is the database containing PII monitored for unusual queries, with alerts sent to the SOC?", []string{sec}, "CC7.2"},
		{"We will load student records into the portal. Are user accounts removed within a day of a staff member leaving?", []string{sec}, "CC6.3"},
		// Near misses: the personal data is what is kept, deleted or asked for.
		{"How long is personal data retained after the contract ends?", []string{priv}, "P4.2"},
		{"How long do you keep PHI, and is it securely destroyed afterwards?", []string{priv}, "P4.3"},
		{"Within how many days of termination is student PII deleted, including from backups?", []string{priv}, "P4.3"},
		{"Is resident personal information kept only as long as the law requires?", []string{priv}, "P4.2"},
		{"Can a student ask to see the personal data you hold about them?", []string{priv}, ""},
		{"PHI will be stored in your system. How do you protect it?", []string{priv}, ""},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		if !slices.Equal(v.Categories, tt.cats) {
			t.Errorf("%q: categories %v, want %v (criteria %v)", tt.question, v.Categories, tt.cats, v.Criteria)
		}
		if tt.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tt.first) {
			t.Errorf("%q: criteria %v, want %s first", tt.question, v.Criteria, tt.first)
		}
	}
}

// A word written once may be read as several (an abbreviation or a calque: "MSSP",
// "sensibilisation"); those words share the written word's span. A category word among
// them, in a question that names a report, used to slice the text backwards and panic.
func TestCategoryWordsInsideOneWrittenWord(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		report   string
	}{
		{"Is your SOC 2 covering the sensibilisation of the personnel?", ReportSOC2},
		{"Do you use an MSSP, and is it in your SOC 2 report?", ReportSOC2},
		{"Are alerts watched day and night by your SOC or an MSSP?", ReportSOC2},
		{"SOC 2 scope: securisation and disponibility of the platform?", ReportSOC2},
		{"Which report covers the MSSP and the sensibilisation programme?", ReportSOC2},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		if v.Report != tt.report {
			t.Errorf("%q: report %s, want %s (evidence %v)", tt.question, v.Report, tt.report, v.Evidence)
		}
	}
}

// Every written form of wording.json, in sentences that name a report and list
// categories around it, classifies without a panic and keeps its verdict consistent.
func TestEveryWrittenFormInsideCategoryLists(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	doc, err := loadWording(ruleFiles)
	if err != nil {
		t.Fatal(err)
	}
	frames := []string{
		"Does your SOC 2 report cover %s?",
		"SOC 2 (security, %s and availability)",
		"Is %s, privacy or confidentiality in your SOC 2?",
		"soc 2 type 2: %s + processing integrity",
	}
	for _, entries := range [][]WordingEntry{doc.Expand, doc.Calques} {
		for _, x := range entries {
			for _, w := range x.Write {
				for _, f := range frames {
					q := fmt.Sprintf(f, w)
					v := e.Classify(Question{Text: q})
					if (v.Report == ReportNone) != (v.Type == TypeNone) {
						t.Errorf("%q: report %s with type %q", q, v.Report, v.Type)
					}
				}
			}
		}
	}
}
