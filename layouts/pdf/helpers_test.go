package pdf

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"brief/report"
	"brief/report/assemble"
)

var outDir = flag.String("out", "", "also write the rendered PDFs into this folder, to look at")

// demoModel is the synthetic model in testdata/model.json (made by
// shared/tools/genmodel.py) with the demo configuration's meta, sections,
// actors and issues, completed by report.Derive.
func demoModel(t testing.TB) *report.Brief {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	b := new(report.Brief)
	if err := json.Unmarshal(data, b); err != nil {
		t.Fatalf("testdata/model.json: %v", err)
	}
	b.Meta = report.Meta{
		Title:        "Pakistan, the Afghan Taliban and the TTP",
		Organisation: "Brief demo desk",
		Marking:      "UNCLASSIFIED // FOR RESEARCH USE",
		PageSize:     "A4",
		Period:       report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"},
		Generated:    "2023-06-12T06:00:00Z",
	}
	b.Sections = []report.Section{
		{Kind: report.SectionSummary, Title: "Key points"},
		{Kind: report.SectionStances, Title: "Positions of the parties",
			Actors: []string{"Pakistan", "Afghan Taliban", "TTP", "United Nations", "United States", "China"}},
		{Kind: report.SectionTimeline, Title: "Timeline", Chart: true},
		{Kind: report.SectionFigures, Title: "Reported figures", Chart: true},
		{Kind: report.SectionSources, Title: "Sources"},
	}
	b.Actors = []report.Actor{{Name: "Pakistan"}, {Name: "Afghan Taliban"}, {Name: "TTP"},
		{Name: "United Nations"}, {Name: "United States"}, {Name: "China"}}
	b.Issues = []report.Issue{
		{ID: "talks", Label: "Pakistan–TTP talks"},
		{ID: "mediation", Label: "Afghan Taliban mediation"},
		{ID: "surrender", Label: "TTP surrender and disarmament"},
		{ID: "crackdown", Label: "Afghan Taliban action against the TTP"},
		{ID: "sanctuary", Label: "TTP sanctuaries in Afghanistan"},
		{ID: "relocation", Label: "Relocating TTP fighters from the border"},
		{ID: "cross-border", Label: "Pakistani military action inside Afghanistan"},
	}
	grades := []string{"A", "B", "C", "B", "D", "F", ""}
	for i := range b.Sources {
		b.Sources[i].Reliability = grades[i%len(grades)]
	}
	assemble.Derive(b)
	// Derive has no period context to mark changes: mark two cells, as
	// a brief with history would, so that the marks are drawn.
	for i := range b.Matrix {
		switch i {
		case 1:
			b.Matrix[i].Changed, b.Matrix[i].Previous = true, "oppose"
		case 3:
			b.Matrix[i].Changed = true
		}
	}
	return b
}

// render writes b as a PDF and fails the test on error. With -out it also
// saves the PDF as name.pdf there.
func render(t testing.TB, b *report.Brief, name string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		t.Fatalf("Write: %v", err)
	}
	if *outDir != "" {
		if err := os.WriteFile(filepath.Join(*outDir, name+".pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// tool returns the path of an outside program, skipping the test when it
// is missing, or failing it when CI=true.
func tool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (CI installs poppler-utils and qpdf)", name)
		}
		t.Skipf("%s is not installed; install poppler-utils and qpdf to run this test", name)
	}
	return path
}

// runTool runs an outside program on a PDF held in a temporary file and
// returns its standard output. The file's name replaces an argument "{}",
// or comes last.
func runTool(t *testing.T, pdf []byte, name string, args ...string) []byte {
	t.Helper()
	path := tool(t, name)
	file := filepath.Join(t.TempDir(), "brief.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	placed := false
	for i, a := range args {
		if a == "{}" {
			args[i], placed = file, true
		}
	}
	if !placed {
		args = append(args, file)
	}
	cmd := exec.Command(path, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, stderr.String())
	}
	return out
}
