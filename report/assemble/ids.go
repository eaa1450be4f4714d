package assemble

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"unicode"
	"unicode/utf8"

	"brief/report"
)

// eventIDs makes events' ids, as report.FactID("e", date, precision,
// report.Normalise(summary)) does, in one reused buffer: an id is made
// for every merged event, tens of thousands in a large corpus.
type eventIDs struct{ buf []byte }

// of returns e's id.
func (x *eventIDs) of(e report.Event) string {
	b := append(x.buf[:0], e.Date...)
	b = append(b, 0)
	b = append(b, e.Precision...)
	b = append(b, 0)
	b = appendNormalised(b, e.Summary)
	b = append(b, 0)
	x.buf = b
	sum := sha256.Sum256(b)
	var id [11]byte
	id[0] = 'e'
	hex.Encode(id[1:], sum[:5])
	return string(id[:])
}

// figureKeys makes figures' keys, as report.FigureKey does, in one
// reused buffer.
type figureKeys struct{ buf []byte }

// of returns report.FigureKey(f), valid until the next call.
func (x *figureKeys) of(f report.Figure) []byte {
	b := append(x.buf[:0], f.What...)
	b = append(b, '|')
	b = strconv.AppendFloat(b, f.Low, 'g', -1, 64) // fmt.Sprint's form of a float64
	b = append(b, '|')
	b = strconv.AppendFloat(b, f.High, 'g', -1, 64)
	b = append(b, '|')
	b = append(b, f.Qualifier...)
	b = append(b, '|')
	b = appendNormalised(b, f.Who)
	b = append(b, '|')
	b = appendNormalised(b, f.Period)
	if f.Currency != "" {
		b = append(b, '|')
		b = append(b, f.Currency...)
	}
	x.buf = b
	return b
}

// appendNormalised appends report.Normalise(s) to b: s lower-cased, its
// runs of letters and digits one space apart.
func appendNormalised(b []byte, s string) []byte {
	words := 0
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				if !inWord && words > 0 {
					b = append(b, ' ')
				}
				if !inWord {
					words++
				}
				inWord = true
				b = append(b, c)
			} else {
				inWord = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		// strings.ToLower writes a byte that is not UTF-8 as U+FFFD,
		// which is neither letter nor digit.
		r = unicode.ToLower(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord && words > 0 {
				b = append(b, ' ')
			}
			if !inWord {
				words++
			}
			inWord = true
			b = utf8.AppendRune(b, r)
		} else {
			inWord = false
		}
	}
	return b
}
