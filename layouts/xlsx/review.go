package xlsx

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// Limits on a review file, which is untrusted input.
const (
	// MaxReviewSize is the largest review file ReadReview reads: the
	// workbook of 42,000 facts and 100,000 citations is 17 MB.
	MaxReviewSize = 100 << 20
	// maxUnzipped bounds the workbook's parts once unzipped, all together
	// (130 MB for that workbook).
	maxUnzipped = 1 << 30
	// maxUnzippedInMemory is how much of one sheet (or the shared strings)
	// excelize unzips into memory; larger ones go through a temporary file.
	maxUnzippedInMemory = 64 << 20
	// maxInMemory bounds the parts excelize unzips into memory, together.
	maxInMemory = 256 << 20
	// maxParts bounds the number of files in the workbook's zip.
	maxParts = 10000
	// maxHeaderSearch is how many rows of a sheet are searched for the
	// header row with ID and Review.
	maxHeaderSearch = 100
)

// ReadReview reads the decisions of an analyst's saved workbook: for each
// fact or lead whose row has a Review choice or a Correction (a Position,
// for a lead), the id → the decision. It takes an io.ReaderAt and the
// file's size so that a file too large is refused before any of it is
// read.
//
// It reads the sheets Stances, Leads, Timeline, Figures and Rejected, and
// the sheets a long table continues on ("Figures (2)" …), finding their
// columns by the headers ID, Review and Correction (Position on the Leads
// sheet), so columns an analyst moved or added do not matter; a missing
// sheet is skipped, but a workbook with none of them is an error. Each decision's Where names the cell it came
// from ("Figures!Q7"), and its Row what the row shows of the fact (the
// sheet, and the values of the columns rowHeaders names), by which
// review.ApplyReview finds the fact when its id has changed. Rows that
// give one fact different decisions give
// report.DecisionConflict. Decisions are returned as written (trimmed and
// lower-cased); review.ApplyReview judges them. A Correction Excel stored
// as a date is read as the date it shows, and a review cell holding a
// formula gives report.DecisionFormula (see checkCells).
//
// A file that is not an .xlsx workbook, is encrypted, corrupt, too large or
// unzips too large gives an error; ReadReview does not panic.
func ReadReview(r io.ReaderAt, size int64) (decisions map[string]report.Review, err error) {
	if size > MaxReviewSize {
		return nil, fmt.Errorf("review workbook is %d MB; the limit is %d MB", size>>20, MaxReviewSize>>20)
	}
	defer func() {
		if p := recover(); p != nil {
			decisions, err = nil, fmt.Errorf("review workbook is corrupt (reading it failed: %v)", p)
		}
	}()
	head := make([]byte, 8)
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return nil, fmt.Errorf("reading review workbook: %w", err)
	}
	if string(head) == oleSignature {
		return nil, errors.New("review file is an old .xls workbook or a password-protected one: save it as .xlsx without a password")
	}
	largestSheet, err := checkParts(r, size)
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size), excelize.Options{
		UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzippedInMemory,
	})
	if err != nil {
		if f != nil {
			f.Close()
		}
		return nil, describeOpenError(err)
	}
	defer f.Close()
	decisions = map[string]report.Review{}
	found := 0
	sheets := f.GetSheetList()
	for _, base := range FactSheets {
		// The sheet, then the sheets its table continues on, in order
		// ("Figures (2)" …: see partName). Names match whatever their
		// case, as Excel's do.
		var parts []int
		for _, sheet := range sheets {
			if b, part := partOf(sheet); strings.EqualFold(b, base) {
				parts = append(parts, part)
			}
		}
		slices.Sort(parts)
		for _, part := range parts {
			found++
			if err := readSheetReview(f, partName(base, part), decisions, largestSheet <= maxUnzippedInMemory); err != nil {
				return nil, err
			}
		}
	}
	if found == 0 {
		return nil, fmt.Errorf("review workbook has none of the sheets %s: is it a workbook that brief wrote?",
			strings.Join(FactSheets, ", "))
	}
	return decisions, nil
}

// checkParts refuses a zip whose parts, by the sizes its directory
// declares, would unzip too large or too many, before excelize unzips
// them (it reads every part but large sheets into memory). The zip reader
// refuses a part larger than it declares.
func checkParts(r io.ReaderAt, size int64) (largestSheet uint64, err error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return 0, describeOpenError(err)
	}
	if len(zr.File) > maxParts {
		return 0, fmt.Errorf("review workbook has %d parts, more than the %d allowed: it is not one brief wrote", len(zr.File), maxParts)
	}
	var total, inMemory uint64
	for _, zf := range zr.File {
		total += zf.UncompressedSize64
		name := strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/"))
		spilled := (strings.HasPrefix(name, "xl/worksheets/sheet") || name == "xl/sharedstrings.xml") &&
			zf.UncompressedSize64 > maxUnzippedInMemory
		if !spilled {
			inMemory += zf.UncompressedSize64
		}
		if strings.HasPrefix(name, "xl/worksheets/sheet") {
			largestSheet = max(largestSheet, zf.UncompressedSize64)
		}
	}
	switch {
	case total > maxUnzipped:
		return 0, fmt.Errorf("review workbook unzips to %d MB, more than the %d MB allowed: it is not one brief wrote", total>>20, maxUnzipped>>20)
	case inMemory > maxInMemory:
		return 0, fmt.Errorf("review workbook has %d MB of parts besides its sheets, more than the %d MB allowed: it is not one brief wrote", inMemory>>20, maxInMemory>>20)
	}
	return largestSheet, checkSums(zr)
}

// checkSums reads the parts that hold the review — the workbook, its
// shared strings and its sheets — to their end, which checks their CRC-32:
// excelize ignores a read error, and a damaged part can still unzip to
// text that parses.
func checkSums(zr *zip.Reader) error {
	for _, zf := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/"))
		if !strings.HasPrefix(name, "xl/worksheets/sheet") && name != "xl/sharedstrings.xml" && name != "xl/workbook.xml" {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return describeOpenError(err)
		}
		_, err = io.Copy(io.Discard, rc)
		rc.Close()
		if err != nil {
			return fmt.Errorf("review workbook is damaged (part %s: %v): save it again from Excel, or use an earlier copy", zf.Name, err)
		}
	}
	return nil
}

// oleSignature starts an OLE compound file: a legacy .xls workbook, or an
// encrypted .xlsx.
const oleSignature = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

// describeOpenError says what an error opening a review file means.
func describeOpenError(err error) error {
	switch {
	case errors.Is(err, excelize.ErrWorkbookFileFormat), strings.Contains(err.Error(), "zip: not a valid zip file"):
		return fmt.Errorf("review file is not an Excel workbook (.xlsx): %w", err)
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return fmt.Errorf("review workbook unzips to more than %d MB; it is not one brief wrote: %w", maxUnzipped>>20, err)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("review workbook is corrupt: a part of it is missing or cut short (%w)", err)
	}
	return fmt.Errorf("review workbook is corrupt: %w", err)
}

// readSheetReview adds the decisions of one fact sheet. With checkCells,
// the cells they came from are looked at for formulas and dates (see
// checkCells); a sheet too large to read whole is not.
func readSheetReview(f *excelize.File, sheet string, decisions map[string]report.Review, lookAtCells bool) error {
	rows, err := f.Rows(sheet)
	if err != nil {
		return fmt.Errorf("review workbook, sheet %s: %w", sheet, err)
	}
	defer rows.Close()
	idCol, reviewCol, correctionCol := -1, -1, -1
	var header []string // the header row's cells, lower-cased, for rowOf
	base, _ := partOf(sheet)
	var found []rowDecision
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return fmt.Errorf("review workbook, sheet %s row %d: %w", sheet, n, err)
		}
		if idCol < 0 {
			if n > maxHeaderSearch {
				break
			}
			idCol, reviewCol, correctionCol = headerColumns(cells, correctionHeader(sheet))
			if idCol >= 0 {
				header = make([]string, len(cells))
				for i, c := range cells {
					header[i] = strings.ToLower(strings.TrimSpace(c))
				}
			}
			continue
		}
		id := cell(cells, idCol)
		decision := strings.ToLower(cell(cells, reviewCol))
		correction := cell(cells, correctionCol)
		if id == "" || (decision == "" && correction == "") {
			continue
		}
		col := reviewCol
		if decision == "" {
			col = correctionCol
		}
		where, _ := excelize.CoordinatesToCellName(col+1, n)
		d := rowDecision{id: id, review: report.Review{Decision: report.Decision(decision), Correction: correction, Where: sheetRef(sheet) + "!" + where,
			Row: rowOf(header, cells, base, idCol, reviewCol, correctionCol)}}
		d.reviewCell, _ = excelize.CoordinatesToCellName(reviewCol+1, n)
		if correctionCol >= 0 {
			d.correctionCell, _ = excelize.CoordinatesToCellName(correctionCol+1, n)
		}
		found = append(found, d)
	}
	if err := rows.Error(); err != nil {
		return fmt.Errorf("review workbook, sheet %s: %w", sheet, err)
	}
	if idCol < 0 {
		return fmt.Errorf("review workbook, sheet %s: no header row with %q and %q in its first %d rows",
			sheet, headerID, headerReview, maxHeaderSearch)
	}
	rows.Close()
	if lookAtCells && len(found) > 0 {
		checkCells(f, sheet, found)
	}
	for _, d := range found {
		add(decisions, d.id, d.review)
	}
	return nil
}

// rowHeaders are the columns (headers in lower case) whose values a
// decision's Row keeps: what tells which figure or event a row was, when
// its id has changed (see review.ApplyReview) — on the Figures sheet all
// of a figure's count (report.FigureKey) and its credit. The others would
// only take memory, on a workbook of a hundred thousand reviewed rows.
var rowHeaders = []string{"kind", "low", "high", "qualifier", "currency", "who", "period", "credited to",
	"summary", "fact", "source", "quote"}

// rowSheets are the sheets whose rows can describe a fact whose id has
// changed; a Stances or Leads row keeps no Row (their ids do not change
// when a source joins).
var rowSheets = []string{SheetFigures, SheetTimeline, SheetRejected}

// rowOf is what a row shows of its fact besides its id and review
// (report.Review.Row): the cells under rowHeaders, by the header in lower
// case, and the sheet's name (base) under "". A column the sheet has
// gives its value even when empty ("" is an empty cell: a figure with no
// credit), and a column the sheet lacks gives no key at all, so that a
// removed Credited to column does not read as "no credit". A header given
// twice keeps its first column. Rows of other sheets than rowSheets have
// no Row (nil).
func rowOf(header, cells []string, base string, skip ...int) map[string]string {
	if !slices.ContainsFunc(rowSheets, func(s string) bool { return strings.EqualFold(s, base) }) {
		return nil
	}
	row := make(map[string]string, len(rowHeaders)+1)
	row[""] = base
	for i, h := range header {
		if h == "" || slices.Contains(skip, i) || !slices.Contains(rowHeaders, h) {
			continue
		}
		if _, dup := row[h]; dup {
			continue
		}
		row[h] = cell(cells, i)
	}
	return row
}

// correctionHeader is the header of a sheet's correction column:
// Position on the Leads sheet (and its continuations), else Correction.
func correctionHeader(sheet string) string {
	if base, _ := partOf(sheet); strings.EqualFold(base, SheetLeads) {
		return headerPosition
	}
	return headerCorrection
}

// headerColumns finds the ID, Review and correction (named correction)
// columns of a header row; -1s when the row is not the header.
func headerColumns(cells []string, correction string) (id, review, fix int) {
	find := func(name string) int {
		return slices.IndexFunc(cells, func(c string) bool { return strings.EqualFold(strings.TrimSpace(c), name) })
	}
	id, review, fix = find(headerID), find(headerReview), find(correction)
	if id < 0 || review < 0 {
		return -1, -1, -1
	}
	return id, review, fix
}

// cell returns the trimmed value of column i, or "".
func cell(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// add records a decision; a fact given different decisions in two rows
// gets report.DecisionConflict.
func add(decisions map[string]report.Review, id string, d report.Review) {
	old, ok := decisions[id]
	switch {
	case !ok:
		decisions[id] = d
	case old.Decision == d.Decision && old.Correction == d.Correction:
	default:
		decisions[id] = report.Review{Decision: report.DecisionConflict, Where: old.Where + ", " + d.Where}
	}
}
