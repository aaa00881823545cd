package questionnaire

import (
	"time"

	"github.com/socbot/socbot/internal/split"
)

// MaxCellChars is the longest text kept from one cell, line or paragraph:
// Excel's own limit for a cell, which the splitter holds lines to as well.
// Longer text is cut there, so that one oversized cell costs no more to
// triage than a full Excel cell.
const MaxCellChars = split.MaxLineChars

// Limits bound the work one file may cause. Every limit, when hit, ends the read
// with an *Error of kind KindTooLarge, KindZipBomb or KindTimeout; nothing is
// partially returned. A zero field means "use the default".
type Limits struct {
	// MaxFileSize is the largest accepted upload, in bytes. Default 20 MB.
	MaxFileSize int64
	// MaxQuestions is the most questions one file may hold. Default 5,000.
	MaxQuestions int
	// MaxRows is the most spreadsheet or CSV rows scanned, including blank,
	// heading and answer-only rows. Default 50,000.
	MaxRows int
	// MaxCells is the most non-empty cells read across all sheets. Default
	// 200,000. Rows are held as long as their last filled cell; the cells held
	// that way may number at most ten times MaxCells.
	MaxCells int
	// MaxColumns is the widest a sheet or CSV record may be, counted to its
	// last filled cell. Default 1,000.
	MaxColumns int
	// MaxUnzipped is the total uncompressed size of all entries of an XLSX or
	// DOCX, as declared in the zip central directory. Default 100 MB.
	MaxUnzipped int64
	// MaxRatio is the largest compression ratio of one zip entry whose
	// uncompressed size is at least RatioFloor. Default 100 (100:1).
	MaxRatio int64
	// RatioFloor is the uncompressed size under which the ratio is not checked:
	// small XML parts legitimately compress very well. Default 1 MB.
	RatioFloor int64
	// MaxEntries is the most entries a zip may list. Default 2,000.
	MaxEntries int
	// MaxParseTime bounds the whole read. Default 30 s.
	MaxParseTime time.Duration
}

// DefaultLimits returns the limits used by the bot and the CLI.
func DefaultLimits() Limits {
	return Limits{
		MaxFileSize:  20 << 20,
		MaxQuestions: 5000,
		MaxRows:      50000,
		MaxCells:     200000,
		MaxColumns:   1000,
		MaxUnzipped:  100 << 20,
		MaxRatio:     100,
		RatioFloor:   1 << 20,
		MaxEntries:   2000,
		MaxParseTime: 30 * time.Second,
	}
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxQuestions <= 0 {
		l.MaxQuestions = d.MaxQuestions
	}
	if l.MaxRows <= 0 {
		l.MaxRows = d.MaxRows
	}
	if l.MaxCells <= 0 {
		l.MaxCells = d.MaxCells
	}
	if l.MaxColumns <= 0 {
		l.MaxColumns = d.MaxColumns
	}
	if l.MaxUnzipped <= 0 {
		l.MaxUnzipped = d.MaxUnzipped
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	if l.RatioFloor <= 0 {
		l.RatioFloor = d.RatioFloor
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = d.MaxEntries
	}
	if l.MaxParseTime <= 0 {
		l.MaxParseTime = d.MaxParseTime
	}
	return l
}

// capCell cuts s to MaxCellChars characters.
func capCell(s string) string { return split.CutRunes(s, MaxCellChars) }
