package main

import (
	"os"
	"syscall"
	"testing"
)

// identity is what tells one file from another written in its place.
func identity(t *testing.T, path string) [3]int64 {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	return [3]int64{int64(st.Ino), info.ModTime().UnixNano(), st.Ctim.Nano()}
}
