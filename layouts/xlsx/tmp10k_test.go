package xlsx

import (
	"io"
	"os"
	"testing"
)

func BenchmarkWriteModelEnv(b *testing.B) {
	path := os.Getenv("MODEL")
	if path == "" {
		b.Skip("no MODEL")
	}
	model := loadModel(b, path)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		if err := Write(io.Discard, model); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}
