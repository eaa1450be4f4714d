package pdf

import (
	"strings"
	"testing"

	"brief/report"
	"brief/report/assemble"
)

// TestStatementReadByModel checks that the statement under a matrix cell
// says when the stance model read its stance, and only then.
func TestStatementReadByModel(t *testing.T) {
	for _, by := range []report.Reader{"", report.ReadByModel} {
		b := &report.Brief{
			Meta:    report.Meta{Title: "Notes", Generated: "2024-04-01T00:00:00Z"},
			Sources: []report.Source{{ID: "s1", Title: "a", Published: "2024-03-01"}},
			Stances: []report.Stance{{ID: "t1", Actor: "Nordland", Issue: "talks", Position: "support", ReadBy: by,
				Citations: []report.Citation{{Source: "s1", Quote: "Nordland said it would join the talks."}}}},
		}
		assemble.Derive(b)
		p, err := newPrinter(b)
		if err != nil {
			t.Fatal(err)
		}
		sts := p.planStatements([]*report.Cell{&b.Matrix[0]})
		if len(sts) != 1 {
			t.Fatalf("statements %+v", sts)
		}
		var text strings.Builder
		for _, sp := range p.attribution(sts[0]) {
			text.WriteString(sp.text)
		}
		if got := strings.Contains(text.String(), "read by the stance model"); got != (by != "") {
			t.Errorf("read by %q: attribution %q", by, text.String())
		}
	}
}
