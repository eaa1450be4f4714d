package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// sharedDir is the project's shared folder, beside the repository.
const sharedDir = "../../../shared"

// seedBounds are the extraction quality bars on the seed articles' gold
// facts, as score.py names them.
var seedBounds = []string{
	"figures_f1=0.9", "figures_attr=0.9", "events_dated=0.8", "stances_f1=0.7", "matrix_f1=0.8",
}

// TestSeedScore extracts the seed articles and scores the model against
// their gold facts with the shared scorer, holding the bars.
func TestSeedScore(t *testing.T) {
	seeds := filepath.Join(sharedDir, "corpus", "seeds")
	scorer := filepath.Join(sharedDir, "tools", "score.py")
	if _, err := os.Stat(scorer); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s missing: CI must have ../shared beside the repository", scorer)
		}
		t.Skipf("no %s beside the repository; skipping the seed score", sharedDir)
	}
	needTool(t, "python3")
	code, stdout, stderr := runBrief(t, "extract", "--config", "../../config.toml", "--sources", seeds)
	if code != 0 {
		t.Fatalf("extract exited %d: %s", code, stderr)
	}
	model := filepath.Join(t.TempDir(), "m.json")
	if err := os.WriteFile(model, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{scorer, "--gold", filepath.Join(sharedDir, "gold", "seeds"), model}
	for _, b := range seedBounds {
		args = append(args, "--min", b)
	}
	out, err := exec.Command("python3", args...).CombinedOutput()
	t.Logf("score.py:\n%s", out)
	if err != nil {
		t.Errorf("seed score below the bars %v: %v", seedBounds, err)
	}
}
