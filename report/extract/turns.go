package extract

import "sort"

// Transcripts: a briefing or an interview gives each turn as a paragraph
// that opens with its speaker's label ("**Lin Jian:** We hope …",
// "Q: …"). The whole turn is that speaker's, as a quotation would be: "we"
// in it is the speaker, and a turn whose label names no actor (a
// reporter's question) is spoken by no party.

// maxLabel is the most tokens a turn's label may have, markup included.
const maxLabel = 8

// addTurns adds each labelled turn of a transcript to the article's
// quotations, with the actor its label names as the speaker, keeping
// the quotations in order of their opening token.
func (a *article) addTurns(text string) {
	type turn struct {
		span [2]int
		who  string
	}
	var turns []turn
	for k := 0; k < len(a.toks); k++ {
		if !paragraphStart(text, a.toks[k].Start) {
			continue
		}
		colon, who, ok := a.label(k)
		if !ok {
			continue
		}
		end := colon + 1 // the turn runs to the next turn's label: a spokesperson's statement takes paragraphs
		for end < len(a.toks) && !(paragraphStart(text, a.toks[end].Start) && a.labelled(end)) {
			end++
		}
		turns = append(turns, turn{[2]int{colon, end}, who})
		k = end - 1
	}
	if len(turns) < 2 {
		return // one "Note:" or "Update:" line is no transcript
	}
	for _, t := range turns {
		a.quotes = append(a.quotes, t.span)
		a.quoteWhom = append(a.quoteWhom, t.who)
	}
	idx := make([]int, len(a.quotes))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return a.quotes[idx[i]][0] < a.quotes[idx[j]][0] })
	qs, ws := make([][2]int, len(idx)), make([]string, len(idx))
	for i, j := range idx {
		qs[i], ws[i] = a.quotes[j], a.quoteWhom[j]
	}
	a.quotes, a.quoteWhom = qs, ws
}

// label reads a turn's label from token k: markup, a few capitalised
// words and a colon. It returns the colon's token and the actor the label
// names: in an actor's own transcript a title that names no actor is the
// actor's official ("MR PRICE:"); else "" for a reporter or an outlet.
func (a *article) label(k int) (int, string, bool) {
	words := 0
	for j := k; j < len(a.toks) && j < k+maxLabel; j++ {
		t := a.toks[j]
		switch {
		case t.Lower == ":":
			if words == 0 {
				return 0, "", false
			}
			who := ""
			if m, ok := mentionWithin(a.mentions, k, j); ok {
				who = m.Actor
			} else if a.officialLabel(k, j) {
				who = a.voice // "MR PRICE:" in the Department's own transcript: its spokesman
			}
			return j, who, true
		case t.Word && (t.Title || t.Caps):
			words++
		case t.Lower == "*" || t.Lower == "**":
		default:
			return 0, "", false
		}
	}
	return 0, "", false
}

// officialLabel reports whether the label in tokens [k, j) names an
// official by a title ("MR PRICE:", "SECRETARY BLINKEN:"), not a
// reporter ("QUESTION:") or an outlet ("Reuters:").
func (a *article) officialLabel(k, j int) bool {
	for k < j && !a.toks[k].Word {
		k++ // markup: "**MR PRICE:**"
	}
	if k >= j || !honorifics.in(a.toks[k].wid) {
		return false
	}
	for ; k < j; k++ {
		if interviewerLabels.in(a.toks[k].wid) {
			return false
		}
	}
	return true
}

// labelled reports whether a turn's label opens at token k.
func (a *article) labelled(k int) bool {
	_, _, ok := a.label(k)
	return ok
}

// paragraphStart reports whether the byte offset at opens a paragraph.
func paragraphStart(text string, at int) bool {
	i := at - 1
	for i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] == '*') {
		i--
	}
	return i < 0 || text[i] == '\n'
}
