package outputs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"brief/report"
)

func TestPeriodSlug(t *testing.T) {
	long := strings.Repeat("A very long period label from another tool ", 10)
	tests := []struct{ label, want string }{
		{"", "all"},
		{"whole corpus", "all"},
		{"2023-W23", "2023-W23"},
		{"1 June 2023 – 30 June 2023", "1_June_2023___30_June_2023"},
		{strings.Repeat("x", MaxSlug), strings.Repeat("x", MaxSlug)},
	}
	for _, tt := range tests {
		if got := PeriodSlug(tt.label); got != tt.want {
			t.Errorf("PeriodSlug(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
	// Long labels, ASCII or not, are cut to MaxSlug bytes, the same way
	// each time, and labels that differ only after the cut stay apart.
	for _, label := range []string{long, strings.Repeat("période ", 100), strings.Repeat("x", MaxSlug+1)} {
		got := PeriodSlug(label)
		if len(got) > MaxSlug {
			t.Errorf("PeriodSlug(%.20q…) is %d bytes, want at most %d", label, len(got), MaxSlug)
		}
		if again := PeriodSlug(label); again != got {
			t.Errorf("PeriodSlug(%.20q…) = %q, then %q", label, got, again)
		}
	}
	if a, b := PeriodSlug(long+"one"), PeriodSlug(long+"two"); a == b {
		t.Errorf("two long labels differing at the end both give %q", a)
	}
}

// jsonPlan plans only the JSON output, the quickest to render.
func jsonPlan(dir, label string) Plan {
	plan := NewPlan(formats, dir, "brief-{period}", "brief-latest", label)
	plan.Only = []string{"json"}
	return plan
}

// formats are a test's renderings: the model's JSON, and a text file
// that names the period, so that a set can be told apart.
var formats = []Format{
	{Ext: ".json", Render: report.WriteJSON},
	{Ext: ".txt", Render: func(w io.Writer, b *report.Brief) error {
		_, err := fmt.Fprintf(w, "period %s\n", b.Meta.Period.Label)
		return err
	}},
}

// writeOutputs writes plan without a deadline.
func writeOutputs(plan Plan, b *report.Brief) ([]string, error) {
	return plan.Write(context.Background(), b)
}

// TestWriteOutputsLongLabel: a model's very long period label still gives
// file names the file system takes.
func TestWriteOutputsLongLabel(t *testing.T) {
	label := strings.Repeat("Période de rapport très longue ", 20)
	paths, err := writeOutputs(jsonPlan(t.TempDir(), label), &report.Brief{})
	if err != nil {
		t.Fatalf("writeOutputs: %v", err)
	}
	if len(paths) != 1 || len(filepath.Base(paths[0])) > len("brief-")+MaxSlug+len(".json") {
		t.Errorf("wrote %q, want one JSON with a capped name", paths)
	}
}

// TestWriteOutputsMixed: when a rename fails after others succeeded, the
// error names the files written and those left as they were; when the
// first fails, nothing is mixed and the error does not say so.
func TestWriteOutputsMixed(t *testing.T) {
	tests := []struct {
		blocked       string // made a non-empty folder, so renaming onto it fails
		mixed         bool
		written, kept string
	}{
		{"brief-latest.json", true, "brief-2023-W23.json", "brief-latest.json"},
		{"brief-2023-W23.json", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.blocked, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dir, tt.blocked, "keep"), 0o755); err != nil {
				t.Fatal(err)
			}
			_, err := writeOutputs(jsonPlan(dir, "2023-W23"), &report.Brief{})
			if err == nil {
				t.Fatal("writeOutputs succeeded over a folder")
			}
			var me *MixedError
			if errors.As(err, &me) != tt.mixed {
				t.Fatalf("error %q: mixed = %v, want %v", err, !tt.mixed, tt.mixed)
			}
			if !tt.mixed {
				return
			}
			msg := err.Error()
			written := strings.Index(msg, "replaced "+filepath.Join(dir, tt.written))
			notWritten := strings.Index(msg, "not replaced")
			kept := strings.LastIndex(msg, filepath.Join(dir, tt.kept))
			if written < 0 || notWritten < written || kept < notWritten {
				t.Errorf("error %q; want it to say %s was replaced and %s was not", msg, tt.written, tt.kept)
			}
		})
	}
}

func TestNotWritable(t *testing.T) {
	lockErr := func(errno syscall.Errno) error {
		return &fs.PathError{Op: "open", Path: "out/.brief.lock", Err: errno}
	}
	for _, tt := range []struct {
		err  error
		hint bool
	}{
		{lockErr(syscall.EACCES), true},
		{lockErr(syscall.EPERM), true},
		{lockErr(syscall.EROFS), true},
		{lockErr(syscall.ENOSPC), false},
	} {
		got := NotWritable(tt.err)
		if !errors.Is(got, tt.err) {
			t.Errorf("NotWritable(%v) = %v, which no longer wraps it", tt.err, got)
		}
		if hint := strings.Contains(got.Error(), "not writable: fix its permissions or pass --out DIR"); hint != tt.hint {
			t.Errorf("NotWritable(%v) = %q; want the hint: %v", tt.err, got, tt.hint)
		}
	}
	if NotWritable(nil) != nil {
		t.Error("NotWritable(nil) is not nil")
	}
}

// TestLatestKeepsTheNewestPeriod: building an earlier week again writes
// that week's files but leaves the newest brief under the latest name.
func TestLatestKeepsTheNewestPeriod(t *testing.T) {
	dir := t.TempDir()
	week := func(label, start, end string) *report.Brief {
		return &report.Brief{Meta: report.Meta{Period: report.Period{Label: label, Start: start, End: end}}}
	}
	latestEnd := func() string {
		var b report.Brief
		data, err := os.ReadFile(filepath.Join(dir, "brief-latest.json"))
		if err != nil || json.Unmarshal(data, &b) != nil {
			t.Fatalf("brief-latest.json unreadable: %v", err)
		}
		return b.Meta.Period.End
	}
	for _, tt := range []struct {
		b          *report.Brief
		wantLatest string
	}{
		{week("2023-W23", "2023-06-05", "2023-06-11"), "2023-06-11"},
		{week("2023-W22", "2023-05-29", "2023-06-04"), "2023-06-11"}, // an earlier week again
		{week("2023-W24", "2023-06-12", "2023-06-18"), "2023-06-18"},
	} {
		if _, err := writeOutputs(jsonPlan(dir, tt.b.Meta.Period.Label), tt.b); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "brief-"+tt.b.Meta.Period.Label+".json")); err != nil {
			t.Errorf("%s: the period's own file was not written: %v", tt.b.Meta.Period.Label, err)
		}
		if got := latestEnd(); got != tt.wantLatest {
			t.Errorf("after %s, brief-latest ends %s, want %s", tt.b.Meta.Period.Label, got, tt.wantLatest)
		}
	}
}

// TestWriteSetAndStop: a plan writes every format under the period's name
// and the latest name; a context ended before the commit leaves the
// previous set as it was, with no temporary file behind.
func TestWriteSetAndStop(t *testing.T) {
	dir := t.TempDir()
	week := func(label string) *report.Brief {
		return &report.Brief{Meta: report.Meta{Period: report.Period{Label: label}}}
	}
	plan := NewPlan(formats, dir, "brief-{period}", "brief-latest", "2023-W23")
	paths, err := writeOutputs(plan, week("2023-W23"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{filepath.Join(dir, "brief-2023-W23.json"), filepath.Join(dir, "brief-2023-W23.txt")}; strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("paths %q, want %q", paths, want)
	}
	before := folder(t, dir)
	if len(before) != 4 || before["brief-latest.txt"] != "period 2023-W23\n" {
		t.Fatalf("first set: %q", before)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewPlan(formats, dir, "brief-{period}", "brief-latest", "2023-W24").Write(ctx, week("2023-W24")); !errors.Is(err, context.Canceled) {
		t.Errorf("Write after cancel = %v, want context.Canceled", err)
	}
	if after := folder(t, dir); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("a stopped run changed the folder:\n%q\nwant\n%q", after, before)
	}
	if gens := folder(t, filepath.Join(dir, generations), true); len(gens) != 1 {
		t.Errorf("generations after a stopped run: %q, want the first run's only", gens)
	}
}

// TestOnlyKeepsOtherFormats: writing one format replaces it under both
// names and keeps the other formats each name had.
func TestOnlyKeepsOtherFormats(t *testing.T) {
	dir := t.TempDir()
	b := &report.Brief{Meta: report.Meta{Period: report.Period{Label: "2023-W23"}}}
	if _, err := writeOutputs(NewPlan(formats, dir, "brief-{period}", "brief-latest", "2023-W23"), b); err != nil {
		t.Fatal(err)
	}
	before := folder(t, dir)
	b.Meta.Title = "Retitled"
	plan := NewPlan(formats, dir, "brief-{period}", "brief-latest", "2023-W23")
	plan.Only = []string{"json"}
	if _, err := writeOutputs(plan, b); err != nil {
		t.Fatal(err)
	}
	after := folder(t, dir)
	for _, n := range []string{"brief-2023-W23", "brief-latest"} {
		if after[n+".txt"] != before[n+".txt"] {
			t.Errorf("%s.txt changed: %q, want %q", n, after[n+".txt"], before[n+".txt"])
		}
		if !strings.Contains(after[n+".json"], "Retitled") {
			t.Errorf("%s.json was not replaced", n)
		}
	}
}

// TestGenerationsCollected: RemoveStale keeps the generations a name
// points to and removes the others, and an unfinished one.
func TestGenerationsCollected(t *testing.T) {
	dir := t.TempDir()
	for _, label := range []string{"2023-W21", "2023-W22", "2023-W23", "2023-W23"} {
		b := &report.Brief{Meta: report.Meta{Period: report.Period{Label: label}}}
		if _, err := writeOutputs(NewPlan(formats, dir, "brief-{period}", "brief-latest", label), b); err != nil {
			t.Fatal(err)
		}
	}
	unfinished := filepath.Join(dir, generations, "0000000000000000-1.tmp")
	if err := os.Mkdir(unfinished, 0o755); err != nil {
		t.Fatal(err)
	}
	plan := NewPlan(formats, dir, "brief-{period}", "brief-latest", "2023-W24")
	if _, err := plan.RemoveStale(); err != nil {
		t.Fatal(err)
	}
	// W21's, W22's and the second W23's (also latest): the first W23's went.
	if gens := folder(t, filepath.Join(dir, generations), true); len(gens) != 3 {
		t.Errorf("generations left: %q, want 3", gens)
	}
	files := folder(t, dir)
	for _, label := range []string{"2023-W21", "2023-W22", "2023-W23", "latest"} {
		if !strings.HasPrefix(files["brief-"+label+".txt"], "period 2023-W2") {
			t.Errorf("brief-%s.txt = %q after collection", label, files["brief-"+label+".txt"])
		}
	}
}

// TestRemoveStaleOwnOnly: RemoveStale removes the temporary files a
// killed run left for the plan's own outputs, of any period, and no other
// program's in a shared folder.
func TestRemoveStaleOwnOnly(t *testing.T) {
	dir := t.TempDir()
	ours := []string{".brief-latest.json.tmp-12345", ".brief-2023-W01.txt.tmp-7"}
	theirs := []string{".notes.txt.tmp-99", ".brief-latest.json.tmp-draft", "brief-latest.json"}
	for _, n := range slices.Concat(theirs, ours) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	removed, err := NewPlan(formats, dir, "brief-{period}", "brief-latest", "2023-W23").RemoveStale()
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != len(ours) {
		t.Errorf("removed %q, want %q", removed, ours)
	}
	left := folder(t, dir, true)
	for _, n := range ours {
		if _, ok := left[n]; ok {
			t.Errorf("%s, left by a killed run, is still there", n)
		}
	}
	for _, n := range theirs {
		if _, ok := left[n]; !ok {
			t.Errorf("another program's %s was removed", n)
		}
	}
}

// folder reads every file in dir: name to content, through links. Hidden
// names (pointers, generations, temporary files) are listed with an empty
// content when all is true, else left out.
func folder(t *testing.T, dir string, all ...bool) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || e.IsDir() {
			if len(all) > 0 && all[0] {
				out[e.Name()] = ""
			}
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
	}
	return out
}

// TestLatestKeptWhenEmpty: a brief with nothing to report is written
// under its period's name but does not replace, under the latest name, a
// brief that has something, unless AllowEmpty; LatestKept says why.
func TestLatestKeptWhenEmpty(t *testing.T) {
	dir := t.TempDir()
	full := &report.Brief{
		Meta:    report.Meta{Period: report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}},
		Sources: []report.Source{{ID: "s1", Published: "2023-06-06"}},
		Figures: []report.Figure{{ID: "f1", Low: 1, High: 1, What: report.Killed, Citations: []report.Citation{{Source: "s1", Quote: "q"}}}},
	}
	empty := &report.Brief{Meta: report.Meta{Period: report.Period{Label: "2023-W24", Start: "2023-06-12", End: "2023-06-18"}}}
	plan := func(b *report.Brief, allow bool) Plan {
		p := NewPlan(formats, dir, "brief-{period}", "brief-latest", b.Meta.Period.Label)
		p.AllowEmpty = allow
		return p
	}
	latest := func() string { return folder(t, dir)["brief-latest.txt"] }
	if _, err := writeOutputs(plan(full, false), full); err != nil {
		t.Fatal(err)
	}
	if why := plan(empty, false).LatestKept(empty); !strings.Contains(why, "nothing to report") {
		t.Errorf("LatestKept = %q, want the reason", why)
	}
	if _, err := writeOutputs(plan(empty, false), empty); err != nil {
		t.Fatal(err)
	}
	if got := latest(); got != "period 2023-W23\n" {
		t.Errorf("after an empty week, brief-latest is %q, want W23's", got)
	}
	if got := folder(t, dir)["brief-2023-W24.txt"]; got != "period 2023-W24\n" {
		t.Errorf("the empty week's own file is %q", got)
	}
	if why := plan(empty, true).LatestKept(empty); why != "" {
		t.Errorf("LatestKept with AllowEmpty = %q, want none", why)
	}
	if _, err := writeOutputs(plan(empty, true), empty); err != nil {
		t.Fatal(err)
	}
	if got := latest(); got != "period 2023-W24\n" {
		t.Errorf("with AllowEmpty, brief-latest is %q, want W24's", got)
	}
}

// TestReadLatest checks that readLatest, which stops reading at the first
// fact, tells what decoding the whole file tells: the period, and whether
// the brief is empty.
func TestReadLatest(t *testing.T) {
	period := `{"label":"2023-W23","start":"2023-06-05","end":"2023-06-11"}`
	source := `{"id":"s1","path":"a.md","title":"A","published":"2023-06-06"}`
	old := `{"id":"s0","path":"b.md","title":"B","published":"2023-01-02"}`
	tests := []struct {
		name, json string
		empty      bool
	}{
		{"facts", `{"meta":{"period":` + period + `},"sources":[` + source + `],"figures":[{"id":"f1","text":"3 killed"}],"events":[]}`, false},
		{"events only", `{"meta":{"period":` + period + `},"sources":[],"figures":[],"events":[{"id":"e1","date":"2023-06-06"}]}`, false},
		{"news only", `{"meta":{"period":` + period + `},"sources":[` + source + `],"figures":[],"events":[],"stances":[]}`, false},
		{"nothing in the period", `{"meta":{"period":` + period + `},"sources":[` + old + `],"figures":null,"events":[]}`, true},
		{"facts before meta", `{"figures":[{"id":"f1"}],"sources":[],"meta":{"period":` + period + `}}`, false},
		{"no lists", `{"meta":{"period":` + period + `}}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "latest.json")
			if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := readLatest(path, true)
			if err != nil {
				t.Fatal(err)
			}
			var whole report.Brief
			if err := json.Unmarshal([]byte(tt.json), &whole); err != nil {
				t.Fatal(err)
			}
			if got.Meta.Period != whole.Meta.Period || got.Empty() != whole.Empty() || got.Empty() != tt.empty {
				t.Errorf("read %+v, empty %v; the whole file says %+v, empty %v (want %v)",
					got.Meta.Period, got.Empty(), whole.Meta.Period, whole.Empty(), tt.empty)
			}
		})
	}
	if _, err := readLatest(filepath.Join(t.TempDir(), "none.json"), true); err == nil {
		t.Error("a missing file reads without error")
	}
}
