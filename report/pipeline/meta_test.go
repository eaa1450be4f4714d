package pipeline

import (
	"testing"
	"time"

	"brief/report"
	"brief/report/config"
)

// TestApplyConfig: a rendered model given a configuration reads as a build
// from it does (title, organisation, marking, page size, the
// configuration's name, sections, actors, issues) and keeps its own
// period, generation time and facts.
func TestApplyConfig(t *testing.T) {
	cfg := config.Default()
	cfg.Title, cfg.Organisation, cfg.Marking, cfg.PageSize = "T", "O", "M", "Letter"
	cfg.Path = "/srv/briefs/ttp.toml"
	cfg.Actors = []report.Actor{{Name: "A"}}
	cfg.Issues = []report.Issue{{ID: "x", Label: "X"}}
	b := &report.Brief{
		Meta:    report.Meta{Title: "old", PageSize: "A4", Period: report.Period{Label: "2023-W23"}, Generated: "2023-06-12T06:00:00Z"},
		Figures: []report.Figure{{ID: "f1", Low: 1, High: 1, What: report.Killed}},
	}
	ApplyConfig(b, &cfg)
	built := Meta(&cfg, Options{Period: report.Period{Label: "2023-W23"}, Generated: time.Date(2023, 6, 12, 6, 0, 0, 0, time.UTC)})
	if b.Meta != built {
		t.Errorf("meta after ApplyConfig = %+v, want the build's %+v", b.Meta, built)
	}
	if len(b.Sections) != len(cfg.Sections) || len(b.Actors) != 1 || len(b.Issues) != 1 || len(b.Figures) != 1 {
		t.Errorf("sections %d (want %d), actors %d, issues %d, figures %d (want 1 each)", len(b.Sections), len(cfg.Sections), len(b.Actors), len(b.Issues), len(b.Figures))
	}
	b.Actors[0].Name = "changed"
	if cfg.Actors[0].Name != "A" {
		t.Error("the model shares the configuration's actors")
	}
}
