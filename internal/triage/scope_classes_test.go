package triage

import (
	"slices"
	"testing"
)

// classCase is one question of a class test: the fields it must get. A nil list or an
// empty string is not checked; a list given is compared as a set.
type classCase struct {
	q, section  string
	report, typ string
	cats, arts  []string
	areas       []string
	crit        string // among the first three criteria
	first       string // the first criterion
	absent      string // a criterion the verdict must not cite
}

// checkClass classifies each case and reports every field that differs.
func checkClass(t *testing.T, cases []classCase) {
	t.Helper()
	e := mustEngine(t)
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			v := e.Classify(Question{Text: c.q, Section: c.section})
			if v.Report != c.report {
				t.Errorf("report %s, want %s (evidence %+v)", v.Report, c.report, v.Evidence)
			}
			if c.typ != "" && v.Type != c.typ {
				t.Errorf("type %q, want %q", v.Type, c.typ)
			}
			sameSet(t, "categories", v.Categories, c.cats)
			sameSet(t, "artifacts", v.Artifacts, c.arts)
			sameSet(t, "soc1_areas", v.SOC1Areas, c.areas)
			if c.crit != "" && !slices.Contains(v.Criteria[:min(3, len(v.Criteria))], c.crit) {
				t.Errorf("criteria %v, want %s among the first three", v.Criteria, c.crit)
			}
			if c.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != c.first) {
				t.Errorf("criteria %v, want %s first (evidence %+v)", v.Criteria, c.first, v.Evidence)
			}
			if c.absent != "" && slices.Contains(v.Criteria, c.absent) {
				t.Errorf("criteria %v, want no %s (evidence %+v)", v.Criteria, c.absent, v.Evidence)
			}
		})
	}
}

func sameSet(t *testing.T, field string, got, want []string) {
	t.Helper()
	if want == nil {
		return
	}
	if !sameItems(got, want) {
		t.Errorf("%s %v, want %v", field, got, want)
	}
}

// A report described by what it covers (security, uptime, confidentiality, privacy,
// processing integrity) is the SOC 2 with those categories, whether or not another
// report is refused beside it; one described by the asker's financial statements is
// the SOC 1. A dash typed as a hyphen ends the refused report's clause.
func TestReportDescribedByScope(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "We don't want the SOC 1 – send the report that covers your availability commitments instead.", report: "soc2", typ: "type2", cats: []string{"availability"}, arts: none},
		{q: "Rather than your SOC 1, could you share the attestation that addresses confidentiality?", report: "soc2", typ: "type2", cats: []string{"confidentiality"}, arts: none},
		{q: "no soc1 please -- the one about uptime and failover is what our IT team wants", report: "soc2", typ: "type2", cats: []string{"availability"}},
		{q: "We are not asking for a SOC 1; please provide the report that addresses processing integrity.", report: "soc2", cats: []string{"processing_integrity"}},
		{q: "Not the SOC1. We need the report covering privacy of member data.", report: "soc2", cats: []string{"privacy"}},
		{q: "Instead of the SOC 1 report, send whichever report is scoped to confidentiality and privacy.", report: "soc2", cats: []string{"confidentiality", "privacy"}},
		{q: "Can you share the report that covers your uptime commitments?", report: "soc2", typ: "type2", cats: []string{"availability"}, arts: none},
		{q: "Is there an independent report that addresses your security and availability controls?", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Not the SOC 2 - we need the report on controls relevant to our financial statements.", report: "soc1"},
		{q: "Not your SOC 2; the report that covers ICFR for the payroll service, please.", report: "soc1"},
		// Near-misses: a figure promised, another document's scope, a refusal alone.
		{q: "What uptime percentage does your SLA commit to?", report: "none", arts: []string{"custom_answer"}},
		{q: "Does your penetration test report cover the mobile app?", report: "none", arts: []string{"pentest_letter"}},
		{q: "Does your cyber insurance policy cover privacy breaches?", report: "none", arts: []string{"insurance_certificate"}},
		{q: "Does the scope of your ISO 27001 certificate cover availability of the hosting service?", report: "none", arts: []string{"iso27001_certificate"}},
		{q: "We do not need a SOC 1.", report: "none"},
		{q: "Not the SOC 2 - the report that covers our payroll controls for the auditors.", report: "soc1"},
	})
}

// Other certifications asked as an open list beside a SOC 2 put out of scope ("other
// than", "besides", "beyond", "in addition to … what other") are a written answer,
// with the documents of the certifications the line names; HITRUST is a
// certification, not HIPAA. "In addition to the SOC 2, please send …" asks for both.
func TestOtherCertificationsAsked(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Besides your SOC 2 report, which other certifications does the company maintain?", report: "none", arts: []string{"custom_answer"}},
		{q: "In addition to the SOC 2 Type 2, what other third-party certifications do you hold?", report: "none", typ: "", arts: []string{"custom_answer"}},
		{q: "Beyond the SOC 2, which independent assessments has your platform undergone?", report: "none", arts: []string{"custom_answer"}},
		{q: "Aside from SOC 2, are you certified to any other frameworks such as ISO 27001 or HITRUST?", report: "none", arts: []string{"iso27001_certificate", "custom_answer"}},
		{q: "Apart from SOC 2, list any other audits or attestations you have completed (e.g. ISO 27001, PCI DSS).", report: "none", arts: []string{"iso27001_certificate", "pci_aoc"}},
		{q: "Other than SOC2, what other compliance certs do you hold (iso, pci...)?", report: "none", arts: []string{"iso27001_certificate", "pci_aoc"}},
		{q: "What certifications does your organisation hold?", report: "none", arts: []string{"custom_answer"}},
		{q: "Are you HITRUST certified?", report: "none", arts: []string{"custom_answer"}},
		// "have" closing the question asks what the vendor holds.
		{q: "What certifications do you have?", report: "none", arts: []string{"custom_answer"}},
		{q: "Which certifications does your company have?", report: "none", arts: []string{"custom_answer"}},
		{q: "Pls advise which accreditations the firm has.", report: "none", arts: []string{"custom_answer"}},
		{q: "For the hosting side, which accreditations does the data centre operator have?", report: "none", arts: []string{"custom_answer"}},
		{q: "Beyond SOC 2, what certifications do you have? ISO 27001 certificate to be attached.", report: "none", arts: []string{"iso27001_certificate"}},
		{q: "What certifications do your engineers have?", report: "none", arts: []string{}},
		// Near-misses: a report asked for beside the document, named certificates, staff
		// certifications, independent assessments as a control.
		{q: "In addition to the SOC 2, please send the bridge letter.", report: "soc2", typ: "type2", arts: []string{"bridge_letter"}},
		{q: "In addition to your SOC 2 Type II, please provide your ISO 27001 certificate.", report: "soc2", typ: "type2", arts: []string{"iso27001_certificate"}},
		{q: "Other than your SOC 2, do you hold any other certifications, such as ISO 27001?", report: "none", arts: []string{"iso27001_certificate"}},
		{q: "What security certifications do you hold? Please attach the ISO 27001 certificate.", report: "none", arts: []string{"iso27001_certificate"}},
		{q: "Are staff required to keep professional security certifications, and is this checked during hiring?", report: "soc2", crit: "CC1.4"},
		{q: "Are independent assessments of your access controls performed annually?", report: "soc2", crit: "CC4.1"},
		{q: "Are you HIPAA compliant?", report: "none", arts: []string{"hipaa_attestation"}},
	})
}

// Assurance over the design of controls alone is a report of Type 1 even when no
// report is named: operating effectiveness not needed, controls shown to be suitably
// designed, a readiness or pre-audit assessment. The same words about something other
// than the report, or a design-only report refused, keep Type 2.
func TestTypeOneAskedWithoutReport(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Has an outside firm done a pre-audit readiness review of your controls?", report: "soc2", typ: "type1", cats: sec},
		{q: "We only need assurance that your controls are designed appropriately as at go-live; we don't need them tested over a period.", report: "soc2", typ: "type1", cats: sec},
		{q: "Operating effectiveness testing isn't needed for our first year - design-level assurance is enough. Can you give us that?", report: "soc2", typ: "type1", cats: sec},
		{q: "Did a CPA firm perform a readiness assessment ahead of your first audit?", report: "soc2", typ: "type1"},
		{q: "For onboarding we just need independent evidence that the controls are properly designed, not that they operated all year.", report: "soc2", typ: "type1"},
		{q: "Is enough for us the design of controls at one date, the test of effectiveness is not necessary now.", report: "soc2", typ: "type1"},
		{q: "Procurement does not require operating effectiveness to be covered yet. What assurance is available?", report: "soc2", typ: "type1"},
		// Near-misses: readiness of something else, effectiveness asked for, refused.
		{q: "Do you perform a production readiness review before release?", report: "none"},
		{q: "Have you completed a disaster recovery readiness assessment?", report: "soc2", typ: "type2", crit: "CC9.1"},
		{q: "Is operating effectiveness of key controls tested by internal audit?", report: "soc2", typ: "type2", crit: "CC4.1"},
		{q: "The report must cover operating effectiveness, not only design.", report: "soc2", typ: "type2"},
		{q: "A readiness assessment will not be sufficient; we need six months of testing.", report: "soc2", typ: "type2"},
		{q: "A design-only report will not satisfy our risk committee, which needs operating effectiveness tested.", report: "soc2", typ: "type2"},
		// A contrast after a comma refuses what follows it.
		{q: "We need the SOC 2, not the SOC 1.", report: "soc2", typ: "type2"},
		{q: "Send the SOC 1, not the SOC 2.", report: "soc1", typ: "type2"},
	})
}

// Whether the product works in the asker's own environment (their proxy and its
// inspection certificate, firewall, browser policies, endpoint agents, VPN, DLP) is a
// fact about the product, whatever security words name that environment. Access to
// the product (SSO, MFA) and the vendor's own network controls stay SOC 2.
func TestProductCompatibility(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Is the desktop client compatible with a corporate proxy that requires NTLM authentication?", report: "none", arts: fact},
		{q: "Will the platform keep working if our firewall blocks all outbound ports except 443?", report: "none", arts: fact},
		{q: "Does your product support our internally issued root CA for SSL interception?", report: "none", arts: fact},
		{q: "Will the agent run alongside our EDR software without conflicts?", report: "none", arts: fact},
		{q: "Does the portal function correctly when our VPN split tunnelling is disabled?", report: "none", arts: fact},
		{q: "Will the agent install on our standard laptop image without admin rights?", report: "none", arts: fact},
		{q: "Does your SaaS break when our DLP tool strips attachments?", report: "none", arts: fact},
		// Near-misses: access to the product, the vendor's controls, access to ours.
		{q: "Do you support SSO for our users via SAML?", report: "soc2", crit: "CC6.1"},
		{q: "Can your SAML integration work with Okta as our identity provider?", report: "soc2", crit: "CC6.1"},
		{q: "Do you inspect TLS traffic leaving your network for data exfiltration?", report: "soc2", crit: "CC6.7"},
		{q: "Is your firewall configured to deny all inbound traffic by default?", report: "soc2", crit: "CC6.6"},
		{q: "Do you run vulnerability scans against our firewall?", report: "soc2", crit: "CC7.1"},
		{q: "Do your support engineers connect to our environment through a jump host?", report: "soc2"},
		{q: "Are control self-assessments done so that controls keep operating between audits?", report: "soc2", crit: "CC4.1"},
	})
}

// How pen-test findings are handled (tracked, fixed, retested, closed) is the practice
// of testing, SOC 2 with the letter beside it; the letter, summary or report asked for
// alone is the artifact.
func TestPentestFindingsHandled(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are findings from the yearly pen test tracked until closed out?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "Are pen test findings retested once a fix is deployed?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "Who makes sure issues raised by the external pentesters get resolved, and how fast?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "Pentest findings: tracked in your ticketing tool?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "We want to know that high-risk penetration test results are fixed before go-live.", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		// Near-misses: the document alone.
		{q: "Please provide your latest penetration test summary.", report: "none", arts: []string{"pentest_letter"}},
		{q: "Can you share the executive summary of the last pentest?", report: "none", arts: []string{"pentest_letter"}},
		{q: "Send a copy of the most recent third-party pen test letter.", report: "none", arts: []string{"pentest_letter"}},
		// The document alone, with when its test was done: the date describes the
		// document, it asks no practice.
		{q: "Please provide the executive summary of your latest external penetration test (performed within the last 12 months).", report: "none", arts: []string{"pentest_letter"}},
		{q: "Share the summary page of the most recent pen test, conducted in the past year.", report: "none", arts: []string{"pentest_letter"}},
		{q: "Attach the attestation letter for the penetration test completed during the last audit cycle.", report: "none", arts: []string{"pentest_letter"}},
		{q: "Upload the results of the pentest done within the previous six months.", report: "none", arts: []string{"pentest_letter"}},
		// Near-misses: how often, or whether, a test is done.
		{q: "How often is a penetration test performed, and can you share the summary?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "Has a penetration test been performed within the last 12 months?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
		{q: "Was a pen test conducted in the past year, and were all high findings fixed?", report: "soc2", crit: "CC4.1", arts: []string{"pentest_letter"}},
	})
}

// Handling privacy complaints, concerns and inquiries is privacy monitoring and
// enforcement (P8.1), not a fact about what personal data is in scope.
func TestPrivacyComplaintsHandled(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Which team handles privacy complaints, and how are they resolved?", report: "soc2", crit: "P8.1"},
		{q: "Who deals with complaints about how you use personal data?", report: "soc2", crit: "P8.1"},
		{q: "If a customer raises a privacy concern, how is it escalated and closed?", report: "soc2", crit: "P8.1"},
		{q: "Privacy enquiries from the public - who answers them and within what time?", report: "soc2", crit: "P8.1"},
		{q: "Describe how grievances about personal information are logged and worked.", report: "soc2", crit: "P8.1"},
		// Near-misses: complaints about money stay with the financial process.
		{q: "How are customer complaints about billing handled?", report: "soc1"},
	})
}
