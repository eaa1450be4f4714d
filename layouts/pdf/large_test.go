package pdf

import "testing"

// TestLargeModel renders the benchmark's model (2,000 events, 2,000
// figures, 500 sources) and checks it is a valid PDF of a sensible
// length: a brief with the default caps, and every row with none.
func TestLargeModel(t *testing.T) {
	if testing.Short() {
		t.Skip("large model skipped in -short mode")
	}
	for _, tc := range []struct {
		name     string
		maxRows  *int
		min, max int
	}{
		// The key points and the matrix, 60 events, 60 figures, the
		// sources these cite.
		{"capped", nil, 8, 40},
		// About 30 timeline rows and 30 figure rows a page, 18 endnotes a page.
		{"all", new(0), 100, 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := largeModel(t, 500, 2000, 2000, 300)
			for i := range b.Sections {
				b.Sections[i].MaxRows = tc.maxRows
			}
			pdf := render(t, b, "large-"+tc.name)
			if out := runTool(t, pdf, "qpdf", "--check"); !contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
			if n := pages(t, pdf); n < tc.min || n > tc.max {
				t.Errorf("%d pages for 2,000 events, 2,000 figures and 500 sources, want %d to %d", n, tc.min, tc.max)
			}
		})
	}
}
