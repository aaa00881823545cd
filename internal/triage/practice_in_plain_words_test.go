package triage

import "testing"

// SOC 2 practice asked in the words of people who never use security jargon: a
// break-in that loses the asker's data and when it is told (CC7.4), the other
// companies its data is handed to and how they are checked (CC9.2), the person in
// charge of keeping data safe (CC1.3), an outsider's yearly check of the controls
// with its report (an unnamed report, SOC 2), and a plan for keeping the business
// running through a fire or flood that is practised (CC9.1, then A1.3). Near misses
// keep the same everyday words where they ask for something else: an overdue
// invoice told, a need-to-know basis, the vendor's own staff forced to use two-step
// login, someone in charge of an account, and an outsider's yearly check with no
// report asked to see (none: it asks for no report and names no control). The questions are written for this test, apart from the evaluation sets.
func TestPracticeInPlainWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "If your systems get hacked and our customer list leaks, when would we hear from you?", report: ReportSOC2, first: "CC7.4"},
		{q: "Say a criminal breaks into your network and takes our files - how quickly do you let us know?", report: ReportSOC2, first: "CC7.4"},
		{q: "If our information ends up in the wrong hands because of you, will you warn us, and how fast?", report: ReportSOC2, first: "CC7.4"},
		{q: "If you get hacked, do you tell us straight away?", report: ReportSOC2, first: "CC7.4"},
		{q: "What checks do you run on the outside firms that get copies of our records?", report: ReportSOC2, first: "CC9.2"},
		{q: "Before you let another company handle our data, how do you make sure they are trustworthy?", report: ReportSOC2, first: "CC9.2"},
		{q: "How do you vet the businesses you pass our employees' details on to?", report: ReportSOC2, first: "CC9.2"},
		{q: "Who is responsible for keeping our information secure at your firm?", report: ReportSOC2, first: "CC1.3"},
		{q: "Is there one person at your company whose job is protecting customer data?", report: ReportSOC2, first: "CC1.3"},
		{q: "Who looks after security at your company?", report: ReportSOC2, first: "CC1.3"},
		{q: "Does an outside firm check your controls each year, and can we have a copy of what they write?", report: ReportSOC2},
		{q: "If a fire or flood shut your office, how would you keep working? Do you rehearse it?", report: ReportSOC2, first: "CC9.1", crit: "A1.3"},
		{q: "Is there a plan for keeping things running if disaster strikes, and is it ever practised?", report: ReportSOC2, first: "CC9.1", crit: "A1.3"},
		{q: "Do you have a written plan to keep the business going in an emergency?", report: ReportSOC2, first: "CC9.1"},
		// Near misses.
		{q: "How soon do you tell us when an invoice is overdue?", report: ReportNone, absent: "CC7.4"},
		{q: "Is access granted on a need to know basis?", report: ReportSOC2, first: "CC6.3"},
		{q: "Do you make two-step login mandatory for your own staff?", report: ReportSOC2, first: "CC6.1"},
		{q: "Who at your company is in charge of our account?", report: ReportNone, absent: "CC1.3"},
		{q: "Are your controls checked by an independent party each year?", report: ReportNone},
	})
}

// Documents and product settings asked for in plain words are none with the
// artifact that answers them: audited accounts asked for so the asker knows the
// company is on solid ground (financial statements, not a need-to-know access
// rule), proof of meeting the card industry's rules (the PCI attestation), a
// refund or cancellation policy to attach (the policy alone, not a legal term to
// write in), and the asker's own managers or administrators making two-step login
// or strong passwords compulsory for its users (a product setting). A Type 1 said
// as "how the controls are designed right now" or "set up at go-live" is a Type 1.
func TestDocumentsAndSettingsInPlainWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Could you share your audited accounts for the last three years? We need to know your business is sound.", report: ReportNone, arts: []string{"financial_statements"}},
		{q: "Do you meet the card industry's data security rules? Please send proof.", report: ReportNone, arts: []string{"pci_aoc"}},
		{q: "Can you show us you comply with the card scheme security standard?", report: ReportNone, arts: []string{"pci_aoc"}},
		{q: "Please upload your cancellation policy.", report: ReportNone, arts: []string{"policy_document"}},
		{q: "Please attach your returns policy.", report: ReportNone, arts: []string{"policy_document"}},
		{q: "Can our HR managers make two-step login compulsory for our staff in your portal?", report: ReportNone, arts: []string{"custom_answer"}},
		{q: "Can our administrators make strong passwords required for our users?", report: ReportNone, arts: []string{"custom_answer"}},
		{q: "We only need to see how your controls are designed right now, not how they ran over a period.", report: ReportSOC2, typ: Type1},
		{q: "Our auditors only want to see how your controls are set up at go-live.", report: ReportSOC2, typ: Type1},
		// Near misses.
		{q: "Do you store card numbers, and are they encrypted?", report: ReportSOC2, arts: []string{}},
		{q: "How is the backup designed?", report: ReportSOC2, typ: Type2},
	})
}

// A money system named by what it does ("the servers that run our payroll", "the
// servers which process client payments") is the system an IT control is asked
// over, so the control is both reports. A site or system lost and how long until
// the money moves again is a recovery time (A1.3, A1.2); how the money still goes
// out while the system is down is continuity (CC9.1, A1.2); over a money system
// both are both reports with operations_financial. Near misses: the same words
// over a website or with no money system stay SOC 2, and a refund paid again is no
// recovery.
func TestMoneySystemControlsInPlainWords(t *testing.T) {
	t.Parallel()
	ops := []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Are hard drives from the servers that run our payroll wiped before they leave your building?", report: ReportBoth, first: "CC6.5", areas: []string{"access_financial"}},
		{q: "The servers which process client payments: are they scanned for vulnerabilities?", report: ReportBoth, first: "CC7.1", areas: ops},
		// The servers, not a finance team's devices (TestFinanceTeamDevicesAreEndpoints).
		{q: "Is malware protection deployed on the servers that run the payroll batch?", report: ReportBoth, crit: "CC6.8", areas: ops},
		{q: "When your invoicing platform is down at month end, how do our invoices still go out?", report: ReportBoth, first: "CC9.1", areas: ops},
		{q: "If the building housing the payroll system burns down, how long before pay can go out again?", report: ReportBoth, first: "A1.3", areas: ops},
		{q: "If the data centre behind the claims payment system is lost, how soon can claimants be paid again?", report: ReportBoth, first: "A1.3", areas: ops},
		// Near misses.
		{q: "If your main site burns down, how quickly are you back up?", report: ReportSOC2, first: "A1.3", areas: []string{}},
		{q: "How often does the system go down?", report: ReportSOC2, first: "A1.1"},
		{q: "The servers that run our website - how are they wiped?", report: ReportSOC2, first: "CC6.5", areas: []string{}},
		{q: "How long until a refund is paid again?", report: ReportNone, absent: "A1.3"},
	})
}

// Change and access in plain words: a new version, release or update tried out,
// tested or checked before it goes live is change management (CC8.1), and over a
// money calculator or system both reports with change_financial; programmers or
// engineers who can get into the live system are access to production (CC6.3),
// and over a money system access_financial, not a change of its software; a code
// sent to a phone beside a password is a second factor, not code changed. Near
// misses: a policy's new version approved, a supplier's bank details changed before
// the change goes live (standing data, SOC 1), and code changes approved.
func TestChangeAndAccessInPlainWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Before a new version of the app goes live, is it tested?", report: ReportSOC2, first: "CC8.1"},
		{q: "Are updates tried out before they go live?", report: ReportSOC2, first: "CC8.1"},
		{q: "Is the new release tested before it goes live?", report: ReportSOC2, first: "CC8.1"},
		{q: "When you bring out a new version of the billing software, who checks it before it goes live?", report: ReportBoth, first: "CC8.1", areas: []string{"change_financial"}},
		{q: "Is a new version of the bonus calculator checked against last quarter's figures before it goes live?", report: ReportBoth, first: "CC8.1", areas: []string{"change_financial"}},
		{q: "Can your engineers get into the live payroll database and edit records directly?", report: ReportBoth, crit: "CC6.3", areas: []string{"access_financial"}},
		{q: "Does logging in to the billing platform need a code sent to your staff's phones as well as a password?", report: ReportBoth, first: "CC6.1", areas: []string{"access_financial"}},
		// Near misses.
		{q: "Is the new version of your privacy policy approved?", report: ReportSOC2, absent: "CC8.1"},
		{q: "Do changes to a supplier's bank account need a call-back before the change goes live?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Who approves code changes to the billing platform?", report: ReportBoth, first: "CC8.1", areas: []string{"change_financial"}},
	})
}
