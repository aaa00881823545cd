package split

import "testing"

// TestFormLabel: the words of a label, with and without a sign from the layout
// that a value goes beside it.
func TestFormLabel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		label           string
		alone, withCell bool
	}{
		{"Vendor Name", true, true},
		{"Vendor Contact Phone Number", true, true},
		{"Primary contact e-mail", true, true},
		{"Date Completed", true, true},                     // opened by "Date"
		{"Web Link to Product Privacy Notice", true, true}, // opened by "… Link"
		{"Accessibility Statement or VPAT", true, true},    // ends in VPAT
		{"Vendor Hosting Regions", false, true},            // "regions" also titles sections
		{"Company", false, true},                           // …and so does "company"
		{"Data Location", false, true},                     // …and "location"
		{"Access Control", false, false},                   // a section's title only
		{"Name", true, true},                               // a lone "Name" is a field
		{"Encryption", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := FormLabel(tt.label, false); got != tt.alone {
			t.Errorf("FormLabel(%q, false) = %v, want %v", tt.label, got, tt.alone)
		}
		if got := FormLabel(tt.label, true); got != tt.withCell {
			t.Errorf("FormLabel(%q, true) = %v, want %v", tt.label, got, tt.withCell)
		}
	}
}

// TestSplitFormRuns: a label ending in a word that also titles sections is a
// section's title alone, and one more field in a run of fields.
func TestSplitFormRuns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     []sq
	}{
		{"title alone", "Company\nDo you have a CISO?", []sq{{"Do you have a CISO?", "Company", 2}}},
		{"caps title alone", "PRODUCT\nDoes the product support SSO?", []sq{{"Does the product support SSO?", "PRODUCT", 2}}},
		{"in a run of fields", "Vendor Name\nVendor Hosting Regions\nVendor Work Locations\n\nHosting\nDo you host in the EU?", []sq{
			{"Vendor Name", "", 1}, {"Vendor Hosting Regions", "", 2}, {"Vendor Work Locations", "", 3},
			{"Do you host in the EU?", "Hosting", 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := Split(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("Split = %+v, want %+v", got, tt.want)
			}
			for i, w := range tt.want {
				if g := got[i]; g.Text != w.Text || g.Section != w.Section || g.Line != w.Line {
					t.Errorf("question %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

// TestSplitMarksFormFields: a label the form words make a field reaches the
// rules as one (triage.Question.Form), as a workbook's field row does; a
// question, a title and a label with a line joined to it do not.
func TestSplitMarksFormFields(t *testing.T) {
	t.Parallel()
	in := "Vendor Name\nVendor Hosting Regions\nDate of last penetration test\n\n" +
		"Hosting\nDo you host in the EU?\nDescribe your incident response process\n" +
		"GNRL-09\tPrimary contact email\tx\n"
	want := map[string]bool{
		"Vendor Name": true, "Vendor Hosting Regions": true, "Date of last penetration test": true,
		"Do you host in the EU?": false, "Describe your incident response process": false,
		"Primary contact email": true,
	}
	got := Split(in)
	if len(got) != len(want) {
		t.Fatalf("Split = %+v, want %d questions", got, len(want))
	}
	for _, q := range got {
		if w, ok := want[q.Text]; !ok || q.Form != w {
			t.Errorf("%q: Form %v, want %v (known %v)", q.Text, q.Form, w, ok)
		}
	}
	if got := Split("Vendor Name\nand the address of its headquarters, if you have one\n"); len(got) != 1 || got[0].Form {
		t.Errorf("a label with a line joined to it: %+v, want one question, not a field", got)
	}
}
