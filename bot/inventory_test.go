package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/socbot/socbot/internal/inventory"
	"github.com/socbot/socbot/internal/slacktest"
	"github.com/socbot/socbot/internal/triage"
)

// The bot takes the loaded inventory as it is.
var _ Inventory = (*inventory.Inventory)(nil)

func testInventory(now time.Time) *inventory.Inventory {
	return &inventory.Inventory{Entries: []inventory.Report{{
		Kind: inventory.KindSOC2, Name: "Platform SOC 2", Type: triage.Type2,
		Categories:  []string{triage.CatSecurity, triage.CatAvailability},
		PeriodStart: now.AddDate(-1, -1, 0).Truncate(24 * time.Hour), PeriodEnd: now.AddDate(0, -1, 0).Truncate(24 * time.Hour),
		NDA: true, Request: triage.Request{Channel: "#security-requests"},
	}}}
}

func TestInventoryInAnswersAndReports(t *testing.T) {
	now := time.Now()
	h := start(t, Config{}, Deps{Inventory: testInventory(now)})

	env, _, err := h.srv.SendSlash(h.wctx(), slacktest.Slash{Channel: "C0SALES01", User: "U0ALICE01", Text: "reports"})
	if err != nil {
		t.Fatal(err)
	}
	if a := h.waitAck(env); !strings.Contains(string(a.Payload), "Platform SOC 2: SOC 2 Type 2") {
		t.Errorf("/soc reports = %s", a.Payload)
	}

	h.event(slacktest.Mention("C0SALES01", "U0ALICE01", mention+" Do you encrypt backups?", h.srv.NextTS(), ""), slacktest.EventOpts{})
	text := h.waitCalls("chat.postMessage", 1)[0].Text()
	if !strings.Contains(text, "From your inventory") || !strings.Contains(text, "Platform SOC 2") {
		t.Errorf("answer lacks the inventory's send plan:\n%s", text)
	}
}
