package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestReviewFollowsNewID is the weekly run from cron with a reviewed
// workbook in between: the analyst rejects the Express Tribune's count of
// TTP fighters in run 1's workbook; before run 2 an article gives that
// count twice, credited to the Express Tribune and to the United Nations
// (invented sentences), so the count's figures take ids from their
// credits and the reviewed id is gone. Run 2 rejects the Express Tribune's
// figure under its new id, says so, and keeps the United Nations' — under
// --strict too, for the decision was applied; run 3, reviewing run 2's
// workbook, has nothing to say.
func TestReviewFollowsNewID(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	desk := t.TempDir()
	copyFile(t, "../../config.toml", filepath.Join(desk, "config.toml"))
	entries, err := os.ReadDir("../../sources")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		copyFile(t, filepath.Join("../../sources", e.Name()), filepath.Join(desk, "sources", e.Name()))
	}
	build := func(out string, args ...string) ([]string, string) {
		t.Helper()
		args = append([]string{"build", "--config", filepath.Join(desk, "config.toml"), "--out", out}, args...)
		code, stdout, stderr := runBrief(t, args...)
		if code != 0 {
			t.Fatalf("brief %s exited %d: %s", strings.Join(args, " "), code, stderr)
		}
		return strings.Fields(stdout), stderr
	}

	first, _ := build(t.TempDir())
	var oldID string
	for _, f := range reviewedModel(t, first[2]).Figures {
		if f.Low == 8000 && f.High == 12000 && f.AttributedTo == "The Express Tribune" {
			oldID = f.ID
		}
	}
	if oldID == "" {
		t.Fatal("the demo brief has no count of 8,000 to 12,000 fighters credited to The Express Tribune")
	}
	wb, err := excelize.OpenFile(first[1])
	if err != nil {
		t.Fatal(err)
	}
	rows, err := wb.GetRows("Figures")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == oldID {
			cell := column(t, rows[0], "Review") + strconv.Itoa(i+1)
			if err := wb.SetCellStr("Figures", cell, "reject"); err != nil {
				t.Fatal(err)
			}
		}
	}
	reviewed := filepath.Join(t.TempDir(), "reviewed.xlsx")
	if err := wb.SaveAs(reviewed); err != nil {
		t.Fatal(err)
	}
	wb.Close()

	article := `+++
title = "Estimates of TTP strength in Afghanistan"
outlet = "Example Desk"
published = 2023-06-09
+++
Estimates of the TTP's strength vary.

The Express Tribune said there are between 8,000 to 12,000 TTP fighters in Afghanistan. The United Nations monitoring team also said there are between 8,000 to 12,000 TTP fighters in Afghanistan.
`
	if err := os.WriteFile(filepath.Join(desk, "sources", "2023-06-09-estimates.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	// The premise, before any review: the extractor reads both credits
	// of the added article's count.
	plain, _ := build(t.TempDir())
	credits := map[string]bool{}
	for _, f := range reviewedModel(t, plain[2]).Figures {
		if f.Low == 8000 && f.High == 12000 {
			credits[f.AttributedTo] = true
		}
	}
	if !credits["The Express Tribune"] || !credits["The United Nations monitoring team"] {
		t.Fatalf("premise failed (an extractor change, not the move): the count of fighters is credited to %v, want The Express Tribune and The United Nations monitoring team", credits)
	}

	// Run 2, under --strict: a moved review is not a failure.
	second, stderr := build(t.TempDir(), "--review", reviewed, "--strict")
	after := reviewedModel(t, second[2])
	var newID string
	clear(credits)
	for _, f := range after.Figures {
		if f.Low == 8000 && f.High == 12000 {
			credits[f.AttributedTo] = true
		}
	}
	for _, r := range after.Rejected {
		newID = r.ID
	}
	if !credits["The United Nations monitoring team"] || credits["The Express Tribune"] || len(after.Rejected) != 1 || newID == oldID {
		t.Fatalf("run 2: figures of the count credited to %v, rejected %+v: want the Express Tribune's rejected under a new id, the United Nations' kept\n%s",
			credits, after.Rejected, stderr)
	}
	if want := "figure " + oldID + " is not in this brief: its row describes figure " + newID + ", and its decision (reject) moves there"; !strings.Contains(stderr, want) {
		t.Errorf("run 2's stderr:\n%s\nwant it to say %q", stderr, want)
	}

	third, stderr := build(t.TempDir(), "--review", second[1])
	if strings.Contains(stderr, "review:") {
		t.Errorf("run 3, with run 2's workbook, warns:\n%s", stderr)
	}
	if again := reviewedModel(t, third[2]); len(again.Rejected) != 1 || again.Rejected[0].ID != newID {
		t.Errorf("run 3 rejected %+v, want %s", again.Rejected, newID)
	}
}
