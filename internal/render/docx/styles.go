package docx

import (
	"strconv"
	"strings"

	"apitos/internal/textfmt"
)

// Fonts: Times New Roman, which every system has (or a font with its
// metrics, such as Liberation Serif), for the text; Courier New for code.
const (
	serif = "Times New Roman"
	mono  = "Courier New"
)

// styles is word/styles.xml. Built-in styles keep their built-in names
// (heading 1, TOC 1, annotation text...), so that Word's navigation
// pane, table of contents and comments treat them as its own; every
// style is in the document's language.
func styles(l textfmt.Lang) string {
	lang := wordLang(l)
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="` + serif + `" w:hAnsi="` + serif + `" w:eastAsia="` + serif + `" w:cs="` + serif + `"/>`)
	b.WriteString(`<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="` + lang + `" w:eastAsia="` + lang + `" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`)
	b.WriteString(`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)

	para := func(id, name, basedOn, next, pPr, rPr string, extra string) {
		b.WriteString(`<w:style w:type="paragraph" w:styleId="` + id + `"`)
		if id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(`><w:name w:val="` + name + `"/>`)
		if basedOn != "" {
			b.WriteString(`<w:basedOn w:val="` + basedOn + `"/>`)
		}
		if next != "" {
			b.WriteString(`<w:next w:val="` + next + `"/>`)
		}
		b.WriteString(extra + `<w:qFormat/>`)
		if pPr != "" {
			b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
		}
		b.WriteString(`<w:rPr>` + rPr + `<w:lang w:val="` + lang + `"/></w:rPr></w:style>`)
	}
	noNumbers := `<w:suppressLineNumbers/>`
	para("Normal", "Normal", "", "", ``, ``, ``)
	para("Title", "Title", "Normal", "Subtitle", noNumbers+`<w:spacing w:before="2400" w:after="360"/><w:jc w:val="center"/>`, `<w:b/><w:sz w:val="44"/><w:szCs w:val="44"/>`, ``)
	para("Subtitle", "Subtitle", "Normal", "Normal", noNumbers+`<w:spacing w:after="160"/><w:jc w:val="center"/>`, `<w:sz w:val="24"/><w:szCs w:val="24"/>`, ``)
	para("DraftMark", "Draft mark", "Normal", "DraftNotice", noNumbers+`<w:spacing w:before="600" w:after="120"/><w:jc w:val="center"/>`, `<w:b/><w:color w:val="A31F1F"/><w:sz w:val="32"/><w:szCs w:val="32"/>`, ``)
	para("DraftNotice", "Draft notice", "Normal", "Title", noNumbers+`<w:ind w:left="850" w:right="850"/><w:jc w:val="center"/>`, `<w:color w:val="A31F1F"/>`, ``)
	para("TOCHeading", "TOC Heading", "Normal", "TOC1", noNumbers+`<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="left"/>`, `<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>`, ``)
	tabs := `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + itoa(textWidth) + `"/></w:tabs>`
	para("TOC1", "toc 1", "Normal", "Normal", noNumbers+tabs+`<w:spacing w:before="60" w:after="0"/><w:jc w:val="left"/>`, `<w:b/>`, `<w:uiPriority w:val="39"/>`)
	para("TOC2", "toc 2", "Normal", "Normal", noNumbers+tabs+`<w:spacing w:after="0"/><w:ind w:left="454"/><w:jc w:val="left"/>`, ``, `<w:uiPriority w:val="39"/>`)
	para("TOC3", "toc 3", "Normal", "Normal", noNumbers+tabs+`<w:spacing w:after="0"/><w:ind w:left="908"/><w:jc w:val="left"/>`, ``, `<w:uiPriority w:val="39"/>`)
	heading := func(n int, size, before, after string) {
		id := "Heading" + itoa(n)
		para(id, "heading "+itoa(n), "Normal", "Normal",
			`<w:keepNext/><w:keepLines/><w:spacing w:before="`+before+`" w:after="`+after+`"/><w:jc w:val="left"/><w:outlineLvl w:val="`+itoa(n-1)+`"/>`,
			`<w:b/><w:sz w:val="`+size+`"/><w:szCs w:val="`+size+`"/>`, `<w:uiPriority w:val="9"/>`)
	}
	heading(1, "28", "360", "120")
	heading(2, "24", "240", "80")
	heading(3, "22", "180", "60")
	para("ListParagraph", "List Paragraph", "Normal", "", `<w:spacing w:after="60"/><w:ind w:left="720"/>`, ``, `<w:uiPriority w:val="34"/>`)
	para("Quote", "Quote", "Normal", "Normal", `<w:ind w:left="567" w:right="567"/>`, `<w:i/>`, `<w:uiPriority w:val="29"/>`)
	para("Code", "Code", "Normal", "Normal", `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`, `<w:rFonts w:ascii="`+mono+`" w:hAnsi="`+mono+`" w:cs="`+mono+`"/><w:sz w:val="19"/><w:szCs w:val="19"/>`, ``)
	para("TableText", "Table Text", "Normal", "", `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`, `<w:sz w:val="19"/><w:szCs w:val="19"/>`, ``)
	para("CommentText", "annotation text", "Normal", "", `<w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`, `<w:sz w:val="20"/><w:szCs w:val="20"/>`, `<w:uiPriority w:val="99"/>`)
	para("Header", "header", "Normal", "", noNumbers+`<w:tabs><w:tab w:val="right" w:pos="`+itoa(textWidth)+`"/></w:tabs><w:spacing w:after="0"/><w:jc w:val="left"/>`, `<w:color w:val="555555"/><w:sz w:val="16"/><w:szCs w:val="16"/>`, ``)
	para("Footer", "footer", "Normal", "", noNumbers+`<w:spacing w:after="0"/><w:jc w:val="center"/>`, `<w:color w:val="555555"/><w:sz w:val="16"/><w:szCs w:val="16"/>`, ``)

	char := func(id, name, rPr string) {
		b.WriteString(`<w:style w:type="character" w:styleId="` + id + `"><w:name w:val="` + name + `"/><w:rPr>` + rPr + `</w:rPr></w:style>`)
	}
	char("Hyperlink", "Hyperlink", `<w:color w:val="1A4D99"/><w:u w:val="single"/>`)
	char("CommentReference", "annotation reference", `<w:sz w:val="16"/><w:szCs w:val="16"/>`)
	char("DraftMarkChar", "Draft mark Char", `<w:b/><w:color w:val="A31F1F"/>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

var itoa = strconv.Itoa
