// Package assets holds the application's icon; pictograms are in the
// picto sub-package.
package assets

import _ "embed"

// Icon is the application icon, 256 × 256 PNG (drawn in icon.svg).
//
//go:embed icon.png
var Icon []byte
