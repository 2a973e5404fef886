// Package screenfont builds a two-glyph TrueType font that gives the
// screen no-break spaces its line breaking respects.
//
// Fyne breaks lines at every Unicode space, the no-break ones included,
// so French text on screen could start a line with a semicolon or a
// colon, leave a closing guillemet alone, or split "1er / mars". The
// wizard draws the narrow no-break space as Glue and the no-break space
// as WideGlue, private-use characters Fyne does not break at, which this
// font draws as blanks of the same widths; every other character falls
// through to the theme's own fonts.
package screenfont

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// The characters drawn as no-break spaces.
const (
	Glue     = '\uE000' // as U+202F, the narrow no-break space
	WideGlue = '\uE001' // as U+00A0, the no-break space
)

// Metrics are the vertical metrics and the widths of the blanks, in font
// units, copied from the font the text is set in so that lines keep
// their height.
type Metrics struct {
	UnitsPerEm      uint16
	Ascent, Descent int16 // Descent is negative
	LineGap         int16
	Width           uint16 // the advance of the narrow no-break space
	WideWidth       uint16 // the advance of the no-break space
}

// FromFont reads the metrics of a TrueType font and the widths of its
// no-break spaces.
func FromFont(ttf []byte) (Metrics, error) {
	tables, err := tableDirectory(ttf)
	if err != nil {
		return Metrics{}, err
	}
	head, hhea := tables["head"], tables["hhea"]
	if len(head) < 54 || len(hhea) < 36 {
		return Metrics{}, errors.New("screenfont: no head or hhea table")
	}
	m := Metrics{
		UnitsPerEm: be.Uint16(head[18:]),
		Ascent:     int16(be.Uint16(hhea[4:])),
		Descent:    int16(be.Uint16(hhea[6:])),
		LineGap:    int16(be.Uint16(hhea[8:])),
	}
	var wideErr error
	m.Width, err = advance(tables, 0x202F)
	m.WideWidth, wideErr = advance(tables, 0x00A0)
	return m, errors.Join(err, wideErr)
}

// advance is the advance width of r's glyph.
func advance(tables map[string][]byte, r rune) (uint16, error) {
	glyph, ok := glyphOf(tables["cmap"], r)
	if !ok {
		return 0, fmt.Errorf("screenfont: the font has no %U", r)
	}
	hhea, hmtx := tables["hhea"], tables["hmtx"]
	i := min(int(glyph), int(be.Uint16(hhea[34:]))-1)
	if i < 0 || len(hmtx) < 4*i+2 {
		return 0, errors.New("screenfont: short hmtx table")
	}
	return be.Uint16(hmtx[4*i:]), nil
}

var be = binary.BigEndian

// tableDirectory maps the tags of a TrueType font's tables to their bytes.
func tableDirectory(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, errors.New("screenfont: not a font")
	}
	n := int(be.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errors.New("screenfont: truncated table directory")
	}
	out := map[string][]byte{}
	for i := range n {
		rec := ttf[12+16*i:]
		off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(ttf)) {
			return nil, errors.New("screenfont: table outside the file")
		}
		out[string(rec[:4])] = ttf[off : off+length]
	}
	return out, nil
}

// glyphOf finds the glyph of r in a cmap table's Unicode BMP subtable
// (format 4), the one every TrueType font for the screen has.
func glyphOf(cmap []byte, r rune) (uint16, bool) {
	if len(cmap) < 4 {
		return 0, false
	}
	for i := range int(be.Uint16(cmap[2:])) {
		rec := cmap[4+8*i:]
		platform, encoding, off := be.Uint16(rec), be.Uint16(rec[2:]), be.Uint32(rec[4:])
		if !(platform == 3 && encoding == 1 || platform == 0) || int(off)+14 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		if be.Uint16(sub) != 4 {
			continue
		}
		segs := int(be.Uint16(sub[6:])) / 2
		ends, starts := sub[14:], sub[16+2*segs:]
		deltas, ranges := sub[16+4*segs:], sub[16+6*segs:]
		for s := range segs {
			end, start := rune(be.Uint16(ends[2*s:])), rune(be.Uint16(starts[2*s:]))
			if r < start || r > end {
				continue
			}
			delta, rangeOff := be.Uint16(deltas[2*s:]), int(be.Uint16(ranges[2*s:]))
			if rangeOff == 0 {
				return uint16(r) + delta, true
			}
			at := 16 + 6*segs + 2*s + rangeOff + 2*int(r-start)
			if at+2 > len(sub) {
				return 0, false
			}
			g := be.Uint16(sub[at:])
			return g + delta, g != 0
		}
	}
	return 0, false
}

// Build writes the font: glyph 0 (the missing glyph, empty), then the
// blanks of Glue and WideGlue.
func Build(m Metrics) []byte {
	tables := map[string][]byte{
		"head": head(m),
		"hhea": hhea(m),
		"maxp": maxp(),
		"hmtx": hmtx(m),
		"cmap": cmap(),
		"loca": make([]byte, 4*2), // short offsets: every glyph empty
		"glyf": {},
		"post": post(),
		"OS/2": os2(m),
		"name": name(),
	}
	return assemble(tables)
}

func put(fields ...any) []byte {
	var b bytes.Buffer
	for _, f := range fields {
		binary.Write(&b, be, f)
	}
	return b.Bytes()
}

func head(m Metrics) []byte {
	return put(uint32(0x00010000), uint32(0x00010000), uint32(0), uint32(0x5F0F3CF5),
		uint16(0), m.UnitsPerEm, uint64(0), uint64(0),
		int16(0), m.Descent, int16(m.WideWidth), m.Ascent, // bounding box
		uint16(0), uint16(8), int16(2), int16(0), int16(0)) // index to loc format 0
}

func hhea(m Metrics) []byte {
	return put(uint32(0x00010000), m.Ascent, m.Descent, m.LineGap, m.WideWidth,
		int16(0), int16(0), int16(m.WideWidth), int16(1), int16(0), int16(0),
		int16(0), int16(0), int16(0), int16(0), int16(0), uint16(3))
}

func maxp() []byte {
	return put(uint32(0x00010000), uint16(3), uint16(0), uint16(0), uint16(0), uint16(0),
		uint16(1), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0), uint16(0))
}

func hmtx(m Metrics) []byte {
	return put(uint16(0), int16(0), m.Width, int16(0), m.WideWidth, int16(0))
}

// cmap maps Glue and WideGlue to glyphs 1 and 2 in a format 4 subtable
// for Unicode (3, 1).
func cmap() []byte {
	g := uint16(Glue)
	sub := put(uint16(4), uint16(32), uint16(0), uint16(4), uint16(4), uint16(1), uint16(0),
		uint16(WideGlue), uint16(0xFFFF), uint16(0), // ends
		g, uint16(0xFFFF), // starts
		uint16(1-int(g)), uint16(1), // deltas: Glue+delta = 1, 0xFFFF+1 = 0
		uint16(0), uint16(0)) // range offsets
	return append(put(uint16(0), uint16(1), uint16(3), uint16(1), uint32(12)), sub...)
}

func post() []byte {
	return put(uint32(0x00030000), uint32(0), int16(0), int16(0), uint32(0), uint32(0), uint32(0), uint32(0), uint32(0))
}

func os2(m Metrics) []byte {
	return put(uint16(4), int16(m.Width), uint16(400), uint16(5), uint16(0),
		int16(0), int16(0), int16(0), int16(0), int16(0), int16(0), int16(0), int16(0), int16(0), int16(0),
		int16(0), make([]byte, 10), uint32(0), uint32(0), uint32(0), uint32(0), []byte("none"),
		uint16(0x40), uint16(Glue), uint16(WideGlue), m.Ascent, m.Descent, m.LineGap,
		uint16(m.Ascent), uint16(-m.Descent), uint32(0), uint32(0),
		int16(0), int16(0), uint16(0), uint16(0), uint16(0))
}

func name() []byte {
	family := "APIToS glue"
	var utf16 []byte
	for _, r := range family {
		utf16 = append(utf16, 0, byte(r))
	}
	records := put(uint16(0), uint16(2), uint16(6+2*12),
		uint16(3), uint16(1), uint16(0x409), uint16(1), uint16(len(utf16)), uint16(0),
		uint16(3), uint16(1), uint16(0x409), uint16(4), uint16(len(utf16)), uint16(0))
	return append(records, utf16...)
}

// assemble writes the table directory and the tables, each aligned on
// four bytes, with their checksums and the file's checksum adjustment.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := (1 << entrySelector) * 16
	out := put(uint32(0x00010000), uint16(n), uint16(searchRange), uint16(entrySelector), uint16(n*16-searchRange))
	offset := uint32(12 + 16*n)
	var body []byte
	for _, t := range tags {
		data := tables[t]
		out = append(out, []byte(t)...)
		out = append(out, put(checksum(data), offset, uint32(len(data)))...)
		padded := append(append([]byte{}, data...), make([]byte, (4-len(data)%4)%4)...)
		body = append(body, padded...)
		offset += uint32(len(padded))
	}
	out = append(out, body...)
	// head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
	headAt := 12 + 16*n + 0
	for _, t := range tags {
		if t == "head" {
			break
		}
		headAt += len(tables[t]) + (4-len(tables[t])%4)%4
	}
	be.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += be.Uint32(w[:])
	}
	return sum
}
