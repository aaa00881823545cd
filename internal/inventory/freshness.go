package inventory

import (
	"fmt"
	"time"
)

// freshnessText says in a few words whether the entry can be sent today.
func (inv *Inventory) freshnessText(r *Report, today time.Time) string {
	f := freshnessOf(r, today)
	switch f {
	case frFresh:
		return "fresh"
	case frNeedsBridge:
		if b := inv.bridgeFor(r, today); b != nil {
			return fmt.Sprintf("period ended over 3 months ago, bridged by %q until %s", b.Name, formatDay(b.Expires))
		}
		return "period ended over 3 months ago: needs a bridge letter (none on hand)"
	case frStale:
		return "stale: period ended over 12 months ago"
	case frInProgress:
		return "in progress: period has not ended"
	case frValid:
		return "current"
	case frStaleDoc:
		return "stale: issued over 12 months ago"
	case frExpired:
		return "expired " + formatDay(r.Expires)
	case frNotYet:
		return "not valid until " + formatDay(r.Issued)
	}
	return string(f)
}

// freshness is how an entry stands on a given day.
type freshness string

const (
	frFresh       freshness = "fresh"        // SOC report, period ended at most 3 months ago
	frNeedsBridge freshness = "needs_bridge" // SOC report, ended over 3 and at most 12 months ago
	frStale       freshness = "stale"        // SOC report, ended over 12 months ago
	frInProgress  freshness = "in_progress"  // SOC report whose period has not ended
	frValid       freshness = "valid"        // document within its dates
	frStaleDoc    freshness = "stale_doc"    // annual document issued over 12 months ago
	frExpired     freshness = "expired"      // document past its expiry date
	frNotYet      freshness = "not_yet"      // document issued after today
)

// freshnessOf applies the freshness rules on a calendar day (see AddMonths):
// a period ends at the end of its period_end day; "over 3 months ago" means
// today is after period_end plus 3 calendar months; an expiry date is the
// last valid day.
func freshnessOf(r *Report, today time.Time) freshness {
	ki, _ := lookupKind(r.Kind)
	if ki.period {
		switch {
		case !today.After(r.PeriodEnd):
			return frInProgress
		case today.After(AddMonths(r.PeriodEnd, 12)):
			return frStale
		case today.After(AddMonths(r.PeriodEnd, 3)):
			return frNeedsBridge
		}
		return frFresh
	}
	switch {
	case !r.Issued.IsZero() && today.Before(r.Issued):
		return frNotYet
	case !r.Expires.IsZero() && today.After(r.Expires):
		return frExpired
	case ki.annual && r.Expires.IsZero() && !r.Issued.IsZero() && today.After(AddMonths(r.Issued, 12)):
		return frStaleDoc
	}
	return frValid
}

// bridgeFor returns a bridge letter valid today for report r: one whose
// bridges names r, or one that names no report. Nil when none is on hand.
func (inv *Inventory) bridgeFor(r *Report, today time.Time) *Report {
	var best *Report
	for i := range inv.Entries {
		b := &inv.Entries[i]
		if b.Kind != KindBridgeLetter || (b.Bridges != "" && b.Bridges != r.Name) {
			continue
		}
		if freshnessOf(b, today) != frValid {
			continue
		}
		if best == nil || betterBridge(b, best) {
			best = b
		}
	}
	return best
}

// betterBridge prefers a letter that names its report, then the one valid longest.
func betterBridge(a, b *Report) bool {
	if (a.Bridges != "") != (b.Bridges != "") {
		return a.Bridges != ""
	}
	return a.Expires.After(b.Expires)
}

// civilDay is now's calendar date (in now's own location) as midnight UTC, the
// form inventory dates take.
func civilDay(now time.Time) time.Time {
	y, m, d := now.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// AddMonths adds n calendar months to a date, keeping the day of the month and
// clamping it to the last day of the target month: 2026-03-31 + 3 months is
// 2026-06-30, 2024-02-29 + 12 months is 2025-02-28, 2023-11-30 + 3 months is
// 2024-02-29. (time.AddDate would overflow into the next month instead.)
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, t.Location())
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}
