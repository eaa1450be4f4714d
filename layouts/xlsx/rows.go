package xlsx

import (
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// rowWriter writes the data rows of table sheets as worksheet XML,
// compressed as they come, instead of through excelize's StreamWriter:
// the XML is the same, byte for byte, but written without the
// StreamWriter's per-cell allocations and escaping passes, and held
// compressed rather than as text. Each sheet's rows become one rowBlock,
// which orderedZip splices into the sheet in place of a marker row (see
// rowsMarker).
//
// The XML follows excelize v2.11's StreamWriter.SetRow for the values the
// workbook writes (strings, whole and fractional numbers, dates, empty
// cells, each with or without a style), which it takes as rowCells, not
// as excelize.Cells in an []any; TestRowWriterMatchesExcelize compares
// the two, the same values given to each.
type rowWriter struct {
	xml    *rowXML // rows not yet handed to the compressor
	flate  *flate.Writer
	block  *rowBlock
	ref    []byte // scratch for a number
	rowNum []byte // the digits of the row being written
	// The compressor runs beside the encoder: full buffers go to it by
	// chunks and come back by free; done reports its end.
	chunks chan *rowXML
	free   chan *rowXML
	done   chan error
}

// rowXML is row XML gathered for the compressor: appended to a slice,
// so that the many short writes of a row are inlined (a bytes.Buffer's
// are calls, and a tenth of the rows' time).
type rowXML struct{ b []byte }

func newRowXML() *rowXML { return &rowXML{b: make([]byte, 0, rowFlushSize+rowFlushSize/4)} }

func (x *rowXML) WriteString(s string) { x.b = append(x.b, s...) }
func (x *rowXML) Write(p []byte)       { x.b = append(x.b, p...) }
func (x *rowXML) WriteByte(c byte) error {
	x.b = append(x.b, c)
	return nil
}

// rowBlock is one sheet's data rows: a run of deflate blocks ending at a
// byte boundary (a sync flush, not a final block), so that it can sit
// between two other runs in one deflate stream, and the CRC-32 and length
// of the XML it holds.
type rowBlock struct {
	compressed chunks
	crc        uint32
	size       uint64
}

// rowFlushSize is how much row XML is gathered before it is compressed.
const rowFlushSize = 64 << 10

// rowBuffers is how many buffers of row XML may be in flight.
const rowBuffers = 4

// begin starts a sheet's rows.
func (r *rowWriter) begin() error {
	if r.block != nil {
		return errors.New("workbook: a sheet's rows begun before the last sheet's ended")
	}
	r.block = new(rowBlock)
	if r.flate == nil {
		var err error
		if r.flate, err = flate.NewWriter(&r.block.compressed, flate.BestSpeed); err != nil {
			return err
		}
		r.free = make(chan *rowXML, rowBuffers)
		for range rowBuffers - 1 {
			r.free <- newRowXML()
		}
		r.xml = newRowXML()
	} else {
		r.flate.Reset(&r.block.compressed)
	}
	r.chunks, r.done = make(chan *rowXML, rowBuffers), make(chan error, 1)
	go r.compressor(r.block, r.chunks, r.done)
	return nil
}

// compressor compresses the chunks of XML into block, in order, until
// chunks is closed; it sends its first error, or nil, on done.
func (r *rowWriter) compressor(block *rowBlock, chunks <-chan *rowXML, done chan<- error) {
	var err error
	for c := range chunks {
		if err == nil {
			p := c.b
			block.crc = crc32.Update(block.crc, crc32.IEEETable, p)
			block.size += uint64(len(p))
			_, err = r.flate.Write(p)
		}
		c.b = c.b[:0]
		r.free <- c
	}
	if err == nil {
		err = r.flate.Flush()
	}
	done <- err
}

// end finishes the sheet's rows and returns them.
func (r *rowWriter) end() (*rowBlock, error) {
	if r.block == nil {
		return nil, errors.New("workbook: a sheet's rows ended before they began")
	}
	r.handOff()
	close(r.chunks)
	err := <-r.done
	b := r.block
	r.block = nil
	return b, err
}

// abandon stops the compressor of rows begun and not ended (a Write that
// failed half-way).
func (r *rowWriter) abandon() {
	if r.block != nil {
		close(r.chunks)
		<-r.done
		r.block = nil
	}
}

// handOff gives the XML gathered so far to the compressor.
func (r *rowWriter) handOff() {
	r.chunks <- r.xml
	r.xml = <-r.free
}

// cellKind says what a table cell holds.
type cellKind uint8

const (
	emptyCell  cellKind = iota // no cell: left out of the row
	textCell                   // text, always an inline string
	numberCell                 // num, as excelize writes a float64
	intCell                    // integer, as excelize writes an int
	dateCell                   // date, as excelize writes a time.Time (needs a style)
	blankCell                  // a cell with a style and no value
)

// rowCell is one cell of a table row. It is a value, not an interface: a
// row of cells is made and written without a heap allocation per cell
// (an excelize.Cell in an []any costs two, the cell and its boxed
// value). The zero rowCell is no cell.
type rowCell struct {
	kind    cellKind
	style   int
	text    string
	num     float64
	integer int
	date    time.Time
}

// textOf is a text cell in style, its text as given.
func textOf(style int, s string) rowCell { return rowCell{kind: textCell, style: style, text: s} }

// intOf is an integer cell in style.
func intOf(style, n int) rowCell { return rowCell{kind: intCell, style: style, integer: n} }

// value is the cell as excelize takes it in SetRow: nil for no cell.
func (c rowCell) value() any {
	var v any
	switch c.kind {
	case emptyCell:
		return nil
	case textCell:
		v = c.text
	case numberCell:
		v = c.num
	case intCell:
		v = c.integer
	case dateCell:
		v = c.date
	}
	if c.style == 0 {
		return v
	}
	return excelize.Cell{StyleID: c.style, Value: v}
}

// values are cells as excelize takes them in SetRow.
func values(cells []rowCell) []any {
	out := make([]any, len(cells))
	for i, c := range cells {
		out[i] = c.value()
	}
	return out
}

// row writes row number num with cells in columns A, B, …; an empty cell
// is left out. height, when above zero, is the row's height in points.
// colStyles are the columns' styles (as set with SetColStyle), which a
// cell without a style of its own takes, as in excelize.
func (r *rowWriter) row(num int, cells []rowCell, height float64, colStyles []int) error {
	x := r.xml
	x.WriteString(`<row r="`)
	r.rowNum = strconv.AppendInt(r.rowNum[:0], int64(num), 10)
	x.Write(r.rowNum)
	x.WriteByte('"')
	if height > 0 {
		x.WriteString(` ht="`)
		x.WriteString(strconv.FormatFloat(height, 'f', -1, 64))
		x.WriteString(`" customHeight="1"`)
	}
	x.WriteByte('>')
	for i := range cells {
		c := &cells[i]
		if c.kind == emptyCell {
			continue
		}
		colStyle := 0
		if i < len(colStyles) {
			colStyle = colStyles[i]
		}
		if err := r.cell(i+1, c, colStyle); err != nil {
			return err
		}
	}
	x.WriteString(`</row>`)
	if len(x.b) >= rowFlushSize {
		r.handOff()
	}
	return nil
}

// cell writes one cell of the row being written (r.rowNum), in column
// col, as excelize's writeCell does.
func (r *rowWriter) cell(col int, c *rowCell, colStyle int) error {
	style := c.style
	if style == 0 {
		style = colStyle
	}
	x := r.xml
	x.WriteString(`<c r="`)
	if col < len(columnNames) {
		x.WriteString(columnNames[col])
	} else {
		r.ref = appendCellRef(r.ref[:0], col, 1)
		x.Write(r.ref[:len(r.ref)-1]) // the letters, without the row's 1
	}
	x.Write(r.rowNum)
	x.WriteByte('"')
	if style != 0 {
		if style < len(styleAttrs) {
			x.WriteString(styleAttrs[style])
		} else {
			x.WriteString(` s="`)
			r.ref = strconv.AppendInt(r.ref[:0], int64(style), 10)
			x.Write(r.ref)
			x.WriteByte('"')
		}
	}
	switch c.kind {
	case blankCell:
		x.WriteString(`>`)
	case textCell:
		writeInlineString(x, c.text)
	case intCell:
		r.ref = strconv.AppendInt(r.ref[:0], int64(c.integer), 10)
		number(x, r.ref)
	case numberCell:
		v := c.num
		if math.IsNaN(v) || math.IsInf(v, 0) {
			writeInlineString(x, fmt.Sprint(v))
			break
		}
		if v == math.Trunc(v) && math.Abs(v) < 1e15 && (v != 0 || !math.Signbit(v)) {
			// A whole number of at most 15 digits: formatCellFloat
			// would write its digits, as AppendInt does, only slower.
			r.ref = strconv.AppendInt(r.ref[:0], int64(v), 10)
			number(x, r.ref)
			break
		}
		x.WriteString(`><v>`)
		x.WriteString(formatCellFloat(v))
		x.WriteString(`</v>`)
	case dateCell:
		if style == 0 {
			return errors.New("workbook: a date cell without a style")
		}
		serial := excelTime(c.date)
		if serial <= 0 {
			// excelize writes such a time as its RFC 3339 text, unescaped.
			x.WriteString(` t="inlineStr"><is><t>`)
			x.WriteString(c.date.Format(time.RFC3339Nano))
			x.WriteString(`</t></is>`)
			break
		}
		r.ref = strconv.AppendFloat(r.ref[:0], serial, 'f', -1, 64)
		number(x, r.ref)
	default:
		return fmt.Errorf("workbook: a cell of kind %d in a table row", c.kind)
	}
	x.WriteString(`</c>`)
	return nil
}

// number ends a cell's start tag and writes its numeric value.
func number(x *rowXML, v []byte) {
	x.WriteString(`><v>`)
	x.Write(v)
	x.WriteString(`</v>`)
}

// writeInlineString ends a cell's start tag and writes s as an inline
// string, as excelize's setInlineStr and writeCell do: cut to Excel's
// limit, xml:space="preserve" when it starts or ends with white space,
// escaped as encoding/xml escapes text but with newlines left as they are,
// and with text that reads as an escaped character (_x0041_) escaped
// itself.
func writeInlineString(x *rowXML, s string) {
	if len(s) > maxCellChars/2 && utf16Len(s) > maxCellChars {
		s = truncateUTF16(s, maxCellChars)
	}
	x.WriteString(` t="inlineStr"><is><t`)
	if s != "" && (isSpaceByte(s[0]) || isSpaceByte(s[len(s)-1])) {
		x.WriteString(` xml:space="preserve"`)
	}
	x.WriteByte('>')
	if strings.Contains(s, "_x") {
		x.WriteString(bstrMarshal(string(appendEscaped(nil, s))))
	} else {
		x.b = appendEscaped(x.b, s)
	}
	x.WriteString(`</t></is>`)
}

func isSpaceByte(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// appendEscaped appends s to b as encoding/xml.EscapeText writes it,
// except that a newline stays a newline (excelize undoes that escape).
func appendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		if !textSpecial[s[i]] {
			i++
			continue
		}
		c := s[i]
		var esc string
		width := 1
		switch {
		case c >= 0x80:
			var r rune
			r, width = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && width == 1 || !inCharacterRange(r) {
				esc = "\uFFFD"
			}
		case c == '"':
			esc = "&#34;"
		case c == '\'':
			esc = "&#39;"
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '\t':
			esc = "&#x9;"
		case c == '\r':
			esc = "&#xD;"
		case c == '\n':
		case c < 0x20:
			esc = "\uFFFD"
		}
		if esc != "" {
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			last = i + width
		}
		i += width
	}
	return append(b, s[last:]...)
}

// textSpecial marks the bytes escapeText must look at: the ones it
// escapes or replaces, and every byte of a multi-byte character.
var textSpecial = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\n'
	}
	for _, c := range []byte{'"', '\'', '&', '<', '>'} {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// inCharacterRange is encoding/xml's test of a character XML allows.
func inCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// truncateUTF16 cuts s to at most n UTF-16 code units.
func truncateUTF16(s string, n int) string {
	count := 0
	for i, r := range s {
		if count += utf16.RuneLen(r); count > n {
			return s[:i]
		}
	}
	return s
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes text that Excel would read as an escaped character:
// excelize's function of the same name, kept line for line so that the
// output is the same.
func bstrMarshal(s string) (result string) {
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

// formatCellFloat is excelize's formatting of a number: the shortest
// decimal form, cut to Excel's 15 significant digits.
func formatCellFloat(value float64) string {
	str := strconv.FormatFloat(value, 'f', -1, 64)
	if math.Abs(value) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}

// Excel's calendar, as excelize counts it.
var (
	excelEpoch       = time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)
	excelLeapBugFrom = time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
)

const (
	day         = 24 * time.Hour
	maxDuration = 290 * 364 * day
)

// excelTime is t as an Excel serial date, as excelize's setCellTime
// computes it (the 1900 date system: the workbook never uses 1904).
func excelTime(t time.Time) float64 {
	_, offset := t.In(t.Location()).Zone()
	t = t.Add(time.Duration(offset) * time.Second)
	if t.Before(excelEpoch) {
		return 0
	}
	tt, diff, result := t, t.Sub(excelEpoch), 0.0
	for diff >= maxDuration {
		result += float64(maxDuration / day)
		tt = tt.Add(-maxDuration)
		diff = tt.Sub(excelEpoch)
	}
	rem := diff % day
	result += float64(diff-rem)/float64(day) + float64(rem)/float64(day)
	if t.After(excelLeapBugFrom) {
		result++ // Excel counts a 29 February 1900
	}
	return result
}

// columnNames are the letters of columns 1 to 256 (index 0 unused),
// written for every cell rather than worked out.
var columnNames = func() []string {
	names := make([]string, 257)
	for col := 1; col < len(names); col++ {
		ref := appendCellRef(nil, col, 1)
		names[col] = string(ref[:len(ref)-1])
	}
	return names
}()

// styleAttrs are the style attributes ` s="N"` of styles 0 to 255.
var styleAttrs = func() []string {
	attrs := make([]string, 256)
	for style := range attrs {
		attrs[style] = ` s="` + strconv.Itoa(style) + `"`
	}
	return attrs
}()

// appendCellRef appends the name of the cell in column col (1-based) and
// row row: "A1", "AB12".
func appendCellRef(b []byte, col, row int) []byte {
	var letters [8]byte
	i := len(letters)
	for col > 0 {
		col--
		i--
		letters[i] = byte('A' + col%26)
		col /= 26
	}
	b = append(b, letters[i:]...)
	return strconv.AppendInt(b, int64(row), 10)
}

// rowsMarker is the text of the one cell of a sheet's marker row, which
// orderedZip replaces with the sheet's rowBlock n.
func rowsMarker(n int) string { return rowsMarkerPrefix + strconv.Itoa(n) }

const rowsMarkerPrefix = "brief-rows-"

// crc32Combine returns the CRC-32 (IEEE) of the concatenation of two
// byte strings from the CRC of each and the length of the second, as
// zlib's crc32_combine does: the CRC is linear, and appending len2 zero
// bytes is a matrix over GF(2), raised to len2 by squaring.
func crc32Combine(crc1, crc2 uint32, len2 uint64) uint32 {
	if len2 == 0 {
		return crc1
	}
	var even, odd [32]uint32
	odd[0] = 0xedb88320 // the reversed IEEE polynomial
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four zero bits
	for {
		gf2Square(&even, &odd) // first pass: one zero byte
		if len2&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		len2 >>= 1
		if len2 == 0 {
			break
		}
		gf2Square(&odd, &even)
		if len2&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		len2 >>= 1
		if len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range 32 {
		square[n] = gf2Times(mat, mat[n])
	}
}
