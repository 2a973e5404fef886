package templates

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"apitos/assets/picto"
	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"

	"github.com/yuin/goldmark/ast"
)

// apiTOSClauses maps each option of the API terms to the clauses it, and
// only it, produces. The original FACT generator printed share-alike for
// every access choice, had no clause for non-commercial use and dropped
// attribution with trademark enforcement; this table is what prevents
// those bugs here.
var apiTOSClauses = clauseTable{
	"conditions.access": {
		"neutrality":  {"access-neutrality"},
		"restricted":  {"access-restricted"},
		"share-alike": {"access-share-alike", "user-share-alike"},
	},
	"conditions.specification": {
		"cc0":             {"spec-cc0"},
		"cc-by-sa":        {"spec-cc-by-sa"},
		"licence-ouverte": {"spec-licence-ouverte"},
		"cc-by-4.0":       {"spec-cc-by"},
	},
	"conditions.data": {
		"open-reuse":        {"data-open-reuse"},
		"open-data-licence": {"data-open-data-licence"},
		"commercial":        {"data-commercial"},
	},
	"conditions.output": {
		"any-reuse":             {"outputs-any-reuse"},
		"no-direct-competition": {"outputs-no-direct-competition", "user-no-competition"},
		"non-commercial":        {"outputs-non-commercial", "user-non-commercial"},
	},
	"conditions.attribution": {
		"required":  {"user-attribution-required"},
		"none":      {"user-attribution-none"},
		"trademark": {"user-attribution-trademark"},
	},
	"personal_data.processed": {
		"true":  {"data-personal", "data-transfers"},
		"false": {"data-no-personal"},
	},
	"audience": {
		"business-and-consumers": {"consumer", "consumer-information", "consumer-withdrawal", "consumer-guarantee",
			"consumer-changes", "consumer-mediation", "consumer-law", "annex-withdrawal"},
	},
	"pricing.model": {
		"paid": {"access-payment"},
	},
	"safety.critical": {
		"true": {"liability-safety"},
	},
	"data.timetables": {
		"true": {"user-timetables"},
	},
	"contributions.published": {
		"true": {"data-contributions"},
	},
}

// apiTOSConditionalClauses are the clauses that more than one answer calls
// for, with the condition under which each must appear.
var apiTOSConditionalClauses = map[string]func(questionnaire.Values) bool{
	// The data processing terms of article 28 GDPR, wherever the provider
	// is a processor.
	"annex-dpa": func(v questionnaire.Values) bool {
		return v["personal_data.processed"] == true && v["personal_data.role"] != "controller"
	},
	// The hosting clause of the Digital Services Act, wherever the API
	// stores or publishes what users send.
	"data-hosting": func(v questionnaire.Values) bool {
		return v["data_act.processing_service"] == true || v["contributions.published"] == true
	},
	// Verification of compliance, wherever a restriction binds users.
	"user-verification": func(v questionnaire.Values) bool {
		return v["conditions.access"] == "restricted" || v["conditions.data"] == "commercial" || v["conditions.output"] != "any-reuse"
	},
	// Switching under the Data Act, for an API its provider treats as a
	// data processing service, paid or free (article 2(8) sets no
	// condition of payment).
	"term-switching": func(v questionnaire.Values) bool {
		return v["data_act.processing_service"] == true
	},
	// Data licences that are not part of the agreement.
	"annex-a-licences": func(v questionnaire.Values) bool { return v["conditions.data"] != "open-reuse" },
}

// apiTOSDocuments maps options that need a document to the answer holding
// its address, which must then appear in Annex A.
var apiTOSDocuments = map[string]map[any][]string{
	"conditions.access":      {"restricted": {"access.restrictions.url"}},
	"pricing.model":          {"paid": {"pricing.url", "service_level.url"}},
	"conditions.data":        {"open-data-licence": {"data.licence.url"}, "commercial": {"data.commercial.url"}},
	"conditions.attribution": {"trademark": {"trademark.url"}},
}

// Phrases that must appear exactly when an obligation applies, in each
// language: attribution must survive trademark enforcement.
var attributionPhrase = map[textfmt.Lang]string{
	textfmt.EN: "shall state clearly and visibly that they come from",
	textfmt.FR: "indique de manière claire et visible qu’elles proviennent",
}

// annexA is the text of Annex A, its sections included.
func annexA(doc *document.Document) string {
	var b strings.Builder
	for _, c := range doc.Clauses {
		if strings.HasPrefix(c.ID, "annex-a") {
			b.WriteString(c.Body + "\n")
		}
	}
	return b.String()
}

// checkAPITOSOptions fails when a document holds a clause of an option not
// chosen or lacks one of an option chosen, or when Annex A does not list
// exactly the documents the options call for.
func checkAPITOSOptions(t *testing.T, k *Kind, doc *document.Document, vals questionnaire.Values, what string) {
	t.Helper()
	resolved := k.Questionnaire.Resolve(vals)
	checkClauses(t, doc, apiTOSClauses, func(key, option string) bool { return answer(resolved, key) == option }, what)
	for id, want := range apiTOSConditionalClauses {
		if _, has := doc.Clause(id); has != want(resolved) {
			t.Fatalf("%s: clause %s present=%v", what, id, has)
		}
	}
	annex := annexA(doc)
	for key, options := range apiTOSDocuments {
		for option, urlKeys := range options {
			for _, urlKey := range urlKeys {
				url := vals[urlKey].(string)
				if has := strings.Contains(annex, url); has != (resolved[key] == option) {
					t.Fatalf("%s: Annex A lists %s: %v", what, url, has)
				}
			}
		}
	}
	if url := vals["personal_data.url"].(string); !strings.Contains(annex, url) {
		t.Fatalf("%s: Annex A does not list the privacy policy", what)
	}
	md := string(markdown.Render(doc))
	wantAttribution := resolved["conditions.attribution"] != "none"
	if got := strings.Contains(md, attributionPhrase[doc.Lang]); got != wantAttribution {
		t.Fatalf("%s: attribution obligation present=%v", what, got)
	}
}

func TestAPITOSOptionsProduceTheirOwnClauses(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, vals := range combinations(t, k) {
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			checkAPITOSOptions(t, k, doc, vals, string(l)+" "+describe(k, vals))
		}
	}
}

// The Markdown of every combination parses, with a CommonMark parser, into
// exactly the expected outline: one title, then one heading per clause at
// its level, with its number. No raw HTML, and links only where the
// template puts an address.
func TestAPITOSMarkdownStructure(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, vals := range combinations(t, k) {
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			src := markdown.Render(doc)
			var headings, pictos []string
			ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if !entering {
					return ast.WalkContinue, nil
				}
				switch n := n.(type) {
				case *ast.Heading:
					headings = append(headings, fmt.Sprintf("%d %s", n.Level, plainOf(n, src)))
				case *ast.RawHTML, *ast.HTMLBlock:
					t.Fatalf("%s: unexpected %s in Markdown", describe(k, vals), n.Kind())
				case *ast.Image:
					if _, ok := picto.NameOf(string(n.Destination)); !ok {
						t.Fatalf("%s: unexpected image %s", describe(k, vals), n.Destination)
					}
					pictos = append(pictos, string(n.Destination))
				case *ast.Link:
					t.Fatalf("%s: unexpected inline link to %s", describe(k, vals), n.Destination)
				}
				return ast.WalkContinue, nil
			})
			want := []string{"1 " + mdtext.Plain(doc.Title), "2 " + document.WordsFor(l).Contents}
			for _, c := range doc.Clauses {
				want = append(want, fmt.Sprintf("%d %s", c.Depth+1, mdtext.Plain(c.Heading(l))))
			}
			if !slices.Equal(headings, want) {
				t.Fatalf("%s %s: outline\n%v\nwant\n%v", l, describe(k, vals), headings, want)
			}
			// The summary shows the pictogram of each commitment and of
			// each chosen option that has one.
			var wantPictos []string
			for _, qq := range k.Questionnaire.Questions() {
				if qq.Picto != "" {
					wantPictos = append(wantPictos, picto.File(qq.Picto))
				}
				if o, ok := qq.Option(fmt.Sprint(vals[qq.Key])); ok && o.Picto != "" {
					wantPictos = append(wantPictos, picto.File(o.Picto))
				}
			}
			// A pictogram shown with another caption has a file of its own,
			// named after the option's with a suffix (its title differs).
			same := len(pictos) == len(wantPictos)
			for i := 0; same && i < len(pictos); i++ {
				same = pictos[i] == wantPictos[i] || strings.HasPrefix(pictos[i], strings.TrimSuffix(wantPictos[i], ".svg")+"-") ||
					// Free access given for an advantage in return is captioned
					// "No monetary price" (the pictogram of pricing.model "free").
					(wantPictos[i] == "pictograms/price-free.svg" && pictos[i] == "pictograms/price-no-monetary-price.svg")
			}
			if !same {
				t.Fatalf("%s: pictograms %v, want %v", describe(k, vals), pictos, wantPictos)
			}
		}
	}
}

func plainOf(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.WriteString(mdtext.Unescape(t.Value(src)))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// Hostile answers come out as literal text: no emphasis, link, heading,
// HTML or template action can be injected through an answer. The syntax
// tree of a document with hostile answers holds exactly the same markup
// nodes as with ordinary answers.
func TestAPITOSUserTextCannotInjectMarkup(t *testing.T) {
	k, _ := Lookup("api-tos")
	hostile := []string{"*Acme* [x](javascript:alert(1))", "<script>alert(1)</script>", "# Heading", "{{.provider.name}}",
		"| a | b |", "`code` ~~x~~ &amp;", "<https://evil.example>", "Acme\\", "1. Acme", "---"}
	for _, l := range textfmt.All {
		benign := exampleValues(t, k)
		benign["annex"] = []questionnaire.Record{{"title": "SLA", "url": "https://x.example/a", "description": "Levels"}}
		baseline := markupCounts(t, k, benign, l)
		for _, h := range hostile {
			vals := exampleValues(t, k)
			vals["provider.name"] = h
			vals["api.name"] = h
			vals["jurisdiction"] = h
			vals["annex"] = []questionnaire.Record{{"title": h, "url": "https://x.example/a", "description": h}}
			got := markupCounts(t, k, vals, l)
			if !maps.Equal(got, baseline) {
				t.Errorf("%s %q changed the markup: %v, want %v", l, h, got, baseline)
			}
			doc, _ := k.Assemble(vals, l, Final)
			if !strings.Contains(mdtext.Plain(doc.Front), h) {
				t.Errorf("%q does not read back literally in %s: %q", h, l, mdtext.Plain(doc.Front))
			}
		}
	}
}

// markupCounts counts the nodes of each kind, other than text, in the
// Markdown syntax tree of a document.
func markupCounts(t *testing.T, k *Kind, vals questionnaire.Values, l textfmt.Lang) map[string]int {
	t.Helper()
	doc, err := k.Assemble(vals, l, Final)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	ast.Walk(mdtext.Parse(markdown.Render(doc)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Kind() != ast.KindText && n.Kind() != ast.KindString {
			counts[n.Kind().String()]++
		}
		return ast.WalkContinue, nil
	})
	return counts
}

// A title the user writes with a quotation of its own, quoted by the
// terms, takes the inner marks of the language: “ ” inside « » in
// French, ‘ ’ inside “ ” in English.
func TestAPITOSQuotationInsideQuotation(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["conditions.attribution"] = "trademark"
	v["trademark.title"] = questionnaire.Translated{
		textfmt.FR: "Charte d'usage de la marque « Plages Propres »",
		textfmt.EN: "Charter for the use of the “Clean Beaches” mark",
	}
	want := map[textfmt.Lang]string{
		textfmt.FR: "Charte d’usage de la marque “Plages Propres”" + textfmt.NarrowNBSP + "»",
		textfmt.EN: "Charter for the use of the ‘Clean Beaches’ mark”",
	}
	for _, l := range textfmt.All {
		doc, err := k.Assemble(v, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		c, ok := doc.Clause("user-attribution-trademark")
		if !ok || !strings.Contains(c.Body, want[l]) {
			t.Errorf("%s: the quoted title reads %q", l, c.Body)
		}
	}
}

// Review mode tells the lawyer to check the hosting provider's details
// that the LCEN requires in the legal notice of the website: the terms
// identify the Provider, not its host.
func TestAPITOSHostDetailsChecked(t *testing.T) {
	k, _ := Lookup("api-tos")
	host := map[textfmt.Lang]string{
		textfmt.EN: "address and telephone number of the provider that hosts them",
		textfmt.FR: "l’adresse et le numéro de téléphone du prestataire qui les héberge",
	}
	for _, published := range []bool{false, true} {
		v := exampleValues(t, k)
		v["contributions.published"] = published
		for _, l := range textfmt.All {
			doc, err := k.AssembleAnnotated(v, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := doc.Clause("parties")
			if p.Note == nil || !strings.Contains(p.Note.Check, textfmt.Typeset(l, host[l])) {
				t.Errorf("%s, published %v: no check of the host's details in %q", l, published, p.Note)
			}
			if doc2, _ := k.Assemble(v, l, Final); strings.Contains(string(markdown.Render(doc2)), textfmt.Typeset(l, host[l])) {
				t.Errorf("%s: the check of the host's details printed in the terms", l)
			}
		}
	}
}
