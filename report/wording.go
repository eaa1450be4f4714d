package report

import (
	"bytes"
	"encoding/binary"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SchemaVersion is the version of the model's JSON form that this build
// writes, in schema_version. docs/model.md lists what each version adds;
// docs/model.schema.json is its JSON Schema.
const SchemaVersion = "1.2"

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
			// The text first: a brief read from its JSON has none, and a
			// built one only its new articles' (the lookup is the cost).
			if s.Text == "" {
				continue
			}
			if _, ok := search[s.ID]; ok {
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
type quoteFolder struct {
	buf []byte // folded text
	low []byte // text with ASCII letters lower-cased (mayHold)
}

// fold returns QuoteKey(text), valid until the next call.
func (f *quoteFolder) fold(text string) []byte {
	f.buf, _ = f.appendFolded(f.buf[:0], text, false)
	return f.buf
}

// holds reports whether QuoteKey(text) contains key, folding text a chunk
// of about chunk bytes at a time and searching each chunk with the end of
// the one before.
//
// It first looks for the key's anchor (quoteAnchor) in text with ASCII
// letters lower-cased, which is much faster than folding: a text without
// it cannot hold the key.
func (f *quoteFolder) holds(text string, key []byte, chunk int) bool {
	if len(key) == 0 {
		return true
	}
	if anchor := quoteAnchor(key); len(anchor) > 0 && !f.mayHold(text, anchor, chunk) {
		return false
	}
	buf := f.buf[:0]
	var st foldState
	for len(text) > 0 {
		// Fold about chunk bytes of text (a rune is never cut: n ends
		// where a rune starts), then search what is folded.
		n := min(len(text), max(chunk, 1))
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		buf, st = f.appendFoldedFrom(buf, text[:n], st)
		text = text[n:]
		if len(buf) >= len(key) {
			if bytes.Contains(buf, key) {
				f.buf = buf
				return true
			}
			buf = buf[:copy(buf, buf[len(buf)-(len(key)-1):])]
		}
	}
	f.buf = buf
	return bytes.Contains(buf, key)
}

// quoteAnchor returns the longest run of key's bytes that only the same
// ASCII character, in either case, folds to: ASCII other than white
// space and quotes (a typographic quote folds to a plain one). Where
// QuoteKey(text) holds key, text holds its anchor, ASCII case aside,
// except that the Kelvin sign and the dotted capital I fold to k and i
// (mayHold sees to those).
func quoteAnchor(key []byte) []byte {
	var best []byte
	start := -1
	for i := 0; i <= len(key); i++ {
		pure := i < len(key) && key[i] < utf8.RuneSelf && key[i] != ' ' && key[i] != '\'' && key[i] != '"'
		switch {
		case pure && start < 0:
			start = i
		case !pure && start >= 0:
			if i-start > len(best) {
				best = key[start:i]
			}
			start = -1
		}
	}
	return best
}

// mayHold reports whether text, with its ASCII letters lower-cased, holds
// anchor (quoteAnchor of a key), or holds a rune that folds to an ASCII
// letter of anchor: whether QuoteKey(text) may hold the key. It lowers a
// chunk of about chunk bytes at a time.
func (f *quoteFolder) mayHold(text string, anchor []byte, chunk int) bool {
	if bytes.ContainsAny(anchor, "ik") && (strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a")) {
		return true
	}
	chunk = max(chunk, len(anchor))
	buf := f.low[:0]
	defer func() { f.low = buf[:0] }()
	for len(text) > 0 {
		n := min(len(text), chunk)
		buf = appendLowerASCII(buf, text[:n])
		text = text[n:]
		if bytes.Contains(buf, anchor) {
			return true
		}
		if len(buf) >= len(anchor) {
			buf = buf[:copy(buf, buf[len(buf)-(len(anchor)-1):])]
		}
	}
	return false
}

// appendLowerASCII appends s to b with its ASCII letters lower-cased and
// every other byte as it is, eight bytes at a time.
func appendLowerASCII(b []byte, s string) []byte {
	const ones = 0x0101010101010101
	at := len(b)
	b = slices.Grow(b, len(s))[:at+len(s)]
	out := b[at:]
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		h := x & (0x7f * ones)
		ge := h + (0x80-'A')*ones   // high bit set where h >= 'A'
		gt := h + (0x80-'Z'-1)*ones // high bit set where h > 'Z'
		upper := ge &^ gt &^ x & (0x80 * ones)
		binary.LittleEndian.PutUint64(out[i:], x|upper>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return b
}

// foldState is where folding stands between two pieces of a text: after
// white space, and after the first rune kept.
type foldState struct{ space, started bool }

// appendFolded appends text folded to buf.
func (f *quoteFolder) appendFolded(buf []byte, text string, _ bool) ([]byte, foldState) {
	return f.appendFoldedFrom(buf, text, foldState{})
}

// appendFoldedFrom appends text folded to buf, going on from st.
func (f *quoteFolder) appendFoldedFrom(buf []byte, text string, st foldState) ([]byte, foldState) {
	space, started := st.space, st.started
	for i := 0; i < len(text); {
		// A run of ASCII that folds to itself is copied whole.
		j := i
		for j < len(text) && foldClass[text[j]] == foldKeep {
			j++
		}
		if j > i {
			if space && started {
				buf = append(buf, ' ')
			}
			space, started = false, true
			buf = append(buf, text[i:j]...)
			i = j
			continue
		}
		c := text[i]
		switch foldClass[c] {
		case foldSpace:
			i++
			space = true
			continue
		case foldUpper:
			i++
			if space && started {
				buf = append(buf, ' ')
			}
			space, started = false, true
			buf = append(buf, c+'a'-'A')
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r = foldQuoteRune(r); unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && started {
			buf = append(buf, ' ')
		}
		space, started = false, true
		buf = utf8.AppendRune(buf, r)
	}
	return buf, foldState{space, started}
}

// How a byte folds: ASCII kept as it is, an upper-case ASCII letter,
// ASCII white space, or the start or middle of a longer rune.
const (
	foldKeep = iota
	foldUpper
	foldSpace
	foldRune
)

// foldClass is each byte's fold class.
var foldClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = foldRune
		case asciiSpace[c]:
			t[c] = foldSpace
		case 'A' <= c && c <= 'Z':
			t[c] = foldUpper
		}
	}
	return t
}()

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
