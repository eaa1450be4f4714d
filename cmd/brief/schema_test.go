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
