package xlsx

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// Sheet names. ReadReview finds the fact sheets by these names.
const (
	SheetAbout    = "About"
	SheetStances  = "Stances"
	SheetTimeline = "Timeline"
	SheetFigures  = "Figures"
	SheetSources  = "Sources"
	SheetEvidence = "Evidence"
	SheetRejected = "Rejected"
	SheetLeads    = "Leads"
)

// FactSheets are the sheets with a Review column, one row per fact (on
// Leads, one per lead, whose Position column is its correction).
var FactSheets = []string{SheetStances, SheetTimeline, SheetFigures, SheetRejected, SheetLeads}

// workbook is the state of one Write.
type workbook struct {
	f            *excelize.File
	b            *report.Brief
	st           *styles
	sources      map[string]*sourceInfo    // source id → what the sheets show of it
	notesCalls   int                       // calls of notes so far
	parts        map[string]int            // sheet → how many sheets its table takes (see partCount)
	opened       int                       // how many sheets the table being written has begun
	issueLabels  map[string]string         // issue id → label
	figureByID   map[string]*report.Figure // the first figure of each id, made when first needed
	links        [][]link                  // internal hyperlinks, by placeholder number
	external     [][]link                  // links to addresses, by placeholder number
	rows         rowWriter                 // the table sheets' data rows
	rowBlocks    []*rowBlock               // each table sheet's data rows, by marker number
	linksDropped map[string]int
	dates        map[string]parsedDate // report.ParseDate's answers, by text
}

// keyArena returns the n strings key(i) copied one after another into
// one string: as the keys of a map of thousands, looked up once a row,
// they are compared with the id looked up in a few cache lines instead of
// as many places in the model, which cost a miss each.
func keyArena(n int, key func(i int) string) []string {
	size := 0
	for i := range n {
		size += len(key(i))
	}
	var all strings.Builder
	all.Grow(size)
	for i := range n {
		all.WriteString(key(i))
	}
	keys, s := make([]string, n), all.String()
	for i := range n {
		k := len(key(i))
		keys[i], s = s[:k], s[k:]
	}
	return keys
}

// sourceInfo is what the sheets show of a source, found with one lookup
// of its id however many cells of a row name it (a map lookup of a
// source id, in a map of thousands, is a cache miss or two: the rows
// made one per citation, several per row).
type sourceInfo struct {
	index int     // its first place in the model
	link  string  // its place, "Sources!B5"
	note  rowCell // its endnote number in the PDF (see noteCell)
	// source is its id as a cell, the text of the link to its row.
	source string
	// outlet and published are those of the last source of the id.
	outlet    string
	published string
	// The Evidence sheet's cells of the source, made when first needed.
	evidence *sourceCells
	seen     int // the last call of notes that saw it
}

// sourceCells are the cells of a source that are the same on every
// Evidence row that cites it.
type sourceCells struct{ outlet, date, precision rowCell }

// parsedDate is what report.ParseDate made of a date's text.
type parsedDate struct {
	d   report.Date
	err error
}

// Write renders b as an .xlsx workbook to w. b is read, never changed.
func Write(w io.Writer, b *report.Brief) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	wb := &workbook{f: f, b: b, st: st, sources: make(map[string]*sourceInfo, len(b.Sources)), linksDropped: map[string]int{}}
	defer wb.rows.abandon()
	infos := make([]sourceInfo, len(b.Sources))
	ids := keyArena(len(b.Sources), func(i int) string { return b.Sources[i].ID })
	for i, s := range b.Sources {
		info := wb.sources[s.ID]
		if info == nil {
			part, row := placeOf(1, i)
			info = &infos[i]
			// The PDF numbers its endnotes the same way: a source's
			// number is its place in the model.
			*info = sourceInfo{index: i, link: sheetRef(partName(SheetSources, part)) + "!B" + strconv.Itoa(row),
				note: intOf(st.integer, i+1), source: cellText(s.ID)}
			wb.sources[ids[i]] = info
		}
		info.outlet, info.published = report.SourceOutlet(s), s.Published
	}
	wb.issueLabels = map[string]string{}
	for _, i := range b.Issues {
		wb.issueLabels[i.ID] = i.Label
	}
	order := sheetOrder(b.Sections, len(b.Rejected) > 0, len(b.Leads) > 0)
	if err := f.SetSheetName("Sheet1", SheetAbout); err != nil {
		return fmt.Errorf("workbook: %w", err)
	}
	// A table longer than a sheet allows continues on sheets made now,
	// each after the one before, so that they keep their order.
	wb.parts = wb.sheetParts()
	for _, name := range order[1:] {
		for part := range wb.parts[name] {
			if _, err := f.NewSheet(partName(name, part)); err != nil {
				return fmt.Errorf("workbook: sheet %s: %w", partName(name, part), err)
			}
		}
	}
	writers := map[string]func() error{
		SheetStances: wb.writeStances, SheetTimeline: wb.writeTimeline, SheetFigures: wb.writeFigures,
		SheetSources: wb.writeSources, SheetEvidence: wb.writeEvidence, SheetRejected: wb.writeRejected,
		SheetLeads: wb.writeLeads,
	}
	for _, name := range order[1:] {
		if err := writers[name](); err != nil {
			return fmt.Errorf("workbook: %w", err)
		}
		if wb.opened != wb.parts[name] {
			return fmt.Errorf("workbook: sheet %s: its table took %d sheets, not the %d made for it", name, wb.opened, wb.parts[name])
		}
		wb.opened = 0
	}
	// About comes last: it reports what the other sheets dropped.
	if err := wb.writeAbout(); err != nil {
		return fmt.Errorf("workbook: %w", err)
	}
	generated := generatedTime(b.Meta.Generated)
	if err := wb.setDocProps(generated); err != nil {
		return fmt.Errorf("workbook: %w", err)
	}
	// The zip goes straight to w: excelize's own destination, a
	// bytes.Buffer it copies to w afterwards, stays empty (WriteToBuffer
	// adds nothing to it but zip64 fixes, for entries over 4 GiB).
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		return newOrderedZip(w, generated, wb.links, wb.external, wb.rowBlocks)
	})
	if err := f.Write(w); err != nil {
		return fmt.Errorf("workbook: writing: %w", err)
	}
	return nil
}

// sheetParts returns, for each table sheet, how many sheets its table
// takes: its rows and header row as its writer lays them out.
func (wb *workbook) sheetParts() map[string]int {
	b := wb.b
	citations := 0 // as wb.citations lists them
	for _, s := range b.Stances {
		citations += len(s.Citations)
	}
	for _, e := range b.Events {
		citations += len(e.Citations)
	}
	for _, f := range b.Figures {
		citations += len(f.Citations)
	}
	return map[string]int{
		SheetStances:  partCount(wb.stancesHeaderRow(), len(b.Stances)),
		SheetTimeline: partCount(1, len(b.Events)),
		SheetFigures:  partCount(1, len(b.Figures)),
		SheetSources:  partCount(1, len(b.Sources)),
		SheetEvidence: partCount(1, citations),
		SheetRejected: partCount(1, len(b.Rejected)),
		SheetLeads:    partCount(leadsHeaderRow, len(b.Leads)),
	}
}

// sheetOrder lists the sheets: About first, then the sheets of the
// configured sections in their order (Leads, when there are leads, right
// after Stances), then the others, then Rejected when there are rejected
// facts, Evidence last.
func sheetOrder(sections []report.Section, rejected, leads bool) []string {
	bySection := map[report.SectionKind]string{
		report.SectionStances: SheetStances, report.SectionTimeline: SheetTimeline,
		report.SectionFigures: SheetFigures, report.SectionSources: SheetSources,
	}
	order := []string{SheetAbout}
	for _, s := range sections {
		if name, ok := bySection[s.Kind]; ok && !slices.Contains(order, name) {
			order = append(order, name)
		}
	}
	for _, name := range []string{SheetStances, SheetTimeline, SheetFigures, SheetSources} {
		if !slices.Contains(order, name) {
			order = append(order, name)
		}
	}
	if leads {
		i := slices.Index(order, SheetStances) + 1
		order = slices.Insert(order, i, SheetLeads)
	}
	if rejected {
		order = append(order, SheetRejected)
	}
	return append(order, SheetEvidence)
}

// generatedTime reads Meta.Generated; the zero time when it is empty or
// not RFC 3339.
func generatedTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// setDocProps sets the document properties. Their times come from the
// brief, never the clock, so that output is reproducible.
func (wb *workbook) setDocProps(generated time.Time) error {
	m := wb.b.Meta
	props := &excelize.DocProperties{
		Title:       cellText(m.Title),
		Creator:     cellText(cmpOr(m.Organisation, "brief")),
		Description: cellText(m.Marking),
		Subject:     cellText(m.Period.Label),
	}
	if !generated.IsZero() {
		props.Created = generated.Format(time.RFC3339)
		props.Modified = props.Created
	}
	return wb.f.SetDocProps(props)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// text is a text cell; it is always a string, never a formula.
func (wb *workbook) text(s string) rowCell {
	return textOf(wb.st.plain, cellText(s))
}

// wrapped is a text cell whose long text wraps.
func (wb *workbook) wrapped(s string) rowCell {
	return textOf(wb.st.wrap, cellText(s))
}

// number is a number cell.
func (wb *workbook) number(v float64) rowCell {
	if v == float64(int64(v)) {
		return rowCell{kind: numberCell, style: wb.st.integer, num: v}
	}
	return rowCell{kind: numberCell, style: wb.st.decimal, num: v}
}

// date is a date cell shown at the precision of the model's date: "2022",
// "Nov 2022", "28 Nov 2022". A week or season is its first day, shown as a
// day or a month; the precision column says which. A value that does not
// parse is written as text.
func (wb *workbook) date(value string, precision report.Precision) rowCell {
	if value == "" {
		return rowCell{}
	}
	d, err := wb.parseDate(value)
	if err != nil {
		return wb.text(value)
	}
	if d.Year < 1900 {
		// Excel has no dates before 1900: write the date as text, at its
		// precision, rather than let it become a timestamp string.
		return wb.text(report.FormatDate(value, precision))
	}
	p := d.Precision()
	if precision == report.Week || precision == report.Season {
		p = precision
	}
	return rowCell{kind: dateCell, style: wb.st.date[p], date: d.First()}
}

// parseDate is report.ParseDate, asked once for each distinct text it
// refuses (the same dates come back on row after row, in the date and
// precision cells, and a refusal builds its reason).
func (wb *workbook) parseDate(value string) (report.Date, error) {
	if d, ok := report.ParseDateOK(value); ok {
		return d, nil
	}
	if p, ok := wb.dates[value]; ok {
		return p.d, p.err
	}
	d, err := report.ParseDate(value)
	if wb.dates == nil {
		wb.dates = map[string]parsedDate{}
	}
	wb.dates[value] = parsedDate{d, err}
	return d, err
}

// citedCells are the Note, Source and Outlet cells of a citation of the
// source id, the Source cell in column col (0-based) of the row t writes
// next. The Note is the source's endnote number, the one the PDF prints;
// the Source cell beside it is the link to the source's row
// (see sourceCellOf); a source not in the model is named, unlinked.
func (wb *workbook) citedCells(t *tableSheet, col int, id string) (note, source, outlet rowCell) {
	info := wb.sources[id]
	if info == nil {
		return rowCell{}, wb.text(id), wb.text("")
	}
	return info.note, wb.sourceCellOf(t, col, info), wb.text(info.outlet)
}

// notes lists the endnote numbers of the sources of citations after the
// first, as the PDF writes them: "3, 4".
func (wb *workbook) notes(cs []report.Citation) string {
	if len(cs) < 2 {
		return ""
	}
	// A source is listed once, and not when it is the first citation's:
	// each source seen is stamped with this call's number.
	wb.notesCalls++
	stamp := wb.notesCalls
	if info := wb.sources[cs[0].Source]; info != nil {
		info.seen = stamp
	}
	var nums []byte
	for _, c := range cs[1:] {
		if info := wb.sources[c.Source]; info != nil && info.seen != stamp {
			info.seen = stamp
			if len(nums) > 0 {
				nums = append(nums, ", "...)
			}
			nums = strconv.AppendInt(nums, int64(info.index+1), 10)
		}
	}
	return string(nums)
}

// precision is the precision of a date as a cell: the given one, else
// the date's own (day, month or year).
func (wb *workbook) precision(value string, precision report.Precision) rowCell {
	if value == "" {
		return rowCell{}
	}
	if precision != "" {
		return wb.text(string(precision))
	}
	if d, err := wb.parseDate(value); err == nil {
		return wb.text(string(d.Precision()))
	}
	return rowCell{}
}

// sourceCellOf is the cell naming a source of the model, linked to the
// source's row on the Sources sheet.
func (wb *workbook) sourceCellOf(t *tableSheet, col int, info *sourceInfo) rowCell {
	t.link(col, info.link, info.source)
	return textOf(wb.st.link, info.source)
}

// firstCitation returns a fact's first citation, or an empty one.
func firstCitation(cs []report.Citation) report.Citation {
	if len(cs) == 0 {
		return report.Citation{}
	}
	return cs[0]
}

// withReview appends to row the Review and Correction cells of a fact
// (see reviewCells).
func (wb *workbook) withReview(row []rowCell, r *report.Review) []rowCell {
	review := wb.reviewCells(r)
	return append(row, review[:]...)
}

// reviewCells are the Review and Correction cells of a fact reviewed
// before: the decision carries over into the next review.
func (wb *workbook) reviewCells(r *report.Review) [2]rowCell {
	if r == nil {
		return [2]rowCell{}
	}
	return [2]rowCell{wb.text(string(r.Decision)), textOf(wb.st.correction, cellText(r.Correction))}
}
