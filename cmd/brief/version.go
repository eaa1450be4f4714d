package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// version describes this build from the information Go stamps into the
// binary: the module's version, the VCS revision and its time, and
// whether the work tree had changes. A brief's reader can then tell which
// build made it.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "brief (no build information)"
	}
	return describeBuild(info)
}

func describeBuild(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "brief %s", v)
	switch {
	case rev != "":
		fmt.Fprintf(&b, " revision %s", rev)
		if at != "" {
			fmt.Fprintf(&b, " (%s)", at)
		}
		if modified {
			b.WriteString(" with local changes")
		}
	default:
		b.WriteString(" revision unknown (built without version control information)")
	}
	fmt.Fprintf(&b, ", %s", info.GoVersion)
	return b.String()
}
