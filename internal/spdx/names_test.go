package spdx

import (
	"slices"
	"testing"
)

// Licences as people write them, and the identifiers they can mean: one
// when the name says enough, a choice when it does not.
func TestSuggest(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"GPL3", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{"GPLv3", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{"GPL 3.0", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{"GPL-3", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{"GPL-3.0", []string{"GPL-3.0-only", "GPL-3.0-or-later"}}, // deprecated identifier
		{"GNU GPL v3", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{"GNU General Public License version 3", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{"GPLv3+", []string{"GPL-3.0-or-later"}},
		{"GPL 3 or later", []string{"GPL-3.0-or-later"}},
		{"GPL v2 only", []string{"GPL-2.0-only"}},
		{"GPL", []string{"GPL-3.0-only", "GPL-3.0-or-later", "GPL-2.0-only", "GPL-2.0-or-later"}},
		{"Licence publique générale GNU 3.0 ou ultérieure", []string{"GPL-3.0-or-later"}},
		{"AGPLv3", []string{"AGPL-3.0-only", "AGPL-3.0-or-later"}},
		{"GNU Affero GPL 3+", []string{"AGPL-3.0-or-later"}},
		{"LGPL", []string{"LGPL-3.0-only", "LGPL-3.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later"}},
		{"LGPLv2.1+", []string{"LGPL-2.1-or-later"}},
		{"GNU Lesser General Public License v3", []string{"LGPL-3.0-only", "LGPL-3.0-or-later"}},
		{"Apache 2", []string{"Apache-2.0"}},
		{"Apache License 2.0", []string{"Apache-2.0"}},
		{"Apache License, Version 2.0", []string{"Apache-2.0"}},
		{"apache2", []string{"Apache-2.0"}},
		{"Apache", []string{"Apache-2.0"}},
		{"MIT License", []string{"MIT"}},
		{"The MIT License", []string{"MIT"}},
		{"Expat", []string{"MIT"}},
		{"BSD", []string{"BSD-3-Clause", "BSD-2-Clause"}},
		{"BSD 3", []string{"BSD-3-Clause"}},
		{"BSD-3", []string{"BSD-3-Clause"}},
		{"3-clause BSD", []string{"BSD-3-Clause"}},
		{"BSD 2 clause", []string{"BSD-2-Clause"}},
		{"New BSD", []string{"BSD-3-Clause"}},
		{"Simplified BSD License", []string{"BSD-2-Clause"}},
		{"CC BY 4.0", []string{"CC-BY-4.0"}},
		{"CC-BY", []string{"CC-BY-4.0", "CC-BY-3.0"}},
		{"CC-BY-SA", []string{"CC-BY-SA-4.0", "CC-BY-SA-3.0"}},
		{"CC BY-SA 4.0", []string{"CC-BY-SA-4.0"}},
		{"Creative Commons Attribution-ShareAlike 4.0 International", []string{"CC-BY-SA-4.0"}},
		{"Creative Commons Attribution 4.0", []string{"CC-BY-4.0"}},
		{"CC BY-NC-SA 4.0", []string{"CC-BY-NC-SA-4.0"}},
		{"CC0", []string{"CC0-1.0"}},
		{"CC0 1.0", []string{"CC0-1.0"}},
		{"Licence Ouverte 2.0", []string{"etalab-2.0"}},
		{"Licence Ouverte", []string{"etalab-2.0"}},
		{"Etalab", []string{"etalab-2.0"}},
		{"Open Licence 2.0", []string{"etalab-2.0"}},
		{"ODbL", []string{"ODbL-1.0"}},
		{"Open Database License", []string{"ODbL-1.0"}},
		{"CeCILL v2.1", []string{"CECILL-2.1"}},
		{"CeCILL 2.1", []string{"CECILL-2.1"}},
		{"CeCILL", []string{"CECILL-2.1"}},
		{"CeCILL 2", []string{"CECILL-2.0", "CECILL-2.1"}},
		{"EUPL 1", []string{"EUPL-1.0", "EUPL-1.2", "EUPL-1.1"}},
		{"CeCILL-B", []string{"CECILL-B"}},
		{"EUPL 1.2", []string{"EUPL-1.2"}},
		{"EUPL v1.2", []string{"EUPL-1.2"}},
		{"EUPL", []string{"EUPL-1.2"}},
		{"MPL 2", []string{"MPL-2.0"}},
		{"Mozilla Public License 2.0", []string{"MPL-2.0"}},
		{"MPL", []string{"MPL-2.0"}},
		{"CERN OHL S 2.0", []string{"CERN-OHL-S-2.0"}},
		{"GFDL 1.3", []string{"GFDL-1.3-only", "GFDL-1.3-or-later"}},
		{"proprietary", nil},
		{"3.0", nil},
		{"", nil},
	} {
		if got := Suggest(c.name); !slices.Equal(got, c.want) {
			t.Errorf("Suggest(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestOnlyOrLater(t *testing.T) {
	if only, later, ok := OnlyOrLater([]string{"GPL-3.0-only", "GPL-3.0-or-later"}); !ok || only != "GPL-3.0-only" || later != "GPL-3.0-or-later" {
		t.Error("GPL-3.0 pair not recognised")
	}
	for _, ids := range [][]string{{"BSD-3-Clause", "BSD-2-Clause"}, {"GPL-3.0-only", "GPL-2.0-or-later"}, {"GPL-3.0-only"}} {
		if _, _, ok := OnlyOrLater(ids); ok {
			t.Errorf("%q taken for an only/or-later pair", ids)
		}
	}
}

// Every identifier is among the suggestions for itself, whatever its
// case: the shape of a name never loses a licence.
func TestSuggestFindsEveryIdentifier(t *testing.T) {
	for _, id := range IDs() {
		if !slices.Contains(Suggest(id), id) {
			t.Errorf("Suggest(%q) = %q", id, Suggest(id))
		}
	}
}
