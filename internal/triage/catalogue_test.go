package triage

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// Every criterion of the catalogue can be the first answer: three questions each, in
// different wording, written for this test (none is taken from the evaluation sets).
var reachable = []struct {
	criterion string
	questions [3]string
}{
	{"CC1.1", [3]string{
		"Do all employees sign your code of conduct when they join and every year after?",
		"Describe how conflicts of interest are declared and managed by staff.",
		"Leadership sets the tone at the top with a written ethics policy that every worker accepts.",
	}},
	{"CC1.2", [3]string{
		"Does the board of directors review the information security programme?",
		"Is there an audit committee that oversees internal control and security risk?",
		"How does your governing body exercise oversight of cybersecurity matters?",
	}},
	{"CC1.3", [3]string{
		"Provide an org chart showing where the security function reports.",
		"Have you appointed a CISO or equivalent security officer?",
		"Are security roles and responsibilities formally assigned and documented?",
	}},
	{"CC1.4", [3]string{
		"Are background checks completed for new hires before they start?",
		"How do you make sure staff have the skills and competence their security roles require?",
		"Candidates undergo criminal record and reference checks prior to employment.",
	}},
	{"CC1.5", [3]string{
		"Are employees who violate security policies subject to a disciplinary process?",
		"Do annual performance appraisals hold staff accountable for their control responsibilities?",
		"What sanctions apply to personnel who breach the acceptable use rules?",
	}},
	{"CC2.1", [3]string{
		"Do you keep current data flow diagrams for the service?",
		"Provide a network diagram and architecture documentation of the production environment.",
		"Is there a system description that identifies the information used to operate controls?",
	}},
	{"CC2.2", [3]string{
		"Is there a whistleblower hotline where staff can anonymously report concerns?",
		"How are security policies communicated to the workforce?",
		"Do you run phishing simulation campaigns as part of security awareness?",
	}},
	{"CC2.3", [3]string{
		"Do you publish a status page where customers can follow service health?",
		"Is there a responsible disclosure channel for outside researchers to report vulnerabilities?",
		"How are customers informed of changes to the service that affect their security obligations?",
	}},
	{"CC3.1", [3]string{
		"Are information security objectives defined and approved by management?",
		"Has the organization documented its risk appetite and risk tolerance?",
		"How do you identify the legal, regulatory and contractual requirements that apply to you?",
	}},
	{"CC3.2", [3]string{
		"How often is a formal risk assessment performed?",
		"Do you maintain a risk register with likelihood and impact ratings?",
		"Describe your threat modelling approach for new systems.",
	}},
	{"CC3.3", [3]string{
		"Does your risk assessment consider the potential for fraud?",
		"How do you guard against management override of controls and misappropriation of assets?",
		"Is a fraud risk assessment performed each year?",
	}},
	{"CC3.4", [3]string{
		"How do you assess the security impact of mergers and acquisitions?",
		"Are significant changes in the business environment evaluated for their effect on internal control?",
		"When regulations change, how is the risk reassessed?",
	}},
	{"CC4.1", [3]string{
		"Do you have an internal audit function that tests security controls?",
		"Are control self-assessments performed and reviewed?",
		"How is the ongoing effectiveness of controls monitored and evaluated?",
	}},
	{"CC4.2", [3]string{
		"How are audit findings tracked through to remediation?",
		"Control deficiencies are reported to senior management and corrective actions assigned owners.",
		"Describe how identified control gaps and nonconformities are remediated.",
	}},
	{"CC5.1", [3]string{
		"Which control framework do you use to select controls that mitigate identified risks?",
		"Mechanisms exist to select and develop control activities that reduce risks to acceptable levels.",
		"Do you maintain a control matrix mapping risks to preventive and detective controls?",
	}},
	{"CC5.2", [3]string{
		"Describe your IT general controls over infrastructure and technology.",
		"Are general controls over technology selected and developed to support objectives?",
		"How are technology controls over the acquisition, development and maintenance of systems defined?",
	}},
	{"CC5.3", [3]string{
		"Has senior management approved a written information security policy?",
		"Are standard operating procedures documented for security operations?",
		"The organization maintains security policies that are reviewed and updated at least annually.",
	}},
	{"CC6.1", [3]string{
		"Is two-factor authentication required to log in to the admin console?",
		"How are encryption keys managed and rotated?",
		"Is customer data encrypted at rest in the database?",
	}},
	{"CC6.2", [3]string{
		"How is a new user account requested and approved before access is granted?",
		"Does every user receive a unique user ID?",
		"Describe your user provisioning process for joiners.",
	}},
	{"CC6.3", [3]string{
		"Are user access reviews performed each quarter?",
		"Is access removed on the day an employee leaves?",
		"How do you enforce least privilege and role-based access?",
	}},
	{"CC6.4", [3]string{
		"Is physical access to the data centre controlled with badges and visitor logs?",
		"Do your offices use CCTV and escorted visitor procedures?",
		"Who can enter the server room and how is entry restricted?",
	}},
	{"CC6.5", [3]string{
		"How are hard drives sanitised before disposal?",
		"Do you obtain certificates of destruction when equipment is decommissioned?",
		"Are laptops wiped before they are reissued to another employee?",
	}},
	{"CC6.6", [3]string{
		"Do you use a web application firewall in front of the service?",
		"How is the network perimeter protected against DDoS attacks?",
		"Is remote access only possible through a VPN?",
	}},
	{"CC6.7", [3]string{
		"Is all traffic protected with TLS 1.2 or higher?",
		"Is the use of USB removable media blocked on workstations?",
		"Do you have data loss prevention to stop exfiltration of sensitive files?",
	}},
	{"CC6.8", [3]string{
		"Is anti-malware software installed on all servers and endpoints?",
		"Do you deploy an EDR tool on company laptops?",
		"How do you prevent installation of unauthorised software?",
	}},
	{"CC7.1", [3]string{
		"How often are vulnerability scans run against production?",
		"What is your patching timeline for critical vulnerabilities?",
		"Are systems hardened against a configuration baseline such as the CIS benchmarks?",
	}},
	{"CC7.2", [3]string{
		"Are security logs collected centrally in a SIEM?",
		"How long are audit logs retained?",
		"Is there intrusion detection with alerting on anomalous activity?",
	}},
	{"CC7.3", [3]string{
		"How are security events triaged to decide whether they are incidents?",
		"Describe how alerts are classified by severity and prioritised.",
		"Who evaluates detected events and determines if an incident has occurred?",
	}},
	{"CC7.4", [3]string{
		"Do you have a documented incident response plan?",
		"Describe your procedures for containing and eradicating a security breach.",
		"Is there a computer security incident response team with forensic capability?",
	}},
	{"CC7.5", [3]string{
		"After a security incident, how do you restore affected systems and data?",
		"Are root cause analyses and lessons learned documented after incidents?",
		"Do post-mortems lead to changes that prevent recurrence?",
	}},
	{"CC8.1", [3]string{
		"Describe your change management process for production releases.",
		"Is every code change peer reviewed through a pull request before merge?",
		"How are emergency changes approved and documented?",
	}},
	{"CC9.1", [3]string{
		"Do you have a business continuity plan?",
		"Has a business impact analysis been performed for critical processes?",
		"How do you mitigate the risk of business disruption from a pandemic or crisis?",
	}},
	{"CC9.2", [3]string{
		"How do you assess the security of your vendors and suppliers?",
		"Is there a list of subprocessors and how are they monitored?",
		"Describe your third-party risk management due diligence for critical suppliers.",
	}},
	{"A1.1", [3]string{
		"How do you monitor capacity and plan for growth?",
		"Does the platform autoscale to meet demand?",
		"Are resource utilisation and performance metrics monitored against thresholds?",
	}},
	{"A1.2", [3]string{
		"How often are backups taken and where are they stored?",
		"Does the platform run in more than one availability zone so it can fail over?",
		"Are the data centres protected by UPS, generators and fire suppression?",
	}},
	{"A1.3", [3]string{
		"How often do you test restoring from backup?",
		"When was the disaster recovery plan last tested?",
		"What are your RTO and RPO and are they verified by exercises?",
	}},
	{"PI1.1", [3]string{
		"Do you maintain a data dictionary defining each field of the service's inputs and outputs?",
		"Are processing specifications documented for the system?",
		"How are data definitions for the service communicated to users?",
	}},
	{"PI1.2", [3]string{
		"How do you validate input data uploaded by customers?",
		"Are edit checks applied at data entry to reject incomplete records?",
		"Are control totals compared when files are ingested?",
	}},
	{"PI1.3", [3]string{
		"How do you make sure processing of customer jobs is complete, accurate and timely?",
		"Are failed batch jobs detected and rerun?",
		"Describe error handling and the exception queue in the processing pipeline.",
	}},
	{"PI1.4", [3]string{
		"How do you ensure outputs are complete and accurate before they are delivered?",
		"Are reports distributed only to the intended recipients?",
		"Is output reviewed before results are released to the customer?",
	}},
	{"PI1.5", [3]string{
		"How do you protect stored data from corruption?",
		"Are checksums used to verify the integrity of stored files?",
		"Do you run database integrity checks on stored records?",
	}},
	{"C1.1", [3]string{
		"How do you identify and classify confidential information?",
		"Do employees and contractors sign NDAs?",
		"Describe your data classification scheme and labelling requirements.",
	}},
	{"C1.2", [3]string{
		"Will you delete or return our data when the contract ends?",
		"What is your retention schedule for customer data?",
		"Is customer information purged once it is no longer needed for processing?",
	}},
	{"P1.1", [3]string{
		"Is a privacy notice provided to individuals at the time their data is collected?",
		"How do you tell data subjects the purposes for which their information is used?",
		"Are individuals notified of changes to your privacy practices?",
	}},
	{"P2.1", [3]string{
		"How do you obtain and record consent from individuals?",
		"Can users opt out of marketing communications?",
		"Can people withdraw their consent at any time?",
	}},
	{"P3.1", [3]string{
		"Is the collection of personal information limited to what is needed for the stated purpose?",
		"Do you apply data minimisation when you collect personal data?",
		"Personal information is collected only by fair and lawful means.",
	}},
	{"P3.2", [3]string{
		"Do you obtain explicit consent before collecting sensitive personal information such as health data?",
		"How is consent captured for special category data like biometrics?",
		"Is explicit consent required before you gather racial or ethnic data?",
	}},
	{"P4.1", [3]string{
		"Is personal data used only for the purposes it was collected for?",
		"Do you use customer personal information for secondary purposes such as marketing or profiling?",
		"Will our users' personal data be used to train your models?",
	}},
	{"P4.2", [3]string{
		"How long is personal information retained?",
		"Do you have a retention period for personal data that meets legal requirements?",
		"Is PII kept only as long as necessary for its purpose?",
	}},
	{"P4.3", [3]string{
		"How do you delete personal data when it is no longer needed?",
		"Do you honour the right to erasure?",
		"Is personal information securely disposed of once it is no longer needed?",
	}},
	{"P5.1", [3]string{
		"Describe how you answer subject access requests from individuals.",
		"Can individuals obtain a copy of the personal information you hold about them?",
		"What is your process for responding to a DSAR?",
	}},
	{"P5.2", [3]string{
		"Can individuals correct inaccurate personal information?",
		"How do you process requests for rectification?",
		"Can data subjects update or amend their personal data?",
	}},
	{"P6.1", [3]string{
		"Do you share personal information with third parties, and with whose consent?",
		"Is personal data disclosed to partners only for the purposes individuals agreed to?",
		"Do you sell personal data?",
	}},
	{"P6.2", [3]string{
		"Do you keep a record of disclosures of personal information to third parties?",
		"Is there a log of authorised disclosures of personal data?",
		"How do you track which third parties personal data was shared with?",
	}},
	{"P6.3", [3]string{
		"Do you keep a breach register of unauthorised disclosures of personal data?",
		"Are privacy incidents recorded and tracked?",
		"Is there a record of every unauthorized disclosure of personal information?",
	}},
	{"P6.4", [3]string{
		"Are subprocessors contractually bound to privacy commitments?",
		"How do you assess your vendors' handling of personal information against your privacy obligations?",
		"Do contracts with processors include data protection clauses?",
	}},
	{"P6.5", [3]string{
		"Are your vendors required to notify you of breaches involving personal data?",
		"Must subprocessors report unauthorised disclosures of personal information to you?",
		"Do third parties have to inform you of incidents affecting personal information they hold?",
	}},
	{"P6.6", [3]string{
		"How will affected individuals be notified of a breach of their personal data?",
		"Do you notify data subjects of breaches within legally required timelines?",
		"Do you alert affected consumers when their personal data is compromised?",
	}},
	{"P6.7", [3]string{
		"Do you maintain an inventory of the personal data you hold?",
		"Do you keep a record of processing activities?",
		"Can you tell individuals what personal information about them is held and to whom it was disclosed?",
	}},
	{"P7.1", [3]string{
		"How do you keep personal information accurate and up to date?",
		"Are data quality checks performed on personal data?",
		"Is personal information reviewed for accuracy and completeness?",
	}},
	{"P8.1", [3]string{
		"Have you appointed a data protection officer?",
		"How are privacy complaints handled and resolved?",
		"Do you perform privacy impact assessments?",
	}},
}

func TestEveryCriterionIsTheFirstAnswerSomewhere(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	seen := map[string]bool{}
	for _, tc := range reachable {
		seen[tc.criterion] = true
		for _, q := range tc.questions {
			v := e.Classify(Question{Text: q})
			if len(v.Criteria) == 0 || v.Criteria[0] != tc.criterion {
				t.Errorf("%q: criteria %v, want %s first", q, v.Criteria, tc.criterion)
			}
		}
	}
	for _, c := range AllCriteria {
		if !seen[c] {
			t.Errorf("%s has no reachability questions", c)
		}
	}
}

func TestCatalogueCoversEveryCriterion(t *testing.T) {
	t.Parallel()
	cat := Catalogue()
	if len(cat) != len(AllCriteria) {
		t.Fatalf("catalogue has %d criteria, want %d", len(cat), len(AllCriteria))
	}
	meanings := map[string]string{}
	for i, c := range cat {
		if c.ID != AllCriteria[i] {
			t.Errorf("entry %d is %s, want %s", i, c.ID, AllCriteria[i])
		}
		if prev, dup := meanings[c.Meaning]; dup {
			t.Errorf("%s and %s share a meaning", prev, c.ID)
		}
		meanings[c.Meaning] = c.ID
	}
}

// The criteria of a verdict are kept as bits of a uint64 (decide.go), and the SOC 1
// areas in arrays of maxAreas: both closed lists fit today (61 criteria, 10 areas), and
// a list that outgrew them is refused as the engine loads rather than losing entries.
func TestCataloguesFitTheEngine(t *testing.T) {
	t.Parallel()
	if len(AllCriteria) != 61 || len(AllCriteria) > critMaskBits {
		t.Errorf("%d criteria, want the 61 of the TSC, at most %d", len(AllCriteria), critMaskBits)
	}
	for _, c := range []*vocabCatalogue{&criteriaCatalogue, &areasCatalogue} {
		if err := c.fits(); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	grown := criteriaCatalogue
	grown.ids = append(slices.Clone(AllCriteria), "X1.1", "X1.2", "X1.3", "X1.4")
	if _, err := grown.load(ruleFiles); err == nil || !strings.Contains(err.Error(), "65 criteria, more than the 64") {
		t.Errorf("a catalogue of 65 criteria: error %v, want it refused", err)
	}
	areas := areasCatalogue
	areas.ids = make([]string, maxAreas+1)
	if err := areas.fits(); err == nil || !strings.Contains(err.Error(), "17 areas, more than the 16") {
		t.Errorf("a catalogue of 17 areas: error %v, want it refused", err)
	}
}

func TestCatalogueValidation(t *testing.T) {
	t.Parallel()
	rules := embeddedFiles(t, "rules/*.json")
	good, err := fs.ReadFile(ruleFiles, catalogueFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, catalogue, want string
	}{
		{"unknown field", strings.Replace(string(good), `"meaning"`, `"colour": 1, "meaning"`, 1), "unknown field"},
		{"missing criterion", strings.Replace(string(good), `{"id": "CC1.2"`, `{"id": "CC1.1"`, 1), "entry 2 is \"CC1.1\", want CC1.2"},
		{"bad weight", strings.Replace(string(good), `"code ~1 conduct": 3`, `"code ~1 conduct": 9`, 1), "CC1.1 term \"code ~1 conduct\": weight 9"},
		{"bad phrase", strings.Replace(string(good), `"code ~1 conduct": 3`, `"co* conduct": 3`, 1), "CC1.1: prefix"},
		{"unknown lexicon", strings.Replace(string(good), `"code ~1 conduct": 3`, `"@nope": 3`, 1), "unknown lexicon entry @nope"},
		{"the other catalogue's key", strings.Replace(string(good), `"criteria": [`, `"areas": [], "criteria": [`, 1), "criteria.json: unknown field \"areas\""},
		{"a category without a subject", strings.Replace(string(good), `"privacy": [`, `"privacy_notice": [`, 1), "subject of privacy has 0 phrases"},
		{"a subject for security", strings.Replace(string(good), `"privacy": [`, `"security": ["a", "b", "c"], "privacy": [`, 1), "\"security\" is not a category other than security"},
		{"a bad subject phrase", strings.Replace(string(good), `"privacy": [`, `"privacy": ["@nope", `, 1), "subject of privacy: unknown lexicon entry @nope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{catalogueFile: {Data: []byte(tc.catalogue)}}
			for n, f := range rules {
				fsys[n] = f
			}
			_, err := NewEngineFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
	// Without a catalogue the rules still run: the vocabulary is an addition.
	e, err := NewEngineFS(rules)
	if err != nil {
		t.Fatal(err)
	}
	if v := e.Classify(Question{Text: "Are objectives for the organisation defined and approved?"}); !v.Unmatched {
		t.Errorf("without a catalogue: %+v, want unmatched", v)
	}
	if _, err := LoadCatalogue(fstest.MapFS{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("LoadCatalogue of an empty file system: %v, want ErrNotExist", err)
	}
}

func TestVocabularyEvidence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		name, question string
		report         string
		criteria       []string
		reason         string // a part of the vocabulary evidence's reason
	}{
		// No rule matches: the vocabulary answers, below the rules' confidence.
		{"answers a question no rule matches", "Is a retrospective held and are systems rebuilt after a compromise?",
			"soc2", []string{"CC7.5"}, "closest criteria by vocabulary: CC7.5 (retrospective, rebuilt)"},
		{"answers with one subject term", "Are objectives for the organisation defined and approved?",
			"soc2", []string{"CC3.1"}, "CC3.1 (objectives)"},
		// The rules decide the report; the vocabulary adds the other criteria of the series.
		{"adds the series", "Describe your incident response plan, including severity classification and triage of alerts.",
			"soc2", []string{"CC7.4", "CC7.3"}, "CC7.3 (severity, classification and triage of alerts"},
		// A control written as a statement is answered from a typical term; a question
		// needs a subject term.
		{"answers a statement with typical words", "Mechanisms exist to create copies of data and software on a recurring schedule.",
			"soc2", []string{"A1.2"}, "A1.2 (copies of data)"},
		{"a question needs a subject term", "Do you create copies of data and software?",
			"none", []string{}, ""},
		// A criterion of another series the question names is added after the rules'.
		{"adds another series the question names", "Mechanisms exist to screen individuals before authorizing access to systems.",
			"soc2", []string{"CC6.1", "CC1.4"}, "CC1.4 (screen individuals)"},
		// The vocabulary never decides a report the rules decided.
		{"keeps the rules' report", "Please share your SOC 1 report covering payroll reconciliations.",
			"soc1", []string{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := checkVocabulary(t, e, tc.question, tc.report, "criteria_vocabulary", tc.reason)
			for _, c := range tc.criteria {
				if !contains(v.Criteria, c) {
					t.Errorf("criteria %v, want %s among them", v.Criteria, c)
				}
			}
			if tc.report == "soc2" && len(tc.criteria) == 1 && (v.Unmatched || v.Confidence > 0.6) {
				t.Errorf("unmatched=%v confidence=%v, want a matched answer at no more than 0.6", v.Unmatched, v.Confidence)
			}
		})
	}
}

func TestCrossSeriesKeepsCategories(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	// "proprietary" names confidential information, but the question is about MFA:
	// another series may join only within a category the verdict already has.
	v := e.Classify(Question{Text: "Is MFA required for all logins by staff who handle proprietary designs?"})
	if contains(v.Criteria, "C1.1") || contains(v.Categories, "confidentiality") {
		t.Errorf("criteria %v, categories %v: want no confidentiality", v.Criteria, v.Categories)
	}
	// A fallback rule's criterion goes after one of its category the question names.
	v = e.Classify(Question{Text: "Individuals receive a notice that explains how their personal data is used."})
	if len(v.Criteria) == 0 || v.Criteria[0] != "P1.1" {
		t.Errorf("criteria %v: want P1.1 first", v.Criteria)
	}
	// Words the rules' criterion already explains are not a second subject.
	v = e.Classify(Question{Text: "How do you handle data subject access requests?"})
	if contains(v.Criteria, "CC6.2") {
		t.Errorf("criteria %v: want no CC6.2", v.Criteria)
	}
}

func TestStatement(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want bool
	}{
		{"Mechanisms exist to create copies of data and software.", true},
		{"Backups are encrypted and stored in a second region.", true},
		{"The organization reviews its policies at planned intervals.", true},
		{"Do you create copies of data and software?", false},
		{"Describe how copies of data and software are created and kept", false},
		{"Backups are encrypted.", false}, // too short to be a control
		{"Please list the regions where copies of data are kept", false},
	}
	for _, tc := range tests {
		if got := statement(tc.text); got != tc.want {
			t.Errorf("statement(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// checkVocabulary classifies question and checks its report, and that the reason of
// its evidence named rule (a catalogue's part) contains reason, or that it has no such
// evidence when reason is empty. It returns the verdict for the caller's checks.
func checkVocabulary(t *testing.T, e *Engine, question, report, rule, reason string) Verdict {
	t.Helper()
	v := e.Classify(Question{Text: question})
	if v.Report != report {
		t.Fatalf("report %s, want %s", v.Report, report)
	}
	var got string
	for _, ev := range v.Evidence {
		if ev.Rule == rule {
			got = ev.Reason
		}
	}
	if reason == "" && got != "" || !strings.Contains(got, reason) {
		t.Errorf("%s evidence %q, want it to contain %q", rule, got, reason)
	}
	return v
}

// embeddedFiles copies the embedded rule files that match the patterns into a file
// system a test can change.
func embeddedFiles(tb testing.TB, patterns ...string) fstest.MapFS {
	tb.Helper()
	fsys := fstest.MapFS{}
	for _, pat := range patterns {
		names, err := fs.Glob(ruleFiles, pat)
		if err != nil {
			tb.Fatal(err)
		}
		for _, n := range names {
			data, err := fs.ReadFile(ruleFiles, n)
			if err != nil {
				tb.Fatal(err)
			}
			fsys[n] = &fstest.MapFile{Data: data}
		}
	}
	return fsys
}
