package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/flate"
)

// orderedZip is the zip writer the workbook is saved through. excelize
// writes streamed sheets in map order, so entries are compressed as they
// come, kept, and written on Close in a fixed order ([Content_Types].xml
// first, then by name) with a fixed modification time: the same workbook
// gives the same bytes.
//
// It also fills in the internal hyperlinks of streamed sheets. excelize's
// SetCellHyperLink costs time linear in the links a sheet already has,
// which makes 20,000 links take seconds, so each sheet gets one
// placeholder link (see linkMarker) and orderedZip replaces the
// placeholder's <hyperlinks> element with the sheet's full list.
//
// And it puts in the data rows of table sheets, which rowWriter wrote and
// compressed ahead: the last row of such a sheet is a marker row (see
// rowsMarker), and orderedZip puts the rows' compressed blocks into the
// entry's deflate stream in its place.
type orderedZip struct {
	out      io.Writer
	modified time.Time
	links    [][]link    // by marker number
	external [][]link    // links to addresses, by marker number (see externalMarker)
	rows     []*rowBlock // by marker number
	entries  map[string]*entry
	open     *entry
	flate    *flate.Writer // reused from entry to entry
}

// entry is one zip entry, compressed.
type entry struct {
	z          *orderedZip
	name       string
	compressed chunks
	// done holds compressed parts before compressed: a sheet's text
	// before its rows, and the rows, kept as they are rather than copied.
	done [][]byte
	crc  uint32
	size uint64
	// A worksheet's text after </sheetData> is held back (it is short)
	// so that its hyperlinks can be filled in, and so is the text just
	// before it, which may be a marker row.
	sheet bool
	rels  bool   // a worksheet's relationships: held back whole (see spliceRels)
	tail  []byte // held back, once </sheetData> is seen
	found bool
}

// link is an internal hyperlink from a cell to a place in the workbook.
type link struct {
	col, row int    // the cell, 1-based: 6, 2 for "F2"
	location string // where it goes, e.g. "Sources!A5"
	display  string
}

// ref is the name of the link's cell, e.g. "F2".
func (l link) ref() string { return string(appendCellRef(nil, l.col, l.row)) }

// markerPrefix starts the location of a placeholder hyperlink; the number
// after it indexes orderedZip.links.
const markerPrefix = "brief-links-"

func linkMarker(n int) string { return markerPrefix + strconv.Itoa(n) }

const endSheetData = "</sheetData>"

// holdBack is how much of a worksheet's text Write keeps uncompressed
// while it looks for </sheetData>: enough for a marker row and the end tag.
const holdBack = 256

func newOrderedZip(out io.Writer, modified time.Time, links, external [][]link, rows []*rowBlock) *orderedZip {
	return &orderedZip{out: out, modified: modified, links: links, external: external, rows: rows, entries: map[string]*entry{}}
}

// Create starts an entry, ending the one before.
func (z *orderedZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	if _, dup := z.entries[name]; dup {
		return nil, fmt.Errorf("workbook: zip entry %s written twice", name)
	}
	e := &entry{z: z, name: name, sheet: strings.HasPrefix(name, "xl/worksheets/sheet"),
		rels: strings.HasPrefix(name, "xl/worksheets/_rels/sheet")}
	if z.flate == nil {
		var err error
		if z.flate, err = flate.NewWriter(&e.compressed, flate.BestSpeed); err != nil {
			return nil, err
		}
	} else {
		z.flate.Reset(&e.compressed)
	}
	z.entries[name], z.open = e, e
	return e, nil
}

// Write compresses p, holding back a worksheet's text after </sheetData>.
func (e *entry) Write(p []byte) (int, error) {
	if e.z.open != e {
		return 0, fmt.Errorf("workbook: zip entry %s written after the next one began", e.name)
	}
	if !e.sheet && !e.rels {
		return len(p), e.compress(p)
	}
	if e.found || e.rels {
		e.tail = append(e.tail, p...)
		return len(p), nil
	}
	// Look for the end of the sheet's data across the boundary of writes.
	e.tail = append(e.tail, p...)
	if i := bytes.Index(e.tail, []byte(endSheetData)); i >= 0 {
		cut := i + len(endSheetData)
		e.found = true
		err := e.compressRows(e.tail[:i])
		if err == nil {
			err = e.compress(e.tail[i:cut])
		}
		e.tail = append([]byte(nil), e.tail[cut:]...)
		return len(p), err
	}
	keep := min(len(e.tail), holdBack)
	err := e.compress(e.tail[:len(e.tail)-keep])
	e.tail = append(e.tail[:0], e.tail[len(e.tail)-keep:]...)
	return len(p), err
}

func (e *entry) compress(p []byte) error {
	e.crc = crc32.Update(e.crc, crc32.IEEETable, p)
	e.size += uint64(len(p))
	_, err := e.z.flate.Write(p)
	return err
}

// compressRows compresses text that ends just before </sheetData>; when
// it ends with a marker row, the rows the marker stands for take its place.
// The text before is flushed to a byte boundary, the rows' blocks (which
// end at one too) follow, and the compressor starts afresh after them:
// one valid deflate stream, whose CRC combines the three parts'.
func (e *entry) compressRows(p []byte) error {
	start, n, ok := markerRow(p)
	if !ok {
		return e.compress(p)
	}
	if n >= len(e.z.rows) || e.z.rows[n] == nil {
		return fmt.Errorf("workbook: %s: bad row marker %d", e.name, n)
	}
	rows := e.z.rows[n]
	e.z.rows[n] = nil // used once; let the memory go
	if err := e.compress(p[:start]); err != nil {
		return err
	}
	if err := e.z.flate.Flush(); err != nil {
		return err
	}
	e.done = append(e.done, e.compressed.parts...)
	e.done = append(e.done, rows.compressed.parts...)
	e.compressed = chunks{} // the flate writer's destination, anew
	e.crc = crc32Combine(e.crc, rows.crc, rows.size)
	e.size += rows.size
	e.z.flate.Reset(&e.compressed)
	return nil
}

// markerRow finds the marker row (see rowsMarker) that p ends with: where
// it starts and its number. Cell text is escaped, so "<row " only ever
// starts a row.
func markerRow(p []byte) (start, n int, ok bool) {
	const end = "</t></is></c></row>"
	if !bytes.HasSuffix(p, []byte(end)) {
		return 0, 0, false
	}
	start = bytes.LastIndex(p, []byte("<row "))
	if start < 0 {
		return 0, 0, false
	}
	row := p[start : len(p)-len(end)]
	at := bytes.LastIndex(row, []byte("<t>"+rowsMarkerPrefix))
	if at < 0 || !bytes.HasSuffix(row[:at], []byte(`t="inlineStr"><is>`)) {
		return 0, 0, false
	}
	n, err := strconv.Atoi(string(row[at+len("<t>"+rowsMarkerPrefix):]))
	if err != nil {
		return 0, 0, false
	}
	return start, n, true
}

// finish ends the open entry.
func (z *orderedZip) finish() error {
	e := z.open
	if e == nil {
		return nil
	}
	z.open = nil
	if len(e.tail) > 0 {
		splice := z.spliceLinks
		if e.rels {
			splice = z.spliceRels
		}
		if err := splice(e.tail, e.compress); err != nil {
			return fmt.Errorf("workbook: %s: %w", e.name, err)
		}
		e.tail = nil
	}
	return z.flate.Close()
}

// AddFS is part of excelize.ZipWriter; the workbook never uses it.
func (z *orderedZip) AddFS(fs.FS) error {
	return errors.New("workbook: adding a file system to the zip is not supported")
}

// Close writes every entry, in order, and the zip's central directory.
func (z *orderedZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	// A placeholder not found would leave a sheet without its rows:
	// refuse to write such a workbook.
	for n, rows := range z.rows {
		if rows != nil {
			return fmt.Errorf("workbook: the rows of table %d found no place in their sheet (marker row not found)", n)
		}
	}
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
	for _, name := range names {
		e := z.entries[name]
		h := &zip.FileHeader{
			Name:               name,
			Method:             zip.Deflate,
			CRC32:              e.crc,
			CompressedSize64:   e.compressedSize(),
			UncompressedSize64: e.size,
		}
		stamp(h, z.modified)
		w, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		for _, part := range append(e.done, e.compressed.parts...) {
			if _, err := w.Write(part); err != nil {
				return err
			}
		}
		delete(z.entries, name) // let the memory go
	}
	return zw.Close()
}

// compressedSize is the length of the entry's deflate stream.
func (e *entry) compressedSize() uint64 {
	n := uint64(e.compressed.Len())
	for _, part := range e.done {
		n += uint64(len(part))
	}
	return n
}

// stamp sets an entry's modification time as zip.Writer.CreateHeader
// would (CreateRaw does not): MS-DOS date and time, and the extended
// timestamp with the exact second. The zero time is left unset.
func stamp(h *zip.FileHeader, t time.Time) {
	if t.IsZero() || t.Year() < 1980 {
		return
	}
	h.Modified = t
	//lint:ignore SA1019 CreateRaw does not fill the MS-DOS fields from Modified, as CreateHeader does
	h.ModifiedDate = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	//lint:ignore SA1019 as above
	h.ModifiedTime = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	unix := uint32(t.Unix())
	h.Extra = append(h.Extra, 0x55, 0x54, 5, 0, 1, byte(unix), byte(unix>>8), byte(unix>>16), byte(unix>>24))
}

// spliceLinks replaces the placeholder links in the <hyperlinks> element
// at the end of a worksheet with the links they stand for: an internal
// placeholder (location="brief-links-N") with the sheet's list of internal
// links, an external one (tooltip="brief-external-N") with its links to
// addresses, whose relationships spliceRels writes. Other links stay. Cell
// text cannot contain the element (it is escaped), the tail holds no
// cells, and an attribute's value holds no ">". The text goes to out in
// pieces of about spliceFlush bytes (out may not keep them).
func (z *orderedZip) spliceLinks(tail []byte, out func([]byte) error) error {
	const open, end = "<hyperlinks>", "</hyperlinks>"
	start := bytes.Index(tail, []byte(open))
	if start < 0 {
		return out(tail)
	}
	n := bytes.Index(tail[start:], []byte(end))
	if n < 0 {
		return errors.New("unterminated <hyperlinks> element")
	}
	stop := start + n + len(end)
	inner := tail[start+len(open) : start+n]
	b := pieces{out: out}
	b.Write(tail[:start])
	b.WriteString(open)
	for len(inner) > 0 {
		elem, rest, err := nextElement(inner, "hyperlink")
		if err != nil {
			return err
		}
		inner = rest
		if i, ok, err := markerIn(elem, `location="`+markerPrefix, len(z.links)); err != nil {
			return err
		} else if ok {
			for _, l := range z.links[i] {
				b.WriteString(`<hyperlink ref="`)
				b.ref = appendCellRef(b.ref[:0], l.col, l.row)
				b.Write(b.ref)
				b.WriteString(`" location="`)
				escapeAttr(&b.Buffer, l.location)
				b.WriteString(`" display="`)
				escapeAttr(&b.Buffer, l.display)
				b.WriteString(`"/>`)
				if err := b.flushFull(); err != nil {
					return err
				}
			}
			continue
		}
		if i, ok, err := markerIn(elem, `tooltip="`+externalPrefix, len(z.external)); err != nil {
			return err
		} else if ok {
			for k, l := range z.external[i] {
				b.WriteString(`<hyperlink ref="`)
				b.ref = appendCellRef(b.ref[:0], l.col, l.row)
				b.Write(b.ref)
				b.WriteString(`" r:id="`)
				b.WriteString(externalID(i, k))
				b.WriteString(`"/>`)
				if err := b.flushFull(); err != nil {
					return err
				}
			}
			continue
		}
		b.Write(elem)
	}
	b.WriteString(end)
	b.Write(tail[stop:])
	return b.flush()
}

// spliceFlush is how much spliced text is gathered before it goes on.
const spliceFlush = 64 << 10

// pieces gathers text and hands it to out in pieces of about spliceFlush
// bytes, so that a sheet's 100,000 links are never one buffer.
type pieces struct {
	bytes.Buffer
	out func([]byte) error
	ref []byte // scratch for a cell reference
}

// flushFull hands the text on when there is a piece's worth.
func (p *pieces) flushFull() error {
	if p.Len() < spliceFlush {
		return nil
	}
	return p.flush()
}

// flush hands the text on.
func (p *pieces) flush() error {
	err := p.out(p.Bytes())
	p.Reset()
	return err
}

// spliceRels replaces the placeholder relationship of a worksheet's
// external links (Target="brief-external-N") with one relationship per
// link, under the ids spliceLinks gives them.
func (z *orderedZip) spliceRels(rels []byte, out func([]byte) error) error {
	at := bytes.Index(rels, []byte(`Target="`+externalPrefix))
	if at < 0 {
		return out(rels)
	}
	start := bytes.LastIndex(rels[:at], []byte("<Relationship "))
	if start < 0 {
		return errors.New("external link placeholder outside a relationship")
	}
	elem, rest, err := nextElement(rels[start:], "Relationship")
	if err != nil {
		return err
	}
	i, ok, err := markerIn(elem, `Target="`+externalPrefix, len(z.external))
	if err != nil || !ok {
		return fmt.Errorf("bad external link placeholder: %v", err)
	}
	b := pieces{out: out}
	b.Write(rels[:start])
	for k, l := range z.external[i] {
		b.WriteString(`<Relationship Id="`)
		b.WriteString(externalID(i, k))
		b.WriteString(`" Target="`)
		escapeAttr(&b.Buffer, l.location)
		b.WriteString(`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" TargetMode="External"/>`)
		if err := b.flushFull(); err != nil {
			return err
		}
	}
	b.Write(rest)
	return b.flush()
}

// nextElement cuts the first element, named name, from the start of p: up
// to "/>" or its end tag.
func nextElement(p []byte, name string) (elem, rest []byte, err error) {
	if !bytes.HasPrefix(p, []byte("<"+name+" ")) {
		return nil, nil, fmt.Errorf("expected a <%s> element at %.40q", name, p)
	}
	gt := bytes.IndexByte(p, '>')
	if gt < 0 {
		return nil, nil, fmt.Errorf("unterminated <%s> element", name)
	}
	if p[gt-1] == '/' {
		return p[:gt+1], p[gt+1:], nil
	}
	end := bytes.Index(p, []byte("</"+name+">"))
	if end < 0 {
		return nil, nil, fmt.Errorf("unterminated <%s> element", name)
	}
	end += len("</" + name + ">")
	return p[:end], p[end:], nil
}

// markerIn finds attr (an attribute's name, =", and a marker prefix) in
// elem and returns the number after it, below limit.
func markerIn(elem []byte, attr string, limit int) (int, bool, error) {
	at := bytes.Index(elem, []byte(attr))
	if at < 0 {
		return 0, false, nil
	}
	digits := elem[at+len(attr):]
	digits = digits[:max(bytes.IndexByte(digits, '"'), 0)]
	i, err := strconv.Atoi(string(digits))
	if err != nil || i < 0 || i >= limit {
		return 0, false, fmt.Errorf("bad link placeholder %q", digits)
	}
	return i, true, nil
}

// externalPrefix starts the address and the tooltip of the placeholder
// link that stands for a sheet's links to addresses; the number after it
// indexes orderedZip.external.
const externalPrefix = "brief-external-"

func externalMarker(n int) string { return externalPrefix + strconv.Itoa(n) }

// externalID is the relationship id of link k of external list i. It has
// a letter after "rId", so that no id excelize gives ("rId" and a number)
// is the same.
func externalID(i, k int) string { return "rIdE" + strconv.Itoa(i) + "_" + strconv.Itoa(k+1) }

// escapeAttr writes s as the value of a double-quoted XML attribute; a
// byte that is not UTF-8 becomes U+FFFD. Runs of bytes that need nothing
// are copied whole.
func escapeAttr(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		width := 1
		switch {
		case c >= utf8.RuneSelf:
			var r rune
			if r, width = utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && width == 1 {
				esc = "\uFFFD"
			}
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '"':
			esc = "&quot;"
		case c == '\n':
			esc = "&#xA;"
		case c == '\t':
			esc = "&#x9;"
		}
		if esc != "" {
			b.WriteString(s[last:i])
			b.WriteString(esc)
			last = i + width
		}
		i += width
	}
	b.WriteString(s[last:])
}
