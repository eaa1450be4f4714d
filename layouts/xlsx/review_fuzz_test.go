package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// reviewFuzzMax bounds the fuzzed input: ReadReview's own limits are in
// hundreds of megabytes, far more than a fuzzing run can spend per input.
const reviewFuzzMax = 256 << 10

// reviewFuzzDeadline is how long ReadReview may take on one fuzzed input,
// a hundred times what a real workbook of that size takes.
const reviewFuzzDeadline = 10 * time.Second

// FuzzReadReview feeds ReadReview workbooks that the package wrote, with
// their bytes mutated. With part 0 the input is the whole file; with part
// k > 0 it is the XML of the workbook's k-th worksheet part, zipped back
// into a real workbook with a correct checksum, so that mutations reach
// the sheet reader rather than stopping at the zip's CRC.
//
// ReadReview must return decisions or an error, never panic (its recover
// turns a panic into an error naming it; that counts as a failure here),
// and every decision must name, in its Where, cells of a fact sheet whose
// row holds the decision's fact id.
func FuzzReadReview(f *testing.F) {
	b := loadModel(f, "testdata/small.json")
	plain := write(f, b)
	edited := func() []byte {
		wb, err := excelize.OpenReader(bytes.NewReader(plain))
		if err != nil {
			f.Fatal(err)
		}
		defer wb.Close()
		for _, c := range []struct{ sheet, cell, v string }{
			{"Figures", "T2", "reject"}, {"Figures", "T3", "correct"}, {"Figures", "U3", "9000"},
			{"Timeline", "N3", "2022-01"}, {"Timeline", "M4", " Accept "},
			{"Timeline", "M6", "reject"}, {"Timeline", "M7", "accept"},
		} {
			if err := wb.SetCellValue(c.sheet, c.cell, c.v); err != nil {
				f.Fatal(err)
			}
		}
		if err := wb.SetCellFormula("Figures", "T4", `"re"&"ject"`); err != nil {
			f.Fatal(err)
		}
		buf, err := wb.WriteToBuffer()
		if err != nil {
			f.Fatal(err)
		}
		return buf.Bytes()
	}()
	if got, err := readReview(edited); err != nil || len(got) < 5 {
		f.Fatalf("the edited seed gives %d decisions (%v), want at least 5", len(got), err)
	}
	base := edited
	f.Add(plain, uint8(0))
	f.Add(edited, uint8(0))
	for k, part := range sheetParts(f, base) {
		f.Add(part, uint8(k+1))
	}

	f.Fuzz(func(t *testing.T, data []byte, part uint8) {
		if len(data) > reviewFuzzMax {
			return
		}
		if part > 0 {
			data = replaceSheetPart(t, base, int(part-1), data)
		}
		// A panic from another goroutine ends the fuzzing worker, which
		// keeps this input as a failure: an input that stalls the reader.
		watchdog := time.AfterFunc(reviewFuzzDeadline, func() {
			panic(fmt.Sprintf("ReadReview took more than %s on a %d-byte workbook", reviewFuzzDeadline, len(data)))
		})
		defer watchdog.Stop()
		decisions, err := ReadReview(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			if decisions != nil {
				t.Errorf("ReadReview returned decisions with its error %v", err)
			}
			if strings.Contains(err.Error(), "reading it failed") {
				t.Fatalf("ReadReview panicked: %v", err)
			}
			return
		}
		wb, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ReadReview read a workbook excelize cannot open: %v", err)
		}
		defer wb.Close()
		rows := map[string][][]string{}
		for id, d := range decisions {
			if id == "" || id != strings.TrimSpace(id) {
				t.Errorf("decision for fact id %q", id)
			}
			for where := range strings.SplitSeq(d.Where, ", ") {
				sheet, ref, ok := strings.Cut(where, "!")
				if !ok || !slices.Contains(FactSheets, sheet) {
					t.Fatalf("decision for %q names %q, not a cell of a fact sheet", id, where)
				}
				_, row, err := excelize.CellNameToCoordinates(ref)
				if err != nil {
					t.Fatalf("decision for %q names %q: %v", id, where, err)
				}
				if _, ok := rows[sheet]; !ok {
					rows[sheet], err = wb.GetRows(sheet, excelize.Options{RawCellValue: true})
					if err != nil {
						t.Fatalf("sheet %s: %v", sheet, err)
					}
				}
				if row > len(rows[sheet]) || !slices.ContainsFunc(rows[sheet][row-1], func(c string) bool { return strings.TrimSpace(c) == id }) {
					t.Errorf("decision for %q names %s, but that row does not hold the id", id, where)
				}
			}
		}
	})
}

// sheetParts returns the XML of the workbook's worksheet parts, in the
// order of their names.
func sheetParts(t testing.TB, workbook []byte) [][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(workbook), int64(len(workbook)))
	if err != nil {
		t.Fatal(err)
	}
	var parts [][]byte
	for _, name := range worksheetNames(zr) {
		rc, err := zr.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, data)
	}
	return parts
}

// worksheetNames returns the names of the zip's worksheet parts, sorted.
func worksheetNames(zr *zip.Reader) []string {
	var names []string
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			names = append(names, zf.Name)
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		na, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(a, "xl/worksheets/sheet"), ".xml"))
		nb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(b, "xl/worksheets/sheet"), ".xml"))
		return na - nb
	})
	return names
}

// replaceSheetPart returns the workbook with its k-th worksheet part
// (modulo their number) replaced by content.
func replaceSheetPart(t testing.TB, workbook []byte, k int, content []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(workbook), int64(len(workbook)))
	if err != nil {
		t.Fatal(err)
	}
	names := worksheetNames(zr)
	target := names[k%len(names)]
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, zf := range zr.File {
		if zf.Name != target {
			if err := zw.Copy(zf); err != nil {
				t.Fatal(err)
			}
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(content)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
