package assemble

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
	"unicode"
)

// TestInsertTop checks that insertTop keeps what a stable sort puts
// first, ties included, for lists of every length around k.
func TestInsertTop(t *testing.T) {
	type item struct{ key, at int }
	order := func(x, y *item) int { return cmp.Compare(x.key, y.key) }
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 4, 10, 100} {
		for _, keys := range []int{1, 3, 50} { // few keys: many ties
			var items []item
			for i := range n {
				items = append(items, item{key: rng.IntN(keys), at: i})
			}
			for _, k := range []int{1, 3} {
				var top []item
				for _, it := range items {
					top = insertTop(top, it, k, order)
				}
				sorted := slices.Clone(items)
				slices.SortStableFunc(sorted, func(x, y item) int { return order(&x, &y) })
				if want := sorted[:min(k, n)]; !slices.Equal(top, want) {
					t.Errorf("n=%d keys=%d k=%d: top %v, a stable sort starts %v", n, keys, k, top, want)
				}
			}
		}
	}
}

// TestSortStable checks that sortStable leaves what slices.SortStableFunc
// does, ties in their first order.
func TestSortStable(t *testing.T) {
	type item struct{ key, at int }
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 17, 100, 1000} {
		for _, keys := range []int{1, 4, 1000} {
			var items []item
			for i := range n {
				items = append(items, item{key: rng.IntN(keys), at: i})
			}
			want := slices.Clone(items)
			slices.SortStableFunc(want, func(x, y item) int { return cmp.Compare(x.key, y.key) })
			sortStable(items, func(x, y *item) int { return cmp.Compare(x.key, y.key) })
			if !slices.Equal(items, want) {
				t.Errorf("n=%d keys=%d: sortStable differs from slices.SortStableFunc", n, keys)
			}
		}
	}
}

// TestEachWordASCII checks that eachWord's ASCII path hashes as its
// Unicode path does: the same words, the same hashes.
func TestEachWordASCII(t *testing.T) {
	// eachWordUnicode is eachWord without its ASCII path.
	eachWordUnicode := func(text string) []uint64 {
		const offset, prime = 14695981039346656037, 1099511628211
		var out []uint64
		h, inWord := uint64(offset), false
		for _, r := range text {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if inWord {
					out = append(out, h)
					h, inWord = offset, false
				}
				continue
			}
			for r = unicode.ToLower(r); r > 0; r >>= 8 {
				h = (h ^ uint64(r&0xff)) * prime
			}
			inWord = true
		}
		if inWord {
			out = append(out, h)
		}
		return out
	}
	for _, text := range []string{
		"", "Officials said 12 soldiers were killed.", "UN-brokered TRUCE; Kabul’s envoy\n\ntalks_resumed @ 3pm",
		"Ünïcode Wörter und ASCII mixed: Straße 42", "ends in a word", "[brackets] {braces} ~tilde` \x00nul\x7f",
	} {
		var got []uint64
		eachWord(text, func(h uint64) { got = append(got, h) })
		if want := eachWordUnicode(text); !slices.Equal(got, want) {
			t.Errorf("eachWord(%q) = %v, want %v", text, got, want)
		}
	}
}
