package pdf

import "testing"

// TestLargeModel renders the benchmark's model (2,000 events, 2,000
// figures, 500 sources) and checks it is a valid PDF of a sensible length.
func TestLargeModel(t *testing.T) {
	if testing.Short() {
		t.Skip("large model skipped in -short mode")
	}
	b := largeModel(t, 500, 2000, 2000, 300)
	pdf := render(t, b, "large")
	if out := runTool(t, pdf, "qpdf", "--check"); !contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	n := pages(t, pdf)
	// About 30 timeline rows and 30 figure rows a page, 18 endnotes a page.
	if n < 100 || n > 400 {
		t.Errorf("%d pages for 2,000 events, 2,000 figures and 500 sources, want 100 to 400", n)
	}
}
