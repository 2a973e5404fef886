package picto

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestSVGIsWellFormed(t *testing.T) {
	dir := os.Getenv("PICTO_DUMP")
	for _, name := range Names() {
		p, ok := Get(name)
		if !ok {
			t.Fatal(name)
		}
		svg := SVG(p, "#1a1a1a", "A & B <"+name+">")
		d := xml.NewDecoder(strings.NewReader(string(svg)))
		for {
			if _, err := d.Token(); err != nil {
				if err.Error() != "EOF" {
					t.Errorf("%s: %v", name, err)
				}
				break
			}
		}
		for _, s := range p.Shapes {
			for _, v := range s.Points {
				if v < 0 || v > 100 {
					t.Errorf("%s: point %g outside the box", name, v)
				}
			}
		}
		if dir != "" {
			os.WriteFile(filepath.Join(dir, name+".svg"), svg, 0o644)
		}
	}
}

// Names lists every pictogram, sorted.
func Names() []string {
	var out []string
	for n := range all {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
