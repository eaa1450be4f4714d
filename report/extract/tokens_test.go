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
		{"boycott", "boycotted", "boycotts", "boycotting"},
		{"commit", "committed", "commits", "committing"},
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

// TestTokenStem checks that a word's stem, kept as bytes about its
// lower-case form, is the stem of that form (punctuation has none), and
// that countTokens counts what tokenize cuts, on every test article and
// on words made to end each way stem treats.
func TestTokenStem(t *testing.T) {
	texts := append([]string{
		"He denied it; they deny it and were using force. The groups’ talks, U.S.-led, stopped. Iwo’s ice-icing sees seeing agreed",
		"Çağlar’s İstanbul ÉTATS-UNIS' 2,000.5 ‘it’s’ — don't",
	}, testTexts(t)...)
	words := 0
	for _, text := range texts {
		toks := tokenize(text)
		if n := countTokens(text); n != len(toks) {
			t.Errorf("countTokens = %d, tokenize cut %d tokens of %.40q…", n, len(toks), text)
		}
		for _, tok := range toks {
			if tok.Word {
				words++
			}
			want := ""
			if tok.Word {
				want = stem(tok.Lower)
			}
			if got := tok.Stem(); got != want {
				t.Errorf("%q: Stem() = %q, want %q", tok.Lower, got, want)
			}
		}
	}
	if words < 10000 {
		t.Errorf("only %d words read", words)
	}
}
