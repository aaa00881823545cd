package triage

import (
	"slices"
	"testing"
)

// A security activity written as how a control of another category is carried out
// or evidenced (the disposal is logged, usage is monitored against thresholds and
// breaches of them raise an alert, access is granted once the NDA is signed) does
// not add Security to a question plainly about that other control. A question that
// asks about the security activity in its own right keeps both categories. The
// questions are written for this test, apart from the evaluation sets.
func TestQualifierWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, avail, pi, conf, priv := CatSecurity, CatAvailability, CatProcessingIntegrity, CatConfidentiality, CatPrivacy
	tests := []struct {
		class, question string
		want, absent    []string
		first           string
	}{
		// Logged, monitored or alerted as the evidence of another control.
		{"disposal logged", "Patient records past their retention date are purged from the archive, and each purge is logged with the date and operator.", []string{priv}, []string{sec}, ""},
		{"disposal logged", "When a shopper closes the account, is their personal data erased within 30 days and the erasure recorded in a log?", []string{priv}, []string{sec}, ""},
		{"consent logged", "Marketing consent given by app users is captured with a timestamp, and every withdrawal of consent is logged.", []string{priv}, []string{sec}, "P2.1"},
		{"capacity monitored", "Storage and memory usage on the booking platform is monitored, and when usage crosses 80% the operations team adds capacity.", []string{avail}, []string{sec}, "A1.1"},
		{"capacity monitored", "Describe how CPU and disk utilisation are monitored against thresholds and how threshold breaches lead to scaling out.", []string{avail}, []string{sec}, "A1.1"},
		{"processing errors logged", "Rows rejected by the nightly product catalogue load are logged and reprocessed until the load is complete and accurate.", []string{pi}, []string{sec}, ""},
		{"access granted after NDA", "Temporary staff sign a non-disclosure agreement covering client deal documents before they are granted access to them.", []string{conf}, []string{sec}, "C1.1"},
		// The security activity asked about in its own right: both categories stay.
		{"security developed", "Are personal data deleted at the end of the retention period, and are the access logs of the archive reviewed for anomalies?", []string{priv, sec}, nil, ""},
		{"security developed", "Is capacity monitored on every cluster, and are security events from those hosts sent to the SIEM for correlation?", []string{avail, sec}, nil, ""},
		{"security developed", "Do new starters sign an NDA, and are their access requests approved by the system owner before accounts are created?", []string{conf, sec}, nil, ""},
		{"security developed", "Are incidents involving personal data handled under a documented incident response plan with a trained response team?", []string{sec}, nil, ""},
		// The security activity alone is still security.
		{"security alone", "Are audit logs of the payments API retained for a year and reviewed for anomalies?", []string{sec}, nil, "CC7.2"},
		{"security alone", "How are user accounts provisioned and approved?", []string{sec}, nil, "CC6.2"},
	}
	for _, tc := range tests {
		t.Run(tc.class+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			for _, c := range tc.want {
				if !slices.Contains(v.Categories, c) {
					t.Errorf("categories %v, want %s (criteria %v)", v.Categories, c, v.Criteria)
				}
			}
			for _, c := range tc.absent {
				if slices.Contains(v.Categories, c) {
					t.Errorf("categories %v, want no %s (criteria %v)", v.Categories, c, v.Criteria)
				}
			}
			if tc.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tc.first) {
				t.Errorf("criteria %v, want %s first", v.Criteria, tc.first)
			}
		})
	}
}
