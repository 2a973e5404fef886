package markdown

import (
	"testing"

	"apitos/internal/document"
	"apitos/internal/textfmt"
)

func TestRender(t *testing.T) {
	d, err := document.Build("# Terms\n\nFront.\n\n## Parties {#p .unnumbered}\n\nUs.\n\n## Scope {#s}\n\n### Purpose {#sp}\n\nText.\n\n## Register {#a .annex}\n\n| A | B |\n|---|---|\n| 1 | 2 |\n", textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	want := `# Terms

Front.

## Contents

- Parties
- Article 1 — Scope
  - 1.1 Purpose
- Annex A — Register

## Parties

Us.

## Article 1 — Scope

### 1.1 Purpose

Text.

## Annex A — Register

| A | B |
|---|---|
| 1 | 2 |`
	if got := string(Render(d)); got != want {
		t.Errorf("Render =\n%s\nwant\n%s", got, want)
	}
}
