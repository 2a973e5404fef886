package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// r2adminDocs assembles, in both languages, paid API terms for business and
// consumer users, published by a commune running an administrative public
// service (admin) or by a company; legalForm overrides the commune's.
func r2adminDocs(t *testing.T, admin bool, legalForm string) map[textfmt.Lang]*document.Document {
	t.Helper()
	docs := published12a(t, func(v questionnaire.Values) {
		if admin {
			v["provider.type"], v["provider.name"] = "public-body", "Commune de Saint-Malo"
			v["provider.legal_form"] = "commune"
			if legalForm != "" {
				v["provider.legal_form"] = legalForm
			}
			v["provider.public_activity"], v["provider.public_category"] = "administrative", "local"
		} else {
			v["provider.type"], v["provider.name"] = "company", providerNames["company"]
		}
		v["pricing.model"], v["audience"] = "paid", "business-and-consumers"
		v["consumer.mediator_name"] = "Médiateur de la ville"
	})
	if len(docs) != 2 {
		t.Fatalf("documents in %d languages, want 2", len(docs))
	}
	return docs
}

// r2adminText is the plain text of clause id, or of the summary and the
// parties block for id "front".
func r2adminText(doc *document.Document, id string) string {
	if id == "front" {
		return mdtext.Plain(doc.Front) + "\n" + clauseText(doc, "summary")
	}
	return clauseText(doc, id)
}

// r2adminNorm reads text with ordinary spaces, the typographic apostrophe
// aside: the number of days and references put no-break spaces that a
// pinned phrase does not carry.
func r2adminNorm(l textfmt.Lang, s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(textfmt.Typeset(l, s))
}

// r2adminHas tells whether text carries phrase, spaces aside.
func r2adminHas(l textfmt.Lang, text, phrase string) bool {
	return strings.Contains(r2adminNorm(l, text), r2adminNorm(l, phrase))
}

type r2adminCase struct {
	why, id string
	admin   apiTOSPhrase // in the Rules of an administrative service
	company apiTOSPhrase // in a company's Agreement; empty if not checked
}

// The findings of review F (BC-5, 9, 10, 11, 13 to 18): each case gives the
// words a clause carries in the Rules of a commune's administrative public
// service and, where the fix is specific to those Rules, the words the
// company's Agreement keeps instead; both languages carry both.
var r2adminCases = []r2adminCase{
	{"BC-17: the Rules take plural pronouns (2.1)", "scope-purpose",
		apiTOSPhrase{textfmt.EN: "They record the commitments of the Provider and of Users", textfmt.FR: "Il consigne les engagements du Fournisseur et des Utilisateurs"},
		apiTOSPhrase{textfmt.EN: "It records the commitments of both parties", textfmt.FR: "Il consigne les engagements des deux parties"}},
	{"BC-17: the Rules take plural pronouns (2.2)", "scope-documents",
		apiTOSPhrase{textfmt.EN: "no other document may be relied on against the Provider or a User", textfmt.FR: "aucun autre document n'est opposable au Fournisseur ni à l'Utilisateur"},
		apiTOSPhrase{textfmt.EN: "It constitutes the entire agreement", textfmt.FR: "Il constitue l'intégralité de l'accord"}},
	{"BC-17: the Rules take plural pronouns (11.2)", "consumer-withdrawal",
		apiTOSPhrase{textfmt.EN: "within fourteen (14) days of accepting the Rules", textfmt.FR: "dans un délai de quatorze (14) jours"},
		apiTOSPhrase{textfmt.EN: "within fourteen (14) days of accepting it", textfmt.FR: "dans un délai de quatorze (14) jours"}},
	{"BC-17: the Rules take plural pronouns (12.9)", "languages",
		apiTOSPhrase{textfmt.EN: "The Rules are written in French. Their English version is a translation", textfmt.FR: "Le Règlement est rédigé en français. Sa version anglaise en est une traduction"},
		nil},
	{"BC-16: the User's acceptance of the Rules, not adherence", "term-user",
		apiTOSPhrase{textfmt.EN: "The User may end its Registration at any time", textfmt.FR: "L'Utilisateur peut mettre fin à son Inscription à tout moment"},
		nil},
	{"BC-16: the term of the acceptance", "term-duration",
		apiTOSPhrase{textfmt.EN: "The User's Registration has effect for an indefinite term from the date on which it takes effect under", textfmt.FR: "L'Inscription vaut pour une durée indéterminée à compter de sa prise d'effet"},
		apiTOSPhrase{textfmt.EN: "entered into for an indefinite term from its acceptance by the User", textfmt.FR: "durée indéterminée"}},
	{"BC-14: each of the Provider and the User complies with the GDPR", "data-users",
		apiTOSPhrase{textfmt.EN: "The Provider and the User shall each comply with the GDPR", textfmt.FR: "Le Fournisseur et l'Utilisateur respectent, chacun pour ce qui le concerne, le RGPD et la réglementation applicable aux Données personnelles qu'il traite"},
		apiTOSPhrase{textfmt.EN: "Each party shall comply with the GDPR", textfmt.FR: "Chaque partie respecte le RGPD et la réglementation applicable aux Données personnelles qu'elle traite"}},
	{"BC-14: « l'adhésion » takes « elle »", "term-effects",
		apiTOSPhrase{textfmt.EN: "the User's Registration ends for a cause not attributable to the User, exhaustively, when it ends", textfmt.FR: "l'Inscription prend fin pour une cause qui n'est pas imputable à l'Utilisateur, limitativement, lorsqu'elle prend fin"},
		apiTOSPhrase{textfmt.EN: "exhaustively, when it ends", textfmt.FR: "le Contrat prend fin pour une cause qui n'est pas imputable à l'Utilisateur, limitativement, lorsqu'il prend fin"}},
	{"BC-14: the Provider and the User are « eux »", "waiver",
		apiTOSPhrase{textfmt.EN: "the Rules create no partnership", textfmt.FR: "le Règlement ne crée entre eux ni société"},
		apiTOSPhrase{textfmt.EN: "the Agreement creates no partnership", textfmt.FR: "le Contrat ne crée entre elles ni société"}},
	{"BC-5: a general-interest change keeps the notice periods (10.3)", "term-provider",
		apiTOSPhrase{textfmt.EN: "The Provider shall make a change to the Rules decided on such grounds with the notice provided in Articles ", textfmt.FR: "Une modification du Règlement décidée pour un tel motif respecte les préavis prévus aux articles "},
		nil},
	{"BC-5: save urgency (10.3)", "term-provider",
		apiTOSPhrase{textfmt.EN: "save in an emergency within the meaning of Article ", textfmt.FR: "sauf urgence au sens de l'article "},
		nil},
	{"BC-5: the summary names the general-interest change", "front",
		apiTOSPhrase{textfmt.EN: "The Provider may also change the Rules on grounds of the general interest, with the same notice, save in an emergency", textfmt.FR: "Le Fournisseur peut aussi modifier le Règlement pour un motif d'intérêt général, en respectant ces préavis, sauf urgence"},
		nil},
	{"BC-10: the summary names the general-interest withdrawal and its compensation", "front",
		apiTOSPhrase{textfmt.EN: "it may also, on grounds of the general interest relating to the security or the working of the service, withdraw a User's access, with compensation", textfmt.FR: "il peut aussi, pour un motif d'intérêt général tenant à la sécurité ou au fonctionnement du service, retirer l'accès d'un Utilisateur, en l'indemnisant"},
		nil},
	{"BC-9: the cap excepts only the late interest the Rules provide", "liability-limit",
		apiTOSPhrase{textfmt.EN: "(the price and, where applicable, late-payment interest under Article ", textfmt.FR: "(prix et, le cas échéant, intérêts de retard prévus à l'article "},
		apiTOSPhrase{textfmt.EN: "(the price and, where applicable, late-payment penalties or interest and the fixed indemnity for recovery costs under Article ", textfmt.FR: "(prix et, le cas échéant, pénalités ou intérêts de retard et indemnité forfaitaire pour frais de recouvrement prévus à l'article "}},
	{"BC-9: and, for a public buyer, those of the Public Procurement Code", "liability-limit",
		apiTOSPhrase{textfmt.EN: "and, for a buyer subject to the French Public Procurement Code, the late-payment interest and the fixed indemnity for recovery costs under articles L. 2192-10 and following of that Code)", textfmt.FR: "et, pour un acheteur soumis au Code de la commande publique, intérêts moratoires et indemnité forfaitaire pour frais de recouvrement prévus aux articles L. 2192-10 et suivants de ce code)"},
		nil},
	{"BC-11: a commune's acts are enforceable under L. 2131-1 and L. 2131-2 only", "change-terms",
		apiTOSPhrase{textfmt.EN: "its transmission to the State's representative (articles L. 2131-1 and L. 2131-2 of the French General Code of Local Authorities)", textfmt.FR: "sa transmission au représentant de l'État (articles L. 2131-1 et L. 2131-2 du Code général des collectivités territoriales)"},
		nil},
	{"BC-11: one word for the price", "change-terms",
		apiTOSPhrase{textfmt.EN: "Any change to these terms, and any setting or change of the prices, is adopted", textfmt.FR: "Toute modification des présentes conditions, et toute fixation ou modification des prix, est adoptée"},
		nil},
	{"BC-13: D. 213-2 sets the ten years", "scope-acceptance",
		apiTOSPhrase{textfmt.EN: "articles L. 213-1, D. 213-1 and D. 213-2 of the French Consumer Code", textfmt.FR: "articles L. 213-1, D. 213-1 et D. 213-2 du Code de la consommation"},
		apiTOSPhrase{textfmt.EN: "articles L. 213-1, D. 213-1 and D. 213-2 of the French Consumer Code", textfmt.FR: "articles L. 213-1, D. 213-1 et D. 213-2 du Code de la consommation"}},
	{"BC-15: the withdrawal goes to the Provider by name, then its address", "consumer-withdrawal",
		apiTOSPhrase{textfmt.EN: "by post to the Commune de Saint-Malo, ", textfmt.FR: "par courrier postal adressé à l'attention de la Commune de Saint-Malo, "},
		nil},
	{"BC-18: the provisions of the Rules (8.4)", "user-end-users",
		apiTOSPhrase{textfmt.EN: "to the rules of point 4 of Article", textfmt.FR: "les règles du 4° de l'article"},
		apiTOSPhrase{textfmt.EN: "to the rules of point 4 of Article", textfmt.FR: "les règles du 4° de l'article"}},
	{"BC-18: a Consumer's acceptance is his or hers (11.4)", "consumer-changes",
		apiTOSPhrase{textfmt.EN: "may end his or her Registration free of charge", textfmt.FR: "peut mettre fin à son Inscription sans frais"},
		nil},
}

func TestR2AdminRulesWording(t *testing.T) {
	for _, admin := range []bool{true, false} {
		docs := r2adminDocs(t, admin, "")
		for l, doc := range docs {
			what := fmt.Sprintf("%s admin=%v", l, admin)
			for _, c := range r2adminCases {
				text := r2adminText(doc, c.id)
				if text == "" {
					t.Errorf("%s: %s: no clause %s", what, c.why, c.id)
					continue
				}
				has := r2adminHas(l, text, c.admin[l])
				shared := c.company != nil && c.company[l] == c.admin[l]
				if admin && !has {
					t.Errorf("%s: %s: clause %s lacks %q", what, c.why, c.id, c.admin[l])
				} else if !admin && has && !shared {
					t.Errorf("%s: %s: the company's clause %s says %q", what, c.why, c.id, c.admin[l])
				}
				if c.company == nil {
					continue
				}
				if !admin && !r2adminHas(l, text, c.company[l]) {
					t.Errorf("%s: %s: clause %s lacks %q", what, c.why, c.id, c.company[l])
				}
			}
			if !admin {
				continue
			}
			// BC-16 and BC-17: no calque, no singular pronoun for the Rules.
			var all strings.Builder
			all.WriteString(mdtext.Plain(doc.Front))
			for _, c := range doc.Clauses {
				all.WriteString("\n" + mdtext.Plain(c.Body))
			}
			for _, bad := range map[textfmt.Lang][]string{
				// "adherence (adhésion)" glosses the public-law term in the
				// definition of Registration (RK2-26); no other calque.
				textfmt.EN: {"adheres", "adhered", "The Rules are written in French. Its", "the rules of the Rules"},
				textfmt.FR: {"le Fournisseur comme l'Utilisateur respecte", "redevance ou modification de son montant", "L. 3131-1"},
			}[l] {
				if r2adminHas(l, all.String(), bad) {
					t.Errorf("%s: the Rules still say %q", what, bad)
				}
			}
		}
	}
}

// BC-11: the enforceability of the acts follows the local authority the
// legal form names; any other public body is bound by the rules that
// apply to its own acts, which the terms do not name (review RM-3).
func TestR2AdminLocalAuthorityArticles(t *testing.T) {
	cases := []struct {
		form string
		want apiTOSPhrase
	}{
		{"commune", apiTOSPhrase{textfmt.EN: "(articles L. 2131-1 and L. 2131-2 of the French General Code of Local Authorities)", textfmt.FR: "(articles L. 2131-1 et L. 2131-2 du Code général des collectivités territoriales)"}},
		{"Département", apiTOSPhrase{textfmt.EN: "(articles L. 3131-1 and L. 3131-2 of the French General Code of Local Authorities)", textfmt.FR: "(articles L. 3131-1 et L. 3131-2 du Code général des collectivités territoriales)"}},
		{"région", apiTOSPhrase{textfmt.EN: "(articles L. 4141-1 and L. 4141-2 of the French General Code of Local Authorities)", textfmt.FR: "(articles L. 4141-1 et L. 4141-2 du Code général des collectivités territoriales)"}},
		{"communauté de communes", apiTOSPhrase{textfmt.EN: "is adopted by the Provider's competent body and made enforceable, as the rules that apply to its acts provide, before being announced", textfmt.FR: "est adoptée par l'organe compétent du Fournisseur et rendue exécutoire, dans les conditions qui s'appliquent à ses actes, avant d'être annoncée"}},
	}
	for _, c := range cases {
		for l, doc := range r2adminDocs(t, true, c.form) {
			if text := clauseText(doc, "change-terms"); !r2adminHas(l, text, c.want[l]) {
				t.Errorf("%s %q: clause change-terms lacks %q", l, c.form, c.want[l])
			}
		}
	}
	for form, want := range map[string]string{
		"commune": "commune", "Commune nouvelle": "commune", "municipality": "commune",
		"département": "department", "region": "region", "Région": "region",
		"communauté de communes": "", "syndicat intercommunal": "", "établissement public communal": "", "": "",
	} {
		if got := localAuthority(form); got != want {
			t.Errorf("localAuthority(%q) = %q, want %q", form, got, want)
		}
	}
}

// The location-data warnings add that a public authority or body must
// designate a data protection officer in any case (GDPR, art. 37(1)(a)),
// and the public task's basis names a text.
func TestR2AdminWarnings(t *testing.T) {
	k, _ := Lookup("api-tos")
	want := map[string]apiTOSPhrase{
		"location-data-dpo-dpia": {
			textfmt.EN: "a public authority or body, such as a State service, a local authority or a public establishment, must designate one in any case, whatever it processes (article 37(1)(a) of the GDPR)",
			textfmt.FR: "une autorité publique ou un organisme public, tel qu'un service de l'État, une collectivité territoriale ou un établissement public, doit en désigner un en tout état de cause, quelles que soient les données qu'il traite (article 37, paragraphe 1, point a), du RGPD)",
		},
		"location-own-purpose-data": {
			textfmt.EN: "must designate one in any case, whatever it processes (article 37(1)(a) of the GDPR)",
			textfmt.FR: "doit en désigner un en tout état de cause, quelles que soient les données qu'il traite (article 37, paragraphe 1, point a), du RGPD)",
		},
		"public-mission-basis-names-a-text": {
			textfmt.EN: "not a description of the task. Begin the answer with that provision.",
			textfmt.FR: "et non une description de la mission. Commencez la réponse par cette disposition.",
		},
	}
	seen := map[string]bool{}
	for _, r := range k.Questionnaire.Rules {
		p, ok := want[r.ID]
		if !ok {
			continue
		}
		seen[r.ID] = true
		for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
			if !r2adminHas(l, r.Reason[l], p[l]) {
				t.Errorf("%s: %s warning lacks %q", r.ID, l, p[l])
			}
		}
	}
	if len(seen) != len(want) {
		t.Errorf("rules found %v, want %d", seen, len(want))
	}
}
