package triage

import "testing"

// Geolocation collected, shared, sold, kept or deleted about people (users, riders,
// drivers, their precise geolocation, a kind of sensitive personal data in a list)
// is personal data, not a device located: `data_movement` (CC6.7) reads those words
// another way, so a consent or disclosure question about it stays privacy alone. A
// lost laptop or phone located and wiped, and geolocation tracking turned on in
// device management, keep CC6.7. The questions are written for this test, apart
// from the evaluation sets.
func TestGeolocationOfPeopleIsPersonalData(t *testing.T) {
	t.Parallel()
	priv := []string{"privacy"}
	checkClass(t, []classCase{
		{q: "Do you obtain opt-in consent before collecting users' precise geolocation?", report: "soc2", cats: priv, absent: "CC6.7"},
		{q: "Is geolocation collected from the mobile app disclosed to advertising partners?", report: "soc2", cats: priv, first: "P6.1", absent: "CC6.7"},
		{q: "Sensitive personal data (racial origin, health, biometrics, precise geolocation) is collected only with explicit consent.", report: "soc2", cats: priv, first: "P3.2", absent: "CC6.7"},
		{q: "Can individuals opt out of the sale or sharing of their geolocation?", report: "soc2", cats: priv, absent: "CC6.7"},
		{q: "Geolocation of drivers is processed only for dispatch and is not used for marketing.", report: "soc2", cats: priv, absent: "CC6.7"},
		{q: "How long do you retain customers' geolocation history?", report: "soc2", absent: "CC6.7"},
		{q: "Riders' geolocation is deleted 30 days after each trip.", report: "soc2", absent: "CC6.7"},
		// Near misses: a device located.
		{q: "Can lost laptops be located and remotely wiped?", report: "soc2", first: "CC6.7"},
		{q: "Is geolocation used to find and wipe lost company phones?", report: "soc2", first: "CC6.7"},
		{q: "Are mobile devices managed through MDM with geolocation tracking enabled?", report: "soc2", first: "CC6.7"},
	})
}
