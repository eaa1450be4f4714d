//go:build linux

package pipeline

import (
	"os"
	"syscall"
)

// statFile returns file's stamp (following links, as reading it does),
// or false when it cannot be had.
func statFile(file string) (fileStamp, bool) {
	info, err := os.Stat(file)
	if err != nil {
		return fileStamp{}, false
	}
	return stampOf(info)
}

// stampOf returns the stamp of a regular file's information, or false.
func stampOf(info os.FileInfo) (fileStamp, bool) {
	if !info.Mode().IsRegular() {
		return fileStamp{}, false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileStamp{}, false
	}
	return fileStamp{
		dev:   uint64(st.Dev),
		ino:   uint64(st.Ino),
		size:  st.Size,
		mtime: info.ModTime().UnixNano(),
		ctime: st.Ctim.Nano(),
	}, true
}
