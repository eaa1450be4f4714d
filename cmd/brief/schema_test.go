package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"brief/docs"
	"brief/report"
)

// validModel fails the test unless data, a model brief wrote, matches
// docs/model.schema.json and names this build's schema version.
func validModel(t *testing.T, where string, data []byte) {
	t.Helper()
	if err := docs.ValidateModel(data); err != nil {
		t.Errorf("%s: %v", where, err)
	}
	if !strings.Contains(string(data), `"schema_version": "`+report.SchemaVersion+`"`) {
		t.Errorf("%s: no schema_version %s", where, report.SchemaVersion)
	}
}

// checkProducedModels validates the models a successful in-process run
// produced: extract's stdout, the JSON files build and render printed.
func checkProducedModels(t *testing.T, args []string, stdout string) {
	t.Helper()
	if len(args) == 0 || slices.ContainsFunc(args, func(a string) bool {
		// Help prints usage; extract --explain prints a trace, not a model.
		return a == "--help" || a == "-h" || a == "-help" || strings.HasPrefix(strings.TrimLeft(a, "-"), "explain")
	}) {
		return
	}
	switch args[0] {
	case "extract":
		validModel(t, "extract's output", []byte(stdout))
	case "build", "render":
		for _, p := range strings.Fields(stdout) {
			if filepath.Ext(p) != ".json" {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			validModel(t, p, data)
		}
	}
}

// TestProducedModelsValidate runs every way brief makes a model — the
// demo's build and extract for the whole corpus and for a week, render of
// a hand-made model with speakers, event types, linked figures and a
// money figure, render of a generated one — and validates each.
func TestProducedModelsValidate(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	cfg := filepath.Join("..", "..", "config.toml")
	runs := [][]string{
		{"build", "--config", cfg, "--out", t.TempDir()},
		{"build", "--config", cfg, "--out", t.TempDir(), "--week", "2023-W23"},
		{"extract", "--config", cfg, "--timexes"},
		{"render", "--model", filepath.Join(renderData, "model.json"), "--out", t.TempDir()},
		{"render", "--model", filepath.Join("testdata", "fixture", "model.json"), "--out", t.TempDir()},
	}
	if _, err := os.Stat(filepath.Join(renderData, "genmodel.json")); err == nil {
		runs = append(runs, []string{"render", "--model", filepath.Join(renderData, "genmodel.json"), "--out", t.TempDir()})
	}
	for _, args := range runs {
		code, stdout, stderr := runBrief(t, args...)
		if code != exitOK {
			t.Errorf("brief %s: exit %d: %s", strings.Join(args, " "), code, stderr)
			continue
		}
		if args[0] != "extract" && !slices.ContainsFunc(strings.Fields(stdout), func(p string) bool { return strings.HasSuffix(p, ".json") }) {
			t.Errorf("brief %s wrote no JSON", strings.Join(args, " "))
		}
	}
}
