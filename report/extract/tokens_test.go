package extract

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens separated by |, a possessive marked 's, capitals marked ^
	}{
		{"Pakistan’s army", "pakistan's|army"},
		{"the groups’ fighters", "the|groups's|fighters"},
		{"U.S. and UN", "u.s.^|and|un^"},
		{"TTP-claimed attacks", "ttp^|-|claimed|attacks"},
		{"Tehrik-i-Taliban", "tehrik|-|i|-|taliban"},
		{"don’t re-engage", "don't|re|-|engage"},
		{"2,000 people, 3.5 percent.", "2,000|people|,|3.5|percent|."},
		{"“Quoted”", `"|quoted|"`},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.text) {
			s := tok.Lower
			if tok.Poss {
				s += "'s"
			}
			if tok.Caps && tok.Word {
				s += "^"
			}
			if tok.Word && tt.text[tok.Start:tok.End] == "" {
				t.Errorf("%q: empty token at %d", tt.text, tok.Start)
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %s, want %s", tt.text, g, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	groups := [][]string{
		{"urge", "urged", "urges", "urging"},
		{"talk", "talks", "talking"},
		{"use", "used", "uses", "using"},
		{"agree", "agreed", "agrees"},
		{"deny", "denied", "denies"},
		{"mediate", "mediated", "mediates", "mediating"},
		{"surrender", "surrenders", "surrendered", "surrendering"},
		{"sanctuary", "sanctuaries"},
	}
	for _, g := range groups {
		for _, w := range g[1:] {
			if stem(w) != stem(g[0]) {
				t.Errorf("stem(%q) = %q, want %q as for %q", w, stem(w), stem(g[0]), g[0])
			}
		}
	}
	for _, pair := range [][2]string{{"action", "act"}, {"facilitators", "facilitate"}, {"us", "use"}} {
		if stem(pair[0]) == stem(pair[1]) {
			t.Errorf("stem(%q) = stem(%q) = %q; want them apart", pair[0], pair[1], stem(pair[0]))
		}
	}
}
