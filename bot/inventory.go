package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/socbot/socbot/internal/triage"
)

// reportInventory adapts *triage.Inventory to Inventory.
type reportInventory struct{ inv *triage.Inventory }

// NewInventory wraps a loaded report inventory (internal/inventory.Load) for
// the bot; a nil inventory gives nil, meaning none.
func NewInventory(inv *triage.Inventory) Inventory {
	if inv == nil {
		return nil
	}
	return reportInventory{inv: inv}
}

func (r reportInventory) Apply(res *triage.Result, now time.Time) {
	triage.ApplyCoverage(res, r.inv, now)
}

func (r reportInventory) Describe(time.Time) string {
	var b strings.Builder
	for i := range r.inv.Entries {
		e := &r.inv.Entries[i]
		fmt.Fprintf(&b, "• %s: %s", e.Name, e.Title())
		if d := e.Dates(); d != "" {
			fmt.Fprintf(&b, ", %s", d)
		}
		if e.NDA {
			b.WriteString(", NDA")
		}
		b.WriteByte('\n')
	}
	return strings.TrimSpace(b.String())
}
