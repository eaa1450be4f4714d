package xlsx

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"brief/report"
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
	b.ResetTimer()
	for range b.N {
		if err := Write(io.Discard, model); err != nil {
			b.Fatal(err)
		}
	}
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
