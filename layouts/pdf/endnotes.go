package pdf

import (
	"strconv"
	"strings"

	"brief/report"
)

// endnotes draws the numbered sources: outlet, title, publication date,
// address (a link) and reliability grade. Each entry is the target of the
// endnote numbers in the text. Section i, when there are more sources
// than it may list, lists those the text cites, under the same numbers,
// and says where the others are.
func (p *printer) endnotes(i int) {
	if len(p.b.Sources) == 0 {
		p.paragraph(p.left, p.width(), lineHeight(fBody), plain("No sources were read for this period.", fBody, colMuted))
		return
	}
	list := make([]int, len(p.b.Sources))
	for i := range list {
		list[i] = i
	}
	if p.citedOnly(i) {
		if cited := p.listedSources(); len(cited) < len(list) {
			list = cited
		}
	}
	note := ""
	if len(list) < len(p.b.Sources) {
		note = formatNumber(float64(len(list))) + " of the " + count(len(p.b.Sources), "source", "sources") +
			" read: those this brief cites and any story they copy, under the numbers the workbook gives them. "
	}
	if p.refsCut {
		note += refsNote()
	}
	if note != "" {
		p.capNote(strings.TrimSpace(note))
	}
	numW := 10.0
	if len(p.b.Sources) >= 10000 {
		numW = 12
	}
	lh := lineHeight(fSmall)
	for _, i := range list {
		s := &p.b.Sources[i]
		n := i + 1
		sp := p.endnoteSpans(s)
		lines := layout(sp, p.width()-numW)
		p.need(lh * float64(min(len(lines), 8))) // an entry breaks only if very long
		if link, ok := p.links[s.ID]; ok && p.notes[s.ID] == n {
			p.pdf.SetLink(link, p.y, p.pdf.PageNo())
		}
		p.line1(p.left, p.y, numW-2, strconv.Itoa(n)+".", fSmallB, colAccent, "R")
		for _, ln := range lines {
			p.need(lh)
			p.drawLine(p.left+numW, p.y, lh, ln, "L", p.width()-numW)
			p.y += lh
		}
		p.y += 1.6
	}
	if more := len(p.b.Sources) - len(list); more > 0 {
		p.moreLine(more, "source", "sources", sheetSources)
	}
}

func (p *printer) endnoteSpans(s *report.Source) []span {
	var sp []span
	if o := report.SourceOutlet(*s); o != "" {
		sp = append(sp, span{text: o + ". ", face: fSmallB, color: colInk})
	}
	title := s.Title
	if title == "" {
		title = "(untitled)"
	}
	sp = append(sp, span{text: "“" + title + "”. ", face: fSmall, color: colInk})
	if s.Published != "" {
		sp = append(sp, span{text: report.FormatDate(s.Published, "") + ". ", face: fSmall, color: colInk})
	} else {
		sp = append(sp, span{text: "Undated. ", face: fSmallI, color: colMuted})
	}
	grade := "Reliability not graded."
	if l, ok := reliabilityLabels[s.Reliability]; ok {
		grade = "Reliability " + s.Reliability + " (" + l + ")."
	} else if s.Reliability != "" {
		grade = "Reliability " + s.Reliability + "."
	}
	sp = append(sp, span{text: grade + " ", face: fSmall, color: colMuted})
	if s.SyndicatedFrom != "" {
		if m, ok := p.notes[s.SyndicatedFrom]; ok {
			sp = append(sp, span{text: "Copies ", face: fSmallI, color: colMuted})
			sp = append(sp, p.refSpans([]string{s.SyndicatedFrom}, fSmall)...)
			sp = append(sp, span{text: " (note " + strconv.Itoa(m) + "); not independent confirmation. ", face: fSmallI, color: colMuted})
		}
	}
	switch {
	case report.WebAddress(s.URL):
		sp = append(sp, span{text: s.URL, face: fSmall, color: colLink, url: s.URL, br: true})
	case s.URL != "":
		sp = append(sp, span{text: s.URL, face: fSmall, color: colMuted, br: true}) // not a web address: no link
	}
	if s.Notes != "" {
		sp = append(sp, span{text: s.Notes, face: fSmallI, color: colMuted, br: true})
	}
	return sp
}
