package triage

import "testing"

// Backup tapes, drives and disks named as the media that are wiped, sanitised or
// destroyed before disposal or reuse are asset disposal (CC6.5): the backup is no
// subject of its own. Backup media kept, rotated or stored offsite stay backups
// (availability).
func TestBackupMediaDisposed(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	avail := []string{"availability"}
	checkClass(t, []classCase{
		{q: "Old backup tapes are degaussed and shredded before they leave the building.", report: "soc2", cats: sec, crit: "CC6.5"},
		{q: "How are retired backup drives wiped before they are reused?", report: "soc2", cats: sec, crit: "CC6.5"},
		{q: "Are backup disks sanitised to a recognised standard prior to disposal?", report: "soc2", cats: sec, crit: "CC6.5"},
		{q: "Backup cartridges that reach end of life are physically destroyed by a certified vendor.", report: "soc2", cats: sec, crit: "CC6.5"},
		{q: "Describe how laptops, servers and backup media are securely erased before being sold or recycled.", report: "soc2", cats: sec, crit: "CC6.5"},
		// Near misses: backup media kept or moved stay backups.
		{q: "Are backup tapes stored offsite in a secure vault?", report: "soc2", crit: "A1.2"},
		{q: "How often are backup drives rotated to the offsite location?", report: "soc2", cats: avail},
		{q: "Are backups encrypted and retained for ninety days?", report: "soc2"},
	})
}
