package extract

import "strings"

// attributeQuotes finds who speaks each quotation of the article: the
// speaker named right after it closes (“…,” an official said), in the
// next sentence when that opens with the attribution (“…” Baloch said in
// the briefing), or before it opens (He said: “…”).
func (a *article) attributeQuotes(text string) {
	a.quotes = quoteSpans(text, a.toks)
	a.quoteWhom = make([]string, len(a.quotes))
	for q, span := range a.quotes {
		open, close := span[0], span[1]
		s := a.sentenceOfToken(close)
		if s < 0 {
			continue
		}
		if sp := a.speeches[s]; sp.Speaker != "" && sp.speakerToken > close {
			a.quoteWhom[q] = sp.Speaker
			continue
		} else if sp.AnyVerb > close {
			continue // "“…,” Smith said": a speaker named, but no actor's
		}
		if s+1 < len(a.sents) {
			sp := a.speeches[s+1]
			if sp.Speaker != "" && sp.speakerToken >= 0 && sp.speakerToken-a.sentToks[s+1][0] <= 3 {
				a.quoteWhom[q] = sp.Speaker
				continue
			}
		}
		if s0 := a.sentenceOfToken(open); s0 >= 0 {
			if sp := a.speeches[s0]; sp.Speaker != "" && sp.Verb >= 0 && sp.Verb < open {
				a.quoteWhom[q] = sp.Speaker
				continue
			}
		}
		if who := a.introduced(open); who != "" {
			a.quoteWhom[q] = who
			continue
		}
		a.quoteWhom[q] = a.continued(text, open)
	}
	a.addTurns(text)
}

// continued returns who speaks a quotation opening at token open that
// goes on from the sentence before it, which opens with a quotation and
// names its speaker (“…,” X said. “…”), in the same paragraph or in a
// paragraph of its own that names no speaker, or which reports its
// speaker's words in the same paragraph (X said that …. “…”), or "".
func (a *article) continued(text string, open int) string {
	s0 := a.sentenceOfToken(open)
	if s0 < 1 || open > a.sentToks[s0][0]+1 {
		return ""
	}
	prev := a.sentToks[s0-1]
	sp := a.speeches[s0-1]
	if sp.Speaker == "" {
		return ""
	}
	if !openingMarks.in(a.toks[prev[0]].wid) {
		// "X said that A. “B.”": a quotation that follows, in the same
		// paragraph, a sentence naming its speaker and names none of its own
		sameParagraph := !strings.Contains(text[a.toks[prev[1]-1].End:a.toks[open].Start], "\n\n")
		if sameParagraph && sp.speakerToken >= prev[0] && sp.Verb >= 0 && a.speeches[s0].AnyVerb < 0 {
			return sp.Speaker
		}
		return ""
	}
	if strings.Contains(text[a.toks[prev[1]-1].End:a.toks[open].Start], "\n\n") && a.speeches[s0].AnyVerb >= 0 {
		return "" // a new paragraph that names a speaker of its own
	}
	return sp.Speaker // "“…,” X said.\n\n“…”": a quotation paragraph with no attribution goes on
}

// introduced returns who speaks a quotation opening a sentence right after
// one that ends with a colon and names its speaker ("X told reporters:"
// then the quotation, in the same paragraph or the next), or "".
func (a *article) introduced(open int) string {
	s0 := a.sentenceOfToken(open)
	if s0 < 1 || open > a.sentToks[s0][0]+1 {
		return ""
	}
	prev := a.sentToks[s0-1]
	if prev[1] <= prev[0] || a.toks[prev[1]-1].Lower != ":" {
		return ""
	}
	if sp := a.speeches[s0-1]; sp.Speaker != "" && sp.Verb >= 0 {
		return sp.Speaker
	}
	return ""
}

// openingMarks open a quotation.
var openingMarks = wordSetOf("openingMarks")

// quoteSpeaker returns who speaks the quotation around token k, and
// whether k is quoted at all.
func (a *article) quoteSpeaker(k int) (string, bool) {
	for q, span := range a.quotes {
		if span[0] < k && k < span[1] {
			return a.quoteWhom[q], true
		}
		if span[0] > k {
			break
		}
	}
	return "", false
}

// sentenceOfToken returns the sentence holding token k, or -1.
func (a *article) sentenceOfToken(k int) int {
	lo, hi := 0, len(a.sentToks)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case k < a.sentToks[mid][0]:
			hi = mid
		case k >= a.sentToks[mid][1]:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}
