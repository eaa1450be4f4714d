package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"
)

// orderedZip is the zip writer the workbook is saved through. excelize
// writes streamed sheets in map order, so entries are gathered here and
// written on Close in a fixed order ([Content_Types].xml first, then by
// name) with a fixed modification time: the same workbook gives the same
// bytes.
//
// It also fills in the internal hyperlinks of streamed sheets. excelize's
// SetCellHyperLink costs time linear in the links a sheet already has,
// which makes 20,000 links take seconds, so each sheet gets one
// placeholder link (see linkMarker) and orderedZip replaces the
// placeholder's <hyperlinks> element with the sheet's full list.
type orderedZip struct {
	out      io.Writer
	modified time.Time
	links    [][]link // by marker number
	entries  map[string]*bytes.Buffer
}

// link is an internal hyperlink from a cell to a place in the workbook.
type link struct {
	ref      string // the cell, e.g. "F2"
	location string // where it goes, e.g. "Sources!A5"
	display  string
}

// markerPrefix starts the location of a placeholder hyperlink; the number
// after it indexes orderedZip.links.
const markerPrefix = "brief-links-"

func linkMarker(n int) string { return markerPrefix + strconv.Itoa(n) }

func newOrderedZip(out io.Writer, modified time.Time, links [][]link) *orderedZip {
	return &orderedZip{out: out, modified: modified, links: links, entries: map[string]*bytes.Buffer{}}
}

// Create starts an entry; its content is kept until Close.
func (z *orderedZip) Create(name string) (io.Writer, error) {
	if _, dup := z.entries[name]; dup {
		return nil, fmt.Errorf("workbook: zip entry %s written twice", name)
	}
	b := new(bytes.Buffer)
	z.entries[name] = b
	return b, nil
}

// AddFS is part of excelize.ZipWriter; the workbook never uses it.
func (z *orderedZip) AddFS(fs.FS) error {
	return errors.New("workbook: adding a file system to the zip is not supported")
}

// Close writes every entry, in order, and the zip's central directory.
func (z *orderedZip) Close() error {
	names := make([]string, 0, len(z.entries))
	for name := range z.entries {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		if (a == "[Content_Types].xml") != (b == "[Content_Types].xml") {
			if a == "[Content_Types].xml" {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	zw := zip.NewWriter(z.out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	for _, name := range names {
		data := z.entries[name].Bytes()
		if strings.HasPrefix(name, "xl/worksheets/sheet") {
			var err error
			if data, err = z.spliceLinks(data); err != nil {
				return fmt.Errorf("workbook: %s: %w", name, err)
			}
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: z.modified})
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
		delete(z.entries, name) // let the memory go
	}
	return zw.Close()
}

// spliceLinks replaces a sheet's placeholder <hyperlinks> element with the
// links it stands for. Cell text cannot contain the element (it is
// escaped), so the last <hyperlinks> of the sheet is the worksheet's own.
func (z *orderedZip) spliceLinks(data []byte) ([]byte, error) {
	start := bytes.LastIndex(data, []byte("<hyperlinks>"))
	if start < 0 {
		return data, nil
	}
	n := bytes.Index(data[start:], []byte("</hyperlinks>"))
	if n < 0 {
		return nil, errors.New("unterminated <hyperlinks> element")
	}
	end := start + n + len("</hyperlinks>")
	elem := data[start:end]
	at := bytes.Index(elem, []byte(`location="`+markerPrefix))
	if at < 0 {
		return data, nil // links excelize wrote itself
	}
	digits := elem[at+len(`location="`+markerPrefix):]
	digits = digits[:bytes.IndexByte(digits, '"')]
	i, err := strconv.Atoi(string(digits))
	if err != nil || i < 0 || i >= len(z.links) {
		return nil, fmt.Errorf("bad hyperlink placeholder %q", digits)
	}
	var b bytes.Buffer
	b.Grow(len(data) + 60*len(z.links[i]))
	b.Write(data[:start])
	b.WriteString("<hyperlinks>")
	for _, l := range z.links[i] {
		b.WriteString(`<hyperlink ref="`)
		b.WriteString(l.ref)
		b.WriteString(`" location="`)
		escapeAttr(&b, l.location)
		b.WriteString(`" display="`)
		escapeAttr(&b, l.display)
		b.WriteString(`"/>`)
	}
	b.WriteString("</hyperlinks>")
	b.Write(data[end:])
	return b.Bytes(), nil
}

// escapeAttr writes s as the value of a double-quoted XML attribute.
func escapeAttr(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
}
