package extract

import (
	"strings"
	"testing"
)

// TestQuantities checks how numbers are read, before any decision about
// whether they are figures.
func TestQuantities(t *testing.T) {
	tests := []struct {
		text string
		want string // each quantity as "LOW[-HIGH][ CURRENCY]", joined by "; "
	}{
		{"8,000", "8000"},
		{"1,234,567 and 3.75", "1234567; 3.75"},
		{"1,2 is not a grouping", "1; 2"},
		// Thousands separated by spaces, as French and UN copy write them.
		{"almost 200 000 people", "200000"},
		{"1 250 000 displaced", "1250000"},
		{"1\u00a0200 refugees", "1200"},
		{"in 2023 100 people", "2023; 100"},
		{"12 1000 and 4 12", "12; 1000; 4; 12"},
		{"on 28/06 150 people", "28; 6; 150"},
		{"$10 million", "10000000 USD"},
		{"10 billion rupees", "10000000000 PKR"},
		{"Rs 5bn and Rs. 20 crore", "5000000000 PKR; 200000000 PKR"},
		{"Rs5bn", "5000000000 PKR"},
		{"US$1.5bn", "1500000000 USD"},
		{"1.2m people", "1200000"},
		{"1.7 million people", "1700000"}, // whole, not 1700000.0000000002
		{"between 8,000 to 12,000", "8000-12000"},
		{"between 8,000 and 12,000", "8000-12000"},
		{"6,000-6,500", "6000-6500"},
		{"35 to 40", "35-40"},
		{"35–40", "35-40"},
		{"12 and 30", "12; 30"},
		{"40 to 35", "40; 35"},
		{"$5-10 million", "5000000-10000000 USD"},
		{"between $2 and $3 million", "2000000-3000000 USD"},
		{"three to four thousand troops", "3000-4000"}, // the scale after the words holds for both
		{"between two and three million", "2000000-3000000"},
		{"twenty to twenty-five thousand", "20000-25000"},
		{"two soldiers", "2"},
		{"five Chinese engineers", "5"},
		{"twenty-five", "25"},
		{"twenty five", "25"},
		{"three hundred and fifty", "350"},
		{"two million five hundred thousand", "2500000"},
		{"a dozen", "12"},
		{"two dozen", "24"},
		{"a hundred", "100"},
		{"a million", "1000000"},
		{"one", "1"},
		{"two or three", "2-3"},
		{"hundreds of thousands", ""},
		{"thousands of people", ""},
		{"dozens", ""},
		{"a few", ""},
		{"the first and the second", ""},
		{"4.5 lakh", "450000"},
		{"Rs 5,00,000 and 1,25,00,000", "500000 PKR; 12500000"},
		{"5,00 is no grouping", "5; 0"},
		{"€20 million", "20000000 EUR"},
		{"CHF 300 million", "300000000 CHF"},
		{"5 billion hryvnias", "5000000000 UAH"},
		{"2 billion afghanis", "2000000000 AFN"},
		{"ALL 5 people", "5"}, // an ISO code only in capitals, and "ALL" here is a word
	}
	for _, tt := range tests {
		toks := numTokenize(tt.text, numLowerASCII(tt.text))
		var got []string
		for _, q := range quantities(toks) {
			s := num(q.low)
			if q.high != q.low {
				s += "-" + num(q.high)
			}
			if q.currency != "" {
				s += " " + q.currency
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("quantities(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestTokenizeOffsets checks that tokens point at their own bytes, with
// curly quotes, dashes and non-breaking spaces about.
func TestTokenizeOffsets(t *testing.T) {
	s := "“We lost 2,000 men,” he said\u00a0— in 2022–23. Taliban’s 3.5bn"
	toks := numTokenize(s, numLowerASCII(s))
	var words []string
	for _, tk := range toks {
		if s[tk.start:tk.end] != tk.text {
			t.Errorf("token %q at %d:%d, text there is %q", tk.text, tk.start, tk.end, s[tk.start:tk.end])
		}
		words = append(words, tk.text)
	}
	want := "“|We|lost|2,000|men|,|”|he|said|—|in|2022|–|23|.|Taliban’s|3.5|bn"
	if got := strings.Join(words, "|"); got != want {
		t.Errorf("tokens\n got %s\nwant %s", got, want)
	}
	if toks[9].glued || !toks[12].glued {
		t.Errorf("glued: a non-breaking space must part tokens, and 2022–23 must stay glued")
	}
}
