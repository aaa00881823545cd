package triage

import (
	"slices"
	"testing"
)

// A word that only qualifies the question's subject (the device the traffic passes,
// findings a scan produces, a risk-based schedule) must not rank first or add a
// category; asked about by itself, the same word keeps its criterion. Breach notice
// to customers or regulators is not privacy notice, and continuity planning is CC9.1.
// The questions are written for this test, apart from the evaluation sets.
func TestIncidentalWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		class, question string
		first           []string // one of these criteria comes first
		absent          string   // a criterion that must not be cited
		noCategory      string   // a category that must not be added
	}{
		// The incidental word beside the subject: the subject's criterion first.
		{"load balancer in passing", "Is traffic from the load balancer to the web tier encrypted with TLS?", []string{"CC6.7"}, "A1.1", CatAvailability},
		{"load balancer in passing", "Are connections behind our load balancers protected by mutual TLS?", []string{"CC6.7"}, "A1.1", CatAvailability},
		{"findings in passing", "Are servers scanned for vulnerabilities each week, with findings remediated by severity?", []string{"CC7.1"}, "", ""},
		{"findings in passing", "Are penetration test findings remediated before release?", []string{"CC4.1", "CC7.1"}, "", ""},
		{"corrective action in passing", "Are changes to production approved and tested, with corrective action taken when one fails?", []string{"CC8.1", "CC7.1"}, "", ""},
		{"corrective action in passing", "Are unapproved changes to production detected, and is corrective action taken?", []string{"CC8.1"}, "", ""},
		{"risk based in passing", "Are security patches applied on a risk based schedule?", []string{"CC7.1", "CC8.1"}, "", ""},
		{"firewall in passing", "Are logs from the firewalls kept for a year?", []string{"CC7.2"}, "", ""},
		{"log out", "Does the log out button invalidate the session ID on the server?", []string{"CC6.1"}, "", ""},
		// The same words as the subject: their criterion stays first.
		{"load balancer subject", "Do you run load balancers so the service stays up when a node fails?", []string{"A1.1", "A1.2"}, "", ""},
		{"findings subject", "Are audit findings tracked until they are closed?", []string{"CC4.2"}, "", ""},
		{"findings subject", "How are control deficiencies remediated?", []string{"CC4.2"}, "", ""},
		{"corrective action subject", "Is corrective action taken when a control fails?", []string{"CC4.2"}, "", ""},
		{"risk subject", "Do you perform an annual risk assessment?", []string{"CC3.2"}, "", ""},
		{"firewall subject", "Are host firewalls enabled on every laptop?", []string{"CC6.6"}, "", ""},
		{"firewall subject", "Are firewall rules reviewed twice a year?", []string{"CC6.6"}, "", ""},
		{"logging subject", "Are security events logged and sent to a SIEM?", []string{"CC7.2"}, "", ""},
		{"privacy program in passing", "Does your information security and privacy program cover every service you run?", []string{"CC5.3", "CC5.1", "CC1.1"}, "", ""},
		{"privacy program subject", "Who runs your privacy program?", []string{"P8.1"}, "", ""},
		{"credentials in passing", "Are credentials issued only after the account request is approved?", []string{"CC6.2"}, "", ""},
		{"credentials subject", "Are default credentials changed before a device goes live?", []string{"CC6.1"}, "", ""},
		{"patient data in passing", "How are retired disks that held PHI destroyed?", []string{"CC6.5"}, "", ""},
		{"personal data subject", "How long is personal data retained before it is deleted?", []string{"P4.2", "P4.3"}, "", ""},
		// Personal or health data as the object of a security control: the control
		// decides, and privacy is not added; handling of the data itself stays privacy.
		{"personal data in passing", "Are database volumes that hold member PHI encrypted with AES-256?", []string{"CC6.1"}, "P4.1", CatPrivacy},
		{"personal data in passing", "Is every read of a patient's chart written to an audit log?", []string{"CC7.2"}, "P4.1", CatPrivacy},
		{"personal data in passing", "Do nightly backups include the tables with customer PII?", []string{"A1.2"}, "P4.1", CatPrivacy},
		{"personal data in passing", "Is cardholder and personal information sent between sites over TLS 1.2 or later?", []string{"CC6.7"}, "P4.1", CatPrivacy},
		{"personal data in passing", "Are hosts storing personally identifiable information patched within 30 days?", []string{"CC7.1"}, "P4.1", CatPrivacy},
		{"personal data in passing", "Are audit logs that hold member PHI retained for seven years?", []string{"CC7.2"}, "P4.2", CatPrivacy},
		{"personal data subject", "Is personal information used only for the purpose it was collected for?", []string{"P4.1"}, "", ""},
		{"personal data subject", "Can an individual see and correct the personal data held about them?", []string{"P5.1", "P5.2"}, "", ""},
		{"personal data subject", "Tell us how PII is handled across its life cycle.", []string{"P4.1"}, "", ""},
		{"personal data subject", "Is member PHI processed only on the documented instructions of the plan?", []string{"P4.1"}, "", ""},
		// Word senses: market data is not marked data; office access is not environmental.
		{"market data", "Are third-party market data feeds loaded completely each morning?", []string{"PI1.3", "PI1.2"}, "C1.1", CatConfidentiality},
		{"marked data", "Is confidential information marked with its classification?", []string{"C1.1"}, "", ""},
		{"office access", "Are office doors opened only with personal swipe cards?", []string{"CC6.4"}, "A1.2", CatAvailability},
		{"environmental risk", "Do you assess the environmental risks of your data centre sites?", []string{"CC6.4", "A1.2", "CC3.2"}, "", ""},
		// Breach notice: customers and regulators are CC7.4; individuals are P6.6.
		{"breach notice customers", "Will you tell affected customers when a security incident hits their data?", []string{"CC7.4"}, "P6.6", CatPrivacy},
		{"breach notice customers", "Are regulators and clients informed of breaches within agreed times?", []string{"CC7.4"}, "P6.6", CatPrivacy},
		{"breach notice individuals", "Are data subjects notified when their personal data is breached?", []string{"P6.6"}, "", ""},
		{"breach notice individuals", "Will affected patients be informed of a breach?", []string{"P6.6", "CC7.4"}, "", ""},
		// Continuity planning: CC9.1 even with recovery targets or downtime words.
		{"continuity", "Does a business impact analysis set the recovery time objective for each service?", []string{"CC9.1"}, "", ""},
		{"continuity", "Do clinics have a downtime procedure for when the records system is unavailable?", []string{"CC9.1"}, "", ""},
		{"continuity", "Do you have a documented business continuity plan?", []string{"CC9.1"}, "", ""},
		{"recovery", "What is your recovery time objective?", []string{"A1.3"}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.class+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if len(v.Criteria) == 0 || !slices.Contains(tc.first, v.Criteria[0]) {
				t.Errorf("criteria %v, want one of %v first (evidence %+v)", v.Criteria, tc.first, v.Evidence)
			}
			if tc.absent != "" && slices.Contains(v.Criteria, tc.absent) {
				t.Errorf("criteria %v, want no %s", v.Criteria, tc.absent)
			}
			if tc.noCategory != "" && slices.Contains(v.Categories, tc.noCategory) {
				t.Errorf("categories %v, want no %s", v.Categories, tc.noCategory)
			}
		})
	}
}

// A demoted rule is named in the evidence with the reason.
func TestIncidentalEvidence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	v := e.Classify(Question{Text: "Is traffic from the load balancer to the web tier encrypted with TLS?"})
	for _, ev := range v.Evidence {
		if ev.Rule == "incidental_words" && slices.Contains(ev.Matched, "load_balancer") {
			return
		}
	}
	t.Errorf("no incidental_words evidence naming load_balancer: %+v", v.Evidence)
}
