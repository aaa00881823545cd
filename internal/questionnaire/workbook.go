package questionnaire

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"strings"
)

// wbSheet is one sheet as the workbook lists it, in tab order.
type wbSheet struct {
	name   string
	part   string // zip entry of its XML ("xl/worksheets/sheet1.xml"); empty for chart sheets
	hidden bool   // state="hidden" or "veryHidden"
}

// maxStructureBytes bounds the small XML parts read whole: the workbook, its
// relationships and the styles.
const maxStructureBytes = 16 << 20

// workbookSheets lists the sheets of the workbook in zr with the zip entry
// each one is stored in.
func workbookSheets(zr *zip.Reader) ([]wbSheet, error) {
	targets := map[string]string{}
	if f, ok := openEntry(zr, "xl/_rels/workbook.xml.rels"); ok {
		err := scanXML(f, func(el xml.StartElement) {
			if el.Name.Local == "Relationship" {
				targets[attr(el, "Id")] = attr(el, "Target")
			}
		})
		if err != nil {
			return nil, fmt.Errorf("workbook relationships: %w", err)
		}
	}
	f, ok := openEntry(zr, "xl/workbook.xml")
	if !ok {
		return nil, errors.New("no xl/workbook.xml")
	}
	var sheets []wbSheet
	err := scanXML(f, func(el xml.StartElement) {
		if el.Name.Local != "sheet" {
			return
		}
		s := wbSheet{name: attr(el, "name"), hidden: attr(el, "state") == "hidden" || attr(el, "state") == "veryHidden"}
		for _, a := range el.Attr {
			if a.Name.Local == "id" && a.Name.Space != "" {
				s.part = partPath(targets[a.Value])
			}
		}
		sheets = append(sheets, s)
	})
	if err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	return sheets, nil
}

// partPath resolves a relationship target of xl/workbook.xml to a zip entry name.
func partPath(target string) string {
	if target == "" {
		return ""
	}
	if strings.HasPrefix(target, "/") {
		return path.Clean(target[1:])
	}
	return path.Clean(path.Join("xl", target))
}

// scanXML calls fn for each start element of a zip entry, streaming.
func scanXML(f *zip.File, fn func(xml.StartElement)) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, maxStructureBytes))
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if el, ok := tok.(xml.StartElement); ok {
			fn(el)
		}
	}
}

// sheetExtras is what a worksheet says besides its cells: merged ranges and
// the cells restricted to a list of values (data validation).
type sheetExtras struct {
	merges []string // "A5:F5"
	lists  []string // sqref of list validations: "C27:C32 C36:C38"
}

// maxExtras bounds the merged ranges and validations kept per sheet.
const maxExtras = 20000

// scanExtras streams a worksheet part for its merged ranges and list
// validations, including the x14 extension form that Excel uses for lists
// kept on another sheet. The cells, read already, are skipped unparsed.
func scanExtras(zr *zip.Reader, part string) (sheetExtras, error) {
	var ex sheetExtras
	f, ok := openEntry(zr, part)
	if !ok {
		return ex, fmt.Errorf("no %s", part)
	}
	rc, err := f.Open()
	if err != nil {
		return ex, err
	}
	defer rc.Close()
	dec := xml.NewDecoder(afterSheetData(rc))
	inList, inSqref := false, false
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			return ex, nil
		}
		if err != nil {
			return ex, err
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "mergeCell":
				if len(ex.merges) < maxExtras {
					ex.merges = append(ex.merges, attr(el, "ref"))
				}
			case "dataValidation":
				inList = attr(el, "type") == "list"
				if s := attr(el, "sqref"); inList && s != "" && len(ex.lists) < maxExtras {
					ex.lists = append(ex.lists, s)
				}
			case "sqref":
				inSqref = inList
			}
		case xml.CharData:
			if inSqref && len(ex.lists) < maxExtras {
				ex.lists = append(ex.lists, strings.TrimSpace(string(el)))
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "sqref":
				inSqref = false
			case "dataValidation":
				inList = false
			}
		}
	}
}

// sheetDataEnd matches the end of a worksheet's cells: the closing tag of
// sheetData, or an empty sheetData element, with any namespace prefix.
var sheetDataEnd = regexp.MustCompile(`</(?:[A-Za-z_][\w.-]*:)?sheetData\s*>|<(?:[A-Za-z_][\w.-]*:)?sheetData\s*/>`)

// afterSheetData returns what follows the cells of a worksheet stream, found
// by scanning bytes: the XML decoder would otherwise buffer every cell's text
// only to throw it away. A sheet without cells is returned whole.
func afterSheetData(r io.Reader) io.Reader {
	const chunk, keep = 64 << 10, 64 // keep: room for a tag split between chunks
	buf := make([]byte, 0, chunk+keep)
	var head []byte // what was read before, for a sheet whose cells never end
	for {
		n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if loc := sheetDataEnd.FindIndex(buf); loc != nil {
			return io.MultiReader(bytes.NewReader(buf[loc[1]:]), r)
		}
		if len(head) < chunk {
			head = append(head, buf[:min(len(buf), chunk-len(head))]...)
		}
		if err != nil {
			return bytes.NewReader(head) // no cells: read the start again
		}
		tail := buf[max(0, len(buf)-keep):]
		buf = buf[:copy(buf[:cap(buf)], tail)]
	}
}
