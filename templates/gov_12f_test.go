package templates

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/textfmt"
)

// charterDoc assembles the charter from its examples changed by set.
func charterDoc(t *testing.T, set map[string]any, l textfmt.Lang) *document.Document {
	t.Helper()
	k, _ := Lookup("charter")
	return assembled(t, k, k.Examples(), set, l)
}

// clausePlain is the plain text of clause id in doc, "" when doc has none.
func clausePlain(doc *document.Document, id string) string {
	c, ok := doc.Clause(id)
	if !ok {
		return ""
	}
	return plainSpaces(c.Body)
}

// clauseNumber is the number of clause id in doc; the test fails when
// doc has no such clause.
func clauseNumber(t *testing.T, doc *document.Document, id string) string {
	t.Helper()
	c, ok := doc.Clause(id)
	if !ok || c.Number == "" {
		t.Fatalf("no numbered clause %s", id)
	}
	return c.Number
}

var gov12fVehicles = []string{"none", "de-facto-association", "association", "scic", "public-body", "fiscal-host"}

// The charter binds the Members only: a Participant or Contributor who is
// not a Member is bound by the code of conduct, and its sanctions, through
// the terms of use of each space, brought to their attention and accepted
// (C. civ. art. 1119), which the legal entity sets or, without one, the
// Members; the code of conduct says so whichever code is chosen.
func TestCharterNonMembersBoundThroughTermsOfUse(t *testing.T) {
	bound := [2]string{"Participants and Contributors who are not Members are bound to respect the code of conduct and the rules of", "Les Participants et les Contributeurs qui ne sont pas Membres ne sont tenus de respecter le code de conduite et les règles de l'"}
	entity := [2]string{"the terms of use that the Legal Entity sets for each space of the Commons", "conditions d'utilisation que la Structure porteuse fixe pour chacun des espaces du Commun"}
	members := [2]string{"the terms of use that the Members set for each space of the Commons", "conditions d'utilisation que les Membres fixent pour chacun des espaces du Commun"}
	accept := [2]string{"obtain their acceptance when an account is created", "l'acceptation lors de la création d'un compte"}
	civil := [2]string{"French Civil Code, Article 1119", "Code civil, article 1119"}
	inCode := [2]string{"It binds Participants and Contributors who are not Members through the terms of use provided for in Article %s.", "Il s'impose aux Participants et aux Contributeurs qui ne sont pas Membres par l'effet des conditions d'utilisation prévues à l'article %s."}
	codes := map[string]string{"contributor-covenant-2.1": "conduct-cc-2-1", "contributor-covenant-3.0": "conduct-cc-3-0", "custom": "conduct-custom"}
	for _, vehicle := range gov12fVehicles {
		for code, id := range codes {
			for li, l := range textfmt.All {
				set := map[string]any{"legal.vehicle": vehicle, "conduct.code": code, "conduct.code_url": "https://example.org/conduct"}
				doc := charterDoc(t, set, l)
				what := fmt.Sprintf("%s %s %s", l, vehicle, code)
				body := clausePlain(doc, "roles-participant")
				if vehicle == "public-body" {
					// RF-11: a French public body binds them by rules of
					// use of its public service (fxrf_test.go).
					continue
				}
				for _, p := range []string{bound[li], accept[li], civil[li]} {
					if !strings.Contains(body, p) {
						t.Errorf("%s: 5.1 lacks %q:\n%s", what, p, body)
					}
				}
				hasEntity := vehicle != "none" && vehicle != "de-facto-association"
				if strings.Contains(body, entity[li]) != hasEntity || strings.Contains(body, members[li]) == hasEntity {
					t.Errorf("%s: wrong party to the terms of use:\n%s", what, body)
				}
				want := fmt.Sprintf(inCode[li], clauseNumber(t, doc, "roles-participant"))
				if c := clausePlain(doc, id); !strings.Contains(c, want) {
					t.Errorf("%s: code of conduct lacks %q:\n%s", what, want, c)
				}
			}
		}
	}
	// Outside French law, no article of the French Civil Code is cited.
	for li, l := range textfmt.All {
		doc := charterDoc(t, map[string]any{"legal.vehicle": "none", "governing_law": "BE"}, l)
		if body := clausePlain(doc, "roles-participant"); strings.Contains(body, civil[li]) || !strings.Contains(body, bound[li]) {
			t.Errorf("%s BE: 5.1 wrong:\n%s", l, body)
		}
	}
}

// The ban on exclusive grants does not stop the legal entity from passing
// the rights it received under the contribution policy, with their
// commitments, to whoever receives the assets, under the holder clause and
// the devolution clause actually chosen; the holder clause cites both the
// dissolution and that devolution clause. Without a legal entity nothing
// is received, and the carve-out is absent.
func TestCharterSuccessorTransferIsNoExclusiveGrant(t *testing.T) {
	carve := [2]string{"is not such an act", "Ne constitue pas un tel acte la transmission des droits que la Structure porteuse a reçus"}
	for _, vehicle := range gov12fVehicles {
		for _, dev := range []string{"commons", "public-body", "foundation"} {
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "exit.devolution": dev, "assets.holder": "entity"}, l)
				what := fmt.Sprintf("%s %s %s", l, vehicle, dev)
				body := clausePlain(doc, "identity-principles")
				entity := vehicle != "none" && vehicle != "de-facto-association"
				if strings.Contains(body, carve[li]) != entity {
					t.Errorf("%s: carve-out=%v:\n%s", what, !entity, body)
				}
				if !entity {
					continue
				}
				dv := clauseNumber(t, doc, "exit-devolution-"+dev)
				refs := map[textfmt.Lang]string{textfmt.EN: "Articles %s and %s", textfmt.FR: "aux articles %s et %s"}[l]
				if vehicle == "public-body" {
					// A public carrier may also withdraw, and pass the rights
					// to its successor (fxk2, K2-4).
					wd := clauseNumber(t, doc, "exit-withdrawal")
					refs = map[textfmt.Lang]string{textfmt.EN: "Articles %s, %s and " + wd, textfmt.FR: "aux articles %s, %s et " + wd}[l]
				}
				if want := fmt.Sprintf(refs, clauseNumber(t, doc, "assets-holder-entity"), dv); vehicle != "fiscal-host" && !strings.Contains(body, want) {
					t.Errorf("%s: carve-out does not cite %q:\n%s", what, want, body)
				}
				if !strings.Contains(body, dv) {
					t.Errorf("%s: carve-out does not cite devolution %s:\n%s", what, dv, body)
				}
				holder := clausePlain(doc, "assets-holder-entity")
				if want := fmt.Sprintf(refs, clauseNumber(t, doc, "exit-dissolution"), dv); !strings.Contains(holder, want) {
					t.Errorf("%s: holder clause does not cite %q:\n%s", what, want, holder)
				}
			}
		}
	}
}

// Limits on the powers of a company's or an association's officers do not
// bind third parties: the charter says they are internal, cites the rule
// of the company form, has the statutes carry them and makes breaching
// them a fault engaging the officer's liability.
func TestCharterOfficerLimitsAreInternal(t *testing.T) {
	cases := []struct {
		vehicle, form string
		want          [2][]string
	}{
		{"scic", "sa", [2][]string{{"L. 225-56, I, third paragraph", "L. 225-64, third paragraph", "L. 225-251", "cannot be relied on against third parties"}, {"L. 225-56, I, alinéa 3", "L. 225-64, alinéa 3", "L. 225-251", "ne sont pas opposables aux tiers"}}},
		{"scic", "sas", [2][]string{{"Article L. 227-6)", "Article L. 227-8)"}, {"article L. 227-6)", "article L. 227-8)"}}},
		{"scic", "sarl", [2][]string{{"Article L. 223-18)", "Article L. 223-22)"}, {"article L. 223-18)", "article L. 223-22)"}}},
		{"association", "", [2][]string{{"never against a third party who could legitimately believe", "French Civil Code, Article 1992"}, {"jamais à un tiers qui a pu légitimement croire", "Code civil, article 1992"}}},
		{"none", "", [2][]string{nil, nil}},
		{"public-body", "", [2][]string{nil, nil}},
		{"fiscal-host", "", [2][]string{nil, nil}},
	}
	statutes := [2]string{"The statutes of the Legal Entity shall contain them", "Les statuts de la Structure porteuse les reprennent"}
	fault := [2]string{"an officer who disregards them commits a fault for which they are liable to the Legal Entity", "le dirigeant qui passe outre commet une faute qui engage sa responsabilité envers la Structure porteuse"}
	internal := [2]string{"These limits on the powers of its officers are internal and apply as provided in Article %s.", "Ces limites aux pouvoirs de ses dirigeants sont internes et s'appliquent dans les conditions prévues à l'article %s."}
	for _, c := range cases {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": c.vehicle, "assets.holder": "entity"}
			if c.form != "" {
				set["legal.company_form"] = c.form
			}
			doc := charterDoc(t, set, l)
			what := fmt.Sprintf("%s %s %s", l, c.vehicle, c.form)
			body := clausePlain(doc, "identity-principles")
			member := c.vehicle == "association" || c.vehicle == "scic"
			for _, p := range append([]string{statutes[li], fault[li]}, c.want[li]...) {
				if strings.Contains(body, p) != member {
					t.Errorf("%s: %q present=%v:\n%s", what, p, !member, body)
				}
			}
			if holder := clausePlain(doc, "assets-holder-entity"); holder != "" {
				want := fmt.Sprintf(internal[li], clauseNumber(t, doc, "identity-principles"))
				if strings.Contains(holder, want) != member {
					t.Errorf("%s: holder clause internal limits=%v:\n%s", what, !member, holder)
				}
			}
		}
	}
}

// Users of the Resources may rely, as third-party beneficiaries, only on
// the commitments that the article on the nature of the Charter lists:
// non-appropriation, licences, personal data, forking, dissolution and
// the devolution chosen; the preamble points to that article.
func TestCharterThirdPartyBeneficiariesListed(t *testing.T) {
	only := [2]string{"No other provision of this Charter gives them any right.", "Aucune autre stipulation de la Charte ne leur confère de droit."}
	preamble := [2]string{"may rely on the commitments it makes towards them, within the limits set by Article %s.", "peut se prévaloir des engagements qu'elle prend envers lui, dans les limites que fixe l'article %s."}
	law := map[string][2]string{"FR": {"French Civil Code, Article 1205", "Code civil, article 1205"}, "CH": {"Swiss Code of Obligations, Article 112, paragraph 2", "code des obligations, article 112, alinéa 2"}, "BE": {"", ""}}
	for gl, cite := range law {
		for _, vehicle := range []string{"none", "association", "public-body"} {
			if gl != "FR" && vehicle == "association" {
				continue
			}
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "governing_law": gl, "exit.devolution": "foundation"}, l)
				what := fmt.Sprintf("%s %s %s", l, gl, vehicle)
				body := clausePlain(doc, "legal-nature")
				if !strings.Contains(body, only[li]) {
					t.Errorf("%s: legal nature lacks the closed list:\n%s", what, body)
				}
				for _, id := range []string{"identity-principles", "licences", "personal-data", "exit-forking", "exit-dissolution", "exit-devolution-foundation"} {
					if n := clauseNumber(t, doc, id); !strings.Contains(body, n) {
						t.Errorf("%s: legal nature does not cite %s (%s):\n%s", what, id, n, body)
					}
				}
				c := cite[li]
				if gl == "FR" && vehicle == "public-body" {
					// A public body's charter is an administrative act: third parties invoke the deliberation, not Article 1205.
					c = [2]string{"which result from the decision by which the Legal Entity adopts this Charter", "qui résultent de la délibération par laquelle la Structure porteuse adopte la Charte"}[li]
				}
				if c != "" && !strings.Contains(body, c) {
					t.Errorf("%s: legal nature lacks %q:\n%s", what, c, body)
				}
				if gl == "BE" && (strings.Contains(body, "1205") || strings.Contains(body, "112")) {
					t.Errorf("%s: foreign article cited:\n%s", what, body)
				}
				want := fmt.Sprintf(preamble[li], clauseNumber(t, doc, "legal-nature"))
				if p := clausePlain(doc, "preamble"); !strings.Contains(p, want) {
					t.Errorf("%s: preamble lacks %q:\n%s", what, want, p)
				}
			}
		}
	}
}

// The French version of the Charter takes the Contributor Covenant in its
// French text, adopted by the Assembly, the English version in English;
// only a French text binds employees (C. trav. L. 1321-6) where the legal
// entity may employ under French labour law; the article on languages
// says the same; the English annex lists the French translation as the
// French one does.
func TestCharterConductCodeFrenchTextForFrenchVersion(t *testing.T) {
	frText := map[string][2]string{
		"contributor-covenant-2.1": {"in the French version, it means its French translation, which is adopted with this Charter, in the same manner", "Dans la version française de la Charte, ce code s'entend de sa traduction française, qui est adoptée avec la Charte, dans les mêmes formes"},
		"contributor-covenant-3.0": {"in the French version, it means that translation, which is authoritative for that version once approved", "Dans la version française de la Charte, ce code s'entend de cette traduction, qui fait foi pour cette version dès son approbation"},
	}
	stale := [2]string{"in its original English text (<", "dans son texte original anglais (<"}
	labour := [2]string{"French Labour Code, Article L. 1321-6", "Code du travail, article L. 1321-6"}
	languages := [2]string{"The code of conduct adopted in Article %s means, in each version, the text that that article designates for it", "Le code de conduite adopté à l'article %s s'entend, dans chaque version, du texte que cet article désigne pour elle"}
	annex := map[string][2]string{
		"contributor-covenant-2.1": {"| Contributor Covenant 2.1, French translation | <https://www.contributor-covenant.org/fr/version/2/1/code_of_conduct/> |", "| Contributor Covenant 2.1, traduction française | <https://www.contributor-covenant.org/fr/version/2/1/code_of_conduct/> |"},
		"contributor-covenant-3.0": {"| Contributor Covenant 3.0, French translation approved by the Assembly |", "| Contributor Covenant 3.0, traduction française approuvée par l'Assemblée |"},
	}
	ids := map[string]string{"contributor-covenant-2.1": "conduct-cc-2-1", "contributor-covenant-3.0": "conduct-cc-3-0", "custom": "conduct-custom"}
	for code, id := range ids {
		for _, vehicle := range gov12fVehicles {
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "conduct.code": code, "conduct.code_url": "https://example.org/conduct"}, l)
				what := fmt.Sprintf("%s %s %s", l, vehicle, code)
				body := clausePlain(doc, id)
				if code == "custom" {
					if strings.Contains(body, labour[li]) || strings.Contains(clausePlain(doc, "legal-languages"), "code of conduct adopted") || strings.Contains(clausePlain(doc, "legal-languages"), "code de conduite adopté") {
						t.Errorf("%s: custom code given a language rule:\n%s", what, body)
					}
					continue
				}
				if !strings.Contains(body, frText[code][li]) || strings.Contains(body, stale[li]) {
					t.Errorf("%s: French text of the code not authoritative for the French version:\n%s", what, body)
				}
				employer := vehicle == "association" || vehicle == "scic" || vehicle == "fiscal-host"
				if strings.Contains(body, labour[li]) != employer {
					t.Errorf("%s: L. 1321-6 cited=%v:\n%s", what, !employer, body)
				}
				lang := clausePlain(doc, "legal-languages")
				if want := fmt.Sprintf(languages[li], clauseNumber(t, doc, id)); !strings.Contains(lang, want) {
					t.Errorf("%s: languages lacks %q:\n%s", what, want, lang)
				}
				if a := clausePlain(doc, "annex-a"); !strings.Contains(a, annex[code][li]) {
					t.Errorf("%s: annex lacks %q:\n%s", what, annex[code][li], a)
				}
			}
		}
	}
}

// The trademark policy on which the trademark clause relies is published
// in the governance space and listed in Annex A, only when the name is a
// registered trademark.
func TestCharterTrademarkPolicyPublishedAndAnnexed(t *testing.T) {
	listed := [2]string{"- the trademark policy provided for in Article %s;", "- la politique de marque prévue à l'article %s ;"}
	row := [2]string{"| Trademark policy |", "| Politique de marque |"}
	absent := [2]string{"trademark policy", "politique de marque"}
	for _, vehicle := range gov12fVehicles {
		for _, tm := range []bool{true, false} {
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "assets.trademark": tm}, l)
				what := fmt.Sprintf("%s %s trademark=%v", l, vehicle, tm)
				space, annexA := clausePlain(doc, "transparency-space"), clausePlain(doc, "annex-a")
				if !tm {
					if strings.Contains(space, absent[li]) || strings.Contains(annexA, row[li]) {
						t.Errorf("%s: trademark policy listed without a trademark", what)
					}
					continue
				}
				if want := fmt.Sprintf(listed[li], clauseNumber(t, doc, "assets-trademark-registered")); !strings.Contains(space, want) {
					t.Errorf("%s: governance space lacks %q:\n%s", what, want, space)
				}
				if !strings.Contains(annexA, row[li]) {
					t.Errorf("%s: annex lacks the trademark policy:\n%s", what, annexA)
				}
			}
		}
	}
}

// The summary gives each kind of documentation the licence that the
// resources article gives it: technical documentation goes with the code
// and hardware documentation with the designs; only the rest is content.
func TestCharterSummaryDocumentationLicence(t *testing.T) {
	cases := []struct {
		resources []string
		want      [2][]string
		not       [2][]string
	}{
		{[]string{"software", "content"}, [2][]string{{"software, including its technical documentation, under", "content and other documentation under"}, {"logiciels, y compris leur documentation technique, sous", "contenus et autre documentation sous"}}, [2][]string{{"content and documentation under"}, {"contenus et documentation sous"}}},
		{[]string{"data"}, [2][]string{{"content and documentation under"}, {"contenus et documentation sous"}}, [2][]string{{"other documentation", "technical documentation"}, {"autre documentation", "documentation technique"}}},
		{[]string{"data", "hardware"}, [2][]string{{"content and other documentation under", "hardware designs, including their documentation, under"}, {"contenus et autre documentation sous", "conceptions de matériel, y compris leur documentation, sous"}}, [2][]string{{"technical documentation"}, {"documentation technique"}}},
	}
	for _, c := range cases {
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"commons.resources": c.resources}, l)
			body := clausePlain(doc, "key-information")
			for _, p := range c.want[li] {
				if !strings.Contains(body, p) {
					t.Errorf("%s %v: summary lacks %q:\n%s", l, c.resources, p, body)
				}
			}
			for _, p := range c.not[li] {
				if strings.Contains(body, p) {
					t.Errorf("%s %v: summary has %q:\n%s", l, c.resources, p, body)
				}
			}
			if n := clauseNumber(t, doc, "identity-resources"); !strings.Contains(body, n) {
				t.Errorf("%s %v: summary does not cite %s", l, c.resources, n)
			}
		}
	}
}

// Standards the answers name are listed as written, whether or not open;
// one whose specification is paid or subject to royalties is no open
// standard and is used only where interoperability requires it; a paid
// standard's family (IEC, ISO, IEEE, EN) in the answer draws a warning.
func TestCharterStandardsNotAllOpen(t *testing.T) {
	k, _ := Lookup("charter")
	for _, c := range []struct {
		formats string
		warn    bool
	}{
		{"IEC 61850, format de courbes de charge CSV", true},
		{"ISO 8601 pour les dates", true},
		{"ISO/IEC 27001", true},
		{"IEEE 802.15.4", true},
		{"NF EN 50160", true},
		{"EN 13757 (M-Bus)", true},
		{"GeoJSON et GPX, publiés en 2020", false},
		{"OpenAPI 3.1 and OGC API Features", false},
		{"", false},
	} {
		vals := exampleValues(t, k)
		vals["standards.formats"] = c.formats
		if got := slices.Contains(brokenRules(k, vals), "standards-paid-specification"); got != c.warn {
			t.Errorf("%q: warned=%v, want %v", c.formats, got, c.warn)
		}
	}
	sentence := [2]string{"is not an open standard within the meaning of this article: the Commons shall use it only where interoperability with other systems requires it.", "n'est pas un standard ouvert au sens du présent article : le Commun ne l'emploie que lorsque l'interopérabilité avec d'autres systèmes l'exige."}
	for _, formats := range []string{"IEC 61850", ""} {
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, map[string]any{"standards.formats": formats}, l), "standards-open")
			if strings.Contains(body, sentence[li]) != (formats != "") {
				t.Errorf("%s %q: non-open standards sentence present=%v:\n%s", l, formats, formats == "", body)
			}
		}
	}
}
