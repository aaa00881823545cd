package split

import "strings"

// TitleRun follows lone titles read straight under each other, each with
// nothing under the one before it: the one reading of how such titles nest,
// kept by the splitter for each heading on its stack and by the
// questionnaire reader for a sheet's lone title cells. A title takes the
// next as its first part ("Data Protection" over "Encryption at rest"), up
// to maxTitleRun deep, and never when it names a document ("SOC 2 Report"
// over "Pen Test Summary" is a list of what to send). The zero value is no
// run: the last thing read was no title, or one that heads nothing more.
type TitleRun struct {
	depth uint8 // titles in the run, the first included (a byte keeps a heading small)
	doc   bool  // the last of them names a document
}

// TitleStep is what a title read straight under a run is to it.
type TitleStep int

const (
	// TitleStarts: no run is open, so the title starts one.
	TitleStarts TitleStep = iota
	// TitlePart: the title nests under the run's last as its first part.
	TitlePart
	// TitleRunFull: the run is as deep as titles nest by their style
	// alone, so its titles are items of a list of short lines and this
	// one starts afresh.
	TitleRunFull
	// TitleAfterDocument: the run's last title names a document, so it is
	// one of a list of what to send, not a chapter.
	TitleAfterDocument
)

// Next says what a title read now, straight under the run, is to it.
func (r TitleRun) Next() TitleStep {
	switch {
	case r.depth == 0:
		return TitleStarts
	case r.doc:
		return TitleAfterDocument
	case r.depth >= maxTitleRun:
		return TitleRunFull
	}
	return TitlePart
}

// Add returns the run after title is read straight under it: one deeper
// when Next says TitlePart, otherwise a new run of title alone.
func (r TitleRun) Add(title string) TitleRun {
	return r.add([]byte(strings.TrimSpace(title)))
}

func (r TitleRun) add(t []byte) TitleRun {
	depth := uint8(1)
	if r.Next() == TitlePart {
		depth = r.depth + 1
	}
	return TitleRun{depth: depth, doc: namesDocument(t)}
}

// maxTitleRun bounds the titles that nest straight under each other by their
// style alone: a chapter, a part and a sub-part.
const maxTitleRun = 3
