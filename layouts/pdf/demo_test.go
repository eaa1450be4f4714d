package pdf

import "testing"

func TestDemoRenders(t *testing.T) {
	b := demoModel(t)
	pdf := render(t, b, "demo")
	if len(pdf) < 1000 {
		t.Fatalf("demo brief is %d bytes, want a real document", len(pdf))
	}
}
