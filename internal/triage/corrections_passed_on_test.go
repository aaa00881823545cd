package triage

import "testing"

// A correction of an individual's personal data passed on to the parties that
// received the data is itself the correction criterion (P5.2, first): the
// recipients named are not customers told of security matters (CC2.3) nor
// subprocessors bound to privacy commitments (P6.4 with CC9.2). Telling
// customers of changes, and subprocessors held to the same commitments, keep
// their own readings.
func TestCorrectionsPassedOnToRecipients(t *testing.T) {
	t.Parallel()
	priv := []string{"privacy"}
	e := mustEngine(t)
	first := []struct{ q, crit string }{
		{"When a member asks us to fix a wrong address in their record, do you pass the corrected details on to the vendors that already received them?", "P5.2"},
		{"If an individual rectifies their personal information, are the parties it was disclosed to informed of the rectification?", "P5.2"},
		{"Are amendments to personal data relayed to any recipients it was previously shared with?", "P5.2"},
		{"Once inaccurate personal data has been corrected, how do you notify third parties that received the old version?", "P5.2"},
		{"Do you forward patients' corrections of their records to downstream processors who hold copies?", "P5.2"},
		{"Corrections made at an individual's request are communicated to every third party to whom the data was disclosed.", "P5.2"},
		{"Can a consumer have inaccurate personal information corrected, and do you tell the recipients you shared it with?", "P5.2"},
		{"How do you propagate a data subject's rectification to subprocessors who already have the record?", "P5.2"},
		{"If someone corrects their personal details, is the change communicated to third parties who got the data from you?", "P5.2"},
		{"When personal information is rectified, do you let third parties that received it know?", "P5.2"},
		{"Requests to correct inaccurate contact information are honoured. Are those corrections communicated to third parties that hold the data?", "P5.2"},
		{"May a customer's end users have wrong personal details fixed? Are those corrections then sent on to third parties that got the data?", "P5.2"},
		// Near misses: customers told of changes; subprocessors held to commitments;
		// a correction with nobody told.
		{"How will you communicate changes to your security practices to customers?", "CC2.3"},
		{"Are subprocessors that handle personal data bound to the same privacy commitments you make to us?", "P6.4"},
		{"Can individuals request correction of inaccurate personal data?", "P5.2"},
	}
	for i, c := range first {
		t.Run(c.q, func(t *testing.T) {
			v := e.Classify(Question{Text: c.q})
			if len(v.Criteria) == 0 || v.Criteria[0] != c.crit {
				t.Errorf("criteria %v, want %s first (evidence %+v)", v.Criteria, c.crit, v.Evidence)
			}
			if i < 12 {
				if !sameItems(v.Categories, priv) {
					t.Errorf("categories %v, want %v (evidence %+v)", v.Categories, priv, v.Evidence)
				}
			}
		})
	}
}
