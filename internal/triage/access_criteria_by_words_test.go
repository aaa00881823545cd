package triage

import (
	"slices"
	"testing"
)

// checkFirstCriterion classifies each question and reports a report or a first
// criterion other than the one wanted.
func checkFirstCriterion(t *testing.T, cases []struct{ q, report, first string }) {
	t.Helper()
	e := mustEngine(t)
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			v := e.Classify(Question{Text: c.q})
			if v.Report != c.report {
				t.Errorf("report %s, want %s", v.Report, c.report)
			}
			if len(v.Criteria) == 0 || v.Criteria[0] != c.first {
				t.Errorf("criteria %v, want %s first (evidence %+v)", v.Criteria, c.first, v.Evidence)
			}
		})
	}
}

// firstCase is a question, the criterion its verdict must rank first (not checked
// when "") and criteria it must not carry at all.
type firstCase struct {
	question, first string
	absent          []string
}

// checkFirstAndAbsent is checkRanks for tables that want nothing among the first
// three beyond the first.
func checkFirstAndAbsent(t *testing.T, tests []firstCase) {
	t.Helper()
	ranks := make([]rankCase, len(tests))
	for i, tt := range tests {
		ranks[i] = rankCase{question: tt.question, first: tt.first, absent: tt.absent}
	}
	checkRanks(t, ranks)
}

// rankCase is a firstCase that also names criteria its verdict must rank among the
// first three.
type rankCase struct {
	question, first string
	top, absent     []string
}

// checkRanks classifies each question and reports a first criterion other than the
// one wanted, a wanted criterion below the first three, or any criterion it was not
// to carry.
func checkRanks(t *testing.T, tests []rankCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tt.question})
			if tt.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tt.first) {
				t.Errorf("criteria %v, want %s first (evidence %+v)", v.Criteria, tt.first, v.Evidence)
			}
			top := v.Criteria[:min(3, len(v.Criteria))]
			for _, c := range tt.top {
				if !slices.Contains(top, c) {
					t.Errorf("criteria %v, want %s among the first three", v.Criteria, c)
				}
			}
			for _, c := range tt.absent {
				if slices.Contains(v.Criteria, c) {
					t.Errorf("criteria %v, want no %s", v.Criteria, c)
				}
			}
		})
	}
}

// Access to a money system is both reports with access_financial, and its SOC 2
// criteria are those its words name: access granted or approved is CC6.2, reviewed,
// removed, held by named people or enforcing a split of duties CC6.3, MFA CC6.1, and
// MFA for remote or VPN access CC6.6 first. financial_access and privileged_access
// read the kind of control and give its usual criteria (CC6.1, CC6.3), which follow
// the ones the question names.
func TestAccessCriteriaByTheWords(t *testing.T) {
	t.Parallel()
	checkFirstCriterion(t, []struct{ q, report, first string }{
		{"Who holds administrator rights in the premium billing system, and how often is that list reviewed?", "both", "CC6.3"},
		{"How is a new user's access to the treasury platform requested and approved?", "both", "CC6.2"},
		{"Are user IDs on the loan servicing platform disabled the day an employee leaves?", "both", "CC6.3"},
		{"Are billing platform roles designed so that no one user can both raise and approve a credit note?", "both", "CC6.3"},
		{"Is MFA enforced for remote VPN access by staff who administer the payroll system?", "both", "CC6.6"},
		{"Is MFA enforced for VPN connections into the loan servicing environment?", "both", "CC6.6"},
		// Near misses: MFA over a money system, and privileged access with no money.
		{"Is access to the claims platform protected with MFA?", "both", "CC6.1"},
		{"Is privileged access protected with MFA?", "soc2", "CC6.1"},
		{"Is multi-factor authentication required for remote access?", "soc2", "CC6.6"},
	})
}

// Developers' or engineers' own access to production (write access, logging in to
// the live database) is access kept apart from development, CC6.3, then the change
// control it goes around, CC8.1. Developers deploying their own code is the change
// control first, and MFA for engineers is authentication.
func TestDeveloperAccessToProduction(t *testing.T) {
	t.Parallel()
	checkFirstCriterion(t, []struct{ q, report, first string }{
		{"Do engineers have direct write access to the production claims database?", "both", "CC6.3"},
		{"Can programmers log in to the live payroll database?", "both", "CC6.3"},
		{"Do developers have write access to production?", "soc2", "CC6.3"},
		// Near misses.
		{"Can developers deploy their own code to the billing system?", "both", "CC8.1"},
		{"Is MFA enforced for engineers accessing production?", "soc2", "CC6.1"},
	})
}

// A restore from backup that is tested or whose restored records are verified is a
// recovery test (A1.3) even when a money system's name stands between the words;
// backups taken, or systems restored after an incident and checked before they
// return to service, keep A1.2.
func TestRestoreTestedAcrossASystemName(t *testing.T) {
	t.Parallel()
	checkFirstCriterion(t, []struct{ q, report, first string }{
		{"Has a restore of the claims ledger from backup been tested this year?", "both", "A1.3"},
		{"When did you last restore the premium billing database from backup and verify the restored records?", "both", "A1.3"},
		// Near misses.
		{"Are payroll database backups taken daily?", "both", "A1.2"},
		{"After a ransomware attack, are systems restored from backups and verified before returning to service?", "soc2", "A1.2"},
	})
}
