package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"brief/layouts/xlsx"
	"brief/report"
)

// renderData is testdata/render.
var renderData = filepath.Join("testdata", "render")

// TestRenderStdin: render reads the model from stdin with --model -, and
// writes what --only asks for (the scripts run brief without stdin).
func TestRenderStdin(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	model, err := os.ReadFile(filepath.Join(renderData, "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	fromFile := t.TempDir()
	if code, _, stderr := runBrief(t, "render", "--model", filepath.Join(renderData, "model.json"), "--out", fromFile); code != 0 {
		t.Fatalf("render --model FILE exited %d: %s", code, stderr)
	}
	fromStdin := t.TempDir()
	code, stdout, stderr := runBriefStdin(t, bytes.NewReader(model), "render", "--model", "-", "--only", "pdf,xlsx", "--out", fromStdin)
	if code != 0 || len(strings.Fields(stdout)) != 2 {
		t.Fatalf("render --model - exited %d, wrote %q: %s", code, stdout, stderr)
	}
	for _, name := range []string{"brief-2023-06.pdf", "brief-2023-06.xlsx"} {
		a, err1 := os.ReadFile(filepath.Join(fromFile, name))
		b, err2 := os.ReadFile(filepath.Join(fromStdin, name))
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Errorf("%s from stdin differs from the one from the file (%v, %v)", name, err1, err2)
		}
	}
	if _, err := os.Stat(filepath.Join(fromStdin, "brief-2023-06.json")); err == nil {
		t.Error("--only pdf,xlsx wrote the JSON too")
	}
}

// TestRenderBadModel: each kind of bad input exits 2, names the JSON
// path of the problem and writes nothing.
func TestRenderBadModel(t *testing.T) {
	valid, err := os.ReadFile(filepath.Join(renderData, "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		old, new string // replace old by new in model.json; old "" replaces the whole file
		want     string // in stderr
	}{
		{"not JSON", "", "sources: [", "stdin:1:1: invalid JSON: invalid character 's'"},
		{"cut short", "{\"ignored\": true}\n}", `{"ignored": `, "ends in the middle of a value"},
		{"wrong type", `"low": 8000`, `"low": "8000"`, "figures[0].low: want a number, got a string"},
		{"citation of no source", `"source": "s1", "quote": "formally`, `"source": "s7", "quote": "formally`, `events[0].citations[0].source: "s7" names no source`},
		{"empty quote", `"quote": "formally ending the ceasefire on November 28."`, `"quote": ""`, "events[0].citations[0].quote: empty quote"},
		{"bad date", `"date": "2022-11-28"`, `"date": "28 November 2022"`, "events[0].date: date"},
		{"bad precision", `"precision": "day"`, `"precision": "daily"`, `events[0].precision: "daily"`},
		{"low above high", `"low": 8000`, `"low": 18000`, "figures[0].low: low 18000 is above high 12000"},
		{"negative", `"low": 8000`, `"low": -8000`, "figures[0].low: -8000 is negative"},
		{"unknown position", `"position": "conditional"`, `"position": "ambivalent"`, `stances[0].position: "ambivalent"`},
		{"unknown kind", `"what": "fighters"`, `"what": "militants"`, `figures[0].what: "militants"`},
		{"duplicate id", `"id": "t1"`, `"id": "e1"`, `stances[0].id: duplicate id "e1", first at events[0]`},
		{"not an object", "", "[]", "the model must be a JSON object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.new)
			if tt.old != "" {
				if !bytes.Contains(valid, []byte(tt.old)) {
					t.Fatalf("model.json has no %s", tt.old)
				}
				data = bytes.Replace(valid, []byte(tt.old), []byte(tt.new), 1)
			}
			out := filepath.Join(t.TempDir(), "out")
			code, stdout, stderr := runBriefStdin(t, bytes.NewReader(data), "render", "--model", "-", "--out", out)
			if code != 2 || stdout != "" || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant 2, nothing, and %q", code, stdout, stderr, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("render made the output folder for a bad model")
			}
		})
	}
	// The message carries the file's name and the line of the problem.
	path := filepath.Join(t.TempDir(), "m.json")
	if err := os.WriteFile(path, bytes.Replace(valid, []byte(`"low": 8000`), []byte(`"low": 18000`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	line := bytes.Count(valid[:bytes.Index(valid, []byte(`"low": 8000`))], []byte("\n")) + 1
	_, _, stderr := runBrief(t, "render", "--model", path, "--out", t.TempDir())
	if want := fmt.Sprintf("brief: error: %s:%d:", path, line); !strings.Contains(stderr, want) {
		t.Errorf("stderr does not start with %s:\n%s", want, stderr)
	}
	// For log collectors, each problem is a JSON object with its path.
	code, _, stderr := runBrief(t, "render", "--model", path, "--out", t.TempDir(), "--log-format", "json")
	first, _, _ := strings.Cut(stderr, "\n")
	var rec struct {
		Level, Path string
		Line, Exit  int
	}
	if err := json.Unmarshal([]byte(first), &rec); err != nil || code != 2 ||
		rec.Level != "ERROR" || rec.Path != "figures[0].low" || rec.Line != line || rec.Exit != 2 {
		t.Errorf("--log-format json: exit %d, first line %s (%v); want 2 and the problem's path and line", code, first, err)
	}
}

func TestRenderTooLarge(t *testing.T) {
	defer func(n int64) { maxModelSize = n }(maxModelSize)
	maxModelSize = 100
	code, _, stderr := runBrief(t, "render", "--model", filepath.Join(renderData, "model.json"), "--out", t.TempDir())
	if code != 2 || !strings.Contains(stderr, "larger than") {
		t.Errorf("exit %d, stderr %q; want 2 and a message that the model is too large", code, stderr)
	}
}

// TestRenderGeneratedModel renders models from shared/tools/genmodel.py:
// the small one committed in testdata and, when python3 is here, one of
// the size the issue calls realistic.
func TestRenderGeneratedModel(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	t.Run("testdata", func(t *testing.T) {
		// python3 ../shared/tools/genmodel.py --sources 12 --events 30 --figures 30 --stances 20 --indent 1
		renderAndCheck(t, filepath.Join(renderData, "genmodel.json"))
	})
	t.Run("realistic", func(t *testing.T) {
		if testing.Short() {
			t.Skip("skipping the realistic model in -short mode")
		}
		needTool(t, "python3")
		tool := filepath.Join("..", "..", "..", "shared", "tools", "genmodel.py")
		if _, err := os.Stat(tool); err != nil {
			needFile(t, tool)
		}
		data, err := exec.Command("python3", tool, "--sources", "500", "--events", "2000", "--figures", "2000", "--stances", "300").Output()
		if err != nil {
			t.Fatalf("genmodel.py: %v", err)
		}
		path := filepath.Join(t.TempDir(), "m.json")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		renderAndCheck(t, path)
	})
}

// needFile skips the test when a file beside the repository is missing,
// except in CI.
func needFile(t *testing.T, path string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing", path)
	}
	t.Skipf("%s is missing; skipping", path)
}

// renderAndCheck renders the model at path and checks the PDF and the
// workbook as a reader's tools would open them.
func renderAndCheck(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var in report.Brief
	if err := json.Unmarshal(data, &in); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runBrief(t, "render", "--model", path, "--out", t.TempDir())
	if code != 0 {
		t.Fatalf("render exited %d: %s", code, stderr)
	}
	paths := strings.Fields(stdout)
	if len(paths) != 3 {
		t.Fatalf("render printed %q, want three paths", stdout)
	}
	pdf, _ := os.ReadFile(paths[0])
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("%s does not start with %%PDF-", paths[0])
	}
	checkRenderedWorkbook(t, paths[1], &in)
	if _, err := exec.LookPath("qpdf"); err == nil || os.Getenv("CI") == "true" {
		needTool(t, "qpdf")
		if out, err := exec.Command("qpdf", "--check", paths[0]).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	} else {
		t.Log("qpdf not installed; the PDF's structure is not checked")
	}
}

// checkRenderedWorkbook opens the workbook with excelize and checks its
// sheets and that the Evidence sheet has a row for every citation.
func checkRenderedWorkbook(t *testing.T, path string, in *report.Brief) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("excelize cannot open %s: %v", path, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	for _, name := range []string{xlsx.SheetAbout, xlsx.SheetStances, xlsx.SheetTimeline, xlsx.SheetFigures, xlsx.SheetSources, xlsx.SheetEvidence} {
		if !slices.Contains(sheets, name) {
			t.Errorf("workbook sheets %v lack %s", sheets, name)
		}
	}
	citations := 0
	for _, f := range in.Figures {
		citations += len(f.Citations)
	}
	for _, e := range in.Events {
		citations += len(e.Citations)
	}
	for _, s := range in.Stances {
		citations += len(s.Citations)
	}
	rows, err := f.GetRows(xlsx.SheetEvidence)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) <= citations {
		t.Errorf("Evidence has %d rows for %d citations", len(rows), citations)
	}
}

// genModel writes a model from shared/tools/genmodel.py with the given
// arguments into a temporary folder, or skips when python3 or the tool is
// missing.
func genModel(b *testing.B, args ...string) string {
	b.Helper()
	tool := filepath.Join("..", "..", "..", "shared", "tools", "genmodel.py")
	if _, err := exec.LookPath("python3"); err != nil {
		b.Skip("python3 not installed")
	}
	if _, err := os.Stat(tool); err != nil {
		b.Skipf("%s is missing", tool)
	}
	data, err := exec.Command("python3", append([]string{tool}, args...)...).Output()
	if err != nil {
		b.Fatalf("genmodel.py: %v", err)
	}
	path := filepath.Join(b.TempDir(), "m.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

func benchmarkRender(b *testing.B, model string, args ...string) {
	b.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	info, err := os.Stat(model)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	out := b.TempDir()
	e := &env{stdout: io.Discard, stderr: io.Discard}
	for b.Loop() {
		if code := run(b.Context(), append([]string{"render", "--model", model, "--out", out}, args...), e); code != 0 {
			b.Fatalf("render exited %d", code)
		}
	}
}

// BenchmarkRenderRealistic renders the realistic model (500
// sources, 2,000 events, 2,000 figures, 300 stances) to every output.
func BenchmarkRenderRealistic(b *testing.B) {
	model := genModel(b, "--sources", "500", "--events", "2000", "--figures", "2000", "--stances", "300")
	benchmarkRender(b, model)
}

// BenchmarkRenderEvidence renders 100,000 citations to the workbook alone.
func BenchmarkRenderEvidence(b *testing.B) {
	model := genModel(b, "--evidence", "100000", "--sources", "2000", "--events", "20000",
		"--figures", "20000", "--stances", "2000")
	benchmarkRender(b, model, "--only", "xlsx")
}

// FuzzRender: a model Validate accepts, completed as render completes it,
// renders as a PDF and a workbook without error or panic.
func FuzzRender(f *testing.F) {
	data, err := os.ReadFile(filepath.Join(renderData, "model.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	for _, m := range oddModels {
		f.Add([]byte(m.json))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := report.Validate(data)
		if err != nil {
			return
		}
		if err := completeModel(b, nil); err != nil {
			t.Fatal(err)
		}
		for _, o := range formats {
			if err := o.Render(io.Discard, b); err != nil {
				t.Fatalf("%s: %v", o.Ext, err)
			}
		}
	})
}

// oddModels are valid models at the edges of what Validate accepts.
var oddModels = []struct{ name, json string }{
	{"empty", `{}`},
	{"nulls", `{"meta": null, "sources": null, "figures": null, "events": null, "stances": null}`},
	{"sources only", `{"sources": [{"id": "s1", "path": "", "title": ""}]}`},
	{"huge and tiny numbers", `{"sources": [{"id": "s1"}], "figures": [
		{"id": "f1", "low": 0, "high": 1e300, "what": "other", "citations": [{"source": "s1", "quote": "q"}]},
		{"id": "f2", "low": 0.000001, "high": 0.5, "what": "money_usd", "citations": [{"source": "s1", "quote": "q"}]}]}`},
	{"odd text", `{"meta": {"title": "", "page_size": "letter", "marking": "\u0000\u0007\t\r\n"},
		"sources": [{"id": "s1", "title": "\ud83d\ude00 \u202e right-to-left \u00a0", "url": "javascript:alert(1)"}],
		"events": [{"id": "e1", "date": "0001", "precision": "year", "summary": "=HYPERLINK(\"http://x\")",
			"actors": [], "citations": [{"source": "s1", "quote": "+1 \u0000 '=cmd"}]}]}`},
	{"week on a year", `{"sources": [{"id": "s1"}], "events": [
		{"id": "e1", "date": "9999", "precision": "week", "summary": "s", "actors": ["Nobody"],
		 "citations": [{"source": "s1", "quote": "q"}]}]}`},
	{"stance of no listed actor", `{"actors": [{"name": "Pakistan"}], "issues": [{"id": "talks", "label": ""}],
		"sections": [{"kind": "stances", "title": "", "actors": ["Pakistan"]}, {"kind": "stances", "title": "Again"}],
		"sources": [{"id": "s1"}], "stances": [
		{"id": "t1", "actor": "Iran", "issue": "trade", "position": "deny", "citations": [{"source": "s1", "quote": "q"}]}]}`},
	{"many citations of one source", `{"sources": [{"id": "s1"}], "stances": [
		{"id": "t1", "actor": "A", "issue": "i", "position": "support", "citations": [
		 {"source": "s1", "quote": "q"}, {"source": "s1", "quote": "q"}, {"source": "s1", "quote": "q"}]}]}`},
}

// TestRenderOddModels: what Validate accepts, render renders.
func TestRenderOddModels(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	long := strings.Repeat("A very long quote that goes on and on. ", 3000)
	models := append(slices.Clone(oddModels), struct{ name, json string }{"long quote",
		`{"sources": [{"id": "s1", "title": "` + long + `"}], "figures": [{"id": "f1", "text": "` + long +
			`", "low": 1, "high": 2, "what": "killed", "citations": [{"source": "s1", "quote": "` + long + `"}]}]}`})
	for _, m := range models {
		t.Run(m.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "m.json")
			if err := os.WriteFile(path, []byte(m.json), 0o644); err != nil {
				t.Fatal(err)
			}
			// The empty ones are refused without --allow-empty (see
			// testdata/script/empty.txtar).
			code, stdout, stderr := runBrief(t, "render", "--allow-empty", "--model", path, "--out", t.TempDir())
			if code != 0 || len(strings.Fields(stdout)) != 3 {
				t.Errorf("exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
			}
		})
	}
}
