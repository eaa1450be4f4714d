package pdf

import (
	"encoding/xml"
	"strings"
	"testing"

	"brief/report"
	"brief/report/assemble"
)

// oddModel holds the text that breaks naive renderers: a 3,000-character
// quote, a 200-character outlet name, emoji, Arabic script and a very
// long unbroken address.
func oddModel() *report.Brief {
	longURL := "https://example.org/" + strings.Repeat("x0123456789", 40) + "?q=" + strings.Repeat("y", 120)
	outlet := strings.Repeat("The Very Long Named Outlet of Record ", 6)[:200]
	quote := strings.TrimSpace(strings.Repeat("Pakistan’s envoy said the talks would go on only if the militants laid down their arms. ", 34))[:3000]
	b := &report.Brief{
		Meta: report.Meta{Title: "Odd text 🙂 — عنوان", Organisation: outlet, Marking: "UNCLASSIFIED",
			Period: report.Period{Label: "2023-06"}, Generated: "2023-07-01T00:00:00Z"},
		Sources: []report.Source{
			{ID: "s1", Title: "A title with an emoji 🚀 and Arabic: طالبان پاکستان", Outlet: outlet,
				Published: "2023-06-02", URL: longURL, Reliability: "B"},
			{ID: "s2", Title: "Second source", Outlet: "Dawn", Published: "2023", URL: "https://dawn.com/a", SyndicatedFrom: "s1"},
		},
		Stances: []report.Stance{{ID: "t1", Actor: "Pakistan", Issue: "talks", Position: "conditional", Date: "2023-06-02",
			Citations: []report.Citation{{Source: "s1", Quote: quote}, {Source: "s2", Quote: "short"}}}},
		Events: []report.Event{
			{ID: "e1", Date: "2023-06-02", Precision: "day", Summary: "Meeting with ملا برادر 👍🏽 in Kabul",
				Actors: []string{"Pakistan", "Afghan Taliban"}, Citations: []report.Citation{{Source: "s1", Quote: "q"}}},
			{ID: "e2", Date: "not a date", Summary: "Undated event " + longURL, Citations: []report.Citation{{Source: "s9", Quote: "q"}}},
		},
		Figures: []report.Figure{{ID: "f1", Text: "x", Low: 3, High: 3, What: "killed", Who: "people",
			AttributedTo: outlet, Citations: []report.Citation{{Source: "s1", Quote: "q"}}}},
		KeyPoints: []string{quote},
	}
	assemble.Derive(b)
	return b
}

func TestOddText(t *testing.T) {
	pdf := render(t, oddModel(), "odd")
	got := fold(text(t, pdf))
	for _, want := range []string{"طالبان پاکستان", "[?]", "The Very Long Named Outlet of Record",
		"Pakistan’s envoy said the talks", "undated", "[s9?]"} {
		if !strings.Contains(got, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if info := string(runTool(t, pdf, "pdfinfo")); !strings.Contains(info, "Odd text [?] — عنوان") {
		t.Errorf("document title should keep the Arabic and replace the emoji:\n%s", info)
	}
	annots := links(t, pdf)
	found := false
	for _, a := range annots {
		found = found || strings.HasPrefix(a.uri, "https://example.org/x0123456789")
	}
	if !found {
		t.Error("no link annotation for the long address")
	}
}

// TestNoOverflow checks with pdftotext -bbox that no word is drawn
// outside the page's side margins.
func TestNoOverflow(t *testing.T) {
	letter := demoModel(t)
	letter.Meta.PageSize = "Letter"
	for name, b := range map[string]*report.Brief{"demo": demoModel(t), "odd": oddModel(), "letter": letter} {
		t.Run(name, func(t *testing.T) {
			out := runTool(t, render(t, b, name), "pdftotext", "-bbox", "-enc", "UTF-8", "{}", "-")
			var doc struct {
				Pages []struct {
					Width float64 `xml:"width,attr"`
					Words []struct {
						XMin float64 `xml:"xMin,attr"`
						XMax float64 `xml:"xMax,attr"`
						Text string  `xml:",chardata"`
					} `xml:"word"`
				} `xml:"body>doc>page"`
			}
			if err := xml.Unmarshal(out, &doc); err != nil {
				t.Fatalf("pdftotext -bbox: %v", err)
			}
			if len(doc.Pages) == 0 {
				t.Fatal("no pages")
			}
			margin := marginSide * ptPerMM
			for i, pg := range doc.Pages {
				if len(pg.Words) == 0 {
					t.Errorf("page %d is blank", i+1)
				}
				for _, w := range pg.Words {
					if w.XMin < margin-0.5 || w.XMax > pg.Width-margin+0.5 {
						t.Errorf("page %d: %q spans x %.1f–%.1f pt, outside the margins (%.1f–%.1f)",
							i+1, w.Text, w.XMin, w.XMax, margin, pg.Width-margin)
					}
				}
			}
			t.Logf("%d pages checked", len(doc.Pages))
		})
	}
}
