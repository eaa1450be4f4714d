package pdf

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"brief/report"
	"brief/report/assemble"
)

func TestShapeArabic(t *testing.T) {
	tests := []struct{ in, want string }{
		{"سلام", "\uFEB3\uFEFC\uFEE1"}, // seen initial, lam-alef final, meem isolated
		{"ب", "\uFE8F"},                // a letter alone is isolated
		{"ببب", "\uFE91\uFE92\uFE90"},  // initial, medial, final
		{"دار", "\uFEA9\uFE8D\uFEAD"},  // dal and alef join nothing after them
		{"کہ", "\uFB90\uFBA7"},         // Urdu keheh initial, heh goal final
		{"گے", "\uFB94\uFBAF"},         // gaf initial, yeh barree final
		{"ی\u200cب", "\uFBFC\uFE8F"},   // a zero-width non-joiner breaks the join
		{"بَب", "\uFE91\u064E\uFE90"},  // a vowel mark is looked through
	}
	for _, tt := range tests {
		if got := shapeArabic(tt.in); got != tt.want {
			t.Errorf("shapeArabic(%q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
	if got := actualText('\uFEB3'); got != "س" {
		t.Errorf("actualText(seen initial) = %q", got)
	}
}

func TestWeakRTL(t *testing.T) {
	for in, want := range map[string]string{"[12": "12]", "]": "[", "46": "46", "(3,000)": "(3,000)", "1.": ".1"} {
		if got := weakRTL(in); got != want {
			t.Errorf("weakRTL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVisualOrder(t *testing.T) {
	if err := loadMetrics(); err != nil {
		t.Fatal(err)
	}
	lines := layout([]span{
		{text: "The minister said ", face: fBody, color: colInk},
		{text: "وزیر خارجہ 46 افراد ", face: fBody, color: colInk},
		{text: "[3]", face: fRef, color: colLink},
	}, 500)
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	var got []string
	for _, tk := range visualOrder(lines[0].toks) {
		got = append(got, strings.TrimSpace(tk.text))
	}
	// Left to right: the English, then the right-to-left run's last word
	// first, the number inside it left to right, then the endnote.
	want := []string{"The minister said", shapeArabic("افراد"), "46", shapeArabic("وزیر خارجہ"), "[3]"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("visual order\n got %q\nwant %q", got, want)
	}
}

// TestArabicScriptText renders an Urdu and an Arabic quote and reads them
// back with pdftotext: the original characters, in reading order.
func TestArabicScriptText(t *testing.T) {
	urdu := "وزیر خارجہ نے کہا کہ ٹی ٹی پی سے مذاکرات جاری رہیں گے۔"
	arabic := "نفت حركة طالبان باكستان وجود ملاذات آمنة لها في أفغانستان"
	b := &report.Brief{
		Meta: report.Meta{Title: "Scripts", Period: report.Period{Label: "2024-03"}, Generated: "2024-04-01T00:00:00Z"},
		Sources: []report.Source{
			{ID: "s1", Title: "پاکستان اور افغانستان کے درمیان مذاکرات", Published: "2024-03", URL: "https://urdu.example.pk/1"},
			{ID: "s2", Title: "طالبان باكستان تنفي وجود ملاذات آمنة", Outlet: "Example Arabic", Published: "2024-03-05"},
		},
		Stances: []report.Stance{
			{ID: "t1", Actor: "Pakistan", Issue: "talks", Position: "support", Citations: []report.Citation{{Source: "s1", Quote: urdu}}},
			{ID: "t2", Actor: "TTP", Issue: "sanctuary", Position: "deny", Citations: []report.Citation{{Source: "s2", Quote: arabic + "."}}},
		},
		Issues: []report.Issue{{ID: "talks", Label: "Talks"}, {ID: "sanctuary", Label: "Sanctuaries", Claim: true}},
	}
	assemble.Derive(b)
	got := text(t, render(t, b, "scripts"))
	got = strings.Map(func(r rune) rune {
		if r >= '\u202a' && r <= '\u202e' { // the embedding marks poppler adds
			return -1
		}
		return r
	}, norm.NFC.String(got))
	for _, want := range []string{urdu, arabic, "پاکستان اور افغانستان کے درمیان مذاکرات", "طالبان باكستان تنفي وجود ملاذات آمنة"} {
		if !strings.Contains(got, want) {
			t.Errorf("pdftotext lacks %q", want)
		}
	}
	if strings.Contains(got, "[Arabic script]") {
		t.Error("Arabic-script text was replaced by a placeholder")
	}
}

// TestStatementSources checks which endnotes a printed quote carries:
// the sources whose citation is that quote (an Urdu one here, whose
// line pdftotext reorders), the others as "also reported by".
func TestStatementSources(t *testing.T) {
	urdu := "وزیر خارجہ نے کہا کہ مذاکرات جاری رہیں گے۔"
	b := &report.Brief{
		Meta: report.Meta{Title: "Notes", Generated: "2024-04-01T00:00:00Z"},
		Sources: []report.Source{
			{ID: "s1", Title: "a", Published: "2024-03-01"},
			{ID: "s2", Title: "b", Published: "2024-03-02"},
			{ID: "s3", Title: "c", Published: "2024-03-03"},
		},
		Stances: []report.Stance{{ID: "t1", Actor: "Pakistan", Issue: "talks", Position: "support", Citations: []report.Citation{
			{Source: "s1", Quote: urdu}, {Source: "s2", Quote: "Other words for the same position."}, {Source: "s3", Quote: " " + urdu + " "},
		}}},
	}
	assemble.Derive(b)
	p, err := newPrinter(b)
	if err != nil {
		t.Fatal(err)
	}
	sts := p.planStatements([]*report.Cell{&b.Matrix[0]})
	if len(sts) != 1 || strings.TrimSpace(sts[0].quote) != urdu {
		t.Fatalf("statements %+v", sts)
	}
	if got := strings.Join(sts[0].same, ","); got != "s1,s3" {
		t.Errorf("the quote carries %s, want s1,s3", got)
	}
	if got := strings.Join(sts[0].others, ","); got != "s2" {
		t.Errorf("also reported by %s, want s2", got)
	}
}
