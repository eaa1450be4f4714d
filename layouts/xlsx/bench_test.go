package xlsx

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"brief/internal/cputime"
	"brief/report"

	"github.com/xuri/excelize/v2"
)

// genmodel is the shared generator of synthetic models.
const genmodel = "../../../shared/tools/genmodel.py"

// bigModel writes the budget's model — 100,000 evidence rows — with
// genmodel.py into dir, or skips when python3 or the generator is missing.
func bigModel(b *testing.B) string {
	b.Helper()
	if _, err := os.Stat(genmodel); err != nil {
		b.Skipf("no %s: %v", genmodel, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 is not installed")
	}
	path := filepath.Join(b.TempDir(), "big.json")
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	cmd := exec.Command(python, genmodel, "--sources", "2000", "--events", "20000", "--figures", "20000",
		"--stances", "2000", "--evidence", "100000")
	cmd.Stdout, cmd.Stderr = out, os.Stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("genmodel: %v", err)
	}
	return path
}

// BenchmarkWriteBig writes the workbook of 2,000 sources, 42,000 facts and
// 100,000 citations (Evidence rows). The budget is 5 s and 1 GB.
func BenchmarkWriteBig(b *testing.B) {
	model := loadModel(b, bigModel(b))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for range b.N {
		if err := Write(io.Discard, model); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkWriteSmall writes the workbook of testdata/small.json.
func BenchmarkWriteSmall(b *testing.B) {
	model := loadModel(b, "testdata/small.json")
	b.ResetTimer()
	for range b.N {
		if err := Write(io.Discard, model); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadReviewBig reads the decisions back from the workbook of
// BenchmarkWriteBig, with every Figures row marked.
func BenchmarkReadReviewBig(b *testing.B) {
	model := loadModel(b, bigModel(b))
	for i := range model.Figures {
		model.Figures[i].Review = &report.Review{Decision: "accept"}
	}
	var buf bytes.Buffer
	if err := Write(&buf, model); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ResetTimer()
	for range b.N {
		decisions, err := ReadReview(bytes.NewReader(data), int64(len(data)))
		if err != nil || len(decisions) != len(model.Figures) {
			b.Fatalf("%d decisions, %v", len(decisions), err)
		}
	}
}

// BenchmarkWritePeerModel writes the workbook of the model of the
// comparison with the peer (testdata/bench/peer.py in layouts): 500
// sources, 2,000 events, 2,000 figures and 300 stances.
func BenchmarkWritePeerModel(b *testing.B) {
	if _, err := os.Stat(genmodel); err != nil {
		b.Skipf("no %s: %v", genmodel, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 is not installed")
	}
	data, err := exec.Command(python, genmodel, "--sources", "500", "--events", "2000", "--figures", "2000", "--stances", "300").Output()
	if err != nil {
		b.Fatalf("genmodel: %v", err)
	}
	path := filepath.Join(b.TempDir(), "peer.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	model := loadModel(b, path)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, model); err != nil {
			b.Fatal(err)
		}
	}
}

// The limit: how fast excelize's own StreamWriter writes plain rows on
// this machine, and the same rows through the workbook's rowWriter and
// orderedZip. Each row is a whole number, four strings (short ones and a
// sentence) and a fraction, no styles: 300,000 rows of 6 cells.
//
//	go test ./layouts/xlsx -run '^$' -bench 'Plain300k' -benchtime 3x

const plainRows = 300_000

// plainRow is row i's values, as SetRow takes them.
func plainRow(i int) []any {
	return []any{i, "fact-" + strconv.Itoa(i), "event", float64(i%1000) + 0.5, "s" + strconv.Itoa(i%2000),
		"Officials said the attack on post " + strconv.Itoa(i%97) + " lasted several hours, and that the inquiry goes on."}
}

// BenchmarkStreamWriterPlain300k writes the rows with excelize's
// StreamWriter and saves the workbook.
func BenchmarkStreamWriterPlain300k(b *testing.B) {
	rows := make([][]any, plainRows)
	for i := range rows {
		rows[i] = plainRow(i)
	}
	b.ReportAllocs()
	cpu := cputime.Process()
	n := 0
	for b.Loop() {
		n++
		f := excelize.NewFile()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			b.Fatal(err)
		}
		for i, row := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := sw.SetRow(cell, row); err != nil {
				b.Fatal(err)
			}
		}
		if err := sw.Flush(); err != nil {
			b.Fatal(err)
		}
		if err := f.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(n), "cpu-s/op")
}

// BenchmarkRowWriterPlain300k writes the same rows as the workbook writes
// its tables: rowWriter, a marker row, orderedZip.
func BenchmarkRowWriterPlain300k(b *testing.B) {
	rows := make([][]rowCell, plainRows)
	for i := range rows {
		if rows[i], _ = rowCells(plainRow(i)); rows[i] == nil {
			b.Fatal("row not made")
		}
	}
	b.ReportAllocs()
	cpu := cputime.Process()
	n := 0
	for b.Loop() {
		n++
		f := excelize.NewFile()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			b.Fatal(err)
		}
		var r rowWriter
		if err := r.begin(); err != nil {
			b.Fatal(err)
		}
		for i, row := range rows {
			if err := r.row(i+1, row, 0, nil); err != nil {
				b.Fatal(err)
			}
		}
		block, err := r.end()
		if err != nil {
			b.Fatal(err)
		}
		if err := sw.SetRow("A1", []any{rowsMarker(0)}); err != nil {
			b.Fatal(err)
		}
		if err := sw.Flush(); err != nil {
			b.Fatal(err)
		}
		f.SetZipWriter(func(w io.Writer) excelize.ZipWriter {
			return newOrderedZip(w, time.Time{}, nil, nil, []*rowBlock{block})
		})
		if err := f.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(n), "cpu-s/op")
}
