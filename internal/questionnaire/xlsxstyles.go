package questionnaire

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
)

// styleList is one list of xl/styles.xml (fonts, fills, borders, cellXfs, …):
// where its start and end tags are, and how many entries it has.
type styleList struct {
	startTag    [2]int // byte offsets of the start tag
	endTag      int    // offset of the end tag; -1 when self-closing
	count       int    // direct children
	selfClosing bool
}

var countAttr = regexp.MustCompile(`\bcount="\d+"`)

// addStyles prepares the styles part with two more cell formats, a bold
// shaded header and a wrapped top-aligned body, and returns their indexes,
// the part and its new content. A workbook without a styles part, or with one
// lacking the fonts, fills, borders or cell formats the new formats refer to,
// is written with unstyled answer cells: styles never stop the write.
func addStyles(zr *zip.Reader) (cellStyles, *zip.File, []byte) {
	none := cellStyles{head: -1, body: -1}
	f, ok := openEntry(zr, "xl/styles.xml")
	if !ok || f.UncompressedSize64 > maxStructureBytes {
		return none, nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return none, nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(rc, maxStructureBytes))
	rc.Close()
	if err != nil {
		return none, nil, nil
	}
	out, st, err := patchStyles(data)
	if err != nil {
		return none, nil, nil
	}
	return st, f, out
}

func patchStyles(data []byte) ([]byte, cellStyles, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	lists := map[string]*styleList{"fonts": nil, "fills": nil, "borders": nil, "cellStyleXfs": nil, "cellXfs": nil}
	var (
		prefix string
		depth  int
		cur    *styleList
	)
	for {
		start := int(dec.InputOffset())
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, cellStyles{}, err
		}
		end := int(dec.InputOffset())
		switch el := tok.(type) {
		case xml.StartElement:
			depth++
			self := bytes.HasSuffix(data[start:end], []byte("/>"))
			switch {
			case depth == 1:
				if el.Name.Space != "" {
					prefix = el.Name.Space + ":"
				}
			case depth == 2:
				if l, want := lists[el.Name.Local]; want && l == nil {
					cur = &styleList{startTag: [2]int{start, end}, endTag: -1, selfClosing: self}
					lists[el.Name.Local] = cur
				}
			case depth == 3 && cur != nil:
				cur.count++
			}
		case xml.EndElement:
			if depth == 2 && cur != nil {
				if !cur.selfClosing {
					cur.endTag = start
				}
				cur = nil
			}
			depth--
		}
	}
	for _, name := range []string{"fonts", "fills", "borders", "cellXfs"} {
		if l := lists[name]; l == nil || l.selfClosing || l.endTag < 0 || l.count == 0 {
			return nil, cellStyles{}, fmt.Errorf("styles: no %s", name)
		}
	}
	fonts, fills, xfs := lists["fonts"], lists["fills"], lists["cellXfs"]
	xfID := ""
	if l := lists["cellStyleXfs"]; l != nil && l.count > 0 {
		xfID = ` xfId="0"`
	}
	p := prefix
	type edit struct {
		from, to int
		text     string
	}
	edits := []edit{
		{fonts.endTag, fonts.endTag, fmt.Sprintf(`<%sfont><%sb/><%ssz val="11"/></%sfont>`, p, p, p, p)},
		{fills.endTag, fills.endTag, fmt.Sprintf(`<%sfill><%spatternFill patternType="solid"><%sfgColor rgb="FFD9E1F2"/><%sbgColor indexed="64"/></%spatternFill></%sfill>`, p, p, p, p, p, p)},
		{xfs.endTag, xfs.endTag, fmt.Sprintf(`<%sxf numFmtId="0" fontId="%d" fillId="%d" borderId="0"%s applyFont="1" applyFill="1" applyAlignment="1"><%salignment vertical="top" wrapText="1"/></%sxf>`, p, fonts.count, fills.count, xfID, p, p) +
			fmt.Sprintf(`<%sxf numFmtId="0" fontId="0" fillId="0" borderId="0"%s applyAlignment="1"><%salignment vertical="top" wrapText="1"/></%sxf>`, p, xfID, p, p)},
	}
	for _, l := range []struct {
		list *styleList
		n    int
	}{{fonts, fonts.count + 1}, {fills, fills.count + 1}, {xfs, xfs.count + 2}} {
		tag := data[l.list.startTag[0]:l.list.startTag[1]]
		if countAttr.Match(tag) {
			edits = append(edits, edit{l.list.startTag[0], l.list.startTag[1], string(countAttr.ReplaceAll(tag, []byte(`count="`+strconv.Itoa(l.n)+`"`)))})
		}
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].from < edits[j].from })
	var out bytes.Buffer
	at := 0
	for _, e := range edits {
		out.Write(data[at:e.from])
		out.WriteString(e.text)
		at = e.to
	}
	out.Write(data[at:])
	return out.Bytes(), cellStyles{head: xfs.count, body: xfs.count + 1}, nil
}
