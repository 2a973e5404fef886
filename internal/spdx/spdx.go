// Package spdx knows the SPDX licence identifiers, so that a licence
// named in answers is one that tools and readers can resolve.
//
// ids.txt and deprecated.txt come from the spdx-license-ids package,
// version 3.0.24 (CC0-1.0), itself generated from the SPDX License List.
package spdx

import (
	_ "embed"
	"strings"
	"sync"
)

var (
	//go:embed ids.txt
	idsText string
	//go:embed deprecated.txt
	deprecatedText string
)

var (
	once       sync.Once
	canonical  map[string]string // lower-case id -> id
	deprecated map[string]string
	all        []string
)

func load() {
	canonical, deprecated = map[string]string{}, map[string]string{}
	for _, id := range strings.Fields(idsText) {
		canonical[strings.ToLower(id)] = id
		all = append(all, id)
	}
	for _, id := range strings.Fields(deprecatedText) {
		deprecated[strings.ToLower(id)] = id
	}
}

// Lookup returns the identifier as the SPDX License List writes it, for
// any capitalisation of a current identifier.
func Lookup(id string) (string, bool) {
	once.Do(load)
	c, ok := canonical[strings.ToLower(strings.TrimSpace(id))]
	return c, ok
}

// Deprecated reports whether id is a deprecated identifier, such as
// GPL-3.0 (now GPL-3.0-only or GPL-3.0-or-later).
func Deprecated(id string) bool {
	once.Do(load)
	_, ok := deprecated[strings.ToLower(strings.TrimSpace(id))]
	return ok
}

// IDs returns every current identifier.
func IDs() []string {
	once.Do(load)
	return all
}

// URL is the page of the licence on the SPDX License List.
func URL(id string) string {
	return "https://spdx.org/licenses/" + id + ".html"
}
