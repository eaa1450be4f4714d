package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestZZDump(t *testing.T) {
	paths, _ := filepath.Glob(os.Getenv("DUMP"))
	for _, p := range paths {
		d, body := readSeed(t, p)
		fmt.Println("==", p, d)
		for _, m := range Find(body, d) {
			lo, hi := max(0, m.Start-40), min(len(body), m.End+20)
			fmt.Printf("%-28q %-12s %-7s | %q\n", m.Text, m.Value, m.Precision, body[lo:hi])
		}
	}
}
