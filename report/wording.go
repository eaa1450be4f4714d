package report

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SchemaVersion is the version of the model's JSON form that this build
// writes, in schema_version. docs/model.md lists what each version adds;
// docs/model.schema.json is its JSON Schema.
const SchemaVersion = "1.1"

// ClaimWording is how positions on a claim issue read: a claim is asserted
// or rejected, never backed, so Support reads "says so" and no reader
// takes an assertion that safe havens exist for backing safe havens.
var ClaimWording = map[Position]string{
	Support:     "says so",
	Oppose:      "says not",
	Deny:        "denies",
	Conditional: "says so, with caveats",
	Demand:      "demands it be addressed",
	Propose:     "suggests so",
}

// IssueByID returns the issue with the id, or one with only the id.
func IssueByID(issues []Issue, id string) Issue {
	for _, is := range issues {
		if is.ID == id {
			return is
		}
	}
	return Issue{ID: id}
}

// LegendKinds reports what a matrix's legend must explain for the issues
// it shows (ids, looked up in issues): the first that is a claim, whether
// there is one, and whether any is a course of action.
func LegendKinds(issues []Issue, ids []string) (firstClaim Issue, claim, action bool) {
	for _, id := range ids {
		if is := IssueByID(issues, id); is.Claim {
			if !claim {
				firstClaim = is
			}
			claim = true
		} else {
			action = true
		}
	}
	return firstClaim, claim, action
}

// PositionWord returns how a position on an issue reads, in lower case:
// the issue's own wording, else ClaimWording for a claim, else the
// position itself (Support as support).
func PositionWord(is Issue, position Position) string {
	if w := is.Wording[position]; w != "" {
		return w
	}
	if is.Claim {
		if w := ClaimWording[position]; w != "" {
			return w
		}
	}
	return string(position)
}

// SourceOutlet names a source's outlet: its outlet, else the host of its
// web address without "www.", else "".
func SourceOutlet(s Source) string {
	if s.Outlet != "" {
		return s.Outlet
	}
	if !WebAddress(s.URL) {
		return ""
	}
	u, err := url.Parse(s.URL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// QuoteKey folds a quote for comparison: white space runs become one
// space, typographic quotes and apostrophes become plain ones, and case
// is ignored, so that two sources printing the same sentence match.
func QuoteKey(q string) string {
	q = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(q)
	return strings.ToLower(strings.Join(strings.Fields(q), " "))
}

// QuoteSources splits the sources of citations into those that carry the
// quote (their citation's quote is the same sentence, or the source's
// text holds it) and the others, each once, in citation order. Each
// source's text is searched at most once, and without folding it whole
// (a 10 MB article's folded copy cost about 50 MB each time); quotes and
// texts are folded into one reused buffer.
func QuoteSources(cites []Citation, quote string, sources []Source) (same, others []string) {
	key := []byte(QuoteKey(quote))
	var f quoteFolder
	quotes := make([]bool, len(cites)) // the citation quotes the sentence
	// A source's text is searched when its first citation quotes another
	// sentence.
	var search map[string]string // source id → text
	first := map[string]bool{}
	for i, c := range cites {
		quotes[i] = bytes.Equal(f.fold(c.Quote), key)
		if !first[c.Source] {
			first[c.Source] = true
			if !quotes[i] {
				if search == nil {
					search = map[string]string{}
				}
				search[c.Source] = ""
			}
		}
	}
	holds := map[string]bool{}
	if len(search) > 0 {
		for _, s := range sources {
			if _, ok := search[s.ID]; ok && s.Text != "" {
				search[s.ID] = s.Text
			}
		}
		for id, text := range search {
			holds[id] = text != "" && f.holds(text, key, foldChunk)
		}
	}
	seen := map[string]bool{}
	for i, c := range cites {
		if !seen[c.Source] && (quotes[i] || holds[c.Source]) {
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

// foldChunk is how many folded bytes holdsQuoteKey gathers before it
// searches them.
const foldChunk = 64 << 10

// holdsQuoteKey reports whether QuoteKey(text) contains key, a QuoteKey,
// without building QuoteKey(text) (quoteFolder.holds).
func holdsQuoteKey(text, key string, chunk int) bool {
	var f quoteFolder
	return f.holds(text, []byte(key), chunk)
}

// quoteFolder folds texts as QuoteKey does (white space runs as one
// space, none at either end; typographic quotes as plain ones; lower
// case; a byte that is not UTF-8 as U+FFFD, as strings.ToLower writes
// it) into a buffer it reuses.
type quoteFolder struct{ buf []byte }

// fold returns QuoteKey(text), valid until the next call.
func (f *quoteFolder) fold(text string) []byte {
	f.buf = f.buf[:0]
	f.each(text, func() bool { return true })
	return f.buf
}

// holds reports whether QuoteKey(text) contains key, folding text a chunk
// of about chunk bytes at a time and searching each chunk with the end of
// the one before.
func (f *quoteFolder) holds(text string, key []byte, chunk int) bool {
	if len(key) == 0 {
		return true
	}
	f.buf = f.buf[:0]
	found := false
	f.each(text, func() bool {
		if len(f.buf) >= chunk && len(f.buf) >= len(key) {
			if bytes.Contains(f.buf, key) {
				found = true
				return false
			}
			f.buf = f.buf[:copy(f.buf, f.buf[len(f.buf)-(len(key)-1):])]
		}
		return true
	})
	return found || bytes.Contains(f.buf, key)
}

// each folds text onto f.buf, calling more after each rune it appends
// until more returns false.
func (f *quoteFolder) each(text string, more func() bool) {
	buf := f.buf
	space, started := false, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r < utf8.RuneSelf {
			if asciiSpace[r] {
				space = true
				continue
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if r = foldQuoteRune(r); unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && started {
			buf = append(buf, ' ')
		}
		space, started = false, true
		if r < utf8.RuneSelf {
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		f.buf = buf
		if !more() {
			return
		}
		buf = f.buf
	}
	f.buf = buf
}

// asciiSpace marks the ASCII white space of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// foldQuoteRune folds a non-ASCII rune as QuoteKey does: typographic
// quotes become plain ones, and case is ignored.
func foldQuoteRune(r rune) rune {
	switch r {
	case '‘', '’':
		return '\''
	case '“', '”':
		return '"'
	}
	return unicode.ToLower(r)
}

// FigureLine is a figure in a few words, with who reported it: "46
// killed (Taliban spokesman)", "USD 10 million (World Bank)".
func FigureLine(f Figure) string {
	s := FormatValue(f)
	switch f.What {
	case Money, MoneyUSD, MoneyPKR:
	case People, OtherFigure, "":
		if f.Who != "" {
			s += " " + f.Who
		}
	case Killed, Injured, Attacks, Fighters, Displaced, Arrested, Abducted, Released, Troops:
		s += " " + string(f.What)
	default: // a kind outside the vocabulary, in a model another tool wrote
		s += " " + string(f.What)
	}
	if f.Period != "" {
		s += " " + f.Period
	}
	if f.AttributedTo != "" {
		s += " (" + f.AttributedTo + ")"
	}
	return s
}

// FormatValue renders a figure's value with its qualifier and unit:
// "nearly 2,000", "8,000–12,000", "$10 million".
func FormatValue(f Figure) string {
	v := formatNumber(f.Low, f.What)
	if f.High != f.Low {
		v += "–" + formatNumber(f.High, f.What)
	}
	if f.What == Money && f.Currency != "" {
		v = f.Currency + " " + v
	}
	if f.Qualifier != "" {
		v = f.Qualifier + " " + v
	}
	return v
}

func formatNumber(n float64, what FigureKind) string {
	var s string
	switch {
	case n >= 1e9 && n == float64(int64(n/1e8))*1e8:
		s = strconv.FormatFloat(n/1e9, 'f', -1, 64) + " billion"
	case n >= 1e6 && n == float64(int64(n/1e5))*1e5:
		s = strconv.FormatFloat(n/1e6, 'f', -1, 64) + " million"
	default:
		s = thousands(n)
	}
	switch what {
	case MoneyUSD:
		return "$" + s
	case MoneyPKR:
		return "Rs " + s
	}
	return s
}

// thousands writes n with comma separators and no needless decimals.
func thousands(n float64) string {
	s := strconv.FormatFloat(n, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var out []byte
	for i := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, intPart[i])
	}
	r := string(out)
	if frac != "" {
		r += "." + frac
	}
	if neg {
		r = "-" + r
	}
	return r
}

// IssueLabel returns an issue's display label, or its id when it has none.
func IssueLabel(issues []Issue, id string) string {
	for _, is := range issues {
		if is.ID == id && is.Label != "" {
			return is.Label
		}
	}
	return id
}
