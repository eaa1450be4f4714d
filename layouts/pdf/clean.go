package pdf

import (
	"slices"
	"strings"
	"unicode"
)

// placeholderScripts are scripts the embedded fonts cannot draw, or draw
// only in logical order without the shaping and right-to-left layout a
// reader needs. A run of one of them is replaced by a note naming it.
var placeholderScripts = []string{
	"Arabic", "Hebrew", "Syriac", "Thaana", "Nko", "Devanagari", "Bengali",
	"Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam",
	"Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Georgian", "Armenian",
	"Ethiopic", "Khmer", "Mongolian", "Han", "Hiragana", "Katakana", "Hangul",
}

// mustReplace lists scripts replaced even where the fonts have glyphs,
// because drawing them left to right would misrepresent the text.
var mustReplace = map[string]bool{"Hebrew": true, "Syriac": true, "Thaana": true, "Nko": true}

// unknownGlyph stands for a character no embedded font can draw that
// belongs to no named script: an emoji, a rare symbol.
const unknownGlyph = "[?]"

// clean returns s ready to measure and draw: every kind of white space
// folds to one space (a no-break space is kept), invisible format
// characters are dropped, and runs of text the fonts cannot draw are
// replaced by a placeholder such as "[Arabic script]" or "[?]".
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false   // a space is pending
	lastScript := "" // script of the last placeholder written
	flushSpace := func() {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
	}
	for _, r := range s {
		switch {
		case r == '\u00a0' || r == '\u202f' || r == '\u2007':
			flushSpace()
			b.WriteRune('\u00a0')
			lastScript = ""
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200c' && strings.ContainsFunc(b.String()[max(b.Len()-4, 0):], isArabicScript):
			b.WriteRune(r) // a zero-width non-joiner keeps Urdu and Persian letters apart
			continue
		case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Variation_Selector, r):
			continue // soft hyphen, zero-width joiners, direction marks, controls
		case unicode.Is(unicode.Mn, r) && lastScript != "":
			continue // a combining mark of a replaced run
		case unicode.Is(unicode.Mn, r) && r < 0x10000 && arabicHas[r] && unicode.Is(unicode.Arabic, r):
			b.WriteRune(r) // a vowel mark of an Arabic-script word
			continue
		}
		script := scriptOf(r)
		if script == "Arabic" && r < 0x10000 && arabicHas[r] {
			// Drawn, shaped and ordered, by the Arabic-script face.
			flushSpace()
			lastScript = ""
			b.WriteRune(r)
			continue
		}
		if script != "" && (mustReplace[script] || !canDraw(r)) {
			if script == lastScript {
				space = false // "[Arabic script]" covers the words and the spaces between them
				continue
			}
			flushSpace()
			b.WriteString("[" + script + " script]")
			lastScript = script
			continue
		}
		flushSpace()
		lastScript = ""
		if canDraw(r) {
			b.WriteRune(r)
		} else if !strings.HasSuffix(b.String(), unknownGlyph) {
			b.WriteString(unknownGlyph)
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// isPlain reports whether s is printable ASCII with single spaces, the
// common case that needs no work.
func isPlain(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || (c == ' ' && prevSpace) {
			return false
		}
		prevSpace = c == ' '
	}
	return !prevSpace || s == ""
}

func canDraw(r rune) bool { return r < 0x10000 && drawable[r] }

// scriptOf names the placeholder script r belongs to, or "".
func scriptOf(r rune) string {
	if r < 0x0370 {
		return ""
	}
	for _, name := range placeholderScripts {
		if unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	return ""
}

// viewerText prepares text that the PDF viewer draws with its own fonts —
// the outline and the document information — where any script shows:
// white space folds, and only characters outside the Basic Multilingual
// Plane (which fpdf cannot encode there) are replaced.
func viewerText(s string) string {
	var b strings.Builder
	for i, f := range strings.Fields(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		for _, r := range f {
			switch {
			case r >= 0x10000:
				if !strings.HasSuffix(b.String(), unknownGlyph) {
					b.WriteString(unknownGlyph)
				}
			case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r):
			default:
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// MissingScripts names the scripts of s that the PDF cannot draw and
// prints as a placeholder such as "[Han script]", each once, in order of
// appearance; nil when every character can be drawn.
func MissingScripts(s string) []string {
	if isPlain(s) || loadMetrics() != nil {
		return nil
	}
	var out []string
	for _, r := range s {
		script := scriptOf(r)
		if script == "" || (script == "Arabic" && r < 0x10000 && arabicHas[r]) {
			continue
		}
		if (mustReplace[script] || !canDraw(r)) && !slices.Contains(out, script) {
			out = append(out, script)
		}
	}
	return out
}
