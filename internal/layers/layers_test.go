package layers

import (
	"os/exec"
	"slices"
	"strings"
	"testing"

	_ "brief/internal/golden" // accepts go test ./... -update
)

// The module's layers, from the bottom:
//
//   - the model: brief/report (types, JSON form, validation, dates) and
//     brief/docs (its schema); brief/report/timex and
//     brief/report/extract/lexicon, which the stages share;
//   - what makes and changes a model: brief/report/assemble (facts into a
//     brief) above the model, and brief/report/review (an analyst's
//     decisions applied) above assembly;
//   - the stages: brief/report/corpus (reading articles),
//     brief/report/extract (facts from text), brief/report/config,
//     brief/report/fetch;
//   - brief/report/pipeline, which runs the stages;
//   - the renderers, brief/layouts/*, which see the model only;
//   - the command, brief/cmd/brief and its internal packages, which may
//     import anything.
//
// An import runs back up when it breaks one of these rules.
var rules = []struct {
	what string
	from string   // packages the rule applies to: a path, or a path ending in /... for it and below
	not  []string // what they must not import, in the same form
}{
	{"the model imports no assembly, review, stage, pipeline, renderer or command", "brief/report",
		[]string{"brief/report/assemble/...", "brief/report/review/...",
			"brief/report/corpus/...", "brief/report/extract/...", "brief/report/config/...",
			"brief/report/fetch/...", "brief/report/pipeline/...", "brief/layouts/...", "brief/cmd/..."}},
	{"assembly imports the model only: no review, stage, pipeline, renderer or command", "brief/report/assemble/...",
		[]string{"brief/report/review/...", "brief/report/corpus/...", "brief/report/extract/...",
			"brief/report/config/...", "brief/report/fetch/...", "brief/report/pipeline/...",
			"brief/report/timex/...", "brief/layouts/...", "brief/cmd/..."}},
	{"review imports the model and assembly only: no stage, pipeline, renderer or command", "brief/report/review/...",
		[]string{"brief/report/corpus/...", "brief/report/extract/...", "brief/report/config/...",
			"brief/report/fetch/...", "brief/report/pipeline/...", "brief/report/timex/...",
			"brief/layouts/...", "brief/cmd/..."}},
	{"the schema imports no stage, pipeline, renderer or command", "brief/docs",
		[]string{"brief/report/corpus/...", "brief/report/extract/...", "brief/report/config/...",
			"brief/report/fetch/...", "brief/report/pipeline/...", "brief/layouts/...", "brief/cmd/..."}},
	{"the shared helpers (timex, lexicon) import no stage above them", "brief/report/timex/...",
		[]string{"brief/report/corpus/...", "brief/report/extract", "brief/report/config/...",
			"brief/report/fetch/...", "brief/report/pipeline/...", "brief/layouts/...", "brief/cmd/..."}},
	{"the shared helpers (timex, lexicon) import no stage above them", "brief/report/extract/lexicon/...",
		[]string{"brief/report/corpus/...", "brief/report/extract", "brief/report/config/...",
			"brief/report/fetch/...", "brief/report/pipeline/...", "brief/layouts/...", "brief/cmd/..."}},
	{"extraction imports no assembly, review, pipeline, corpus, configuration, fetcher, renderer or command", "brief/report/extract/...",
		[]string{"brief/report/assemble/...", "brief/report/review/...", "brief/report/pipeline/...", "brief/report/corpus/...", "brief/report/config/...",
			"brief/report/fetch/...", "brief/layouts/...", "brief/cmd/..."}},
	{"the stages import no pipeline, renderer or command", "brief/report/corpus/...",
		[]string{"brief/report/pipeline/...", "brief/report/extract/...", "brief/layouts/...", "brief/cmd/..."}},
	// The configuration describes the corpus's limits (config.Limits is
	// corpus.Limits), so it may import the corpus, never the reverse.
	{"the stages import no pipeline, renderer or command", "brief/report/config/...",
		[]string{"brief/report/pipeline/...", "brief/layouts/...", "brief/cmd/..."}},
	{"reading articles knows no configuration", "brief/report/corpus/...",
		[]string{"brief/report/config/..."}},
	{"the stages import no pipeline, renderer or command", "brief/report/fetch/...",
		[]string{"brief/report/pipeline/...", "brief/layouts/...", "brief/cmd/..."}},
	{"the pipeline imports no renderer or command", "brief/report/pipeline/...",
		[]string{"brief/layouts/...", "brief/cmd/..."}},
	{"a renderer sees the model only: no assembly, review, stage, pipeline, other renderer or command", "brief/layouts/...",
		[]string{"brief/report/assemble/...", "brief/report/review/...", "brief/report/corpus/...", "brief/report/extract/...", "brief/report/config/...",
			"brief/report/fetch/...", "brief/report/pipeline/...", "brief/layouts/...", "brief/cmd/..."}},
	{"the test helper is for tests only", "brief/...",
		[]string{"brief/internal/golden"}},
}

// matches reports whether pkg is pattern, or under it when the pattern
// ends in /...
func matches(pattern, pkg string) bool {
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	return pkg == pattern
}

// violations lists the imports in graph (package -> its imports) that
// break a rule, one line each.
func violations(graph map[string][]string) []string {
	var out []string
	for pkg, imports := range graph {
		for _, r := range rules {
			if !matches(r.from, pkg) {
				continue
			}
			for _, imp := range imports {
				for _, not := range r.not {
					// A pattern that covers the package itself (a renderer
					// must not import brief/layouts/...) is about its
					// siblings, not its own subpackages.
					own := matches(pkg+"/...", imp) && matches(not, pkg)
					if matches(not, imp) && !own {
						out = append(out, pkg+" imports "+imp+": "+r.what)
					}
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// moduleGraph lists the module's packages and their imports (not their
// tests' imports) with go list.
func moduleGraph(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", "brief/...").Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	graph := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		graph[fields[0]] = fields[1:]
	}
	return graph
}

// TestLayers fails when a package of the module imports one above it.
func TestLayers(t *testing.T) {
	graph := moduleGraph(t)
	for _, want := range []string{"brief/report", "brief/report/assemble", "brief/report/review", "brief/layouts/pdf", "brief/report/extract", "brief/cmd/brief"} {
		if _, ok := graph[want]; !ok {
			t.Fatalf("go list found no %s; the rules name packages that no longer exist", want)
		}
	}
	for _, v := range violations(graph) {
		t.Error(v)
	}
}

// TestRulesCatch: an import that runs back up is found; the allowed ones
// are not.
func TestRulesCatch(t *testing.T) {
	tests := []struct {
		from, imp string
		bad       bool
	}{
		{"brief/layouts/pdf", "brief/report", false},
		{"brief/layouts/pdf", "brief/report/pipeline", true},
		{"brief/layouts/xlsx", "brief/report/extract", true},
		{"brief/layouts/xlsx", "brief/layouts/pdf", true},
		{"brief/layouts/pdf", "brief/layouts/pdf/fonts", false},
		{"brief/report", "brief/layouts/pdf", true},
		{"brief/report", "brief/report/pipeline", true},
		{"brief/report", "brief/report/assemble", true},
		{"brief/report", "brief/report/review", true},
		{"brief/report/assemble", "brief/report", false},
		{"brief/report/assemble", "brief/report/review", true},
		{"brief/report/assemble", "brief/report/extract", true},
		{"brief/report/review", "brief/report", false},
		{"brief/report/review", "brief/report/assemble", false},
		{"brief/report/review", "brief/report/pipeline", true},
		{"brief/report/pipeline", "brief/report/assemble", false},
		{"brief/layouts/xlsx", "brief/report/review", true},
		{"brief/report/extract", "brief/report/assemble", true},
		{"brief/report", "brief/cmd/brief/internal/lock", true},
		{"brief/report/extract", "brief/report/config", true},
		{"brief/report/extract", "brief/report/corpus", true},
		{"brief/report/extract", "brief/report/extract/lexicon", false},
		{"brief/report/extract", "brief/report/timex", false},
		{"brief/report/timex", "brief/report/extract", true},
		{"brief/report/pipeline", "brief/report/extract", false},
		{"brief/report/pipeline", "brief/layouts/pdf", true},
		{"brief/report/config", "brief/report/extract/lexicon", false},
		{"brief/report/fetch", "brief/report/corpus", false},
		{"brief/cmd/brief", "brief/report/pipeline", false},
		{"brief/cmd/brief", "brief/layouts/pdf", false},
		{"brief/report/corpus", "brief/internal/golden", true},
	}
	for _, tt := range tests {
		got := violations(map[string][]string{tt.from: {tt.imp}})
		if (len(got) > 0) != tt.bad {
			t.Errorf("%s importing %s: violations %q, want bad: %v", tt.from, tt.imp, got, tt.bad)
		}
	}
}
