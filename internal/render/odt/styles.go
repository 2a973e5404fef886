package odt

import (
	"strings"

	"apitos/internal/render/office"
)

// styles is styles.xml: the named styles, in the document's language
// (LibreOffice's own names, such as Heading 1 and Contents 1, so that
// its navigator and index treat them as its own), the page layout, the
// running header and footer and, for review, line numbers restarting on
// each page.
func styles(doc *office.Doc) string {
	lang, country := odfLang(doc.Lang)
	langProps := ` fo:language="` + lang + `" fo:country="` + country + `"`
	var b strings.Builder
	b.WriteString(xmlHeader + `<office:document-styles` + namespaces + `>`)
	b.WriteString(fonts)
	b.WriteString(`<office:styles>`)
	b.WriteString(`<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>`)
	b.WriteString(`<style:text-properties style:font-name="Times New Roman" fo:font-size="11pt"` + langProps + ` fo:hyphenate="false"/></style:default-style>`)

	para := func(name, display, parent, next, class, pPr, tPr string) {
		b.WriteString(`<style:style style:name="` + name + `" style:display-name="` + display + `" style:family="paragraph"`)
		if parent != "" {
			b.WriteString(` style:parent-style-name="` + parent + `"`)
		}
		if next != "" {
			b.WriteString(` style:next-style-name="` + next + `"`)
		}
		if class != "" {
			b.WriteString(` style:class="` + class + `"`)
		}
		b.WriteString(`>`)
		if pPr != "" {
			b.WriteString(`<style:paragraph-properties` + pPr + `/>`)
		}
		b.WriteString(`<style:text-properties` + tPr + langProps + `/></style:style>`)
	}
	noNumbers := ` text:number-lines="false"`
	para("Standard", "Default Paragraph Style", "", "", "text", ` fo:margin-bottom="0.21cm" fo:line-height="110%"`, ``)
	para("Text_20_body", "Body Text", "Standard", "", "text", ``, ``)
	para("Title", "Title", "Standard", "Subtitle", "chapter", noNumbers+` fo:margin-top="4.23cm" fo:margin-bottom="0.64cm" fo:text-align="center"`, ` fo:font-size="22pt" fo:font-weight="bold"`)
	para("Subtitle", "Subtitle", "Standard", "Text_20_body", "chapter", noNumbers+` fo:margin-bottom="0.28cm" fo:text-align="center"`, ` fo:font-size="12pt"`)
	para("Draft_20_mark", "Draft mark", "Standard", "Draft_20_notice", "", noNumbers+` fo:margin-top="1.06cm" fo:text-align="center"`, ` fo:font-size="16pt" fo:font-weight="bold" fo:color="#a31f1f"`)
	para("Draft_20_notice", "Draft notice", "Standard", "Title", "", noNumbers+` fo:margin-left="1.5cm" fo:margin-right="1.5cm" fo:text-align="center"`, ` fo:color="#a31f1f"`)
	para("Contents_20_Heading", "Contents Heading", "Standard", "Contents_20_1", "index", noNumbers+` fo:margin-bottom="0.42cm" fo:keep-with-next="always"`, ` fo:font-size="14pt" fo:font-weight="bold"`)
	tabs := `<style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>`
	index := func(name, display, pPr, tPr string) {
		b.WriteString(`<style:style style:name="` + name + `" style:display-name="` + display + `" style:family="paragraph" style:parent-style-name="Standard" style:class="index">`)
		b.WriteString(`<style:paragraph-properties` + noNumbers + pPr + `>` + tabs + `</style:paragraph-properties><style:text-properties` + tPr + langProps + `/></style:style>`)
	}
	index("Contents_20_1", "Contents 1", ` fo:margin-top="0.11cm" fo:margin-bottom="0cm"`, ` fo:font-weight="bold"`)
	index("Contents_20_2", "Contents 2", ` fo:margin-left="0.8cm" fo:margin-bottom="0cm"`, ``)
	index("Contents_20_3", "Contents 3", ` fo:margin-left="1.6cm" fo:margin-bottom="0cm"`, ``)
	heading := func(n, size, before, after string) {
		b.WriteString(`<style:style style:name="Heading_20_` + n + `" style:display-name="Heading ` + n + `" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="` + n + `" style:class="text">`)
		b.WriteString(`<style:paragraph-properties fo:margin-top="` + before + `" fo:margin-bottom="` + after + `" fo:keep-with-next="always" fo:keep-together="always"/>`)
		b.WriteString(`<style:text-properties fo:font-size="` + size + `" fo:font-weight="bold"` + langProps + `/></style:style>`)
	}
	heading("1", "14pt", "0.64cm", "0.21cm")
	heading("2", "12pt", "0.42cm", "0.14cm")
	heading("3", "11pt", "0.32cm", "0.11cm")
	para("List_20_Contents", "List Contents", "Standard", "", "list", ` fo:margin-bottom="0.11cm"`, ``)
	para("Quotations", "Quotations", "Standard", "", "html", ` fo:margin-left="1cm" fo:margin-right="1cm"`, ` fo:font-style="italic"`)
	para("Preformatted_20_Text", "Preformatted Text", "Standard", "", "html", ` fo:margin-bottom="0cm" fo:line-height="100%"`, ` style:font-name="Courier New" fo:font-size="9.5pt"`)
	para("Table_20_Contents", "Table Contents", "Standard", "", "extra", ` fo:margin-bottom="0cm" fo:line-height="100%"`, ` fo:font-size="9.5pt"`)
	para("Comment", "Comment", "Standard", "", "", ` fo:margin-bottom="0.14cm" fo:line-height="100%"`, ` fo:font-size="10pt"`)
	para("Header", "Header", "Standard", "", "extra", noNumbers+` fo:margin-bottom="0cm"`, ` fo:font-size="8pt" fo:color="#555555"`)
	para("Footer", "Footer", "Standard", "", "extra", noNumbers+` fo:margin-bottom="0cm" fo:text-align="center"`, ` fo:font-size="8pt" fo:color="#555555"`)

	text := func(name, display, tPr string) {
		b.WriteString(`<style:style style:name="` + name + `" style:display-name="` + display + `" style:family="text"><style:text-properties` + tPr + `/></style:style>`)
	}
	text("Internet_20_link", "Internet Link", ` fo:color="#1a4d99" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"`)
	text("Visited_20_Internet_20_Link", "Visited Internet Link", ` fo:color="#1a4d99" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"`)
	text("Index_20_Link", "Index Link", ``)
	text("Draft_20_mark_20_char", "Draft mark char", ` fo:font-weight="bold" fo:color="#a31f1f"`)

	numbering := "false"
	if doc.Meta.Review {
		numbering = "true"
	}
	b.WriteString(`<text:linenumbering-configuration text:number-lines="` + numbering + `" text:offset="0.5cm" style:num-format="1" text:number-position="left" text:increment="1" text:restart-on-page="true"/>`)
	b.WriteString(`</office:styles>`)

	// A4, the Word file's margins; the first page without a header.
	b.WriteString(`<office:automatic-styles>`)
	layout := func(name string, header bool) {
		b.WriteString(`<style:page-layout style:name="` + name + `"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.25cm" fo:margin-bottom="1cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>`)
		b.WriteString(`<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"`)
		if header {
			b.WriteString(` fo:border-bottom="0.5pt solid #555555" fo:padding-bottom="0.1cm"`)
		}
		b.WriteString(`/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>`)
	}
	layout("PageBody", true)
	layout("PageFirst", false)
	b.WriteString(`</office:automatic-styles>`)

	b.WriteString(`<office:master-styles>`)
	draft := ""
	if doc.Meta.Marked() {
		draft = `<text:span text:style-name="Draft_20_mark_20_char">` + esc(doc.Words.Draft) + `</text:span><text:s/> `
	}
	title := doc.Meta.Title
	if doc.Meta.Version != "" {
		title += " — Version " + doc.Meta.Version
	}
	footer := `<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer>`
	b.WriteString(`<style:master-page style:name="Standard" style:page-layout-name="PageBody"><style:header><text:p text:style-name="Header">` + draft + esc(title) + `</text:p></style:header>` + footer + `</style:master-page>`)
	b.WriteString(`<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="PageFirst" style:next-style-name="Standard">`)
	if draft != "" {
		b.WriteString(`<style:header><text:p text:style-name="Header">` + strings.TrimSuffix(draft, `<text:s/> `) + `</text:p></style:header>`)
	}
	b.WriteString(`</style:master-page></office:master-styles></office:document-styles>`)
	return b.String()
}
