// Package pack writes the documents of a project as a repository expects
// them: CONTRIBUTING.md for the contribution policy, GOVERNANCE.md for
// the charter, API-TERMS.md for the API terms, each in the language that
// prevails, with the other language beside it (CONTRIBUTING.en.md), and
// for the API terms a badge: the strip of their pictograms, with the
// Markdown and HTML that show it linked to the published terms.
package pack

import (
	"fmt"
	"regexp"
	"strings"

	"apitos/assets/picto"
	"apitos/internal/export"
	"apitos/internal/mdtext"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// names are the files a repository expects, by kind.
var names = map[string]string{"api-tos": "API-TERMS", "charter": "GOVERNANCE", "contribution": "CONTRIBUTING"}

// Name is the name of a kind's document in a repository, without its
// extension: CONTRIBUTING for a contribution policy.
func Name(kind string) string { return names[kind] }

// Badge names the files of the API terms' badge.
const (
	BadgeSVG      = "API-TERMS-badge.svg"
	BadgeSnippets = "API-TERMS-badge.md"
	badgeHeight   = 32
)

// Render returns a kind's files in a repository: its Markdown in each
// language of the request (the one that prevails as NAME.md, the other
// as NAME.<lang>.md), the pictograms they show, the badge for the API
// terms, and the manifest <kind>.json describing them all. The documents
// are the bytes export writes, under their repository names, so that
// apitos verify checks them.
func Render(req export.Request) ([]export.File, error) {
	req.Langs = export.PrevailingFirst(req.Kind, req.Values, req.Langs)
	req.Formats = []export.Format{export.Markdown}
	req.Mode, req.SideBySide = templates.Final, false
	rendered, err := export.Render(req)
	if err != nil {
		return nil, err
	}
	rendered = rendered[:len(rendered)-1] // the manifest, made again below
	name := Name(req.Kind.ID)
	var files []export.File
	var prevailing []byte
	for _, f := range rendered {
		switch {
		case f.Name == export.FileName(req.Kind.ID, req.Langs[0], export.Markdown, false):
			f.Name = name + ".md"
			prevailing = f.Data
		case f.Lang != "":
			f.Name = name + "." + string(f.Lang) + ".md"
		}
		files = append(files, f)
	}
	if req.Kind.ID == "api-tos" {
		files = append(files, badge(req, prevailing)...)
	}
	return append(files, export.Manifest(req, files)), nil
}

var pictoImage = regexp.MustCompile(`!\[(?:\\.|[^\]\\])*\]\((` + picto.Dir + `/[a-z0-9-]+\.svg)\)`)

// badge draws the pictograms the terms' summary shows, in its order, and
// writes the snippets that show the strip linked to the published terms
// (or to API-TERMS.md when the answers do not say where they are).
func badge(req export.Request, md []byte) []export.File {
	var ps []picto.Picto
	var labels []string
	lang := req.Langs[0]
	for _, m := range pictoImage.FindAllSubmatch(md, -1) {
		n, ok := picto.NameOf(string(m[1]))
		if !ok {
			continue
		}
		p, _ := picto.Get(n)
		ps = append(ps, p)
		labels = append(labels, pictoLabel(req.Kind, n, lang))
	}
	if len(ps) == 0 {
		return nil
	}
	w := badgeWords[lang]
	label := textfmt.Typeset(lang, w.label+" "+strings.Join(labels, ", "))
	// A pack holds final documents: the address is answered.
	link, _ := req.Kind.Questionnaire.Resolve(req.Values)["api.terms_url"].(string)
	attr := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;")
	snippets := fmt.Sprintf("# %s\n\n%s\n\nMarkdown:\n\n```markdown\n[![%s](%s)](%s)\n```\n\nHTML:\n\n```html\n<a href=\"%s\"><img src=\"%s\" alt=\"%s\" height=\"%d\"></a>\n```\n",
		textfmt.Typeset(lang, w.title), textfmt.Typeset(lang, w.intro), mdtext.Escape(label), BadgeSVG, link,
		attr.Replace(link), BadgeSVG, attr.Replace(label), badgeHeight)
	return []export.File{
		{Name: BadgeSVG, Data: picto.Strip(ps, label, badgeHeight)},
		{Name: BadgeSnippets, Data: []byte(snippets)},
	}
}

var badgeWords = map[textfmt.Lang]struct{ title, intro, label string }{
	textfmt.EN: {
		title: "Badge of the API terms",
		intro: "The pictograms of the commitments the API terms make, to show in a README or on a web page, linked to the terms. Paths are relative to this folder.",
		label: "API terms:",
	},
	textfmt.FR: {
		title: "Badge des conditions d'utilisation de l'API",
		intro: "Les pictogrammes des engagements que prennent les conditions d'utilisation de l'API, à afficher dans un README ou sur une page web, avec un lien vers les conditions. Les chemins sont relatifs à ce dossier.",
		label: "Conditions d'utilisation de l'API :",
	},
}

// pictoLabel names what a pictogram shows, in lang: the question whose
// answer it stands for, and the option chosen ("Licence of the
// specification: Free reuse (CC0 1.0)").
func pictoLabel(k *templates.Kind, name string, lang textfmt.Lang) string {
	colon := ": "
	if lang == textfmt.FR {
		colon = " : "
	}
	v, variant := picto.VariantNamed(name)
	if variant {
		name = v.Base
	}
	for _, qq := range k.Questionnaire.Questions() {
		if qq.Picto == name {
			return qq.Label.In(lang)
		}
		for _, o := range qq.Options {
			if o.Picto == name {
				text := o.Label.In(lang)
				if variant {
					text = v.EN
					if lang == textfmt.FR {
						text = v.FR
					}
				}
				return qq.Label.In(lang) + colon + text
			}
		}
	}
	return name
}
