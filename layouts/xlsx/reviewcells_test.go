package xlsx

import (
	"reflect"
	"strings"
	"testing"

	"brief/report"
	"brief/report/review"

	"github.com/xuri/excelize/v2"
)

// TestReadReviewDatesAndFormulas: a Correction cell Excel stored as a
// date reads as the date it shows, at the precision of its format; a
// number in a General cell stays the number; a formula in a review cell
// is read as such, not evaluated, and ApplyReview reports it.
func TestReadReviewDatesAndFormulas(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	style := func(s *excelize.Style) int {
		id, err := f.NewStyle(s)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	monthYear := "mmm-yy"
	cells := []struct {
		cell  string
		value any
		style int // 0 for none
	}{
		{"N2", 45082, style(&excelize.Style{NumFmt: 14})},                         // "2023-06-05" typed, shown 6/5/23
		{"N3", 45078, style(&excelize.Style{CustomNumFmt: &monthYear})},           // "2023-06" typed, shown Jun-23
		{"N4", 2022, style(&excelize.Style{NumFmt: 0})},                           // a year, General
		{"N5", 45082.5, style(&excelize.Style{NumFmt: 22})},                       // a date and time
		{"N6", "2023-07", style(&excelize.Style{NumFmt: 49})},                     // typed into a Text cell
		{"N7", 45082, style(&excelize.Style{CustomNumFmt: new("0.00")})},          // a number format
		{"N8", 45082, style(&excelize.Style{CustomNumFmt: new("[$-409]yyyy;@")})}, // a year format
	}
	for _, c := range cells {
		setCell(t, f, "Timeline", c.cell, c.value)
		if c.style != 0 {
			if err := f.SetCellStyle("Timeline", c.cell, c.cell, c.style); err != nil {
				t.Fatal(err)
			}
		}
	}
	setCell(t, f, "Figures", "T2", "correct")
	if err := f.SetCellFormula("Figures", "U2", "B2*2"); err != nil {
		t.Fatal(err)
	}
	got, err := readReview(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	corr := func(i int, c, where string) (string, report.Review) {
		return b.Events[i].ID, report.Review{Correction: c, Where: "Timeline!" + where}
	}
	want := map[string]report.Review{}
	for i, c := range []string{"2023-06-05", "2023-06", "2022", "2023-06-05", "2023-07", "45082", "2023"} {
		if i >= len(b.Events) {
			break
		}
		id, r := corr(i, c, cells[i].cell)
		want[id] = r
	}
	want[b.Figures[0].ID] = report.Review{Decision: report.DecisionFormula, Correction: "=B2*2", Where: "Figures!U2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadReview:\n got %v\nwant %v", got, want)
	}
	figure := b.Figures[0].ID
	warnings := review.ApplyReview(b, got)
	if !strings.Contains(strings.Join(warnings, "\n"), `Figures!U2: fact `+figure+`: the cell holds a formula ("=B2*2"), which brief does not evaluate`) {
		t.Errorf("ApplyReview does not report the formula: %q", warnings)
	}
}

// TestCorrectionColumnIsText: the Correction column of every fact sheet
// is in Excel's Text format, so that a date typed there stays as typed.
func TestCorrectionColumnIsText(t *testing.T) {
	f := open(t, write(t, loadModel(t, "testdata/small.json")))
	for _, sheet := range FactSheets {
		if idx, err := f.GetSheetIndex(sheet); err != nil || idx < 0 {
			continue // Rejected, when no fact was
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		col := -1
		for _, row := range rows[:min(len(rows), maxHeaderSearch)] {
			if _, _, c := headerColumns(row, correctionHeader(sheet)); c >= 0 {
				col = c
				break
			}
		}
		if col < 0 {
			t.Fatalf("%s: no Correction column", sheet)
		}
		name, _ := excelize.ColumnNumberToName(col + 1)
		id, err := f.GetColStyle(sheet, name)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil || st.NumFmt != 49 {
			t.Errorf("%s column %s: style %d, number format %v (%v), want 49 (Text)", sheet, name, id, st, err)
		}
	}
}
