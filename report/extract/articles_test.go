package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/internal/golden"
	"brief/report"
)

// TestArticlesGolden runs whole articles of other conflicts and outlets
// through the extractor and compares its stances and events with golden
// files, reviewed by hand when written (go test -run TestArticlesGolden
// -update-articles).
func TestArticlesGolden(t *testing.T) {
	domains := map[string]Domain{"sudan": sudanDomain, "grain": ukraineDomain, "dawn": demoDomain, "aljazeera": demoFromConfig(t), "tribune": demoFromConfig(t)}
	published := report.Date{Year: 2023, Month: 7, Day: 20}
	for name, d := range domains {
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "articles", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			f := New(d).Extract(name, string(text), published)
			got := renderFacts(f)
			golden.Check(t, filepath.Join("testdata", "articles", name+".golden"), []byte(got))
		})
	}
}

// demoFromConfig is the demo domain as config.toml has it.
func demoFromConfig(t *testing.T) Domain { return loadDemoDomain(t) }

// renderFacts writes stances and events one a line, for golden files.
func renderFacts(f Facts) string {
	var b strings.Builder
	for _, s := range f.Stances {
		fmt.Fprintf(&b, "stance %s / %s / %s (%s %s)\n    %s\n", s.Actor, s.Issue, s.Position, s.Date, s.Precision, s.Citations[0].Quote)
	}
	for _, e := range f.Events {
		fmt.Fprintf(&b, "event %s %s [%s] %s\n", e.Date, e.Precision, strings.Join(e.Actors, ", "), e.Summary)
	}
	return b.String()
}
