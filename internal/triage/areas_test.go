package triage

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// Every SOC 1 area can be the first area of a verdict: three questions each, in
// different wording, written for this test (none is taken from the evaluation sets).
var reachableAreas = []struct {
	area      string
	questions [3]string
}{
	{"transaction_processing", [3]string{
		"How do you make sure the gross-to-net calculation in each pay cycle is right?",
		"What stops a claim from being adjudicated and paid twice?",
		"Describe the checks on loan payments before they are posted to borrower balances.",
	}},
	{"financial_reporting", [3]string{
		"Who reviews the quarterly statements sent to plan participants before they are mailed?",
		"How is the accuracy of the net asset value you publish for each fund checked?",
		"Describe the review of the trial balance you deliver to us at month-end close.",
	}},
	{"master_data", [3]string{
		"Who may change an employee's pay rate, and is the change approved?",
		"How are new suppliers and their bank details verified before they are added to the vendor master?",
		"When interest rate tables are updated, who checks the new values?",
	}},
	{"interfaces", [3]string{
		"How do you confirm the payroll journal file we upload into our ledger is complete?",
		"Are control totals compared between the ACH file you send and what the bank accepts?",
		"What happens to records rejected by the interface to our general ledger?",
	}},
	{"reconciliation", [3]string{
		"How often are bank accounts reconciled and who reviews the reconciling items?",
		"How long can a payment stay in suspense before it is researched and cleared?",
		"Are differences between the cash ledger and the bank statement investigated each day?",
	}},
	{"access_financial", [3]string{
		"Who has administrator rights in the billing application, and how is that reviewed?",
		"Is access to the payroll system removed on an employee's last day?",
		"How is user access to the general ledger approved before it is granted?",
	}},
	{"change_financial", [3]string{
		"How are changes to the claims system tested and approved before release to production?",
		"Who approves code changes to the loan servicing platform?",
		"Are changes to the billing application's calculation logic reviewed by someone independent?",
	}},
	{"operations_financial", [3]string{
		"If the overnight payroll batch fails, who approves the rerun?",
		"Are end-of-day settlement jobs monitored, and are failures fixed before markets open?",
		"Is the general ledger database backed up daily, and is recovery tested?",
	}},
	{"segregation_of_duties", [3]string{
		"Can the person who enters a wire also approve it?",
		"Are incompatible duties in accounts payable, such as vendor set-up and payment approval, held by different staff?",
		"Is a second approver required before a manual journal entry is posted?",
	}},
	{"custody", [3]string{
		"How are client funds held in trust kept separate from the firm's own money?",
		"Describe how securities held in custody for clients are safeguarded.",
		"How are escrow balances held on behalf of borrowers protected?",
	}},
}

func TestEveryAreaIsTheFirstAreaSomewhere(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	seen := map[string]bool{}
	for _, tc := range reachableAreas {
		seen[tc.area] = true
		for _, q := range tc.questions {
			v := e.Classify(Question{Text: q})
			if len(v.SOC1Areas) == 0 || v.SOC1Areas[0] != tc.area {
				t.Errorf("%q: report %s, areas %v, want %s first", q, v.Report, v.SOC1Areas, tc.area)
			}
		}
	}
	for _, a := range AllSOC1Areas {
		if !seen[a] {
			t.Errorf("%s has no reachability questions", a)
		}
	}
}

func TestAreasCatalogueCoversEveryArea(t *testing.T) {
	t.Parallel()
	areas := Areas()
	if len(areas) != len(AllSOC1Areas) || len(areas) > maxAreas {
		t.Fatalf("catalogue has %d areas, want %d (at most %d)", len(areas), len(AllSOC1Areas), maxAreas)
	}
	meanings := map[string]string{}
	for i, a := range areas {
		if a.ID != AllSOC1Areas[i] {
			t.Errorf("entry %d is %s, want %s", i, a.ID, AllSOC1Areas[i])
		}
		if prev, dup := meanings[a.Meaning]; dup {
			t.Errorf("%s and %s share a meaning", prev, a.ID)
		}
		meanings[a.Meaning] = a.ID
	}
}

// The code names SOC 1 areas by index, found once as the package loads: a name that is
// not an area stops the start instead of meaning the first area, and every rule's areas
// are indexed when the rules compile.
func TestAreaIndexesAreBuiltAtLoad(t *testing.T) {
	t.Parallel()
	func() {
		defer func() {
			if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), `"transaction_procesing"`) {
				t.Errorf("mustArea of a misspelt area: recovered %v, want a panic naming it", r)
			}
		}()
		mustArea("transaction_procesing")
	}()
	for _, a := range AllSOC1Areas {
		if got := AllSOC1Areas[mustArea(a)]; got != a {
			t.Errorf("mustArea(%q) names %q", a, got)
		}
	}
	e := mustEngine(t)
	for _, r := range e.rules {
		if len(r.areaIdx) != len(r.SOC1Areas) {
			t.Fatalf("rule %s: %d area indexes for %v", r.ID, len(r.areaIdx), r.SOC1Areas)
		}
		for i, ai := range r.areaIdx {
			if ai < 0 || AllSOC1Areas[ai] != r.SOC1Areas[i] {
				t.Errorf("rule %s: area index %d for %s", r.ID, ai, r.SOC1Areas[i])
			}
		}
	}
}

func TestAreasCatalogueValidation(t *testing.T) {
	t.Parallel()
	base := embeddedFiles(t, "*.json", "rules/*.json")
	good := string(base[areasFile].Data)
	tests := []struct {
		name, areas, want string
	}{
		{"unknown field", strings.Replace(good, `"meaning"`, `"colour": 1, "meaning"`, 1), "unknown field"},
		{"missing area", strings.Replace(good, `{"id": "financial_reporting"`, `{"id": "transaction_processing"`, 1), "entry 2 is \"transaction_processing\", want financial_reporting"},
		{"bad weight", strings.Replace(good, `"suspense": 4`, `"suspense": 9`, 1), "reconciliation term \"suspense\": weight 9"},
		{"bad phrase", strings.Replace(good, `"suspense": 4`, `"su* account": 3`, 1), "reconciliation: prefix"},
		{"unknown lexicon", strings.Replace(good, `"suspense": 4`, `"@nope": 3`, 1), "unknown lexicon entry @nope"},
		{"the other catalogue's key", strings.Replace(good, `"areas": [`, `"criteria": [], "areas": [`, 1), "soc1_areas.json: unknown field \"criteria\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for n, f := range base {
				fsys[n] = f
			}
			fsys[areasFile] = &fstest.MapFile{Data: []byte(tc.areas)}
			_, err := NewEngineFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestAreaVocabularyEvidence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		name, question string
		report         string
		areas          []string
		reason         string // a part of the area evidence's reason
	}{
		// A rule gives one area; the vocabulary adds the other the question asks about.
		{"adds an area", "Who can add a new supplier to the vendor file, and is each bank account change confirmed by call-back?",
			"soc1", []string{"master_data"}, "master data changes (add a new supplier"},
		// The rules' report stands: a named SOC 2 does not become SOC 1.
		{"keeps the rules' report", "Please send your SOC 2 report; it should cover payroll.",
			"soc2", []string{}, ""},
		// No rule decides: a financial process named by its business words is SOC 1.
		{"answers SOC 1", "How quickly are items in the suspense account cleared?",
			"soc1", []string{"reconciliation"}, "reconciliations (suspense"},
		// Completeness of processing, which the rules read as processing integrity, of a
		// financial file is SOC 1; the same words about event data stay SOC 2.
		{"processing of a financial process", "How do you confirm that the ACH file reached the bank complete, with record counts checked?",
			"soc1", []string{"interfaces"}, "interfaces and data transfers (ACH file"},
		{"processing of other data", "Are record counts checked when event files are loaded?",
			"soc2", []string{}, ""},
		{"batch jobs without a financial word", "Are failed batch jobs detected and rerun?",
			"soc2", []string{}, ""},
		// An IT control of a financial system is both reports.
		{"IT control of a financial system", "Are backups of the claims database restored as a test every quarter?",
			"both", []string{"operations_financial"}, "batch jobs and backups of financial systems ("},
		{"replication of a financial system", "Is the trading platform replicated to a standby site?",
			"both", []string{"operations_financial"}, "batch jobs and backups of financial systems (trading platform replicated"},
		{"recovery of a system named by its process", "How long may the claims payment platform be down before it is recovered?",
			"both", []string{"operations_financial"}, "batch jobs and backups of financial systems ("},
		// The rules see a financial calculation; its words say a change to the system.
		{"change of a financial calculation", "Who approves edits to the fee calculation logic before it goes live?",
			"both", []string{"change_financial"}, "changes to financial systems ("},
		// Dual control of something that is not a financial duty is not SOC 1.
		{"dual control outside finance", "Do firewall rule changes need dual approval?",
			"soc2", []string{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := checkVocabulary(t, e, tc.question, tc.report, "soc1_area_vocabulary", tc.reason)
			for _, a := range tc.areas {
				if !contains(v.SOC1Areas, a) {
					t.Errorf("areas %v, want %s among them", v.SOC1Areas, a)
				}
			}
		})
	}
}

// A financial system named in passing beside a security control is SOC 2 alone. The
// evidence that says so is not a vocabulary reading, so it carries its own rule name,
// and no evidence line of the area vocabulary gives that reason.
func TestInPassingEvidenceNamed(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, q := range []string{
		"Are API keys for the billing portal rotated?",
		"How do you notify us of a breach affecting payroll records?",
	} {
		v := checkVocabulary(t, e, q, "soc2", "money_system_in_passing", "no words of a financial process")
		for _, ev := range v.Evidence {
			if ev.Rule == "soc1_area_vocabulary" && strings.Contains(ev.Reason, "no words of a financial process") {
				t.Errorf("%q: the in-passing reading is named soc1_area_vocabulary", q)
			}
		}
	}
}

// The SOC 2 half of an IT control over a financial system that the area vocabulary
// made both is chosen one way, whether the rules saw the financial process (a
// calculation, a rate table) or nothing at all: the criteria the criteria catalogue
// answers with, with the area's usual criterion first when none of them is of
// security or availability, and the area's usual criterion alone when the catalogue
// has no answer.
func TestITControlCriteriaOneWay(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question   string
		criteria   []string
		categories []string
		area       string
	}{
		// The rules see a financial calculation; the words are of changing it.
		{"Who approves edits to the fee calculation logic before it goes live?",
			[]string{"CC8.1"}, []string{"security"}, "change_financial"},
		// The catalogue's own answer, as a control statement: least privilege.
		{"Access to modify the premium rating tables is limited to named actuaries.",
			[]string{"CC6.3"}, []string{"security"}, "access_financial"},
		// The catalogue answers with confidentiality only: the access control comes first.
		{"Who has access to modify the premium rating tables, and is confidential pricing kept secret?",
			[]string{"CC6.1", "C1.1"}, []string{"security", "confidentiality"}, "access_financial"},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.question})
		if v.Report != ReportBoth || !slices.Equal(v.Criteria, tc.criteria) || !slices.Equal(v.Categories, tc.categories) ||
			len(v.SOC1Areas) == 0 || v.SOC1Areas[0] != tc.area {
			t.Errorf("%q: %s %v %v %v, want both %v %v with %s first", tc.question, v.Report, v.Criteria, v.Categories, v.SOC1Areas,
				tc.criteria, tc.categories, tc.area)
		}
	}
}

// BenchmarkClassify300WithoutAreas is BenchmarkClassify300 with the rules and the
// criteria catalogue but no SOC 1 areas catalogue: the two side by side give the
// areas catalogue's share of the classification time.
func BenchmarkClassify300WithoutAreas(b *testing.B) {
	e, err := NewEngineFS(embeddedFiles(b, "rules/*.json", catalogueFile))
	if err != nil {
		b.Fatal(err)
	}
	benchClassify300(b, e)
}

// Every area has a name of its own in both forms, not its id in words, and the
// names are told apart.
func TestAreaNames(t *testing.T) {
	seen := map[string]string{}
	for _, a := range AllSOC1Areas {
		title, label := AreaTitle(a), AreaLabel(a)
		if title == "" || label == "" || strings.Contains(title, "_") || strings.Contains(label, "_") {
			t.Errorf("%s: title %q, label %q", a, title, label)
		}
		if !strings.EqualFold(title, label) || label[:1] != strings.ToUpper(label[:1]) {
			t.Errorf("%s: label %q should be title %q capitalised", a, label, title)
		}
		if other, ok := seen[title]; ok {
			t.Errorf("%s and %s are both named %q", a, other, title)
		}
		seen[title] = a
	}
	for id, want := range map[string][2]string{
		"access_financial":     {"access to financial systems", "Access to financial systems"},
		"operations_financial": {"batch jobs and backups of financial systems", "Batch jobs and backups of financial systems"},
		"payroll_run":          {"payroll run", "Payroll run"}, // unknown: its words
		"":                     {"", ""},
	} {
		if got := [2]string{AreaTitle(id), AreaLabel(id)}; got != want {
			t.Errorf("%q: got %q, want %q", id, got, want)
		}
	}
}
