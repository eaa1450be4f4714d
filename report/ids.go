package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FactID derives a stable id for a fact from its kind letter and the parts
// that make it that fact, never from run order.
func FactID(kind string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return kind + hex.EncodeToString(h.Sum(nil))[:10]
}

// SourceID derives a source's id from the hex SHA-256 of its content: 64
// bits of it, so that two articles of a corpus of millions do not share one.
func SourceID(hash string) string {
	if len(hash) > 16 {
		hash = hash[:16]
	}
	return "s" + hash
}

// FigureKey is what figures that report the same count share. A sum of
// money keeps its currency, so that 50 million dollars and 50 million
// euros stay apart; other figures' keys have no currency part.
func FigureKey(f Figure) string {
	key := strings.Join([]string{string(f.What), fmt.Sprint(f.Low), fmt.Sprint(f.High), f.Qualifier,
		Normalise(f.Who), Normalise(f.Period)}, "|")
	if f.Currency != "" {
		key += "|" + f.Currency
	}
	return key
}

// FigureID returns the id a figure has in the brief: every report of the
// same count (same kind, value, who and period) shares it, so that an
// extractor can link an event to the figures reported for it
// (Event.Figures) before the articles are merged.
func FigureID(f Figure) string { return FactID("f", FigureKey(f)) }

// Normalise lowers s and keeps its words of letters and digits, one space
// apart: the form fact keys compare. It reads s once, with one
// allocation; invalid UTF-8 separates words, as U+FFFD would.
func Normalise(s string) string {
	buf := make([]byte, 0, len(s))
	in := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			in = false
			continue
		}
		if !in && len(buf) > 0 {
			buf = append(buf, ' ')
		}
		in = true
		buf = utf8.AppendRune(buf, r)
	}
	return string(buf)
}
