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
	// headerPosition is the Leads sheet's correction column: the position
	// an analyst reads in the passage.
	headerPosition = "Position"
)

// column is one column of a table: its header, its width in characters
// and whether long text wraps in it.
type column struct {
	header string
	width  float64
	wrap   bool
}

// maxSheetRows is how many rows one sheet may have: Excel's limit. A
// table longer than its sheet allows continues on sheets of the same
// name numbered from 2, "Evidence (2)", "Evidence (3)" …, each with the
// table's header in its first row (see partCount). It is a variable for
// tests.
var maxSheetRows = 1 << 20

// tableSheet writes one sheet through excelize's StreamWriter: optional
// rows above, then one Excel table with a frozen header row. A table too
// long for one sheet continues on the next part (see advance).
type tableSheet struct {
	wb        *workbook
	base      string // the first sheet's name
	baseTable string // the first sheet's table's name
	part      int    // which sheet of the table: 0 for the first
	sheet     string
	table     string
	cols      []column
	sw        *excelize.StreamWriter
	headerRow int
	row       int // the last row written
	review    bool
	// leads marks the Leads sheet, whose review columns are Position (a
	// position, the lead's correction) and Review, in that order.
	leads     bool
	links     []link
	external  []link // links to addresses (see linkOut)
	colStyles []int  // the style of each column set with SetColStyle; 0 for none
	err       error  // a failure to continue on the next sheet, for addRow
}

// newTableSheet starts the sheet; the table's header goes in headerRow,
// and rows above it may be written with writeAbove first.
func (wb *workbook) newTableSheet(sheet, table string, cols []column, headerRow int, review bool) (*tableSheet, error) {
	leads := sheet == SheetLeads
	switch {
	case leads:
		cols = append(cols, column{header: headerPosition, width: 14, wrap: true}, column{header: headerReview, width: 10})
	case review:
		cols = append(cols, column{header: headerReview, width: 10}, column{header: headerCorrection, width: 24, wrap: true})
	}
	t := &tableSheet{wb: wb, base: sheet, baseTable: table, cols: cols, review: review || leads, leads: leads}
	if err := t.open(sheet, table, headerRow); err != nil {
		return nil, err
	}
	return t, nil
}

// open starts the sheet named sheet, whose table's header goes in
// headerRow.
func (t *tableSheet) open(sheet, table string, headerRow int) error {
	wb, cols := t.wb, t.cols
	t.sheet, t.table, t.headerRow, t.row = sheet, table, headerRow, 0
	t.links, t.external, t.colStyles = nil, nil, nil
	if err := wb.setPrint(sheet, headerRow); err != nil {
		return err
	}
	sw, err := wb.f.NewStreamWriter(sheet)
	if err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	if err := wb.rows.begin(); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	t.sw = sw
	wb.opened++
	if t.review { // before the widths, which keep it in column order
		// The Correction column, last, is Text: a date typed there stays
		// the text typed, not a date serial. (The Leads sheet's Position
		// column, before its Review column.)
		col := t.correctionCol()
		if err := sw.SetColStyle(col+1, col+1, wb.st.correction); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		t.colStyles = make([]int, len(cols))
		t.colStyles[col] = wb.st.correction
	}
	// excelize's stream writer puts each width before the ones set
	// earlier, and Excel wants them in column order: set them last first.
	for i := len(cols) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, cols[i].width); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	if headerRow <= maxFrozenRows {
		top := "A" + strconv.Itoa(headerRow+1)
		err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: top, ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}}})
		if err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	return nil
}

// advance makes room for the row addRow writes next: when the sheet is
// full, the table is closed there and continues on the table's next
// sheet, under the same header. It is called before anything refers to
// the next row (link, linkOut, addRow), so that a sheet is only
// continued when a row is coming.
func (t *tableSheet) advance() {
	if t.err != nil || t.row < max(maxSheetRows, t.headerRow+1) {
		return
	}
	if err := t.close(); err != nil {
		t.err = err
		return
	}
	t.part++
	if err := t.open(partName(t.base, t.part), partTable(t.baseTable, t.part), 1); err != nil {
		t.err = err
		return
	}
	t.err = t.writeHeader()
}

// partName is the name of the sheet of part part (0 for the first) of
// the table on sheet base: "Evidence", "Evidence (2)", "Evidence (3)" ….
func partName(base string, part int) string {
	if part == 0 {
		return base
	}
	return base + " (" + strconv.Itoa(part+1) + ")"
}

// partTable is the name of the Excel table on part part: table names are
// unique in a workbook.
func partTable(table string, part int) string {
	if part == 0 {
		return table
	}
	return table + strconv.Itoa(part+1)
}

// partOf returns the part a sheet's name is of: its first sheet's name
// and the part's number, 0 for the first ("Evidence (3)" is "Evidence",
// 2), as partName makes them.
func partOf(name string) (base string, part int) {
	open := strings.LastIndex(name, " (")
	if open < 0 || !strings.HasSuffix(name, ")") {
		return name, 0
	}
	digits := name[open+2 : len(name)-1]
	n, err := strconv.Atoi(digits)
	if err != nil || n < 2 || digits[0] < '1' || digits[0] > '9' {
		return name, 0
	}
	return name[:open], n - 1
}

// partCount is how many sheets a table of n data rows takes whose first
// sheet has its header in headerRow: the first holds maxSheetRows -
// headerRow rows (at least one), each further one (header in row 1)
// maxSheetRows - 1.
func partCount(headerRow, n int) int {
	first := max(maxSheetRows-headerRow, 1)
	if n <= first {
		return 1
	}
	per := max(maxSheetRows-1, 1)
	return 1 + (n-first+per-1)/per
}

// placeOf returns the sheet part and row of data row i (0-based) of a
// table whose first sheet has its header in headerRow, as the table's
// sheet writes it.
func placeOf(headerRow, i int) (part, row int) {
	first := max(maxSheetRows-headerRow, 1)
	if i < first {
		return 0, headerRow + 1 + i
	}
	per := max(maxSheetRows-1, 1)
	i -= first
	return 1 + i/per, 2 + i%per
}

// sheetRef is a sheet's name as a reference writes it: quoted when it
// holds anything but letters, digits and underscores ("'Evidence (2)'").
func sheetRef(name string) string {
	for _, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "'" + strings.ReplaceAll(name, "'", "''") + "'"
		}
	}
	return name
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

// addRow writes one table row. cells are made with the workbook's
// helpers; an empty or missing cell is left out. The row is made taller
// when its wrapped text needs more than one line.
func (t *tableSheet) addRow(cells []rowCell) error {
	if t.advance(); t.err != nil {
		return t.err
	}
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
	t.advance()
	t.linkCell(col+1, t.row+1, location, display)
}

// linkOut makes the cell in column col (0-based) of the row addRow
// writes next a link to the address url, and says whether it did: links
// beyond what Excel allows on one sheet are dropped and counted for the
// About sheet.
func (t *tableSheet) linkOut(col int, url string) bool {
	t.advance()
	if len(t.external) >= maxLinks {
		t.wb.linksDropped[t.sheet]++
		return false
	}
	t.external = append(t.external, link{col: col + 1, row: t.row + 1, location: url})
	return true
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
	if len(t.external) > 0 {
		// A link to an address needs a relationship each; excelize's
		// SetCellHyperLink makes one in time linear in those made
		// before, so one placeholder stands for them all and orderedZip
		// writes them (see externalMarker).
		marker := externalMarker(len(t.wb.external))
		t.wb.external = append(t.wb.external, t.external)
		err := t.wb.f.SetCellHyperLink(t.sheet, t.external[0].ref(), marker, "External", excelize.HyperlinkOpts{Tooltip: &marker})
		if err != nil {
			return fmt.Errorf("sheet %s: links: %w", t.sheet, err)
		}
	}
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
	if t.leads {
		col, _ := excelize.ColumnNumberToName(t.correctionCol() + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, t.headerRow+1, col, last)
		if err := dv.SetDropList(positionChoices()); err != nil {
			return fmt.Errorf("sheet %s: position drop-down: %w", t.sheet, err)
		}
		// A warning, not a stop: "oppose; actor=TTP" names another actor.
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Position", "Not one of the positions: brief build --review will say so, and the lead stays a lead.")
		dv.SetInput("Position", "The position this passage gives the actor on the issue: it becomes a stance in the next build.")
		if err := t.wb.f.AddDataValidation(t.sheet, dv); err != nil {
			return fmt.Errorf("sheet %s: position drop-down: %w", t.sheet, err)
		}
	}
	if t.review {
		col, _ := excelize.ColumnNumberToName(t.reviewCol() + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, t.headerRow+1, col, last)
		if err := dv.SetDropList(reviewChoices); err != nil {
			return fmt.Errorf("sheet %s: review drop-down: %w", t.sheet, err)
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Review", "Choose accept, reject or correct.")
		if t.leads {
			dv.SetInput("Review", "reject drops the lead from later briefs; a Position alone is enough to make it a stance.")
		} else {
			dv.SetInput("Review", "accept, reject or correct; for correct, write the new value in Correction.")
		}
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

// reviewCol and correctionCol are the 0-based columns of a review
// table's Review and Correction (on the Leads sheet, Position) columns.
func (t *tableSheet) reviewCol() int {
	if t.leads {
		return len(t.cols) - 1
	}
	return len(t.cols) - 2
}

func (t *tableSheet) correctionCol() int {
	if t.leads {
		return len(t.cols) - 2
	}
	return len(t.cols) - 1
}

// positionChoices are the values of the Leads sheet's Position drop-down.
func positionChoices() []string {
	out := make([]string, len(report.Positions))
	for i, p := range report.Positions {
		out[i] = string(p)
	}
	return out
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
