package main

import (
	"context"
	"fmt"
	"time"

	"brief/cmd/brief/internal/outputs"
	"brief/layouts/pdf"
	"brief/layouts/xlsx"
	"brief/report"
	"brief/report/pipeline"
)

// formats lists every rendering, in the order their paths are printed.
var formats = []outputs.Format{
	{Ext: ".pdf", Render: pdf.Write},
	{Ext: ".xlsx", Render: xlsx.Write},
	{Ext: ".json", Render: report.WriteJSON},
}

// planOutputs resolves the output folder and names for a period label.
func planOutputs(dir, pattern, latest, periodLabel string) outputs.Plan {
	return outputs.NewPlan(formats, dir, pattern, latest, periodLabel)
}

// writeOutputs removes what a killed run left, writes b's outputs as a
// set and prints the paths written, one a line; it says when the latest
// name keeps what it holds. Call it while holding the folder's lock.
func writeOutputs(ctx context.Context, e *env, plan outputs.Plan, b *report.Brief) error {
	removeStale(e, plan)
	if why := plan.LatestKept(b); why != "" {
		e.logger().Info("the latest name is left as it is: "+why, "step", "write", "latest", plan.Latest)
	}
	paths, err := plan.Write(ctx, b)
	for _, p := range paths {
		fmt.Fprintln(e.stdout, p)
		e.logger().Info("wrote "+p, "step", "write", "path", p)
	}
	return err
}

// cacheMaxAge is how long an extraction cache entry no run uses is kept.
const cacheMaxAge = 30 * 24 * time.Hour

// removeStale removes what earlier runs left in the output folder for the
// files plan writes — a killed run's temporary files, the generation of
// outputs the last run replaced — and logs what it did. Call it only while
// holding the folder's lock.
func removeStale(e *env, plan outputs.Plan) {
	removed, err := plan.RemoveStale()
	if err != nil {
		e.logger().Warn(err.Error(), "step", "clean", "dir", plan.Dir)
	}
	if len(removed) > 0 {
		// Both an interrupted run's temporary files and the previous
		// generation of outputs, kept for readers until this run, end here.
		e.logger().Info(fmt.Sprintf("removed %d files earlier runs left in %s", len(removed), plan.Dir),
			"step", "clean", "dir", plan.Dir, "files", removed)
	}
}

// pruneCache removes cache entries no run has used for cacheMaxAge.
func pruneCache(e *env, c *pipeline.Cache) {
	n, err := c.Prune(cacheMaxAge)
	if err != nil {
		e.logger().Warn(err.Error(), "step", "prune", "cache", c.Dir())
	}
	if n > 0 {
		e.logger().Info(fmt.Sprintf("removed %d unused entries from the extraction cache", n), "step", "prune", "cache", c.Dir(), "files", n)
	}
}
