package questionnaire

import (
	"errors"
	"fmt"
)

// ErrorKind classifies why a file could not be read or written, so a caller can
// choose a reaction (a message, a metric label) without parsing text.
type ErrorKind string

// Error kinds. Each comes with a one-line message that tells the user what to do.
const (
	KindEmpty       ErrorKind = "empty"       // no bytes, or no questions found
	KindTooLarge    ErrorKind = "too_large"   // file size, rows, cells or questions over a limit
	KindZipBomb     ErrorKind = "zip_bomb"    // the zip inside XLSX/DOCX inflates beyond a limit
	KindEncrypted   ErrorKind = "encrypted"   // password-protected Office file
	KindLegacy      ErrorKind = "legacy"      // .xls / .doc (OLE2 binary formats)
	KindPDF         ErrorKind = "pdf"         // PDF: no reliable table text
	KindMacroOnly   ErrorKind = "macro_only"  // a workbook with macros and no worksheets
	KindUnsupported ErrorKind = "unsupported" // any other type
	KindCorrupt     ErrorKind = "corrupt"     // truncated or malformed file
	KindTimeout     ErrorKind = "timeout"     // parsing took longer than Limits.MaxParseTime
)

// Error is a failure that can be shown to the user as is: Msg is one line that
// says what went wrong and what to do. Err, when set, keeps the underlying cause
// for logs.
type Error struct {
	Kind ErrorKind
	Msg  string
	Err  error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Msg + ": " + e.Err.Error()
	}
	return e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// UserMessage returns the one-line message to show a user for err: the Msg of a
// *Error in its chain, or a generic sentence for anything else.
func UserMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Msg
	}
	return "Could not read this file. Try saving it as XLSX or CSV and upload it again."
}

func newError(kind ErrorKind, msg string, cause error) *Error {
	return &Error{Kind: kind, Msg: msg, Err: cause}
}

// TooLarge is the error for a file over limit bytes, whoever notices it: the
// reader counting what it reads, or a caller that knows the size beforehand
// (the bot reads it from Slack's size field, or counts while downloading).
func TooLarge(limit int64) *Error {
	return newError(KindTooLarge, fmt.Sprintf("The file is larger than %s. Split it into smaller files and upload them one by one.", SizeText(limit)), nil)
}

// SizeText writes a byte count for people: "20 MB", "1.5 MB", "64 KB".
func SizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", max(n>>10, 1))
}
