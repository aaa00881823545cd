package triage

import "testing"

// Physical protection of the places and media that hold data is CC6.4 in any of its
// wordings: a barrier, wall or enclosure around the equipment, a facility staffed
// or guarded at all hours, and archive or backup media kept in a secured area
// (environmental protection adds A1.2). "Hardened" walls are not hardened systems
// (CC7.1), an access-controlled vault is not a secrets vault or logical access, and
// a help desk or monitoring centre staffed around the clock is not a facility. The
// questions are written for this test, apart from the evaluation sets.
func TestPhysicalProtectionOfPlacesAndMedia(t *testing.T) {
	t.Parallel()
	checkFirstAndAbsent(t, []firstCase{
		{"Is your equipment separated from other tenants' by a solid partition or a locked enclosure?", "CC6.4", nil},
		{"Does a physical barrier surround the racks on all sides so no one else can touch the hardware?", "CC6.4", nil},
		{"Are your servers walled off from other customers with hardened walls?", "CC6.4", nil},
		{"Are the hosting facilities staffed around the clock?", "CC6.4", nil},
		{"Are the data centres manned at all hours, weekends included?", "CC6.4", nil},
		{"Is the colocation site guarded by on-site security personnel 24x7?", "CC6.4", nil},
		{"Is archived tape media kept in an access-controlled vault?", "CC6.4", nil},
		{"Where are long-term archive media stored, and is that room locked and open only to named staff?", "CC6.4", nil},
		{"Is media holding retained records stored in an environmentally controlled, restricted area?", "CC6.4", nil},
		{"Are archived records on removable media held in a locked, environmentally protected room?", "CC6.4", nil},
		// Near misses: the same words for other controls.
		{"Are servers hardened against a CIS benchmark before use?", "CC7.1", []string{"CC6.4"}},
		{"Are secrets kept in a vault with access restricted to the deploy pipeline?", "CC6.1", []string{"CC6.4"}},
		{"Is the security operations centre staffed around the clock?", "CC7.2", []string{"CC6.4"}},
		{"Are media sanitised before they are reused or thrown away?", "CC6.5", []string{"CC6.4"}},
		{"Is customer data logically separated from other tenants?", "CC6.1", []string{"CC6.4"}},
	})
}
