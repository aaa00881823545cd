package questionnaire

import (
	"archive/zip"
	"fmt"
	"strings"
)

// checkZip rejects archives whose central directory promises more than the
// limits allow, before any entry is inflated. The declared sizes are trusted
// here because archive/zip refuses to inflate an entry past its declared size.
func checkZip(zr *zip.Reader, lim Limits) error {
	if len(zr.File) > lim.MaxEntries {
		return newError(KindZipBomb, fmt.Sprintf("The file holds more than %d parts. Save it again as a plain .xlsx or .docx and upload the new copy.", lim.MaxEntries), nil)
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(lim.MaxUnzipped) {
			return newError(KindZipBomb, fmt.Sprintf("The file unpacks to more than %s. Remove images or unused sheets, or split it, and upload it again.", SizeText(lim.MaxUnzipped)), nil)
		}
		if f.UncompressedSize64 < uint64(lim.RatioFloor) {
			continue
		}
		if f.CompressedSize64 == 0 || f.UncompressedSize64/f.CompressedSize64 > uint64(lim.MaxRatio) {
			return newError(KindZipBomb, "The file is compressed suspiciously well and was not opened. Save it again from Excel or Word and upload the new copy.", nil)
		}
	}
	return nil
}

func hasEntry(zr *zip.Reader, name string) bool {
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, name) {
			return true
		}
	}
	return false
}

func hasPrefix(zr *zip.Reader, prefix string) bool {
	for _, f := range zr.File {
		if strings.HasPrefix(strings.ToLower(f.Name), prefix) {
			return true
		}
	}
	return false
}

func openEntry(zr *zip.Reader, name string) (*zip.File, bool) {
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return nil, false
}
