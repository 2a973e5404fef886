package pdf

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// Registering the two faces every document uses, serif regular (text and
// outline) and bold (title and headings), is about a third of the time of
// writing a PDF, and it does not depend on the document. A caller that
// knows it will write PDFs can have it done in advance with Prepare, while
// it does other work (the command line loads the questionnaire and the
// answers meanwhile); Render then starts from a prepared PDF.

// maxPrepared bounds the PDFs prepared and not yet used: each holds the
// parsed fonts, about 2 MB.
const maxPrepared = 8

var prepared = struct {
	sync.Mutex
	pending int // prepared or being prepared, not yet taken by Render
	ready   chan *fpdf.Fpdf
}{ready: make(chan *fpdf.Fpdf, maxPrepared)}

// Prepare starts preparing n PDFs in the background, for the next n calls
// of Render.
func Prepare(n int) {
	prepared.Lock()
	defer prepared.Unlock()
	n = min(n, maxPrepared-prepared.pending)
	prepared.pending += max(n, 0)
	for range n {
		go func() { prepared.ready <- newBase() }()
	}
}

// base returns a PDF with the common faces registered: a prepared one if
// any is pending (waiting for it to be ready rather than doing the work
// twice), or a new one.
func base() *fpdf.Fpdf {
	prepared.Lock()
	if prepared.pending == 0 {
		prepared.Unlock()
		return newBase()
	}
	prepared.pending--
	prepared.Unlock()
	return <-prepared.ready
}

// commonFaces are registered in every document, in this order, so that a
// prepared PDF and a new one give the same bytes.
var commonFaces = []style{body, {bold: true}}

func newBase() *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, st := range commonFaces {
		family, variant := st.font()
		registerFont(pdf, family, variant)
	}
	return pdf
}
