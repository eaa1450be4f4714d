package pdf

import (
	"strings"
	"unicode"
)

// A span is a run of text in one face and colour, optionally a link to an
// endnote (link) or to an address (url).
type span struct {
	text  string
	face  face
	color rgb
	link  int
	url   string
	br    bool // start a new line before this span
}

// A token is a measured piece of a laid-out line.
type token struct {
	span
	w float64
}

// A line is laid-out text no wider than the width it was laid out for.
type line struct {
	toks []token
	w    float64
}

// atom is an unbreakable piece of one span; space says white space came
// before it, so a line may break there.
type atom struct {
	sp    *span
	text  string
	space bool
	br    bool
}

// layout breaks spans into lines of at most width mm. Lines break at
// spaces; a word wider than the line (a long address) breaks anywhere.
func layout(spans []span, width float64) []line {
	var lines []line
	var cur line
	flush := func() {
		if len(cur.toks) > 0 {
			last := &cur.toks[len(cur.toks)-1]
			if t := strings.TrimRight(last.text, " "); t != last.text {
				cur.w -= last.w - textWidth(t, last.face)
				last.w = textWidth(t, last.face)
				last.text = t
			}
			lines = append(lines, cur)
		}
		cur = line{}
	}
	add := func(sp *span, text string) {
		w := textWidth(text, sp.face)
		if n := len(cur.toks); n > 0 && cur.toks[n-1].span.sameStyle(sp) {
			cur.toks[n-1].text += text
			cur.toks[n-1].w += w
		} else {
			t := token{span: *sp, w: w}
			t.text = text
			cur.toks = append(cur.toks, t)
		}
		cur.w += w
	}
	atoms := split(spans)
	for i := 0; i < len(atoms); {
		// A group is atoms joined without white space: "[3][4]", "word," …
		j := i + 1
		for j < len(atoms) && !atoms[j].space && !atoms[j].br {
			j++
		}
		group := atoms[i:j]
		i = j
		gw := 0.0
		for _, a := range group {
			gw += textWidth(a.text, a.sp.face)
		}
		if group[0].br {
			flush()
		}
		sw := 0.0
		if group[0].space && len(cur.toks) > 0 {
			sw = textWidth(" ", group[0].sp.face)
		}
		if len(cur.toks) > 0 && cur.w+sw+gw > width {
			flush()
			sw = 0
		}
		if sw > 0 {
			last := &cur.toks[len(cur.toks)-1]
			last.text += " "
			last.w += textWidth(" ", last.face)
			cur.w += textWidth(" ", last.face)
		}
		if cur.w+gw <= width || len(cur.toks) > 0 {
			for _, a := range group {
				add(a.sp, a.text)
			}
			continue
		}
		// Wider than a whole line (an address): break after a slash,
		// hyphen or other separator where one is near, else anywhere.
		for _, a := range group {
			start, soft := 0, -1
			w := 0.0
			for k, r := range a.text {
				rw := textWidth(string(r), a.sp.face)
				if cur.w+w+rw > width && (k > start || len(cur.toks) > 0) {
					cut := k
					if soft > start && textWidth(a.text[start:soft], a.sp.face) > (width-cur.w)*0.6 {
						cut = soft
					}
					add(a.sp, a.text[start:cut])
					flush()
					start, w = cut, textWidth(a.text[cut:k], a.sp.face)
				}
				w += rw
				if strings.ContainsRune("/-_?&=.,;", r) {
					soft = k + len(string(r))
				}
			}
			add(a.sp, a.text[start:])
		}
	}
	flush()
	return lines
}

// split cleans the spans' text and cuts it into atoms at spaces.
func split(spans []span) []atom {
	var atoms []atom
	pending := false
	for i := range spans {
		sp := &spans[i]
		raw := sp.text
		if raw != "" && (raw[0] == ' ' || raw[0] == '\n' || raw[0] == '\t') {
			pending = true
		}
		text := clean(raw)
		br := sp.br
		var arabic *span // the span's Arabic-script runs, in the Arabic face
		first := true
		for word := range strings.SplitSeq(text, " ") {
			space := pending || !first
			first = false
			if word == "" {
				continue
			}
			if !strings.ContainsFunc(word, isArabicScript) {
				atoms = append(atoms, atom{sp: sp, text: word, space: space, br: br})
				br, pending = false, false
				continue
			}
			for _, seg := range scriptSegments(word) {
				a := atom{sp: sp, text: seg, space: space, br: br}
				if strings.ContainsFunc(seg, isArabicScript) {
					if arabic == nil {
						arabic = new(span)
						*arabic = *sp
						arabic.face = arabicFace(sp.face)
					}
					a.sp, a.text = arabic, shapeArabic(seg)
				}
				atoms = append(atoms, a)
				space, br = false, false
			}
			pending = false
		}
		if n := len(raw); n > 0 && (raw[n-1] == ' ' || raw[n-1] == '\n' || raw[n-1] == '\t') {
			pending = true
		}
	}
	return atoms
}

func (s *span) sameStyle(o *span) bool {
	return s.face == o.face && s.color == o.color && s.link == o.link && s.url == o.url
}

// plain is a one-span helper.
func plain(text string, f face, c rgb) []span { return []span{{text: text, face: f, color: c}} }

// scriptSegments cuts a word where it changes between Arabic script and
// any other, so that each part is drawn in a face that has its glyphs:
// "(طالبان)" gives "(", "طالبان", ")". A word of one script is one
// segment.
func scriptSegments(word string) []string {
	if !strings.ContainsFunc(word, isArabicScript) {
		return []string{word}
	}
	var segs []string
	start, inArabic := 0, false
	for i, r := range word {
		// Marks and joiners go with the run they are in.
		ar := isArabicScript(r) || (inArabic && (unicode.Is(unicode.Mn, r) || r == '\u200c'))
		if i > start && ar != inArabic {
			segs = append(segs, word[start:i])
			start = i
		}
		inArabic = ar
	}
	return append(segs, word[start:])
}
