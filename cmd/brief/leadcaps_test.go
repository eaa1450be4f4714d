package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"brief/layouts/xlsx"
	"brief/report"
)

// demoSources copies the demo's articles into a new folder, with the
// extra articles (file name to text) beside them, for build --sources.
func demoSources(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../../sources/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no demo sources: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, text := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// fullCell returns the actor and issue of a cell whose leads fill
// MaxLeadsPerCell with more left out, and those leads' ids, most telling
// first.
func fullCell(t *testing.T, b report.Brief) (cell [2]string, ids []string) {
	t.Helper()
	count := map[[2]string]int{}
	for _, l := range b.Leads {
		count[[2]string{l.Actor, l.Issue}]++
	}
	for _, l := range b.Leads {
		if c := [2]string{l.Actor, l.Issue}; count[c] == report.MaxLeadsPerCell && b.LeadsOmitted > 0 {
			cell = c
			break
		}
	}
	for _, l := range b.Leads {
		if [2]string{l.Actor, l.Issue} == cell {
			ids = append(ids, l.ID)
		}
	}
	if len(ids) == 0 {
		t.Fatalf("the demo brief has no actor and issue with %d leads and more left out (%d omitted)", report.MaxLeadsPerCell, b.LeadsOmitted)
	}
	return cell, ids
}

// reviewLeads writes values into the workbook's Leads sheet, in the
// column named, for the leads with the ids given, and saves it as a new
// file.
func reviewLeads(t *testing.T, workbook, col string, values map[string]string) string {
	t.Helper()
	f, err := excelize.OpenFile(workbook)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetLeads)
	if err != nil {
		t.Fatal(err)
	}
	header := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == "ID" })
	if header < 0 {
		t.Fatalf("no header row on the Leads sheet: %q", rows)
	}
	c := column(t, rows[header], col)
	set := 0
	for i, r := range rows[header+1:] {
		if len(r) == 0 {
			continue
		}
		if v, ok := values[r[0]]; ok {
			if err := f.SetCellValue(xlsx.SheetLeads, c+strconv.Itoa(header+2+i), v); err != nil {
				t.Fatal(err)
			}
			set++
		}
	}
	if set != len(values) {
		t.Fatalf("%d of %d leads found on the Leads sheet", set, len(values))
	}
	out := filepath.Join(t.TempDir(), "reviewed.xlsx")
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLeadPositionSurvivesCaps writes a position for the least telling
// lead of a full actor and issue, then adds an article whose newer lead
// of that actor and issue would push it under the cap: the review still
// finds the lead and makes it a stance, with no warning, in this build
// and the next one reviewed from its workbook.
func TestLeadPositionSurvivesCaps(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	first, _ := buildDemo(t, t.TempDir(), "--sources", demoSources(t, nil))
	cell, ids := fullCell(t, reviewedModel(t, first[2]))
	last := ids[len(ids)-1]
	reviewed := reviewLeads(t, first[1], "Position", map[string]string{last: "support"})

	newer := demoSources(t, map[string]string{"zz_newer.md": `+++
title = "An old round of talks"
published = "2023-08-01"
+++
An old round of talks

The ` + cell[0] + ` had held ` + cell[1] + ` with the TTP in 2019.
`})
	plain, _ := buildDemo(t, t.TempDir(), "--sources", newer)
	if b := reviewedModel(t, plain[2]); slices.ContainsFunc(b.Leads, func(l report.Lead) bool { return l.ID == last }) {
		t.Fatalf("the new article does not push lead %s under the cap; the test needs another sentence", last)
	}

	second, stderr := buildDemo(t, t.TempDir(), "--sources", newer, "--review", reviewed)
	if strings.Contains(stderr, "warn") || strings.Contains(stderr, last) {
		t.Errorf("the review warns:\n%s", stderr)
	}
	after := reviewedModel(t, second[2])
	stance := func(b report.Brief) *report.Stance {
		i := slices.IndexFunc(b.Stances, func(s report.Stance) bool { return s.ID == last })
		if i < 0 {
			return nil
		}
		return &b.Stances[i]
	}
	if s := stance(after); s == nil || s.Position != report.Support || s.Actor != cell[0] || s.Issue != cell[1] {
		t.Fatalf("lead %s read as support is not a stance after the cap: %+v; stderr:\n%s", last, s, stderr)
	}
	third, stderr := buildDemo(t, t.TempDir(), "--sources", newer, "--review", second[1])
	if s := stance(reviewedModel(t, third[2])); s == nil || s.Position != report.Support {
		t.Errorf("the stance from lead %s is lost in the next review: %+v; stderr:\n%s", last, s, stderr)
	}
}

// TestRejectedLeadsFreeCapPlaces rejects every lead kept of a full actor
// and issue: the next brief lists the one the cap left out, and a review
// of that brief's workbook keeps the rejected ones out.
func TestRejectedLeadsFreeCapPlaces(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	first, _ := buildDemo(t, t.TempDir())
	before := reviewedModel(t, first[2])
	cell, ids := fullCell(t, before)
	reject := map[string]string{}
	for _, id := range ids {
		reject[id] = "reject"
	}
	reviewed := reviewLeads(t, first[1], "Review", reject)
	check := func(paths []string, stderr string) {
		t.Helper()
		b := reviewedModel(t, paths[2])
		var shown []string
		for _, l := range b.Leads {
			if [2]string{l.Actor, l.Issue} == cell {
				shown = append(shown, l.ID)
				if reject[l.ID] != "" {
					t.Errorf("rejected lead %s is listed again", l.ID)
				}
			}
		}
		if len(shown) == 0 || b.LeadsOmitted != before.LeadsOmitted-len(shown) {
			t.Errorf("%s · %s: %d leads listed after rejecting the %d kept, %d omitted (was %d); want those left out before; stderr:\n%s",
				cell[0], cell[1], len(shown), len(ids), b.LeadsOmitted, before.LeadsOmitted, stderr)
		}
		for _, id := range ids {
			if !slices.ContainsFunc(b.Rejected, func(r report.Rejected) bool { return r.ID == id && r.Kind == report.LeadFact }) {
				t.Errorf("lead %s is not listed as rejected", id)
			}
		}
	}
	second, stderr := buildDemo(t, t.TempDir(), "--review", reviewed)
	check(second, stderr)
	third, stderr := buildDemo(t, t.TempDir(), "--review", second[1])
	check(third, stderr)
}
