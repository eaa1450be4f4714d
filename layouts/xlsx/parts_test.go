package xlsx

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// withSheetRows lowers Excel's row limit for one test.
func withSheetRows(t *testing.T, n int) {
	t.Helper()
	old := maxSheetRows
	maxSheetRows = n
	t.Cleanup(func() { maxSheetRows = old })
}

// target splits a link's location, "'Sources (2)'!B3", into its sheet and
// cell.
func target(t *testing.T, location string) (sheet, cell string) {
	t.Helper()
	i := strings.LastIndexByte(location, '!')
	if i < 0 {
		t.Fatalf("link to %q names no sheet", location)
	}
	sheet = location[:i]
	if strings.HasPrefix(sheet, "'") {
		sheet = strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'")
	}
	return sheet, location[i+1:]
}

// tableRows returns the data rows of the table on sheet, with the table's
// header row, and the style of each of their cells.
func tableRows(t *testing.T, f *excelize.File, sheet string) (header int, rows [][]string, styles [][]int) {
	t.Helper()
	tables, err := f.GetTables(sheet)
	if err != nil || len(tables) != 1 {
		t.Fatalf("%s: tables %v (%v), want one", sheet, tables, err)
	}
	from, to, _ := strings.Cut(tables[0].Range, ":")
	_, header, _ = excelize.CellNameToCoordinates(from)
	lastCol, last, _ := excelize.CellNameToCoordinates(to)
	all, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != last {
		t.Errorf("%s: %d rows, but its table %s ends in row %d", sheet, len(all), tables[0].Range, last)
	}
	for r := header + 1; r <= last && r <= len(all); r++ {
		rows = append(rows, all[r-1])
		var st []int
		for c := 1; c <= lastCol; c++ {
			cell, _ := excelize.CoordinatesToCellName(c, r)
			s, _ := f.GetCellStyle(sheet, cell)
			st = append(st, s)
		}
		styles = append(styles, st)
	}
	return header, rows, styles
}

// TestLongTablesContinue lowers the row limit so that every table sheet
// of the small brief takes several sheets: each continues on "Name (2)" …
// right after it, under the same header, and together they hold what the
// one sheet holds, with the same styles, links that still find their
// targets, print titles, frozen headers and Review drop-downs, and a
// review read back from any part.
func TestLongTablesContinue(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	whole := open(t, write(t, b))
	const limit = 12 // the Stances table's header is in row 11
	withSheetRows(t, limit)
	data := write(t, b)
	f := open(t, data)
	sheets := f.GetSheetList()
	var reviewCells []string // a Review cell on a continued sheet, per review table
	for _, s := range specs(b) {
		_, wantRows, wantStyles := tableRows(t, whole, s.sheet)
		var gotRows [][]string
		var gotStyles [][]int
		start := slices.Index(sheets, s.sheet)
		for part := 0; ; part++ {
			name := partName(s.sheet, part)
			if start+part >= len(sheets) || sheets[start+part] != name {
				if part < 2 {
					t.Errorf("%s: sheets %v, want %q after it", s.sheet, sheets, name)
				}
				break
			}
			header, rows, styles := tableRows(t, f, name)
			if part > 0 && header != 1 {
				t.Errorf("%s: the table's header is in row %d, want 1", name, header)
			}
			if last := header + len(rows); last > limit {
				t.Errorf("%s: %d rows, more than the limit %d", name, last, limit)
			}
			if got := headerIndex(t, f, name, header); len(got) != len(s.header) || got[s.header[0]] != "A" {
				t.Errorf("%s: header %v, want %v", name, got, s.header)
			}
			if tables, _ := f.GetTables(name); tables[0].Name != partTable(s.table, part) {
				t.Errorf("%s: table %s, want %s", name, tables[0].Name, partTable(s.table, part))
			}
			if panes, err := f.GetPanes(name); err != nil || !panes.Freeze || panes.YSplit != header {
				t.Errorf("%s: panes %+v (%v), want the rows to %d frozen", name, panes, err, header)
			}
			if dvs, _ := f.GetDataValidations(name); slices.Contains(s.header, "Review") != (len(dvs) == 1) {
				t.Errorf("%s: %d data validations", name, len(dvs))
			}
			if part > 0 && slices.Contains(s.header, "Review") {
				col := headerIndex(t, f, name, 1)["Review"]
				reviewCells = append(reviewCells, name+"!"+col+"2")
			}
			gotRows = append(gotRows, rows...)
			gotStyles = append(gotStyles, styles...)
		}
		if len(gotRows) != s.rows || !slices.EqualFunc(gotRows, wantRows, slices.Equal) {
			t.Errorf("%s: %d rows over its sheets, not the %d rows of one sheet", s.sheet, len(gotRows), len(wantRows))
		}
		if !slices.EqualFunc(gotStyles, wantStyles, slices.Equal) {
			t.Errorf("%s: cell styles differ from one sheet's", s.sheet)
		}
	}

	// Every Source cell links to the source's row, wherever it is.
	checked := 0
	for _, sheet := range sheets {
		if sheet == SheetAbout {
			continue
		}
		header, rows, _ := tableRows(t, f, sheet)
		cols := headerIndex(t, f, sheet, header)
		col, ok := cols["Source"]
		if !ok {
			continue
		}
		for i, row := range rows {
			cell := col + strconv.Itoa(header+1+i)
			ok, to, err := f.GetCellHyperLink(sheet, cell)
			if err != nil || !ok {
				t.Errorf("%s!%s is not a link (%v)", sheet, cell, err)
				continue
			}
			toSheet, toCell := target(t, to)
			if base, _ := partOf(toSheet); base != SheetSources || value(t, f, toSheet, toCell) == "" ||
				!slices.Contains(row, value(t, f, toSheet, toCell)) {
				t.Errorf("%s!%s links to %s, not to its source", sheet, cell, to)
			}
			checked++
		}
	}
	if checked < 70+15*3 {
		t.Errorf("checked %d links only", checked)
	}
	// Matrix cells link to their stances, some on a continued sheet.
	matrixLinks, continued := 0, 0
	header, _, _ := tableRows(t, f, SheetStances)
	for row := 3; row < header; row++ {
		for col := 2; col < 2+len(b.Issues); col++ {
			cell, _ := excelize.CoordinatesToCellName(col, row)
			ok, to, _ := f.GetCellHyperLink(SheetStances, cell)
			if !ok {
				continue
			}
			toSheet, toCell := target(t, to)
			id := value(t, f, toSheet, toCell)
			if !slices.ContainsFunc(b.Matrix, func(c report.Cell) bool { return len(c.Stances) > 0 && c.Stances[0] == id }) {
				t.Errorf("Stances!%s links to %s, which holds %q, no matrix cell's stance", cell, to, id)
			}
			matrixLinks++
			if toSheet != SheetStances {
				continued++
			}
		}
	}
	if matrixLinks == 0 || continued == 0 {
		t.Errorf("%d matrix links, %d to a continued sheet; want some of each", matrixLinks, continued)
	}
	// The About sheet says where the tables continue.
	about, _ := f.GetRows(SheetAbout)
	if !slices.ContainsFunc(about, func(r []string) bool {
		return slices.Contains(r, "Evidence: the table continues on the sheets Evidence (2) to Evidence (7): Excel allows 12 rows on a sheet.")
	}) {
		t.Errorf("About does not say where Evidence continues: %q", about)
	}
	// Each sheet prints its own header row on every page.
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	for _, sheet := range sheets[1:] {
		if base, part := partOf(sheet); part > 0 && titles[sheet] != "'"+sheet+"'!$1:$1" {
			t.Errorf("%s (of %s): print titles %q", sheet, base, titles[sheet])
		}
	}

	// A review written on a continued sheet is read back, with its place.
	if len(reviewCells) < 2 {
		t.Fatalf("review cells on continued sheets: %v", reviewCells)
	}
	for _, where := range reviewCells {
		sheet, cell, _ := strings.Cut(where, "!")
		setCell(t, f, sheet, cell, "reject")
	}
	decisions, err := readReview(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	for _, where := range reviewCells {
		sheet, cell, _ := strings.Cut(where, "!")
		_, row, _ := excelize.CellNameToCoordinates(cell)
		id := value(t, f, sheet, "A"+strconv.Itoa(row))
		want := sheetRef(sheet) + "!" + cell
		if d := decisions[id]; d.Decision != "reject" || d.Where != want {
			t.Errorf("%s: read back %+v for %s, want reject at %s", where, d, id, want)
		}
	}
}

// TestFullSheetNotContinued checks the limit itself: a workbook whose
// longest table just fits is the one written without a limit, byte for
// byte, and one row less continues.
func TestFullSheetNotContinued(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	want := write(t, b)
	rows := 1 + specs(b)[4].rows // Evidence, the longest table: its header and its rows
	withSheetRows(t, rows)
	if got := write(t, b); !bytes.Equal(got, want) {
		t.Errorf("with a limit of %d rows, the workbook differs from the one without", rows)
	}
	maxSheetRows = rows - 1
	if got := open(t, write(t, b)).GetSheetList(); !slices.Contains(got, "Evidence (2)") || slices.Contains(got, "Evidence (3)") {
		t.Errorf("with a limit of %d rows, sheets %v", rows-1, got)
	}
}

func TestPartNames(t *testing.T) {
	for _, tt := range []struct {
		name string
		base string
		part int
	}{
		{"Evidence", "Evidence", 0}, {"Evidence (2)", "Evidence", 1}, {"Figures (12)", "Figures", 11},
		{"Figures (1)", "Figures (1)", 0}, {"Figures (02)", "Figures (02)", 0}, {"Figures (x)", "Figures (x)", 0},
		{"(2)", "(2)", 0}, {"A (2) (3)", "A (2)", 2},
	} {
		base, part := partOf(tt.name)
		if base != tt.base || part != tt.part {
			t.Errorf("partOf(%q) = %q, %d, want %q, %d", tt.name, base, part, tt.base, tt.part)
		}
		if base == tt.name {
			continue
		}
		if got := partName(base, part); got != tt.name {
			t.Errorf("partName(%q, %d) = %q, want %q", base, part, got, tt.name)
		}
	}
	if got := sheetRef("Evidence (2)"); got != "'Evidence (2)'" {
		t.Errorf("sheetRef: %s", got)
	}
	if got := sheetRef("Evidence"); got != "Evidence" {
		t.Errorf("sheetRef: %s", got)
	}
	// placeOf and partCount agree with each other.
	withSheetRows(t, 5)
	for _, header := range []int{1, 3} {
		for n := 0; n < 20; n++ {
			parts := 1
			if n > 0 {
				p, _ := placeOf(header, n-1)
				parts = p + 1
			}
			if got := partCount(header, n); got != parts {
				t.Errorf("header %d, %d rows: partCount %d, want %d", header, n, got, parts)
			}
		}
	}
}
