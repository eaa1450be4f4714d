// Package layers holds the check of the module's import layering: which
// package may import which (see layers_test.go). It has no code of its
// own; go test ./internal/layers fails when an import runs back up.
package layers
