package main

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/BurntSushi/toml"
)

// FyneApp.toml is read by the packaging tool for the package's version
// and by the program for its own, so that the two never disagree.
//
//go:embed FyneApp.toml
var fyneApp string

// version is the program's version: Details.Version in FyneApp.toml.
var version = sync.OnceValue(func() string {
	var meta struct{ Details struct{ Version string } }
	if _, err := toml.Decode(fyneApp, &meta); err != nil || meta.Details.Version == "" {
		panic(fmt.Sprintf("FyneApp.toml: no [Details] Version (%v)", err))
	}
	return meta.Details.Version
})
