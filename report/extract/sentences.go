package extract

// Sentence is one sentence of an article, with its byte offsets in the
// article's text so that a quote is always verbatim.
type Sentence struct {
	Text       string
	Start, End int // Text == article[Start:End]
	Index      int // position among the article's sentences, from 0
}

// splitSentences cuts an article into sentences.
// TODO(stances helper): replace with a segmenter that survives "Gen.",
// "U.S.", "No.", "Nov. 28", quotations and bullet lists.
func splitSentences(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e, Index: len(out)})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			if i+1 < len(text) && text[i+1] == '\n' {
				emit(i)
			}
		case '.', '?', '!':
			if i+1 == len(text) || isSpace(text[i+1]) {
				emit(i + 1)
			}
		}
	}
	emit(len(text))
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
