package report

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// quoteKeyCases are texts and quotes whose folding differs in some way:
// white space runs and ends, typographic quotes, no-break spaces, case
// outside ASCII (the Kelvin sign and the dotted capital I fold to ASCII
// letters), bytes that are not UTF-8, and no match at all.
var quoteKeyCases = []struct{ text, quote string }{
	{"The minister said: \u201cWe will talk.\u201d", `"we will talk."`},
	{"  The   minister\n\tsaid \u2018no\u2019.  ", "minister said 'NO'."},
	{"Prices rose\u00a0sharply today", "rose sharply"},
	{"The \u212aelvin scale", "the kelvin"},
	{"\u0130stanbul talks", "istanbul"},
	{"bad \xe2 byte \xe2\u2018x", "bad \ufffd byte \ufffd'x"},
	{"bad \xff byte", "\ufffd byte"},
	{"Nothing here matches", "something else"},
	{"word", ""},
	{"   ", ""},
	{"ends with the quote", "the quote"},
	{"ÉCOLE Française", "école française"},
	{"a\u2003b\u3000c", "a b c"},
	{"a\u0085b", "a b"},
}

// TestHoldsQuoteKey: searching a text chunk by chunk without folding it
// whole answers as strings.Contains(QuoteKey(text), QuoteKey(quote)), for
// chunks from one byte to the default.
func TestHoldsQuoteKey(t *testing.T) {
	for _, tc := range quoteKeyCases {
		want := strings.Contains(QuoteKey(tc.text), QuoteKey(tc.quote))
		for _, chunk := range []int{1, 2, 3, 5, 8, foldChunk} {
			if got := holdsQuoteKey(tc.text, QuoteKey(tc.quote), chunk); got != want {
				t.Errorf("holdsQuoteKey(%q, %q, %d) = %v, want %v", tc.text, QuoteKey(tc.quote), chunk, got, want)
			}
		}
	}
}

// FuzzHoldsQuoteKey checks holdsQuoteKey against folding the whole text,
// with each quote a piece of its text (so that most hold) or another.
func FuzzHoldsQuoteKey(f *testing.F) {
	for _, tc := range quoteKeyCases {
		f.Add(tc.text, tc.quote, 3)
	}
	f.Fuzz(func(t *testing.T, text, quote string, chunk int) {
		chunk = 1 + (chunk&0xff)%64
		for _, q := range []string{quote, text[len(text)/3 : 2*len(text)/3]} {
			key := QuoteKey(q)
			want := strings.Contains(QuoteKey(text), key)
			if got := holdsQuoteKey(text, key, chunk); got != want {
				t.Errorf("holdsQuoteKey(%q, %q, %d) = %v, want %v", text, key, chunk, got, want)
			}
		}
	})
}

// TestQuoteSources: sources whose citation quotes the sentence, or whose
// text prints it, come first; the others follow; each source once, in
// citation order.
func TestQuoteSources(t *testing.T) {
	sources := []Source{
		{ID: "a", Text: "The envoy said \u201cthe\u00a0talks   will resume next week\u201d."},
		{ID: "b", Text: "Officials gave no date."},
		{ID: "c"},
		{ID: "d", Text: "THE TALKS WILL RESUME, an aide said."},
	}
	tests := []struct {
		name         string
		cites        []Citation
		quote        string
		same, others []string
	}{
		{
			name:   "text holds it, folded",
			cites:  []Citation{{Source: "b", Quote: "no date"}, {Source: "a", Quote: "next week"}, {Source: "d", Quote: "an aide"}},
			quote:  "the talks will resume",
			same:   []string{"a", "d"},
			others: []string{"b"},
		},
		{
			name:   "same quote without a text",
			cites:  []Citation{{Source: "c", Quote: "The talks  will RESUME"}, {Source: "b", Quote: "x"}},
			quote:  "the talks will resume",
			same:   []string{"c"},
			others: []string{"b"},
		},
		{
			name:   "each source once",
			cites:  []Citation{{Source: "b", Quote: "x"}, {Source: "b", Quote: "y"}, {Source: "a", Quote: "z"}, {Source: "a", Quote: "w"}},
			quote:  "gave no date",
			same:   []string{"b"},
			others: []string{"a"},
		},
		{
			name:   "unknown source",
			cites:  []Citation{{Source: "zz", Quote: "other"}},
			quote:  "the talks will resume",
			others: []string{"zz"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			same, others := QuoteSources(tt.cites, tt.quote, sources)
			if !slices.Equal(same, tt.same) || !slices.Equal(others, tt.others) {
				t.Errorf("QuoteSources = %q, %q; want %q, %q", same, others, tt.same, tt.others)
			}
		})
	}
}

// quoteSourcesReference is QuoteSources as it was first written: every
// citation's quote folded by QuoteKey, each text searched when first
// needed.
func quoteSourcesReference(cites []Citation, quote string, sources []Source) (same, others []string) {
	key := QuoteKey(quote)
	text := map[string]string{}
	for _, s := range sources {
		if s.Text != "" {
			text[s.ID] = s.Text
		}
	}
	seen, searched := map[string]bool{}, map[string]bool{}
	for _, c := range cites {
		if seen[c.Source] {
			continue
		}
		carries := QuoteKey(c.Quote) == key
		if !carries && !searched[c.Source] {
			searched[c.Source] = true
			carries = strings.Contains(QuoteKey(text[c.Source]), key)
		}
		if carries {
			same = append(same, c.Source)
			seen[c.Source] = true
		}
	}
	for _, c := range cites {
		if !seen[c.Source] {
			others = append(others, c.Source)
			seen[c.Source] = true
		}
	}
	return same, others
}

// TestQuoteSourcesAsReference: on random citations of a few sources (a
// source cited again with the sentence after another, a text that holds
// it or not, a source with no text or none at all), QuoteSources gives
// what the reference does.
func TestQuoteSourcesAsReference(t *testing.T) {
	quotes := []string{"The talks will resume", "the  TALKS will resume", "no date", "“talks” will", "x"}
	texts := []string{"", "He said the talks will resume soon.", "Nothing here.", "THE TALKS\u00a0WILL RESUME"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		var sources []Source
		for i := range r.IntN(5) {
			sources = append(sources, Source{ID: fmt.Sprint("s", i), Text: texts[r.IntN(len(texts))]})
		}
		var cites []Citation
		for range r.IntN(8) {
			cites = append(cites, Citation{Source: fmt.Sprint("s", r.IntN(6)), Quote: quotes[r.IntN(len(quotes))]})
		}
		quote := quotes[r.IntN(len(quotes))]
		same, others := QuoteSources(cites, quote, sources)
		wantSame, wantOthers := quoteSourcesReference(cites, quote, sources)
		if !slices.Equal(same, wantSame) || !slices.Equal(others, wantOthers) {
			t.Fatalf("case %d: QuoteSources(%q, %q, %q) = %q, %q; want %q, %q", n, cites, quote, sources, same, others, wantSame, wantOthers)
		}
	}
}

// FuzzLowerASCII: appendLowerASCII lower-cases ASCII letters and leaves
// every other byte, at any length and alignment.
func FuzzLowerASCII(f *testing.F) {
	for _, s := range []string{"", "A", "Hello, WORLD @[`{ 09", "\xc4\xb0\xe2\x84\xaa ÀÉ zZaA", strings.Repeat("AbC\x80\xff", 7)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := []byte("pre")
		for _, c := range []byte(s) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			want = append(want, c)
		}
		if got := appendLowerASCII([]byte("pre"), s); string(got) != string(want) {
			t.Errorf("appendLowerASCII(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkQuoteHolds searches an article's text for a quote it does not
// print, as QuoteSources does for most sources.
func BenchmarkQuoteHolds(b *testing.B) {
	text := strings.Repeat("The Pakistani Foreign Office said on Tuesday that \u201ctalks with the TTP\u201d would not resume.\n\n", 45)
	key := []byte(QuoteKey("the envoy said talks are over for now"))
	b.SetBytes(int64(len(text)))
	var f quoteFolder
	for b.Loop() {
		if f.holds(text, key, foldChunk) {
			b.Fatal("found")
		}
	}
}
