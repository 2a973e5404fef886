package templates

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"apitos/assets/picto"
	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/spdx"
	"apitos/internal/textfmt"
)

// Mode says how to treat missing answers.
type Mode int

const (
	// Final refuses to assemble while a required answer is missing.
	Final Mode = iota
	// Preview assembles what it can and marks missing answers visibly.
	Preview
)

// ErrIncomplete is returned in final mode when required answers are
// missing; callers validate answers first to tell the user which.
var ErrIncomplete = errors.New("required answers are missing")

// Assemble builds the document of this kind in one language from answers.
func (k *Kind) Assemble(vals questionnaire.Values, lang textfmt.Lang, mode Mode) (*document.Document, error) {
	return k.assemble(vals, lang, mode, k.templates)
}

// AssembleAnnotated builds the document as Assemble does, each clause
// with its commentary (Clause.Note) and the answers its text reads
// (Clause.Reads), for review.
func (k *Kind) AssembleAnnotated(vals questionnaire.Values, lang textfmt.Lang, mode Mode) (*document.Document, error) {
	tpls, err := k.annotated()
	if err != nil {
		return nil, err
	}
	return k.assemble(vals, lang, mode, tpls)
}

func (k *Kind) assemble(vals questionnaire.Values, lang textfmt.Lang, mode Mode, tpls map[textfmt.Lang]*template.Template) (*document.Document, error) {
	t, ok := tpls[lang]
	if !ok {
		return nil, fmt.Errorf("%s: no template in %s", k.ID, lang)
	}
	q := k.Questionnaire
	resolved := q.Resolve(vals)
	if !slices.Contains(resolved.Langs(), lang) {
		return nil, fmt.Errorf("%s: the documents are not written in %s", k.ID, lang)
	}
	if mode == Final && len(q.Missing(resolved)) > 0 {
		return nil, fmt.Errorf("%s: %w", k.ID, ErrIncomplete)
	}
	var src strings.Builder
	d := data(q, resolved, lang, mode == Preview)
	d[charterArticlesKey] = charterArticles(resolved, lang)
	d[charterSpaceKey] = resolved.CharterAnswers()["transparency.url"]
	d[charterFundingKey] = resolved.CharterAnswers()["economy.funding"]
	d[charterVersionKey] = resolved.CharterAnswers()["version"]
	if err := t.Execute(&src, d); err != nil {
		return nil, fmt.Errorf("%s/%s: %w", k.ID, lang, err)
	}
	text := textfmt.NestQuotes(lang, src.String())
	if lang == textfmt.FR {
		text = elideBeforeOne.ReplaceAllString(text, "${1}’${2}")
	}
	doc, err := document.BuildEdited(text, lang, edits(resolved, lang, text))
	if err != nil {
		return nil, fmt.Errorf("%s/%s: %w", k.ID, lang, err)
	}
	for i := range doc.Clauses {
		doc.Clauses[i].Reads = questionKeys(q, doc.Clauses[i].Reads)
	}
	doc.Meta = k.meta(doc, resolved, lang)
	return doc, nil
}

func (k *Kind) meta(doc *document.Document, resolved questionnaire.Values, lang textfmt.Lang) document.Meta {
	d := k.Questionnaire.Document
	text := func(key string) string { s, _ := resolved[key].(string); return s }
	m := document.Meta{
		Kind:     k.ID,
		Title:    mdtext.Plain(doc.Title),
		Author:   text(d.Author),
		Subject:  d.Subject.In(lang),
		Keywords: d.Keywords.In(lang),
		Version:  text(d.Version),
	}
	if name := text(d.Name); name != "" {
		m.Title += " — " + name
	}
	m.Effective, _ = resolved[d.EffectiveDate].(time.Time)
	if l, err := textfmt.ParseLang(text(d.Prevailing)); err == nil && d.Prevailing != "" && len(resolved.Langs()) > 1 {
		m.Prevails, m.PrevailsClause = l, d.PrevailingClause
	}
	return m
}

// funcs are the functions templates call, bound to a kind (whose
// questionnaire they read when they run) and a language. Each accepts a Gap in place of a missing value and prints it
// as is.
func funcs(k *Kind, l textfmt.Lang) template.FuncMap {
	label := func(key string, id any) string {
		q := k.Questionnaire
		if g, ok := id.(Gap); ok {
			return g.String()
		}
		if qq, ok := q.Question(key); ok {
			if o, ok := qq.Option(fmt.Sprint(id)); ok {
				return o.Label.In(l)
			}
		}
		return mdtext.Escape(fmt.Sprint(id))
	}
	return template.FuncMap{
		"eq":           eq,
		"ne":           func(a, b any) (bool, error) { e, err := eq(a, b); return !e, err },
		"ref":          func(id string) string { return document.Ref(id, false) },
		"charter":      charterRef(l),
		"charterHas":   charterHas,
		"charterSpace": charterSpace,
		"charterFunds": charterFunds,
		"charterArts":  charterArtList(l),
		"Ref":          func(id string) string { return document.Ref(id, true) },
		"date": func(v any) string {
			switch v := v.(type) {
			case time.Time:
				if v.IsZero() {
					return ""
				}
				return textfmt.Date(l, v)
			case Gap:
				return v.String()
			}
			return fmt.Sprint(v)
		},
		"months": counted(l, textfmt.Months),
		"days":   counted(l, textfmt.Days),
		"years":  counted(l, textfmt.Years),
		// count and countf write a number of things: "seven (7)
		// members"; countf for a noun that is feminine in French.
		"count":  counting(l, textfmt.Count),
		"countf": counting(l, textfmt.CountFeminine),
		// seatCap is the most seats one class of members may hold on a
		// committee of seats seats: half of them, but never so few that
		// the classes together could not fill every seat (seven seats
		// and two classes: four).
		"seatCap": seatCap,
		"law": func(v any) string {
			if c, ok := textfmt.LookupCountry(fmt.Sprint(v)); ok {
				return c.Law(l)
			}
			return fmt.Sprint(v)
		},
		"country": func(v any) string {
			if c, ok := textfmt.LookupCountry(fmt.Sprint(v)); ok {
				return c.Name(l)
			}
			return fmt.Sprint(v)
		},
		// inEU reports whether a provider's country is a Member State of
		// the European Union, inEEA whether it is a State of the European
		// Economic Area; authority names its supervisory authority
		// for personal data ("" where there is no single one).
		"inEU":      func(v any) bool { return inEU(fmt.Sprint(v)) },
		"inEEA":     func(v any) bool { return inEEA(fmt.Sprint(v)) },
		"authority": func(v any) string { return authority(fmt.Sprint(v), l) },

		// namesFrance tells whether the answer naming the seat of the
		// courts says they sit in France ("Paris (France)"), as the
		// questionnaire asks a provider established elsewhere to write it.
		"namesFrance": func(v any) bool { return namesFranceRE.MatchString(fmt.Sprint(v)) },

		// swissController tells whether a legal person established in
		// Switzerland controls the personal data, and dataLaws names
		// the laws under which it does, alike in every document.
		"swissController": swissController,
		"dataLaws":        func(swiss bool) string { return dataLaws(l, swiss) },
		// article writes a name with the French article it takes
		// ("l’Association Météo Libre"); in English, the name alone.
		"article": func(v any) string {
			if l != textfmt.FR {
				return fmt.Sprint(v)
			}
			return textfmt.Article(fmt.Sprint(v)) + fmt.Sprint(v)
		},
		// capital writes a company's share capital as the law has it
		// mentioned: "au capital de 10 000 euros", or "à capital variable"
		// for a company whose capital is variable (article L. 231-1 of the
		// Commercial Code), whichever way the answer says "variable".
		"capital": func(v any) string { return shareCapital(l, v) },
		// cooperative tells from a legal form whether the provider is a
		// cooperative, whose members may also be its users.
		"cooperative": func(v any) bool { return cooperativeForm.MatchString(fmt.Sprint(v)) },
		// frenchFormGloss gives the English gloss of a French legal form
		// written as the law names it ("société à responsabilité limitée",
		// "SARL"), or "" for any other answer, which is printed as typed.
		"frenchFormGloss": frenchFormGloss,
		// localAuthority tells, from a public body's legal form, whether it
		// is a commune, a département or a région ("commune", "department",
		// "region"), or "" for any other form (an EPCI, a syndicat mixte, a
		// public establishment) or a form it cannot tell.
		"localAuthority": localAuthority,
		// registration tells the register of a French legal person's
		// number; seat writes where its registered office is, with the
		// preposition that the address takes.
		"registration": registrationOf,
		"frenchOf":     frenchOf,
		"seat":         func(v any) string { return seatPhrase(l, v) },
		// mentions tells whether an answer's text names sub, whatever the
		// case, so that a clause follows what the answers describe (the
		// OpenStreetMap tagging scheme among the formats, RI2-10).
		"mentions": func(v any, sub string) bool {
			return strings.Contains(strings.ToLower(fmt.Sprint(v)), strings.ToLower(sub))
		},
		// nonCommercialLicence tells from a data licence's title and
		// address whether it excludes commercial reuse (CC BY-NC and the
		// like), as the questionnaire's rules on those answers do.
		"nonCommercialLicence": func(title, url any) bool {
			return nonCommercialURL.MatchString(fmt.Sprint(url)) || nonCommercialTitle.MatchString(fmt.Sprint(title))
		},
		// licenceScope tells from a data licence's title and address
		// what it covers: "database" for a licence of the database alone,
		// such as the ODbL, whose contents need a licence of their own;
		// "contents" for one that covers the data themselves, such as
		// Creative Commons licences or the Licence Ouverte; "" when the
		// licence is not known.
		"licenceScope": func(title, url any) string { return licenceScope(fmt.Sprint(title), fmt.Sprint(url)) },
		// licenceKind names the data licence whose conditions the terms
		// describe: "odbl", "licence-ouverte", "cc-by", "cc-by-sa",
		// "cc0", or "" for any other licence, a non-commercial one
		// included, which the terms describe in general words.
		"licenceKind": func(title, url any) string { return licenceKind(fmt.Sprint(title), fmt.Sprint(url)) },
		// dataShareAlike names the share-alike condition of the licence of
		// the Data: "database" (ODbL), "data" (CC BY-SA…) or "".
		"dataShareAlike": func(title, url any) string { return dataShareAlike(fmt.Sprint(title), fmt.Sprint(url)) },
		// orLater reports whether one of the SPDX identifiers lets the
		// licensee choose a later version of the licence.
		"orLater": func(ids ...any) bool {
			return slices.ContainsFunc(ids, func(id any) bool { return strings.HasSuffix(fmt.Sprint(id), "-or-later") })
		},
		"md":  mdtext.Escape,
		"de":  func(v any) string { return textfmt.De(l, fmt.Sprint(v)) },
		"par": func(v any) string { return textfmt.Par(l, fmt.Sprint(v)) },
		// theName puts "the" before a name that begins with a French common
		// noun, as English does before "the Commune de Lorient" or "the
		// Association Météo Libre"; other names, and French text, are
		// left as they are.
		"theName": func(v any) string {
			name := fmt.Sprint(v)
			if l == textfmt.FR || textfmt.Article(name) == "" {
				return name
			}
			return "the " + name
		},
		// refs refers to several clauses at once, by their IDs given one
		// by one or as lists: "Sections 5.2 and 5.3", or in French, after
		// the preposition it is given ("à", "de" or ""), "aux articles
		// 5.2 et 5.3". An empty ID is left out.
		"refs": func(prep string, ids ...any) string {
			var flat []string
			for _, id := range ids {
				switch id := id.(type) {
				case string:
					flat = append(flat, id)
				case []string:
					flat = append(flat, id...)
				}
			}
			flat = slices.DeleteFunc(flat, func(s string) bool { return s == "" })
			if len(flat) == 0 {
				return ""
			}
			return document.Refs(prep, flat...)
		},
		// option gives the label of a choice, licence or multiple-choice
		// option in the document's language; a licence that is not one of
		// the suggested options is named by its SPDX identifier.
		"option": label,
		// options gives the labels of the options chosen in a multiple
		// choice, in questionnaire order.
		"options": func(key string, v any) []string {
			if g, ok := v.(Gap); ok {
				return []string{g.String()}
			}
			ids, _ := v.([]string)
			out := make([]string, len(ids))
			for i, id := range ids {
				out[i] = label(key, id)
			}
			return out
		},
		// list joins items as prose: "a, b and c", "a, b et c".
		"list": func(items []string) string { return textfmt.List(l, items) },
		// capitalise upper-cases the first letter, for a text that starts a
		// heading or a sentence.
		"capitalise": document.Capitalise,
		// lowerFirst writes a label in lower case after a semicolon, in
		// French: « logiciels ; données ».
		"lowerFirst": lowerFirst,
		// bullets writes items as a Markdown list whose items begin and
		// end as those of a list inside a sentence do: in lower case
		// (acronyms aside), with a semicolon, the last with a full stop.
		// Option labels, capitalised to stand alone, are lowered here.
		"bullets": func(items []string) string {
			lowered := make([]string, len(items))
			for i, s := range items {
				lowered[i] = lowerFirst(s)
			}
			return listLines(l, lowered, func(int) string { return "- " })
		},
		// numbered writes items as an ordered Markdown list, numbered
		// from 1 whatever items an option leaves out, each ending as
		// those of bullets do.
		"numbered": func(items []string) string {
			return listLines(l, items, func(i int) string { return fmt.Sprintf("%d. ", i+1) })
		},
		// items gathers the non-empty texts among its arguments, for list:
		// a template sets a variable to a reference only where an option
		// calls for it, then lists those that were set.
		"items": func(texts ...string) []string {
			var out []string
			for _, s := range texts {
				if s != "" {
					out = append(out, s)
				}
			}
			return out
		},
		// prefix puts a word before each item, for list: French repeats
		// the preposition before each reference ("de l’article 6.5 et de
		// l’article 8.6").
		"prefix": func(word string, items []string) []string {
			out := make([]string, len(items))
			for i, s := range items {
				out[i] = word + s
			}
			return out
		},
		// euros writes an amount of euros: "EUR 10,000", "10 000 euros".
		"euros": func(v any) string {
			n, ok := v.(int)
			if !ok {
				return fmt.Sprint(v)
			}
			if l == textfmt.FR {
				return textfmt.Number(l, n) + textfmt.NBSP + "euros"
			}
			return eurFigure(n)
		},
		// eurosWords writes an amount of euros in words and figures, as a
		// contract states a cap: "five thousand euros (EUR 5,000)", "cinq
		// mille (5 000) euros".
		"eurosWords": func(v any) string {
			n, ok := v.(int)
			if !ok {
				return fmt.Sprint(v)
			}
			w := textfmt.Words(l, n)
			if l == textfmt.FR {
				unit := "euros"
				if strings.HasSuffix(w, "million") || strings.HasSuffix(w, "millions") {
					unit = "d’euros"
				}
				return w + " (" + textfmt.Number(l, n) + ")" + textfmt.NBSP + unit
			}
			return w + " euros (" + eurFigure(n) + ")"
		},
		// alternatives joins items with "or" / "ou".
		"alternatives": func(items []string) string { return textfmt.Alternatives(l, items) },
		// changeRequest and changeRequests name a proposed change as the
		// forge of a repository address does ("pull request", "merge
		// request"); changeRequestsEN gives the English name that a
		// French text recalls.
		"changeRequest":    func(repo any) string { return changeRequest(l, repo, false) },
		"changeRequests":   func(repo any) string { return changeRequest(l, repo, true) },
		"changeRequestsEN": func(repo any) string { return changeRequest(textfmt.EN, repo, true) },
		// sharedForge reports whether the repository is on a public forge
		// rather than on one run for the project by a processor.
		"sharedForge": sharedForge,
		"sameHost":    sameHost,
		// forgeStats is "yes", "no" or "" (not known): whether the forge
		// makes audience statistics of the project available to it.
		"forgeStats": forgeStats,
		// securityForm tells who can read a report sent through a forge's private form.
		"securityForm": securityForm,
		// shareAlike reports whether an SPDX licence makes adaptations share alike.
		"shareAlike": shareAlike,
		// frenchText links to the official French text of a licence, "" when
		// it has none.
		"frenchText": frenchLicenceText,
		// has reports whether a multiple choice includes an option.
		"has": func(v any, id string) bool {
			ids, _ := v.([]string)
			return slices.Contains(ids, id)
		},
		// picto shows the pictogram of a commitment (a yes/no question) or
		// of the chosen option, as an image whose text is its label.
		"picto": func(key string, v any) string {
			name, text := chosenPicto(k, key, v)
			if name == "" {
				return ""
			}
			return "![" + mdtext.Escape(text.In(l)) + "](" + picto.File(name) + ")"
		},
		// pictoAs shows the pictogram of the chosen option, as picto does,
		// with another text: the caption that the answers as a whole call
		// for, such as "No monetary price" for access that is free of a
		// price but provided in return for personal data or a licence.
		"pictoAs": func(key string, v any, en, fr string) string {
			name, _ := chosenPicto(k, key, v)
			if name == "" {
				return ""
			}
			// The file of a variant is titled with the same caption.
			if v, ok := picto.VariantOf(name, en); ok {
				name = v
			}
			text := en
			if l == textfmt.FR {
				text = fr
			}
			return "![" + mdtext.Escape(text) + "](" + picto.File(name) + ")"
		},
		// firstVersion reports whether a version number belongs to the
		// first adoption of a document ("1.0", "1.2", "0.9"): its first
		// number is at most 1. A version 2.0 or later is an amendment,
		// which has no founders and no first meeting to prepare. A
		// version that starts with no number, or a missing one, counts
		// as first.
		"firstVersion": func(v any) bool {
			s := strings.TrimPrefix(strings.TrimSpace(fmt.Sprint(v)), "v")
			end := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
			if end < 0 {
				end = len(s)
			}
			n, err := strconv.Atoi(s[:end])
			return err != nil || n <= 1
		},
		// before reports whether a date answer falls before day, written
		// 2006-01-02: a rule of law that starts on that day governs only
		// terms effective from it. A missing date is taken as later.
		"before": func(v any, day string) (bool, error) {
			d, err := time.Parse(time.DateOnly, day)
			if err != nil {
				return false, err
			}
			t, ok := v.(time.Time)
			return ok && !t.IsZero() && t.Before(d), nil
		},
		// link prints a text answer that may be a web or e-mail address
		// (a contact given as either) as an autolink when it is one.
		"link": func(v any) string {
			if t, ok := v.(Text); ok {
				return mdtext.Autolink(string(t))
			}
			return fmt.Sprint(v)
		},
		// spdx links to a licence's page on the SPDX License List.
		"spdx": func(id any) string {
			if g, ok := id.(Gap); ok {
				return g.String()
			}
			return mdtext.Autolink(spdx.URL(fmt.Sprint(id)))
		},
	}
}

// eq is text/template's eq for the values templates compare (texts,
// numbers, yes/no), except that a Gap, the mark of an answer missing
// from a preview, equals nothing: a preview of a policy whose charter
// lacks an answer marks it instead of failing.
func eq(a any, bs ...any) (bool, error) {
	if _, ok := a.(Gap); ok {
		return false, nil
	}
	if len(bs) == 0 {
		return false, errors.New("eq needs two values to compare")
	}
	va := reflect.ValueOf(a)
	for _, b := range bs {
		if _, ok := b.(Gap); ok {
			continue
		}
		vb := reflect.ValueOf(b)
		switch {
		case !va.IsValid() || !vb.IsValid():
			if !va.IsValid() && !vb.IsValid() {
				return true, nil
			}
		case va.CanInt() && vb.CanInt():
			if va.Int() == vb.Int() {
				return true, nil
			}
		case va.Kind() == reflect.String && vb.Kind() == reflect.String:
			if va.String() == vb.String() {
				return true, nil
			}
		case va.Kind() == reflect.Bool && vb.Kind() == reflect.Bool:
			if va.Bool() == vb.Bool() {
				return true, nil
			}
		default:
			return false, fmt.Errorf("incompatible types for comparison: %T and %T", a, b)
		}
	}
	return false, nil
}

func counted(l textfmt.Lang, f func(textfmt.Lang, int) string) func(any) string {
	return func(v any) string {
		if n, ok := v.(int); ok {
			return f(l, n)
		}
		return fmt.Sprint(v)
	}
}

func seatCap(seats any, classes int) any {
	n, ok := seats.(int)
	if !ok || classes < 1 {
		return seats // a Gap in a preview
	}
	return max(n/2, (n+classes-1)/classes)
}

func counting(l textfmt.Lang, f func(textfmt.Lang, int, string, string) string) func(any, string, string) string {
	return func(v any, one, many string) string {
		if n, ok := v.(int); ok {
			return f(l, n, one, many)
		}
		return fmt.Sprint(v) // a Gap in a preview
	}
}

// elideBeforeOne finds "de" or "que" before a number written "un (1)" or
// "une (1)", which a template cannot elide since it does not know the
// number: "dans un délai d’un (1) mois".
var elideBeforeOne = regexp.MustCompile(`\b([Dd]|[Qq]u)e (une?[ \x{a0}\x{202f}]\(1\))`)

// variableCapital recognises an answer that gives no amount but says the
// capital is variable: "variable", "capital variable", "à capital
// variable", "with variable capital".
var variableCapital = regexp.MustCompile(`(?i)^\s*(?:(?:à|a|with)\s+)?(?:(?:share\s+)?capital\s+)?variable(?:\s+(?:share\s+)?capital)?\s*\.?\s*$`)

func shareCapital(l textfmt.Lang, v any) string {
	if g, ok := v.(Gap); ok {
		v = g.String()
	} else if variableCapital.MatchString(fmt.Sprint(v)) {
		// The mention belongs to the company's designation, which keeps
		// its French name in English terms, with a gloss.
		if l == textfmt.FR {
			return "à capital variable"
		}
		return "à capital variable (with variable capital)"
	}
	amount := textfmt.MapDigitGroups(fmt.Sprint(v), func(g string) string {
		n, ok := wholeNumber(g)
		if !ok {
			return g
		}
		return textfmt.Number(l, n)
	})
	if l == textfmt.FR {
		// A whole amount of euros keeps « euros » on the line of its
		// figure (review RS2, RS2-14).
		if m := eurosAmount.FindStringSubmatch(fmt.Sprint(v)); m != nil {
			if n, ok := wholeNumber(m[1] + m[2]); ok {
				return "au capital de " + textfmt.Number(l, n) + textfmt.NBSP + "euros"
			}
		}
		return "au capital de " + amount
	}
	// English terms write every amount of euros "EUR 10,000", as the
	// euros helper does for the cap (review RS, RS-17).
	if m := eurosAmount.FindStringSubmatch(fmt.Sprint(v)); m != nil {
		if n, ok := wholeNumber(m[1] + m[2]); ok {
			return "with a share capital of " + eurFigure(n)
		}
	}
	return "with a share capital of " + amount
}

// eurFigure writes an amount of euros as English terms do: "EUR 10,000".
func eurFigure(n int) string { return "EUR" + textfmt.NBSP + textfmt.Number(textfmt.EN, n) }

// wholeNumber reads the digits of a figure written with any separators
// ("10 000", "10,000"), and false when it has none.
func wholeNumber(s string) (int, bool) {
	n, err := strconv.Atoi(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s))
	return n, err == nil
}

// eurosAmount matches a whole amount of euros, without decimals, written
// "10 000 euros", "10,000 €" or "EUR 10000".
var eurosAmount = regexp.MustCompile(`(?i)^\s*(?:EUR\s*(\d[\d \x{a0}\x{202f},]*?)|(\d[\d \x{a0}\x{202f},]*?)\s*(?:euros?|€|EUR))\s*$`)

// cooperativeForm matches the legal form of a cooperative, in French or
// English: SCIC, SCOP, « société coopérative », "cooperative society".
var cooperativeForm = regexp.MustCompile(`(?i)\bco-?op[ée]rati|\bSCIC\b|\bSCOP\b`)

// The legal forms of the three kinds of French local authority, in French or
// English; « communauté de communes » and « syndicat intercommunal » are not
// communes, nor is an « établissement public » attached to one.
var (
	communeForm     = regexp.MustCompile(`(?i)^\s*(la\s+)?(commune|municipality)\b`)
	departementForm = regexp.MustCompile(`(?i)^\s*(le\s+)?(d[ée]partement|department)\b`)
	regionForm      = regexp.MustCompile(`(?i)^\s*(la\s+)?(r[ée]gion)\b`)
)

func localAuthority(v any) string {
	s := fmt.Sprint(v)
	switch {
	case communeForm.MatchString(s):
		return "commune"
	case departementForm.MatchString(s):
		return "department"
	case regionForm.MatchString(s):
		return "region"
	}
	return ""
}

// licenceScope says what a data licence covers, from its address or, failing
// that, its title; see the template function of the same name.
func licenceScope(title, url string) string {
	switch {
	case databaseOnly(url) || databaseOnly(title):
		return "database"
	case contentsLicence.MatchString(url) || contentsLicence.MatchString(title):
		return "contents"
	}
	return ""
}

// licenceKind names a data licence from its address or, failing that, its
// title; see the template function of the same name.
func licenceKind(title, url string) string {
	if nonCommercialURL.MatchString(url) || nonCommercialTitle.MatchString(title) {
		return ""
	}
	for _, k := range licenceKinds {
		if k.url.MatchString(url) {
			return k.kind
		}
	}
	for _, k := range licenceKinds {
		if k.title.MatchString(title) {
			return k.kind
		}
	}
	return ""
}

// licenceKinds are tried in order: share-alike before attribution alone.
var licenceKinds = []struct {
	kind       string
	url, title *regexp.Regexp
}{
	{"odbl", odblURL, odblTitle},
	{"licence-ouverte", regexp.MustCompile(`(?i)etalab`), regexp.MustCompile(`(?i)licence ouverte|\bopen licence\b|etalab`)},
	{"cc0", regexp.MustCompile(`(?i)creativecommons\.org/publicdomain/zero`), regexp.MustCompile(`(?i)\bCC[- ]?0\b|CC[- ]zero`)},
	{"cc-by-sa", regexp.MustCompile(`(?i)creativecommons\.org/licenses/by-sa/`), regexp.MustCompile(`(?i)\bCC[- ]BY[- ]SA\b|attribution[- ]share ?alike|partage dans les mêmes conditions`)},
	{"cc-by", regexp.MustCompile(`(?i)creativecommons\.org/licenses/by/`), regexp.MustCompile(`(?i)\bCC[- ]BY\b(?:[- ]\d|\s*$|\s+\d|\s*\()|creative commons attribution(?:\s+\d|\s*$|\s+international)`)},
}

// odblURL and odblTitle recognise the ODbL, which licenses the database
// only: licenceKind reads the first in an address and the second in a
// title, licenceScope either in both.
var (
	odblURL         = regexp.MustCompile(`(?i)opendatacommons\.org/licenses/odbl`)
	odblTitle       = regexp.MustCompile(`(?i)\bODbL\b|open database licen[cs]e`)
	contentsLicence = regexp.MustCompile(`(?i)creativecommons\.org/(licenses|publicdomain)|etalab|\bCC[- ](BY|0)\b|licence ouverte|open licence`)
)

// databaseOnly reports whether s, a licence's address or title, names the
// ODbL.
func databaseOnly(s string) bool { return odblURL.MatchString(s) || odblTitle.MatchString(s) }

// nonCommercialURL and nonCommercialTitle match a licence that excludes
// commercial reuse by its address or its name; the questionnaire's rules
// open-data-licence-non-commercial* and non-commercial-data-licence-* use
// the same patterns.
var (
	nonCommercialURL   = regexp.MustCompile(`(?i)creativecommons\.org/licenses/by-nc`)
	nonCommercialTitle = regexp.MustCompile(`(?i)\bNC\b|non[- ]?commercial|pas d.utilisation commerciale`)
)

// listLines writes items as the lines of a Markdown list, each opened by
// marker and ended as the items of a list inside a sentence are: with a
// semicolon (spaced in French), the last with a full stop.
// lowerFirst lower-cases the first letter of s, unless s begins with an
// acronym.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s // an acronym
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func listLines(l textfmt.Lang, items []string, marker func(i int) string) string {
	var b strings.Builder
	for i, s := range items {
		end := ";"
		if i == len(items)-1 {
			end = "."
		}
		if l == textfmt.FR && end == ";" {
			end = " ;"
		}
		b.WriteString(marker(i) + s + textfmt.Typeset(l, end) + "\n")
	}
	return b.String()
}

// chosenPicto is the pictogram that answer v to question key shows, and
// its label: the chosen option's, or the question's own; "" when there is
// none.
func chosenPicto(k *Kind, key string, v any) (string, questionnaire.Text) {
	qq, ok := k.Questionnaire.Question(key)
	if !ok {
		return "", nil
	}
	if o, ok := qq.Option(fmt.Sprint(v)); ok {
		return o.Picto, o.Label
	}
	return qq.Picto, qq.Label
}

// frenchFormGlosses are the English glosses of the usual French legal
// forms, by their full name and their abbreviation, lower-cased.
var frenchFormGlosses = map[string]string{
	"société à responsabilité limitée": "French limited liability company",
	"sarl":                             "French limited liability company",
	"entreprise unipersonnelle à responsabilité limitée": "French single-member limited liability company",
	"eurl":                           "French single-member limited liability company",
	"société par actions simplifiée": "French simplified joint-stock company",
	"sas":                            "French simplified joint-stock company",
	"société par actions simplifiée unipersonnelle": "French single-shareholder simplified joint-stock company",
	"sasu":                     "French single-shareholder simplified joint-stock company",
	"société anonyme":          "French public limited company",
	"sa":                       "French public limited company",
	"société en nom collectif": "French general partnership",
	"snc":                      "French general partnership",
}

// frenchFormGloss returns the English gloss of a French legal form
// answered alone, or "" when the answer is anything else.
func frenchFormGloss(v any) string {
	form := strings.ToLower(strings.Join(strings.Fields(fmt.Sprint(v)), " "))
	return frenchFormGlosses[form]
}

// namesFranceRE finds France named in the answer on the seat of the courts.
var namesFranceRE = regexp.MustCompile(`(?i)\bfrance\b`)
