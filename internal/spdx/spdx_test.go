package spdx

import "testing"

func TestLookup(t *testing.T) {
	for in, want := range map[string]string{"mit": "MIT", "Apache-2.0": "Apache-2.0", "cecill-b": "CECILL-B", "ETALAB-2.0": "etalab-2.0", " ODbL-1.0 ": "ODbL-1.0"} {
		if got, ok := Lookup(in); !ok || got != want {
			t.Errorf("Lookup(%q) = %q, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"GPL-3.0", "Apache 2", "", "MIT OR Apache-2.0"} {
		if _, ok := Lookup(bad); ok {
			t.Errorf("Lookup(%q) accepted", bad)
		}
	}
	if !Deprecated("GPL-3.0") || Deprecated("MIT") {
		t.Error("Deprecated")
	}
	if len(IDs()) < 600 {
		t.Errorf("only %d ids", len(IDs()))
	}
}
