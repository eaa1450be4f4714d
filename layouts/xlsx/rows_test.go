package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// excelizeRow is the XML excelize's StreamWriter writes for one row 2.
// Columns marked in styled get a column style, made in the file; its id
// is returned.
func excelizeRow(t *testing.T, values []any, height float64, styled []bool) (string, int) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	style, err := f.NewStyle(&excelize.Style{NumFmt: 49})
	if err != nil {
		t.Fatal(err)
	}
	for i, on := range styled {
		if on {
			if err := sw.SetColStyle(i+1, i+1, style); err != nil {
				t.Fatal(err)
			}
		}
	}
	var opts []excelize.RowOpts
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
	}
	if err := sw.SetRow("A2", values, opts...); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	sheet, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<row r="2".*</row>`).Find(sheet)
	if m == nil {
		t.Fatalf("no row 2 in %s", sheet)
	}
	return string(m), style
}

// TestRowWriterMatchesExcelize checks that rowWriter writes a row as
// excelize's StreamWriter does, byte for byte, for every kind of value the
// workbook writes and for text that needs escaping.
func TestRowWriterMatchesExcelize(t *testing.T) {
	day := time.Date(2023, 6, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		values []any
		height float64
	}{
		{"plain", []any{"t1", "stance", 3, 2.5}, 0},
		{"styled", []any{excelize.Cell{StyleID: 3, Value: "s12"}, excelize.Cell{StyleID: 8, Value: 326}, excelize.Cell{StyleID: 11, Value: day}}, 45},
		{"gaps", []any{nil, "b", nil, nil, excelize.Cell{StyleID: 2}}, 0},
		{"escaping", []any{`a & b < c > d "e" 'f'`, "tab\there", "line\nbreak", "cr\rhere", "\x01control", "bad \xff utf8", "\uFFFE\uFFFF"}, 0},
		{"white space at the ends", []any{" lead", "trail ", "\nnl", "\ttab", "mid dle"}, 0},
		{"escaped characters", []any{"_x0041_", "a_x005F_x0041_b", "_x005F_", "_xD800_ x", "_x12G4_", "_X0041_"}, 0},
		{"non-ASCII", []any{"Pakistan’s “envoy” — مجاهد 😀"}, 0},
		{"numbers", []any{0.0, -1.0, 1234567.0, 0.1, 1e20, 123456789012345678.0, 3.141592653589793238, 1e-7, math.NaN(), math.Inf(1), math.MaxFloat64}, 0},
		{"whole numbers", []any{math.Copysign(0, -1), 46.0, -46.0, 999999999999999.0, 1e15, -999999999999999.0, -1e15, 123456789012345.0, 1234567890123456.0, 9007199254740993.0, 0.5, -0.5}, 0},
		{"integers", []any{0, -7, 1 << 40, int64(12)}, 0},
		{"dates", []any{
			excelize.Cell{StyleID: 5, Value: time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)},
			excelize.Cell{StyleID: 5, Value: time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC)},
			excelize.Cell{StyleID: 5, Value: time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)},
			excelize.Cell{StyleID: 5, Value: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)},
			excelize.Cell{StyleID: 5, Value: time.Date(2023, 6, 5, 13, 30, 0, 0, time.UTC)},
			excelize.Cell{StyleID: 5, Value: time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)},
		}, 0},
		{"long", []any{strings.Repeat("x", maxCellChars+10), strings.Repeat("😀", maxCellChars/2+3)}, 120},
		{"wide", make([]any, 30), 0},
		{"wider than the column names made ahead", make([]any, 300), 0},
		{"styles beyond the attributes made ahead", []any{excelize.Cell{StyleID: 255, Value: "a"}, excelize.Cell{StyleID: 256, Value: "b"}, excelize.Cell{StyleID: 1000, Value: 2}}, 0},
		{"column styles", []any{"plain", excelize.Cell{StyleID: 3, Value: "own"}, excelize.Cell{Value: "none"}, nil, 5}, 0},
	}
	styledColumns := map[string][]bool{"column styles": {true, true, true, true, true}}
	for _, tt := range tests {
		switch n := len(tt.values); tt.name {
		case "wide", "wider than the column names made ahead":
			tt.values[n-1], tt.values[n-2], tt.values[n/2] = "last", 7, "middle"
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r rowWriter
			if err := r.begin(); err != nil {
				t.Fatal(err)
			}
			want, style := excelizeRow(t, tt.values, tt.height, styledColumns[tt.name])
			var colStyles []int
			for _, on := range styledColumns[tt.name] {
				colStyles = append(colStyles, map[bool]int{true: style}[on])
			}
			cells, err := rowCells(tt.values)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.row(2, cells, tt.height, colStyles); err != nil {
				t.Fatal(err)
			}
			got := inflate(t, &r)
			if got != want {
				t.Errorf("rowWriter wrote\n%.600s\nexcelize writes\n%.600s", got, want)
			}
		})
	}
}

// inflate ends r's block and returns the XML it holds, checking its
// length and CRC.
func inflate(t *testing.T, r *rowWriter) string {
	t.Helper()
	block, err := r.end()
	if err != nil {
		t.Fatal(err)
	}
	// The block ends at a sync flush, not a final block.
	xml, err := io.ReadAll(flate.NewReader(bytes.NewReader(block.compressed.Bytes())))
	if err != nil && err != io.ErrUnexpectedEOF {
		t.Fatal(err)
	}
	if uint64(len(xml)) != block.size || crc32.ChecksumIEEE(xml) != block.crc {
		t.Errorf("block of %d bytes, CRC %08x; holds %d bytes, CRC %08x", block.size, block.crc, len(xml), crc32.ChecksumIEEE(xml))
	}
	return string(xml)
}

// rowCells are values as excelize's SetRow takes them, as the cells
// rowWriter writes; a value no table cell can be (a formula, another
// type) is an error.
func rowCells(values []any) ([]rowCell, error) {
	cells := make([]rowCell, len(values))
	for i, v := range values {
		style := 0
		if c, ok := v.(excelize.Cell); ok {
			if c.Formula != "" {
				return nil, errors.New("a formula")
			}
			style, v = c.StyleID, c.Value
		}
		switch v := v.(type) {
		case nil:
			if style != 0 || values[i] != nil {
				cells[i] = rowCell{kind: blankCell, style: style}
			}
		case string:
			cells[i] = textOf(style, v)
		case int:
			cells[i] = intOf(style, v)
		case int64:
			cells[i] = intOf(style, int(v))
		case float64:
			cells[i] = rowCell{kind: numberCell, style: style, num: v}
		case time.Time:
			cells[i] = rowCell{kind: dateCell, style: style, date: v}
		default:
			return nil, fmt.Errorf("a value of type %T", v)
		}
	}
	return cells, nil
}

// TestRowCellValue: a cell's value is what it was made from.
func TestRowCellValue(t *testing.T) {
	day := time.Date(2023, 6, 5, 0, 0, 0, 0, time.UTC)
	values := []any{nil, "t", 3, 2.5, excelize.Cell{StyleID: 4, Value: "s"}, excelize.Cell{StyleID: 5, Value: day}, excelize.Cell{StyleID: 6, Value: 7}}
	cells, err := rowCells(values)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cells {
		if got := c.value(); got != values[i] {
			t.Errorf("cell %d: value %#v, want %#v", i, got, values[i])
		}
	}
}

func TestRowWriterRefuses(t *testing.T) {
	for _, v := range []any{excelize.Cell{Formula: "SUM(A1:A2)"}, struct{}{}} {
		if _, err := rowCells([]any{v}); err == nil {
			t.Errorf("rowCells(%#v) = nil error, want one", v)
		}
	}
	var r rowWriter
	if err := r.begin(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []rowCell{{kind: dateCell, date: time.Now()}, {kind: 99, text: "?"}} {
		if err := r.row(2, []rowCell{c}, 0, nil); err == nil {
			t.Errorf("row(%#v) = nil, want an error", c)
		}
	}
	r.abandon()
	if r.block != nil {
		t.Error("abandon left the rows begun")
	}
}

func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 1<<20)
	for i := range data {
		data[i] = byte(rng.UintN(256))
	}
	for _, cut := range []int{0, 1, 7, 100, 65536, len(data) - 1, len(data)} {
		a, b := data[:cut], data[cut:]
		got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), uint64(len(b)))
		if want := crc32.ChecksumIEEE(data); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
}

func TestAppendCellRef(t *testing.T) {
	for col := 1; col <= 16384; col += 37 {
		want, err := excelize.CoordinatesToCellName(col, 1048576)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(appendCellRef(nil, col, 1048576)); got != want {
			t.Fatalf("column %d: %s, want %s", col, got, want)
		}
	}
}

// TestLineCount compares lineCount with counting character by character,
// on text with and without newlines and with multi-byte characters.
func TestLineCount(t *testing.T) {
	byChar := func(s string, width float64) int {
		w := max(int(width)-1, 1)
		lines, n := 1, 0
		for _, r := range s {
			if r == '\n' {
				lines, n = lines+1, 0
				continue
			}
			if n++; n > w {
				lines, n = lines+1, 1
			}
		}
		return lines
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "word ", "é", "😀", "\n", "—", " "}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(200) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, width := range []float64{1, 2, 6, 10, 40, 90} {
			if got, want := lineCount(s, width), byChar(s, width); got != want {
				t.Fatalf("lineCount(%q, %v) = %d, want %d", s, width, got, want)
			}
		}
	}
}

// TestSpliceLinks replaces both kinds of placeholder link and keeps the
// links excelize wrote itself, and spliceRels writes the relationships
// the external links name.
func TestSpliceLinks(t *testing.T) {
	z := newOrderedZip(io.Discard, time.Time{},
		[][]link{{{col: 5, row: 2, location: "Sources!B5", display: "s4"}}},
		[][]link{{{col: 7, row: 2, location: "https://a.example/?x=1&y=\"2\""}, {col: 7, row: 3, location: "https://b.example/"}}}, nil)
	tail := `</sheetData><hyperlinks>` +
		`<hyperlink ref="E2" location="` + linkMarker(0) + `" display="Location"></hyperlink>` +
		`<hyperlink ref="A1" location="About!A1"/>` +
		`<hyperlink ref="G2" xmlns:relationships="http://schemas.openxmlformats.org/officeDocument/2006/relationships" relationships:id="rId1" tooltip="` + externalMarker(0) + `"></hyperlink>` +
		`</hyperlinks><pageSetup/>`
	var got []byte
	collect := func(p []byte) error { got = append(got, p...); return nil }
	err := z.spliceLinks([]byte(tail), collect)
	if err != nil {
		t.Fatal(err)
	}
	want := `</sheetData><hyperlinks>` +
		`<hyperlink ref="E2" location="Sources!B5" display="s4"/>` +
		`<hyperlink ref="A1" location="About!A1"/>` +
		`<hyperlink ref="G2" r:id="rIdE0_1"/><hyperlink ref="G3" r:id="rIdE0_2"/>` +
		`</hyperlinks><pageSetup/>`
	if string(got) != want {
		t.Errorf("spliceLinks:\n got %s\nwant %s", got, want)
	}
	rels := `<Relationships><Relationship Id="rId1" Target="` + externalMarker(0) + `" Type="t" TargetMode="External"></Relationship>` +
		`<Relationship Id="rId2" Target="../tables/table4.xml" Type="table"></Relationship></Relationships>`
	got = nil
	err = z.spliceRels([]byte(rels), collect)
	if err != nil {
		t.Fatal(err)
	}
	const hyperlink = `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" TargetMode="External"/>`
	want = `<Relationships><Relationship Id="rIdE0_1" Target="https://a.example/?x=1&amp;y=&quot;2&quot;` + hyperlink +
		`<Relationship Id="rIdE0_2" Target="https://b.example/` + hyperlink +
		`<Relationship Id="rId2" Target="../tables/table4.xml" Type="table"></Relationship></Relationships>`
	if string(got) != want {
		t.Errorf("spliceRels:\n got %s\nwant %s", got, want)
	}
	for _, bad := range []string{
		`<hyperlinks><hyperlink ref="E2" location="` + linkMarker(7) + `"/></hyperlinks>`,
		`<hyperlinks><hyperlink ref="E2"</hyperlinks>`,
		`<hyperlinks><other/></hyperlinks>`,
	} {
		if err := z.spliceLinks([]byte(bad), collect); err == nil {
			t.Errorf("spliceLinks(%s) = nil error", bad)
		}
	}
}

// TestUnplacedRowsRefused: a workbook whose rows found no marker row is
// an error, not a workbook without rows.
func TestUnplacedRowsRefused(t *testing.T) {
	z := newOrderedZip(io.Discard, time.Time{}, nil, nil, []*rowBlock{{}})
	w, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<worksheet><sheetData><row r="1"></row></sheetData></worksheet>`)
	if err := z.Close(); err == nil || !strings.Contains(err.Error(), "found no place") {
		t.Errorf("Close = %v, want an error about the rows", err)
	}
}

// TestParseDateCached: the workbook's cached parse answers as
// report.ParseDate does, the first time and the next.
func TestParseDateCached(t *testing.T) {
	var wb workbook
	for range 2 {
		for _, s := range []string{"2023-06-05", "2023-06", "2023", "2023-02-30", "", "06/05/2023", "0000"} {
			got, gotErr := wb.parseDate(s)
			want, wantErr := report.ParseDate(s)
			if got != want || (gotErr == nil) != (wantErr == nil) {
				t.Errorf("parseDate(%q) = %v, %v; want %v, %v", s, got, gotErr, want, wantErr)
			}
		}
	}
}
