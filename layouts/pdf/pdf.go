package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"brief/report"
)

// Write renders b as a PDF to w. The same model always gives the same
// bytes: the document's dates come from b.Meta.Generated.
func Write(w io.Writer, b *report.Brief) (err error) {
	if err := loadMetrics(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: rendering failed (a bug in the renderer, please report it): %v", r)
		}
	}()
	p, err := newPrinter(b)
	if err != nil {
		return err
	}
	if err := p.render(); err != nil {
		return err
	}
	// fpdf writes the pages uncompressed; compressPages compresses them
	// as fpdf would, faster.
	out := &pageCompressor{w: w, pages: p.pdf.PageCount()}
	if err := p.pdf.Output(out); err != nil {
		return fmt.Errorf("pdf: writing the document: %w", err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("pdf: writing the document: %w", err)
	}
	return nil
}

// pageCompressor takes the document fpdf writes, uncompressed, and
// writes it to w with its pages compressed (see compressPages). fpdf
// writes the whole document in one Write, from its own buffer, which is
// then compressed where it lies; a document written in pieces is
// gathered first.
type pageCompressor struct {
	w       io.Writer
	pages   int // the document's pages
	pending []byte
	done    bool
}

func (c *pageCompressor) Write(p []byte) (int, error) {
	if c.done {
		return 0, errors.New("written after the end of the document")
	}
	if c.pending == nil && bytes.HasPrefix(p, []byte("%PDF-")) && bytes.HasSuffix(p, []byte("%%EOF\n")) {
		c.done = true
		return len(p), compressPages(c.w, p, c.pages)
	}
	c.pending = append(c.pending, p...)
	return len(p), nil
}

// Close writes a document that came in pieces.
func (c *pageCompressor) Close() error {
	if c.done {
		return nil
	}
	c.done = true
	return compressPages(c.w, c.pending, c.pages)
}

// render draws the title block and every section in the configured
// order, checking fpdf's error state after each, then the page furniture.
func (p *printer) render() error {
	p.newPage()
	p.titleBlock()
	if err := p.check("the title block"); err != nil {
		return err
	}
	for i, s := range p.sections {
		p.section(i+1, s)
		if err := p.check(fmt.Sprintf("section %d %q", i+1, s.Title)); err != nil {
			return err
		}
	}
	p.furnish()
	return p.check("the page headers and footers")
}

func (p *printer) check(what string) error {
	if p.pdf.Err() {
		return fmt.Errorf("pdf: drawing %s: %w", what, p.pdf.Error())
	}
	return nil
}

// section draws one configured section.
func (p *printer) section(n int, s report.Section) {
	p.heading(n, s.Title, keepWithHeading(s))
	switch s.Kind {
	case report.SectionSummary:
		p.summary()
	case report.SectionStances:
		p.stances(s)
	case report.SectionTimeline:
		p.timeline(s)
	case report.SectionFigures:
		p.figures(s)
	case report.SectionSources:
		p.endnotes(n - 1)
	default:
		p.paragraph(p.left, p.width(), lineHeight(fBody),
			plain(fmt.Sprintf("This version of brief cannot draw a section of kind %q.", s.Kind), fBody, colMuted))
	}
}

// keepWithHeading is how much of a section, in mm, must fit on the page
// below its heading, so that a heading never ends a page alone.
func keepWithHeading(s report.Section) float64 {
	switch s.Kind {
	case report.SectionSummary:
		return 32
	case report.SectionStances:
		return 50
	case report.SectionTimeline, report.SectionFigures:
		if s.Chart {
			return 45
		}
		return 22
	case report.SectionSources:
		return 30 // a note on which sources are listed, and the first
	}
	return 16
}

// documentDate is the date written into the document's metadata: when the
// brief was generated, or the Unix epoch if the model does not say, so
// that the output stays reproducible.
func documentDate(m report.Meta) time.Time {
	if t, err := time.Parse(time.RFC3339, m.Generated); err == nil {
		return t.UTC()
	}
	return time.Unix(0, 0).UTC()
}

// metadata sets the document information dictionary.
func (p *printer) metadata() {
	m := p.b.Meta
	title := viewerText(m.Title)
	if title == "" {
		title = report.DefaultTitle
	}
	p.pdf.SetTitle(title, true)
	if m.Organisation != "" {
		p.pdf.SetAuthor(viewerText(m.Organisation), true)
	}
	subject := "Analytic brief"
	if label := report.DescribePeriod(m.Period); label != "" {
		subject += ", " + label
	}
	p.pdf.SetSubject(viewerText(subject), true)
	var kw []string
	for _, a := range p.b.Actors {
		kw = append(kw, a.Name)
	}
	for _, is := range p.b.Issues {
		kw = append(kw, is.Label)
	}
	if len(kw) > 0 {
		p.pdf.SetKeywords(viewerText(strings.Join(kw, ", ")), true)
	}
	p.pdf.SetCreator("brief", true)
	p.pdf.SetProducer("brief (go-pdf/fpdf)", true)
	d := documentDate(m)
	p.pdf.SetCreationDate(d)
	p.pdf.SetModificationDate(d)
}

// newDocument creates the fpdf document with fonts, page size and
// reproducible settings.
func newDocument(pageSize string) (*fpdf.Fpdf, error) {
	size := "A4"
	switch strings.ToLower(pageSize) {
	case "", "a4":
	case "letter":
		size = "Letter"
	default:
		return nil, fmt.Errorf("pdf: page size %q: want A4 or Letter", pageSize)
	}
	// The fonts are added as they are first used (see printer.setFace):
	// fpdf parses a font when it is added and embeds every font added.
	doc := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: size})
	doc.SetCompression(false) // Write compresses the pages (see compressPages)
	doc.SetCatalogSort(true)
	doc.SetAutoPageBreak(false, 0)
	doc.SetCellMargin(0)
	doc.SetDisplayMode("fullwidth", "single")
	doc.SetLang("en")
	if doc.Err() {
		return nil, fmt.Errorf("pdf: setting up the document: %w", doc.Error())
	}
	return doc, nil
}
