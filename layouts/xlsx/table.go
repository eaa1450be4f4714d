package xlsx

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// maxLinks is how many hyperlinks one sheet may hold: Excel refuses more.
// It is a variable for tests.
var maxLinks = 65529

// maxFrozenRows is how many rows above a table's header (and the header)
// may be frozen; a taller frozen area would leave no room for the table.
const maxFrozenRows = 20

// reviewChoices are the values of the Review column's drop-down.
var reviewChoices = []string{string(report.DecisionAccept), string(report.DecisionReject), string(report.DecisionCorrect)}

// Headers of the review columns, which ReadReview looks for.
const (
	headerID         = "ID"
	headerReview     = "Review"
	headerCorrection = "Correction"
)

// column is one column of a table: its header, its width in characters
// and whether long text wraps in it.
type column struct {
	header string
	width  float64
	wrap   bool
}

// tableSheet writes one sheet through excelize's StreamWriter: optional
// rows above, then one Excel table with a frozen header row.
type tableSheet struct {
	wb        *workbook
	sheet     string
	table     string
	cols      []column
	sw        *excelize.StreamWriter
	headerRow int
	row       int // the last row written
	review    bool
	links     []link
	colStyles []int // the style of each column set with SetColStyle; 0 for none
}

// newTableSheet starts the sheet; the table's header goes in headerRow,
// and rows above it may be written with writeAbove first.
func (wb *workbook) newTableSheet(sheet, table string, cols []column, headerRow int, review bool) (*tableSheet, error) {
	if review {
		cols = append(cols, column{header: headerReview, width: 10}, column{header: headerCorrection, width: 24, wrap: true})
	}
	if err := wb.setPrint(sheet, headerRow); err != nil {
		return nil, err
	}
	sw, err := wb.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, fmt.Errorf("sheet %s: %w", sheet, err)
	}
	if err := wb.rows.begin(); err != nil {
		return nil, fmt.Errorf("sheet %s: %w", sheet, err)
	}
	t := &tableSheet{wb: wb, sheet: sheet, table: table, cols: cols, sw: sw, headerRow: headerRow, review: review}
	if review { // before the widths, which keep it in column order
		// The Correction column, last, is Text: a date typed there stays
		// the text typed, not a date serial.
		if err := sw.SetColStyle(len(cols), len(cols), wb.st.correction); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", sheet, err)
		}
		t.colStyles = make([]int, len(cols))
		t.colStyles[len(cols)-1] = wb.st.correction
	}
	// excelize's stream writer puts each width before the ones set
	// earlier, and Excel wants them in column order: set them last first.
	for i := len(cols) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, cols[i].width); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	if headerRow <= maxFrozenRows {
		top := "A" + strconv.Itoa(headerRow+1)
		err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: top, ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}}})
		if err != nil {
			return nil, fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	return t, nil
}

// writeAbove writes a row above the table's header.
func (t *tableSheet) writeAbove(row int, cells []rowCell, opts ...excelize.RowOpts) error {
	if row >= t.headerRow {
		return fmt.Errorf("sheet %s: row %d is not above the table's header row %d", t.sheet, row, t.headerRow)
	}
	t.row = row
	return t.sw.SetRow("A"+strconv.Itoa(row), values(cells), opts...)
}

// writeHeader writes the table's header row.
func (t *tableSheet) writeHeader() error {
	cells := make([]rowCell, len(t.cols))
	for i, c := range t.cols {
		cells[i] = textOf(t.wb.st.bold, c.header)
	}
	t.row = t.headerRow
	return t.sw.SetRow("A"+strconv.Itoa(t.headerRow), values(cells))
}

// next returns the number of the row addRow will write.
func (t *tableSheet) next() int { return t.row + 1 }

// addRow writes one table row. cells are made with the workbook's
// helpers; an empty or missing cell is left out. The row is made taller
// when its wrapped text needs more than one line.
func (t *tableSheet) addRow(cells []rowCell) error {
	t.row++
	lines := 1
	for i := range cells {
		if i < len(t.cols) && t.cols[i].wrap && cells[i].kind == textCell {
			lines = max(lines, lineCount(cells[i].text, t.cols[i].width))
		}
	}
	height := 0.0
	if lines > 1 {
		height = rowHeight(lines).Height
	}
	if err := t.wb.rows.row(t.row, cells, height, t.colStyles); err != nil {
		return fmt.Errorf("sheet %s row %d: %w", t.sheet, t.row, err)
	}
	return nil
}

// link makes the cell in column col (0-based) of the row addRow writes
// next a link to location: call it before that addRow.
func (t *tableSheet) link(col int, location, display string) {
	t.linkCell(col+1, t.row+1, location, display)
}

// linkCell makes the cell in column col and row row (1-based) a link to
// location. Links beyond what Excel allows on one sheet are dropped and
// counted for the About sheet.
func (t *tableSheet) linkCell(col, row int, location, display string) {
	if len(t.links) >= maxLinks {
		t.wb.linksDropped[t.sheet]++
		return
	}
	t.links = append(t.links, link{col: col, row: row, location: location, display: display})
}

// reserveLinks makes room for n links, when about n are coming: the
// list is not copied as it grows.
func (t *tableSheet) reserveLinks(n int) {
	t.links = slices.Grow(t.links, min(n, maxLinks))
}

// close ends the table: the Excel table over the header and rows, the
// Review drop-down, the hyperlinks, and the sheet's data. The data rows,
// written by the workbook's rowWriter, go into the sheet in place of a
// marker row written here, after the header (see orderedZip).
func (t *tableSheet) close() error {
	block, err := t.wb.rows.end()
	if err != nil {
		return fmt.Errorf("sheet %s: %w", t.sheet, err)
	}
	marker := rowsMarker(len(t.wb.rowBlocks))
	t.wb.rowBlocks = append(t.wb.rowBlocks, block)
	if err := t.sw.SetRow("A"+strconv.Itoa(t.headerRow+1), []any{marker}); err != nil {
		return fmt.Errorf("sheet %s: %w", t.sheet, err)
	}
	last := max(t.row, t.headerRow+1) // a table has at least one data row
	lastCol, _ := excelize.ColumnNumberToName(len(t.cols))
	stripes := true
	err = t.sw.AddTable(&excelize.Table{
		Range:          fmt.Sprintf("A%d:%s%d", t.headerRow, lastCol, last),
		Name:           t.table,
		StyleName:      "TableStyleMedium2",
		ShowRowStripes: &stripes,
	})
	if err != nil {
		return fmt.Errorf("sheet %s: table: %w", t.sheet, err)
	}
	if t.review {
		col, _ := excelize.ColumnNumberToName(len(t.cols) - 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, t.headerRow+1, col, last)
		if err := dv.SetDropList(reviewChoices); err != nil {
			return fmt.Errorf("sheet %s: review drop-down: %w", t.sheet, err)
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Review", "Choose accept, reject or correct.")
		dv.SetInput("Review", "accept, reject or correct; for correct, write the new value in Correction.")
		if err := t.wb.f.AddDataValidation(t.sheet, dv); err != nil {
			return fmt.Errorf("sheet %s: review drop-down: %w", t.sheet, err)
		}
	}
	if len(t.links) > 0 {
		// One placeholder link; orderedZip writes the real list.
		n := len(t.wb.links)
		t.wb.links = append(t.wb.links, t.links)
		if err := t.wb.f.SetCellHyperLink(t.sheet, t.links[0].ref(), linkMarker(n), "Location"); err != nil {
			return fmt.Errorf("sheet %s: links: %w", t.sheet, err)
		}
	}
	if err := t.sw.Flush(); err != nil {
		return fmt.Errorf("sheet %s: %w", t.sheet, err)
	}
	return nil
}

// maxRowLines is the most lines of text a row is made tall enough for;
// longer text shows in full in the formula bar.
const maxRowLines = 8

// rowHeight returns the options of a row tall enough for lines of text.
func rowHeight(lines int) excelize.RowOpts {
	return excelize.RowOpts{Height: 15 * float64(min(max(lines, 1), maxRowLines))}
}

// lineCount estimates the lines text takes in a wrapped column of width
// characters.
func lineCount(s string, width float64) int {
	w := max(int(width)-1, 1)
	if strings.IndexByte(s, '\n') < 0 {
		// One paragraph: a line every w characters.
		return max(1, (utf8.RuneCountInString(s)+w-1)/w)
	}
	lines, n := 1, 0
	for _, r := range s {
		if r == '\n' {
			lines++
			n = 0
			continue
		}
		n++
		if n > w {
			lines++
			n = 1
		}
	}
	return lines
}
