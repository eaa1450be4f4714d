package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"brief/layouts/xlsx"
	"brief/report"
)

// buildDemo builds the demo brief into out and returns the paths of the
// PDF, the workbook and the JSON, and stderr.
func buildDemo(t *testing.T, out string, args ...string) (paths []string, stderr string) {
	t.Helper()
	args = append([]string{"build", "--config", "../../config.toml", "--out", out}, args...)
	code, stdout, stderr := runBrief(t, args...)
	if code != 0 {
		t.Fatalf("brief %s exited %d: %s", strings.Join(args, " "), code, stderr)
	}
	paths = strings.Fields(stdout)
	if len(paths) != 3 {
		t.Fatalf("build printed %q, want three paths", stdout)
	}
	return paths, stderr
}

func reviewedModel(t *testing.T, path string) report.Brief {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b report.Brief
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

// pdfText returns the PDF's text, or "" when pdftotext is missing (and
// this is not CI).
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is missing; .ci/run must install it")
		}
		return ""
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// amount writes a number as the PDF does: thousands separated by commas.
func amount(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if frac != "" {
		return whole + "." + frac
	}
	return whole
}

// column returns the name of the column whose header is name.
func column(t *testing.T, header []string, name string) string {
	t.Helper()
	for i, h := range header {
		if h == name {
			c, _ := excelize.ColumnNumberToName(i + 1)
			return c
		}
	}
	t.Fatalf("no column %s in %q", name, header)
	return ""
}

// TestReviewRoundTrip builds the demo brief, rejects a figure and
// corrects another in the saved workbook, as an analyst would, and builds
// again with --review: the JSON model and the PDF show both decisions.
func TestReviewRoundTrip(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	first, _ := buildDemo(t, t.TempDir())
	before := reviewedModel(t, first[2])
	textBefore := pdfText(t, first[0])
	if len(before.Figures) < 2 {
		t.Fatalf("the demo brief has %d figures, want at least 2", len(before.Figures))
	}

	// Reject a figure whose value the PDF shows once, so that its going
	// is visible; correct another to a value found nowhere.
	rejected, corrected := -1, -1
	for i, f := range before.Figures {
		switch {
		case rejected < 0 && (textBefore == "" || strings.Count(textBefore, amount(f.Low)) == 1):
			rejected = i
		case corrected < 0:
			corrected = i
		}
	}
	if rejected < 0 || corrected < 0 {
		t.Fatalf("no figure to reject whose value the PDF shows once: %+v", before.Figures)
	}
	const newValue = "123,457"
	if strings.Contains(textBefore, newValue) {
		t.Fatalf("the PDF already shows %s", newValue)
	}

	f, err := excelize.OpenFile(first[1])
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Figures")
	if err != nil {
		t.Fatal(err)
	}
	col := func(name string) string { return column(t, rows[0], name) }
	rowOf := func(id string) string {
		for i, r := range rows {
			if len(r) > 0 && r[0] == id {
				return strconv.Itoa(i + 1)
			}
		}
		t.Fatalf("Figures has no row for %s", id)
		return ""
	}
	set := func(cell, value string) {
		if err := f.SetCellStr("Figures", cell, value); err != nil {
			t.Fatal(err)
		}
	}
	rejectID, correctID := before.Figures[rejected].ID, before.Figures[corrected].ID
	set(col("Review")+rowOf(rejectID), "reject")
	set(col("Review")+rowOf(correctID), "correct")
	set(col("Correction")+rowOf(correctID), newValue)
	// A row for a fact no longer in the brief, below the timeline.
	events, err := f.GetRows("Timeline")
	if err != nil {
		t.Fatal(err)
	}
	below := strconv.Itoa(len(events) + 1)
	review := column(t, events[0], "Review")
	for cell, v := range map[string]string{column(t, events[0], "ID") + below: "e0000000000", review + below: "reject"} {
		if err := f.SetCellStr("Timeline", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	reviewed := filepath.Join(t.TempDir(), "reviewed.xlsx")
	if err := f.SaveAs(reviewed); err != nil {
		t.Fatal(err)
	}
	f.Close()

	second, stderr := buildDemo(t, t.TempDir(), "--review", reviewed)
	if !strings.Contains(stderr, "Timeline!"+review+below+": fact e0000000000 is not in this brief") {
		t.Errorf("stderr does not report the decision about an unknown fact:\n%s", stderr)
	}
	after := reviewedModel(t, second[2])
	if len(after.Figures) != len(before.Figures)-1 {
		t.Errorf("%d figures after review, want %d", len(after.Figures), len(before.Figures)-1)
	}
	var got *report.Figure
	for i, fg := range after.Figures {
		if fg.ID == rejectID {
			t.Errorf("rejected figure %s is still in the model", rejectID)
		}
		if fg.ID == correctID {
			got = &after.Figures[i]
		}
	}
	if got == nil {
		t.Fatalf("corrected figure %s left the model", correctID)
	}
	if got.Low != 123457 || got.High != 123457 || got.Review == nil || got.Review.Decision != "correct" ||
		got.Review.Correction != newValue || got.Review.Original == "" {
		t.Errorf("corrected figure in the JSON: %+v, review %+v", got, got.Review)
	}

	text := pdfText(t, second[0])
	if text == "" {
		t.Skip("pdftotext not installed; the PDF was not checked (.ci/run installs it)")
	}
	if !strings.Contains(text, newValue) {
		t.Errorf("the PDF does not show the corrected value %s", newValue)
	}
	if !strings.Contains(text, "corrected in review") {
		t.Error("the PDF does not mark the corrected figure as corrected in review")
	}
	if v := amount(before.Figures[rejected].Low); strings.Contains(text, v) {
		t.Errorf("the PDF still shows the rejected figure's value %s", v)
	}

	// The reviewed workbook of the second run carries the correction.
	decisions, err := func() (map[string]report.Review, error) {
		g, err := os.Open(second[1])
		if err != nil {
			return nil, err
		}
		defer g.Close()
		info, _ := g.Stat()
		return xlsx.ReadReview(g, info.Size())
	}()
	if err != nil || decisions[correctID].Correction != newValue {
		t.Errorf("the second workbook does not carry the correction: %v %v", decisions, err)
	}
	if decisions[rejectID].Decision != "reject" || !strings.HasPrefix(decisions[rejectID].Where, "Rejected!") {
		t.Errorf("the second workbook does not carry the rejection on its Rejected sheet: %+v", decisions[rejectID])
	}
	if len(after.Rejected) != 1 || after.Rejected[0].ID != rejectID {
		t.Errorf("the JSON's rejected list = %+v, want %s", after.Rejected, rejectID)
	}

	// Reviewing the second workbook as it is keeps both decisions: an
	// analyst's rejection is not lost by the next round of review.
	third, _ := buildDemo(t, t.TempDir(), "--review", second[1])
	again := reviewedModel(t, third[2])
	for _, fg := range again.Figures {
		if fg.ID == rejectID {
			t.Errorf("the rejection was lost in the next review round: %s is back", rejectID)
		}
		if fg.ID == correctID && fg.Low != 123457 {
			t.Errorf("the correction was lost in the next review round: %+v", fg)
		}
	}
}
