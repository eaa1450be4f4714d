package pdf

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
)

// Arabic-script text (Arabic, Urdu, Pashto, Dari) is drawn in two steps.
// Shaping replaces each letter by the presentation form its neighbours
// call for (isolated, initial, medial or final; lam-alef as one
// ligature), in logical order, so that layout measures the glyphs that
// will be drawn. Drawing then puts each right-to-left run in visual
// order, and wraps every glyph in a marked-content span whose ActualText
// is the character it stands for, so that copying or pdftotext gives
// back the source's characters, not presentation forms.

// Joining forms, in the order of a letter's forms array.
const (
	isolated = iota
	final
	initial
	medial
)

// arabicForms maps a letter to its presentation forms (0 where Unicode
// has none); lamAlef maps an alef variant to the lam-alef ligature's
// isolated and final forms; baseOf maps a presentation form back to what
// it stands for. All three are read from Unicode's names and
// decompositions of the presentation-form blocks.
var (
	shapingOnce sync.Once
	arabicForms map[rune]*[4]rune
	lamAlef     map[rune]*[4]rune
	baseOf      map[rune]string
)

const lam = 'ل'

func loadShaping() {
	arabicForms = map[rune]*[4]rune{}
	lamAlef = map[rune]*[4]rune{}
	baseOf = map[rune]string{}
	forms := map[string]int{"ISOLATED FORM": isolated, "FINAL FORM": final, "INITIAL FORM": initial, "MEDIAL FORM": medial}
	for _, block := range [][2]rune{{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}} {
		for r := block[0]; r <= block[1]; r++ {
			name := runenames.Name(r)
			form := -1
			for suffix, f := range forms {
				if strings.HasSuffix(name, suffix) {
					form = f
				}
			}
			base := []rune(norm.NFKC.String(string(r)))
			if form < 0 || len(base) == 0 || string(base) == string(r) {
				continue
			}
			baseOf[r] = string(base)
			switch {
			case len(base) == 1 && !strings.Contains(name, "LIGATURE"):
				if arabicForms[base[0]] == nil {
					arabicForms[base[0]] = new([4]rune)
				}
				if arabicForms[base[0]][form] == 0 {
					arabicForms[base[0]][form] = r
				}
			case len(base) == 2 && base[0] == lam && strings.Contains(name, "LAM WITH ALEF"):
				if lamAlef[base[1]] == nil {
					lamAlef[base[1]] = new([4]rune)
				}
				lamAlef[base[1]][form] = r
			}
		}
	}
}

// joinsBoth reports whether a letter joins on both sides (it has an
// initial form); joinsRight whether it joins the letter before it.
func joinsBoth(r rune) bool {
	f := arabicForms[r]
	return r == 'ـ' || (f != nil && f[initial] != 0)
}

func joinsRight(r rune) bool {
	f := arabicForms[r]
	return r == 'ـ' || (f != nil && f[final] != 0)
}

// transparent reports whether r is a mark that joining looks through.
func transparent(r rune) bool { return unicode.Is(unicode.Mn, r) }

// shapeArabic returns an Arabic-script word in presentation forms, still
// in logical order.
func shapeArabic(s string) string {
	shapingOnce.Do(loadShaping)
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	// prev is the last non-transparent letter written, for joining.
	prevJoins := false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\u200c' { // zero-width non-joiner: breaks the join, draws nothing
			prevJoins = false
			continue
		}
		if transparent(r) {
			out = append(out, r)
			continue
		}
		next := rune(0)
		k := i + 1
		for k < len(rs) && transparent(rs[k]) {
			k++
		}
		if k < len(rs) {
			next = rs[k]
		}
		joinPrev := prevJoins && joinsRight(r)
		if r == lam && lamAlef[next] != nil {
			lig := lamAlef[next]
			form := isolated
			if joinPrev {
				form = final
			}
			if lig[form] != 0 {
				// The marks between lam and alef, if any, follow the ligature.
				out = append(out, lig[form])
				out = append(out, rs[i+1:k]...)
				i = k
				prevJoins = false // an alef joins nothing after it
				continue
			}
		}
		joinNext := joinsBoth(r) && next != 0 && joinsRight(next)
		form := isolated
		switch {
		case joinPrev && joinNext:
			form = medial
		case joinNext:
			form = initial
		case joinPrev:
			form = final
		}
		if f := arabicForms[r]; f != nil && f[form] != 0 {
			out = append(out, f[form])
		} else {
			out = append(out, r)
		}
		prevJoins = joinsBoth(r)
	}
	return string(out)
}

// isArabicScript reports whether r belongs to the Arabic script (letters,
// presentation forms, Arabic punctuation and digits).
func isArabicScript(r rune) bool { return unicode.Is(unicode.Arabic, r) }

// strongLTR reports whether r sets left-to-right direction (a Latin
// letter, say); digits and punctuation do not.
func strongLTR(r rune) bool {
	p, _ := bidi.LookupRune(r)
	return p.Class() == bidi.L
}

// visualRTL returns a right-to-left run in the order it is drawn, left to
// right: reversed, with brackets mirrored and marks after their letters.
func visualRTL(s string) string { return bidi.ReverseString(s) }

// actualText is what a glyph stands for: the letter a presentation form
// shapes, else the glyph itself. A ligature's two letters (lam-alef) are
// given in the order they are drawn, right to left, because readers such
// as poppler lay an ActualText's characters out left to right across the
// glyph before putting the right-to-left run back in reading order.
func actualText(r rune) string {
	shapingOnce.Do(loadShaping)
	b, ok := baseOf[r]
	switch {
	case !ok:
		return string(r)
	case len([]rune(b)) > 1:
		return visualRTL(b)
	}
	return b
}

// weakRTL returns text without letters (digits, brackets, punctuation) as
// it is drawn inside a right-to-left run: reversed with its brackets
// mirrored, each number still left to right ("[12" becomes "12]").
func weakRTL(s string) string {
	rs := []rune(visualRTL(s))
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && (unicode.IsDigit(rs[j]) || (j > i && (rs[j] == '.' || rs[j] == ',') && j+1 < len(rs) && unicode.IsDigit(rs[j+1]))) {
			j++
		}
		for a, b := i, j-1; a < b; a, b = a+1, b-1 {
			rs[a], rs[b] = rs[b], rs[a]
		}
		i = max(j, i+1)
	}
	return string(rs)
}
