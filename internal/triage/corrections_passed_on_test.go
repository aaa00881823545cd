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
	checkClass(t, []classCase{
		{q: "When a member asks us to fix a wrong address in their record, do you pass the corrected details on to the vendors that already received them?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "If an individual rectifies their personal information, are the parties it was disclosed to informed of the rectification?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "Are amendments to personal data relayed to any recipients it was previously shared with?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "Once inaccurate personal data has been corrected, how do you notify third parties that received the old version?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "Do you forward patients' corrections of their records to downstream processors who hold copies?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "Corrections made at an individual's request are communicated to every third party to whom the data was disclosed.", report: "soc2", cats: priv, first: "P5.2"},
		{q: "Can a consumer have inaccurate personal information corrected, and do you tell the recipients you shared it with?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "How do you propagate a data subject's rectification to subprocessors who already have the record?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "If someone corrects their personal details, is the change communicated to third parties who got the data from you?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "When personal information is rectified, do you let third parties that received it know?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "Requests to correct inaccurate contact information are honoured. Are those corrections communicated to third parties that hold the data?", report: "soc2", cats: priv, first: "P5.2"},
		{q: "May a customer's end users have wrong personal details fixed? Are those corrections then sent on to third parties that got the data?", report: "soc2", cats: priv, first: "P5.2"},
		// Near misses: customers told of changes; subprocessors held to commitments;
		// a correction with nobody told.
		{q: "How will you communicate changes to your security practices to customers?", report: "soc2", first: "CC2.3"},
		{q: "Are subprocessors that handle personal data bound to the same privacy commitments you make to us?", report: "soc2", first: "P6.4"},
		{q: "Can individuals request correction of inaccurate personal data?", report: "soc2", first: "P5.2"},
	})
}
