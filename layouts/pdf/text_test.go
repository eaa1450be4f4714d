package pdf

import (
	"strings"
	"testing"

	"brief/report"
)

func TestClean(t *testing.T) {
	if err := loadMetrics(); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"  a  b\tc\nd  ", "a b c d"},
		{"‘Curly’ “quotes” — dash… café", "‘Curly’ “quotes” — dash… café"},
		{"Ελλάδα Россия", "Ελλάδα Россия"},
		{"no\u00a0break", "no\u00a0break"},
		{"soft\u00adhyphen, zero\u200bwidth", "softhyphen, zerowidth"},
		{"Khan 🙂 said", "Khan [?] said"},
		{"flags 🇵🇰🇦🇫 here", "flags [?] here"},
		{"thumbs 👍🏽 up", "thumbs [?] up"},
		{"Mullah عبد الغني برادر said", "Mullah عبد الغني برادر said"}, // drawn by the Arabic-script face
		{"عبد\u200cالغني", "عبد\u200cالغني"},                           // a non-joiner in Arabic script stays
		{"שלום and سلام", "[Hebrew script] and سلام"},
		{"Syriac ܫܠܡܐ", "Syriac [Syriac script]"},
		{"中文 text", "[Han script] text"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLayout(t *testing.T) {
	if err := loadMetrics(); err != nil {
		t.Fatal(err)
	}
	url := "https://example.com/" + strings.Repeat("averyveryverylongpathsegment", 12)
	tests := []struct {
		name  string
		spans []span
		width float64
		lines int // want at least this many lines
	}{
		{"short", plain("one line", fBody, colInk), 100, 1},
		{"wraps", plain(strings.Repeat("word ", 80), fBody, colInk), 100, 4},
		{"unbroken address", plain(url, fSmall, colLink), 60, 5},
		{"forced break", []span{{text: "first", face: fBody}, {text: "second", face: fBody, br: true}}, 100, 2},
		{"narrow", plain("Conditional", fMatrixB, colInk), 5, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := layout(tt.spans, tt.width)
			if len(lines) < tt.lines {
				t.Errorf("%d lines, want at least %d", len(lines), tt.lines)
			}
			var got strings.Builder
			for i, ln := range lines {
				sum := 0.0
				for _, tk := range ln.toks {
					sum += tk.w
					got.WriteString(tk.text)
				}
				if ln.w > tt.width+1e-9 && len([]rune(ln.toks[0].text)) > 1 {
					t.Errorf("line %d is %.2f mm wide, more than %.2f", i+1, ln.w, tt.width)
				}
				if d := sum - ln.w; d > 1e-6 || d < -1e-6 {
					t.Errorf("line %d: width %.4f, tokens add up to %.4f", i+1, ln.w, sum)
				}
			}
			var want strings.Builder
			for _, s := range tt.spans {
				want.WriteString(s.text)
			}
			if strip(got.String()) != strip(want.String()) {
				t.Errorf("text changed:\n got %q\nwant %q", got.String(), want.String())
			}
		})
	}
}

func strip(s string) string { return strings.ReplaceAll(s, " ", "") }

func TestFigureValue(t *testing.T) {
	tests := []struct {
		low, high float64
		qualifier string
		what      string
		want      string
	}{
		{1200, 1200, "about", "killed", "about 1,200"},
		{8000, 12000, "", "fighters", "8,000–12,000"},
		{5e6, 5e6, "", "money_usd", "US$ 5,000,000"},
		{2.5e9, 2.5e9, "", "money_pkr", "Rs 2,500,000,000"},
		{12.5, 12.5, "", "other", "12.5"},
		{0, 0, "", "killed", "0"},
		{999, 999, "more than", "killed", "more than 999"},
	}
	for _, tt := range tests {
		f := &report.Figure{Low: tt.low, High: tt.high, Qualifier: tt.qualifier, What: report.FigureKind(tt.what)}
		if got := figureValue(f); got != tt.want {
			t.Errorf("figureValue(%v–%v %q %s) = %q, want %q", tt.low, tt.high, tt.qualifier, tt.what, got, tt.want)
		}
	}
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("word ", 200)
	got := excerpt(long, 100)
	if len([]rune(got)) > 110 || !strings.HasSuffix(got, " […]") {
		t.Errorf("excerpt of a 1,000-character quote = %q", got)
	}
	if got := excerpt("short quote", 100); got != "short quote" {
		t.Errorf("excerpt of a short quote = %q", got)
	}
}
