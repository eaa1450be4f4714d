package pdf

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"

	"brief/report"
)

// printer draws one brief. It keeps its own vertical position and breaks
// pages itself, so that headings stay with what follows them and tables
// repeat their header rows.
type printer struct {
	pdf      *fpdf.Fpdf
	b        *report.Brief
	sections []report.Section

	pageW, pageH             float64
	left, right, top, bottom float64 // margins, mm
	y                        float64 // where the next thing goes

	cur face // the face last set in the document
	// fontAdded holds the fonts (family+style) added to the document.
	fontAdded map[string]bool
	color     rgb // the text colour last set
	colorOK   bool

	notes      map[string]int // source id → endnote number
	links      map[string]int // source id → internal link (only with a sources section)
	stanceByID map[string]*report.Stance
	figureByID map[string]*report.Figure
	issues     map[string]string // issue id → label
	issueByID  map[string]report.Issue
	sourceByID map[string]*report.Source
	// cited holds the sources whose endnote numbers have been drawn;
	// refsCut is set once a list of references has been cut short.
	cited   map[string]bool
	refsCut bool
	dates   map[string]report.Date // model dates parsed (see date)

	onNewPage func() // redraws a table's header after a page break
}

// Margins in mm.
const (
	marginSide   = 20
	marginTop    = 24
	marginBottom = 22
)

func newPrinter(b *report.Brief) (*printer, error) {
	doc, err := newDocument(b.Meta.PageSize)
	if err != nil {
		return nil, err
	}
	p := &printer{pdf: doc, b: b, sections: b.Sections}
	p.pageW, p.pageH = doc.GetPageSize()
	p.left, p.right, p.top, p.bottom = marginSide, marginSide, marginTop, marginBottom
	if len(p.sections) == 0 {
		for _, k := range report.SectionKinds {
			p.sections = append(p.sections, report.Section{Kind: k, Title: defaultTitles[k]})
		}
	}
	p.index()
	p.metadata()
	return p, nil
}

var defaultTitles = map[report.SectionKind]string{
	report.SectionSummary:  "Key points",
	report.SectionStances:  "Positions of the parties",
	report.SectionTimeline: "Timeline",
	report.SectionFigures:  "Reported figures",
	report.SectionSources:  "Sources",
}

// index builds the lookups the sections use.
func (p *printer) index() {
	b := p.b
	p.notes = make(map[string]int, len(b.Sources))
	for i, s := range b.Sources {
		if _, dup := p.notes[s.ID]; !dup {
			p.notes[s.ID] = i + 1
		}
	}
	for _, s := range p.sections {
		if s.Kind == report.SectionSources {
			p.links = make(map[string]int, len(b.Sources))
			for _, src := range b.Sources {
				if _, dup := p.links[src.ID]; !dup {
					p.links[src.ID] = p.pdf.AddLink()
				}
			}
			break
		}
	}
	p.stanceByID = make(map[string]*report.Stance, len(b.Stances))
	for i := range b.Stances {
		p.stanceByID[b.Stances[i].ID] = &b.Stances[i]
	}
	p.figureByID = make(map[string]*report.Figure, len(b.Figures))
	for i := range b.Figures {
		p.figureByID[b.Figures[i].ID] = &b.Figures[i]
	}
	p.issues = make(map[string]string, len(b.Issues))
	p.issueByID = make(map[string]report.Issue, len(b.Issues))
	for _, is := range b.Issues {
		p.issues[is.ID] = is.Label
		p.issueByID[is.ID] = is
	}
	p.sourceByID = make(map[string]*report.Source, len(b.Sources))
	for i := range b.Sources {
		if _, dup := p.sourceByID[b.Sources[i].ID]; !dup {
			p.sourceByID[b.Sources[i].ID] = &b.Sources[i]
		}
	}
}

// width is the width of the text block.
func (p *printer) width() float64 { return p.pageW - p.left - p.right }

// limit is the lowest y body content may reach.
func (p *printer) limit() float64 { return p.pageH - p.bottom }

// newPage starts a page and lets a table repeat its header.
func (p *printer) newPage() {
	p.pdf.AddPage()
	p.y = p.top
	p.colorOK = false
	if p.onNewPage != nil {
		p.onNewPage()
	}
}

// need starts a new page unless h mm fit below the current position; it
// reports whether it did.
func (p *printer) need(h float64) bool {
	if p.y+h > p.limit() && p.y > p.top {
		p.newPage()
		return true
	}
	return false
}

func (p *printer) setFace(f face) {
	if f != p.cur {
		p.addFont(f)
		p.pdf.SetFont(f.family, f.style, f.size)
		p.cur = f
	}
}

// addFont adds f's font file to the document the first time a face of it
// is set. A family and style no font file has is left to fpdf, which
// reports it.
func (p *printer) addFont(f face) {
	if p.fontAdded == nil {
		p.fontAdded = map[string]bool{}
	}
	key := f.family + f.style
	if p.fontAdded[key] {
		return
	}
	p.fontAdded[key] = true
	for _, ff := range fontFiles {
		if ff.family == f.family && ff.style == f.style {
			p.pdf.AddUTF8FontFromBytes(ff.family, ff.style, ff.ttf)
			return
		}
	}
}

func (p *printer) setText(c rgb) {
	if !p.colorOK || c != p.color {
		p.pdf.SetTextColor(c.r, c.g, c.b)
		p.color, p.colorOK = c, true
	}
}

// drawLine draws a laid-out line with its top at y, aligned "L", "C" or
// "R" within width w.
func (p *printer) drawLine(x, y, lh float64, ln line, align string, w float64) {
	if align == "L" && rightToLeft(ln.toks) {
		align = "R" // a line of Arabic-script text reads from the right margin
	}
	switch align {
	case "R":
		x += w - ln.w
	case "C":
		x += (w - ln.w) / 2
	}
	for _, t := range visualOrder(ln.toks) {
		p.setFace(t.face)
		p.setText(t.color)
		if t.face.family == arabicFamily {
			p.drawArabic(x, y, lh, t)
			x += t.w
			continue
		}
		p.pdf.SetXY(x, y)
		p.pdf.CellFormat(t.w, lh, nbspToSpace(t.text), "", 0, "L", false, t.link, t.url)
		x += t.w
	}
}

// visualOrder returns a line's tokens in the order they are drawn, left
// to right. The paragraph reads left to right; a run of Arabic-script
// tokens, with the digits and punctuation between them (no left-to-right
// letter), reads right to left: its tokens are reversed, and so is the
// text of each Arabic-script token (see drawArabic). A token's trailing
// spaces move to its front, so the gaps stay between the words.
func visualOrder(toks []token) []token {
	rtl := func(t token) bool { return t.face.family == arabicFamily }
	weak := func(t token) bool { return !strings.ContainsFunc(t.text, strongLTR) }
	if rightToLeft(toks) {
		// A right-to-left line: every token, the endnote numbers and the
		// final full stop too, goes right to left.
		return reverseRun(toks)
	}
	out := make([]token, 0, len(toks))
	for i := 0; i < len(toks); {
		if !rtl(toks[i]) {
			out = append(out, toks[i])
			i++
			continue
		}
		end := i + 1 // the run is toks[i:end], ending on an Arabic token
		for j := i + 1; j < len(toks) && (rtl(toks[j]) || weak(toks[j])); j++ {
			if rtl(toks[j]) {
				end = j + 1
			}
		}
		out = append(out, reverseRun(toks[i:end])...)
		i = end
	}
	return out
}

// reverseRun returns a right-to-left run of tokens in drawing order. A
// token's trailing spaces move to its front, so the gaps stay between the
// words; the run's own trailing space stays after it, on the right.
func reverseRun(run []token) []token {
	out := make([]token, 0, len(run))
	last := run[len(run)-1].text
	after := last[len(strings.TrimRight(last, " ")):]
	for k := len(run) - 1; k >= 0; k-- {
		t := run[k]
		core := strings.TrimRight(t.text, " ")
		if t.face.family != arabicFamily {
			// Digits and punctuation inside a right-to-left run: brackets
			// turn round, numbers still read left to right.
			spaces := t.text[len(core):]
			lead := len(core) - len(strings.TrimLeft(core, " "))
			core = core[:lead] + weakRTL(core[lead:])
			t.text = core + spaces
		}
		if k < len(run)-1 {
			t.text = t.text[len(core):] + core
		} else {
			t.text = core
		}
		if k == 0 {
			t.text += after
		}
		t.w = textWidth(t.text, t.face)
		out = append(out, t)
	}
	return out
}

// rightToLeft reports whether a line reads right to left: it has
// Arabic-script text and no left-to-right letter.
func rightToLeft(toks []token) bool {
	arabic := false
	for _, t := range toks {
		if t.face.family == arabicFamily {
			arabic = true
		} else if strings.ContainsFunc(t.text, strongLTR) {
			return false
		}
	}
	return arabic
}

// drawArabic draws an Arabic-script token right to left, glyph by glyph,
// each in a marked-content span whose ActualText is the letter it shapes,
// so that text extraction gives back the source's characters.
func (p *printer) drawArabic(x, y, lh float64, t token) {
	lead := len(t.text) - len(strings.TrimLeft(t.text, " "))
	core := strings.TrimSpace(t.text)
	x += textWidth(t.text[:lead], t.face)
	var url string
	for _, r := range visualRTL(core) {
		w := textWidth(string(r), t.face)
		p.pdf.RawWriteStr("/Span <</ActualText <" + utf16Hex(actualText(r)) + ">>> BDC\n")
		p.pdf.SetXY(x, y)
		p.pdf.CellFormat(w, lh, string(r), "", 0, "L", false, t.link, url)
		p.pdf.RawWriteStr("EMC\n")
		x += w
	}
	if t.url != "" {
		p.pdf.LinkString(x-textWidth(core, t.face), y, textWidth(core, t.face), lh, t.url)
	}
}

// utf16Hex is s as a PDF text string in hex: UTF-16BE with a byte-order
// mark.
func utf16Hex(s string) string {
	var b strings.Builder
	b.WriteString("FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	return b.String()
}

// nbspToSpace draws a no-break space as a space: same width, and one
// glyph per character keeps the font subset reproducible.
func nbspToSpace(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

// paragraph lays out spans in a block at x of width w and draws it line by
// line, breaking pages as needed.
func (p *printer) paragraph(x, w, lh float64, spans []span) {
	for _, ln := range layout(spans, w) {
		p.need(lh)
		p.drawLine(x, p.y, lh, ln, "L", w)
		p.y += lh
	}
}

// refs returns the endnote references of citations as spans: "[3]",
// each linking to its endnote, in endnote order without repeats.
func (p *printer) refs(cites []report.Citation, f face) []span {
	ids := make([]string, 0, len(cites))
	for _, c := range cites {
		ids = append(ids, c.Source)
	}
	return p.refSpans(ids, f)
}

func (p *printer) refSpans(ids []string, f face) []span { return p.refList(ids, f, maxRefs) }

// refList is refSpans printing at most limit numbers, then how many
// more sources there are: "[3, 4, 9 and 212 more]".
func (p *printer) refList(ids []string, f face, limit int) []span {
	seen := make(map[string]bool, len(ids))
	var nums []int
	var unknown []string
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if n, ok := p.notes[id]; ok {
			nums = append(nums, n)
		} else {
			unknown = append(unknown, id)
		}
	}
	slices.Sort(nums)
	more := 0
	if len(nums) > limit {
		nums, more = nums[:limit], len(nums)-limit
		p.refsCut = true
	}
	if p.cited == nil {
		p.cited = make(map[string]bool)
	}
	var out []span
	for i, n := range nums {
		p.cited[p.b.Sources[n-1].ID] = true
		text := ""
		if i == 0 {
			text = "["
		}
		out = append(out, span{text: text + strconv.Itoa(n), face: f, color: colLink, link: p.links[p.b.Sources[n-1].ID]})
		if i < len(nums)-1 {
			out = append(out, span{text: ", ", face: f, color: colLink})
		}
	}
	for _, id := range unknown {
		out = append(out, span{text: " [" + id + "?]", face: f, color: colMuted})
	}
	if more > 0 {
		out = append(out, span{text: " and " + formatNumber(float64(more)) + " more", face: f, color: colMuted})
	}
	if len(nums) > 0 {
		out = append(out, span{text: "]", face: f, color: colLink})
	}
	return out
}
