package spdx

import (
	"strings"
	"testing"
)

// ShareAlike counts the content licences with a share-alike condition,
// and only those: every licence the questionnaires offer and every
// licence in common use, then every identifier of the SPDX list.
func TestShareAlike(t *testing.T) {
	for id, want := range map[string]bool{
		// Offered by the questionnaires (software, data, content,
		// hardware licences).
		"AGPL-3.0-or-later": false, "Apache-2.0": false, "BSD-3-Clause": false, "CC-BY-4.0": false,
		"CC-BY-SA-4.0": true, "CC0-1.0": false, "CECILL-2.1": false, "CECILL-B": false, "CECILL-C": false,
		"CERN-OHL-P-2.0": false, "CERN-OHL-S-2.0": false, "CERN-OHL-W-2.0": false, "EUPL-1.2": false,
		"GPL-3.0-or-later": false, "LGPL-3.0-or-later": false, "MIT": false, "MPL-2.0": false,
		"ODbL-1.0": false, "etalab-2.0": false,
		// Others in common use, and as an answer may write them.
		"CC-BY-SA-3.0": true, "CC-BY-NC-SA-4.0": true, "CC-SA-1.0": true, "GFDL-1.3-only": true,
		"GFDL-1.3-or-later": true, "LAL-1.3": true, " cc-by-sa-4.0 ": true, "CC-BY-3.0": false,
		"CC-BY-ND-4.0": false, "OGL-UK-3.0": false, "": false,
	} {
		if got := ShareAlike(id); got != want {
			t.Errorf("ShareAlike(%q) = %v, want %v", id, got, want)
		}
	}
	n := 0
	for _, id := range IDs() {
		family := strings.HasPrefix(id, "CC-") && strings.Contains(id, "-SA-") || strings.HasPrefix(id, "GFDL-") || strings.HasPrefix(id, "LAL-")
		if got := ShareAlike(id); got != family {
			t.Errorf("ShareAlike(%q) = %v, want %v", id, got, family)
		}
		if family {
			n++
		}
	}
	if n < 40 {
		t.Errorf("only %d share-alike identifiers in the SPDX list", n)
	}
}
