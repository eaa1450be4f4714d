package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"brief/layouts/xlsx"
	"brief/report"
)

// TestLeadsRoundTrip builds the demo brief, writes a position for its
// first lead in the workbook's Leads sheet and a misspelt one for its
// second, and builds again with --review: the first is a stance marked as
// set in review, the second a warning naming its cell, still a lead.
func TestLeadsRoundTrip(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	first, _ := buildDemo(t, t.TempDir())
	before := reviewedModel(t, first[2])
	if len(before.Leads) < 2 {
		t.Fatalf("the demo brief has %d leads, want at least 2", len(before.Leads))
	}
	if text := pdfText(t, first[0]); text != "" && !strings.Contains(strings.Join(strings.Fields(text), " "), "further passages name an actor and an issue") {
		t.Errorf("the PDF does not count the leads under the matrix")
	}
	f, err := excelize.OpenFile(first[1])
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(xlsx.SheetLeads)
	if err != nil {
		t.Fatal(err)
	}
	header := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == "ID" })
	if header < 0 {
		t.Fatalf("no header row on the Leads sheet: %q", rows)
	}
	position := column(t, rows[header], "Position")
	row := func(k int) string { return strconv.Itoa(header + 2 + k) } // the k-th lead's row, 1-based
	if err := f.SetCellValue(xlsx.SheetLeads, position+row(0), "Oppose"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(xlsx.SheetLeads, position+row(1), "backs"); err != nil {
		t.Fatal(err)
	}
	reviewed := t.TempDir() + "/reviewed.xlsx"
	if err := f.SaveAs(reviewed); err != nil {
		t.Fatal(err)
	}
	f.Close()
	second, stderr := buildDemo(t, t.TempDir(), "--review", reviewed)
	after := reviewedModel(t, second[2])
	lead0, lead1 := before.Leads[0], before.Leads[1]
	i := slices.IndexFunc(after.Stances, func(s report.Stance) bool { return s.ID == lead0.ID })
	if i < 0 {
		t.Fatalf("no stance from lead %s after review; stderr:\n%s", lead0.ID, stderr)
	}
	if s := after.Stances[i]; s.Actor != lead0.Actor || s.Issue != lead0.Issue || s.Position != report.Oppose || s.Review == nil || s.Review.Decision != report.DecisionCorrect {
		t.Errorf("stance from the lead %+v", s)
	}
	if !strings.Contains(stderr, "Leads!"+position+row(1)) || !strings.Contains(stderr, `"backs"`) {
		t.Errorf("stderr does not name the bad position's cell %s:\n%s", position+row(1), stderr)
	}
	if !slices.ContainsFunc(after.Leads, func(l report.Lead) bool { return l.ID == lead1.ID }) {
		t.Errorf("the lead with a bad position left the brief")
	}
	if slices.ContainsFunc(after.Leads, func(l report.Lead) bool { return l.ID == lead0.ID }) {
		t.Errorf("the lead read as a stance is still a lead")
	}
}
