package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"brief/report"
	"brief/report/review"

	"github.com/xuri/excelize/v2"
)

// save writes an edited workbook to bytes, as an analyst's save would.
func save(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readReview reads the decisions of a workbook without the rows they came
// from (report.Review.Row), which TestReadReviewRow looks at.
func readReview(data []byte) (map[string]report.Review, error) {
	decisions, err := ReadReview(bytes.NewReader(data), int64(len(data)))
	for id, d := range decisions {
		d.Row = nil
		decisions[id] = d
	}
	return decisions, err
}

// setCell sets a cell of an open workbook or fails the test.
func setCell(t *testing.T, f *excelize.File, sheet, cell string, v any) {
	t.Helper()
	if err := f.SetCellValue(sheet, cell, v); err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
}

// stancesHeader returns the header row of the Stances table.
func stancesHeader(t *testing.T, f *excelize.File) int {
	t.Helper()
	tables, err := f.GetTables("Stances")
	if err != nil || len(tables) != 1 {
		t.Fatalf("Stances tables %v (%v)", tables, err)
	}
	n, _ := strconv.Atoi(strings.TrimLeft(strings.Split(tables[0].Range, ":")[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
	return n
}

func TestReadReview(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	h := stancesHeader(t, f)
	stanceRow := strconv.Itoa(h + 2) // the second stance
	setCell(t, f, "Figures", "T2", "reject")
	setCell(t, f, "Figures", "T3", "correct")
	setCell(t, f, "Figures", "U3", 9000) // a number, as Excel would store it
	setCell(t, f, "Stances", "M"+stanceRow, "correct")
	setCell(t, f, "Stances", "N"+stanceRow, " deny ")
	setCell(t, f, "Timeline", "N3", "2022-01")  // a correction with no choice
	setCell(t, f, "Timeline", "M4", " Accept ") // typed by hand
	setCell(t, f, "Timeline", "M5", "")
	setCell(t, f, "Evidence", "A2", "not a decision")

	got, err := readReview(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]report.Review{
		b.Figures[0].ID: {Decision: "reject", Where: "Figures!T2"},
		b.Figures[1].ID: {Decision: "correct", Correction: "9000", Where: "Figures!T3"},
		b.Stances[1].ID: {Decision: "correct", Correction: "deny", Where: "Stances!M" + stanceRow},
		b.Events[1].ID:  {Decision: "", Correction: "2022-01", Where: "Timeline!N3"},
		b.Events[2].ID:  {Decision: "accept", Where: "Timeline!M4"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadReview:\n got %v\nwant %v", got, want)
	}
}

// TestReadReviewMovedColumns reads a workbook whose analyst added columns:
// the review columns are found by their headers.
func TestReadReviewMovedColumns(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	if err := f.InsertCols("Figures", "A", 2); err != nil {
		t.Fatal(err)
	}
	setCell(t, f, "Figures", "A1", "My notes")
	setCell(t, f, "Figures", "V2", "reject") // Review, moved from T
	got, err := readReview(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]report.Review{b.Figures[0].ID: {Decision: "reject", Where: "Figures!V2"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestReadReviewConflictingRows(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	setCell(t, f, "Timeline", "A3", b.Events[0].ID) // a row copied over another
	setCell(t, f, "Timeline", "M2", "accept")
	setCell(t, f, "Timeline", "M3", "reject")
	setCell(t, f, "Timeline", "A5", b.Events[2].ID) // the same decision twice is fine
	setCell(t, f, "Timeline", "M4", "reject")
	setCell(t, f, "Timeline", "M5", "reject")
	got, err := readReview(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]report.Review{
		b.Events[0].ID: {Decision: report.DecisionConflict, Where: "Timeline!M2, Timeline!M3"},
		b.Events[2].ID: {Decision: "reject", Where: "Timeline!M4"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestReviewCarriesOver writes a brief whose facts were reviewed: the
// workbook shows the decisions, and reading it back gives them again.
func TestReviewCarriesOver(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	decisions := map[string]report.Review{
		b.Figures[2].ID: {Decision: "correct", Correction: "about 50"},
		b.Stances[0].ID: {Decision: "accept"},
	}
	if w := review.ApplyReview(b, decisions); len(w) != 0 {
		t.Fatalf("warnings %q", w)
	}
	got, err := readReview(write(t, b))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("read back %v, want 2 decisions", got)
	}
	for id, d := range decisions {
		if got[id].Decision != d.Decision || got[id].Correction != d.Correction {
			t.Errorf("%s: read back %+v, want %+v", id, got[id], d)
		}
	}
}

// failingReaderAt fails the test if anything reads it.
type failingReaderAt struct{ t *testing.T }

func (r failingReaderAt) ReadAt([]byte, int64) (int, error) {
	r.t.Error("an oversized review file was read")
	return 0, errors.New("read")
}

func TestReadReviewBadFiles(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	good := write(t, b)

	noFactSheets := func() []byte {
		f := excelize.NewFile()
		defer f.Close()
		return save(t, f)
	}
	noHeader := func() []byte {
		f := excelize.NewFile()
		defer f.Close()
		f.SetSheetName("Sheet1", "Figures")
		f.SetCellValue("Figures", "A1", "just some text")
		return save(t, f)
	}
	// rezip copies the good workbook, replacing one entry's content, or
	// declaring a size it does not have.
	rezip := func(name string, content []byte, declared uint64) []byte {
		zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, zf := range zr.File {
			if zf.Name == name && declared > 0 {
				h := zf.FileHeader
				h.UncompressedSize64 = declared
				raw, _ := zf.OpenRaw()
				w, _ := zw.CreateRaw(&h)
				io.Copy(w, raw)
				continue
			}
			w, _ := zw.Create(zf.Name)
			if zf.Name == name {
				w.Write(content)
				continue
			}
			rc, _ := zf.Open()
			io.Copy(w, rc)
			rc.Close()
		}
		zw.Close()
		return buf.Bytes()
	}
	// extraParts copies the good workbook and adds parts named
	// xl/media/N.bin, each declaring size bytes unzipped.
	extraParts := func(n int, size uint64) []byte {
		zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, zf := range zr.File {
			if err := zw.Copy(zf); err != nil {
				t.Fatal(err)
			}
		}
		for i := range n {
			w, _ := zw.CreateRaw(&zip.FileHeader{Name: "xl/media/" + strconv.Itoa(i) + ".bin", Method: zip.Store,
				UncompressedSize64: size, CompressedSize64: 1})
			w.Write([]byte{0})
		}
		zw.Close()
		return buf.Bytes()
	}
	plainZip := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("notes.txt")
		w.Write([]byte("hello"))
		zw.Close()
		return buf.Bytes()
	}
	corruptData := bytes.Clone(good)
	for i := len(corruptData) / 3; i < len(corruptData)/3+2000; i++ {
		corruptData[i] ^= 0x5a
	}

	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not an Excel workbook"},
		{"text", []byte("ID,Review\nf1,reject\n"), "not an Excel workbook"},
		{"truncated", good[:len(good)/2], "not an Excel workbook"},
		{"old xls", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 600)...), "old .xls"},
		{"plain zip", plainZip(), "review workbook"},
		{"no fact sheets", noFactSheets(), "none of the sheets Stances, Timeline, Figures"},
		{"no header", noHeader(), `sheet Figures: no header row with "ID" and "Review"`},
		{"bad sheet XML", rezip("xl/worksheets/sheet4.xml", []byte(`<worksheet><sheetData><row r="x"><c r="!!">`), 0), "review workbook"},
		{"zip bomb", rezip("xl/worksheets/sheet6.xml", nil, 4<<30), "unzips to 4096 MB, more than the 1024 MB allowed"},
		{"big part", extraParts(1, 300<<20), "300 MB of parts besides its sheets"},
		{"many parts", extraParts(maxParts, 1), "parts, more than the 10000 allowed"},
		{"corrupt bytes", corruptData, "review workbook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readReview(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadReview = %v, %v; want an error containing %q", got, err, tt.want)
			}
		})
	}
	t.Run("too large", func(t *testing.T) {
		_, err := ReadReview(failingReaderAt{t}, MaxReviewSize+1)
		if err == nil || !strings.Contains(err.Error(), "the limit is") {
			t.Errorf("error %v, want one about the size limit", err)
		}
	})
}
