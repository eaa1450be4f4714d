package xlsx

import (
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// TestStancesReadBy checks that the Stances sheet has a Read by column,
// and the About sheet a line on it, only when the stance model read a
// stance, and that the column says which.
func TestStancesReadBy(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	rows, err := f.GetRows(SheetStances)
	if err != nil {
		t.Fatal(err)
	}
	header := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == headerID })
	if header < 0 || slices.Contains(rows[header], headerReadBy) {
		t.Fatalf("no model stance: header %d %q, want no %q column", header, rows[max(header, 0)], headerReadBy)
	}

	b.Stances[0].ReadBy = report.ReadByModel
	f = open(t, write(t, b))
	rows, err = f.GetRows(SheetStances)
	if err != nil {
		t.Fatal(err)
	}
	header = slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == headerID })
	col := slices.Index(rows[header], headerReadBy)
	if col < 0 || slices.Index(rows[header], headerReview) < col {
		t.Fatalf("header %q: want %q before Review", rows[header], headerReadBy)
	}
	for i, s := range b.Stances {
		row := rows[header+1+i]
		got := ""
		if col < len(row) {
			got = row[col]
		}
		if row[0] != s.ID || got != string(s.ReadBy) {
			t.Errorf("row %q: read by %q, want %q", row, got, s.ReadBy)
		}
	}
	about, err := f.GetRows("About")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(about, func(r []string) bool { return strings.Contains(strings.Join(r, " "), "Read by column") }) {
		t.Error("the About sheet does not say what Read by means")
	}
}
