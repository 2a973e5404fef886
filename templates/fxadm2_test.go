package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review M (a commune's paid administrative API, consumers admitted):
// the Rules of an administrative public service are a regulation, not a
// contract, and a public body gets no default made for businesses.

// fxadm2Commune is a commune running a paid administrative public service
// whose revenue its public accountant collects, consumers admitted.
func fxadm2Commune(t *testing.T, k *Kind, set map[string]any) questionnaire.Values {
	t.Helper()
	v := publicValues(t, k)
	v["provider.name"] = "Commune de Rennes"
	v["provider.legal_form"] = "commune"
	v["provider.public_category"] = "local"
	v["provider.public_activity"] = "administrative"
	v["provider.public_accounting"] = true
	v["pricing.model"] = "paid"
	v["audience"] = "business-and-consumers"
	v["consumer.mediator_name"] = "Médiateur de la Ville de Rennes"
	v["consumer.mediator_url"] = "https://mediateur.rennes.example"
	for _, key := range []string{"provider.vat_number", "pricing.vat", "pricing.vat_basis", "pricing.payment_methods", "provider.registration", "provider.merchant"} {
		delete(v, key)
	}
	for key, x := range set {
		if x == nil {
			delete(v, key)
			continue
		}
		v[key] = x
	}
	// A public body must give the ground on which it charges no VAT
	// (review M2-6): the terms never assume it.
	if _, given := set["pricing.vat_basis"]; !given {
		v["pricing.vat_basis"] = questionnaire.Translated{
			textfmt.EN: "not a taxable person, article 256 B of the French General Tax Code",
			textfmt.FR: "non-assujettissement, article 256 B du Code général des impôts",
		}
	}
	return v
}

func fxadm2Docs(t *testing.T, k *Kind, v questionnaire.Values) map[textfmt.Lang]*document.Document {
	t.Helper()
	docs := map[textfmt.Lang]*document.Document{}
	for _, l := range textfmt.All {
		docs[l] = assemble12c(t, k, v, l)
	}
	return docs
}

func fxadm2Rules(k *Kind, v questionnaire.Values) []string {
	var ids []string
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(v), testDay) {
		ids = append(ids, p.Rule.ID)
	}
	return ids
}

type fxadm2Check struct {
	what, id string
	p        apiTOSPhrase
	want     bool
}

func fxadm2Expect(t *testing.T, name string, docs map[textfmt.Lang]*document.Document, checks []fxadm2Check) {
	t.Helper()
	for l, doc := range docs {
		for _, c := range checks {
			if got := strings.Contains(clauseText(doc, c.id), textfmt.Typeset(l, c.p[l])); got != c.want {
				t.Errorf("%s %s: %s (clause %s, %q): %v, want %v", name, l, c.what, c.id, c.p[l], got, c.want)
			}
		}
	}
}

var (
	fxadm2NotLiable = apiTOSPhrase{
		textfmt.EN: "Prices are stated without value added tax: not a taxable person, article 256 B of the French General Tax Code, as the notices of sums payable also state.",
		textfmt.FR: "Les prix sont indiqués sans taxe sur la valeur ajoutée : non-assujettissement, article 256 B du Code général des impôts, mention que portent également les avis des sommes à payer.",
	}
	fxadm2Franchise293B = apiTOSPhrase{
		textfmt.EN: "article 293 B of the French General Tax Code",
		textfmt.FR: "article 293 B du Code général des impôts",
	}
	fxadm2Threshold = apiTOSPhrase{
		textfmt.EN: "threshold",
		textfmt.FR: "seuil de la franchise",
	}
)

// M-1: a public body without a VAT number is not liable under article
// 256 B CGI by default; no small-business exemption, no OSS warning.
func TestFxadm2PublicBodyVAT(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := fxadm2Commune(t, k, nil)
	if got := k.Questionnaire.Resolve(v)["pricing.vat"]; got != "exempt" {
		t.Fatalf("a public body without a VAT number resolves to %v, want exempt", got)
	}
	fxadm2Expect(t, "default", fxadm2Docs(t, k, v), []fxadm2Check{
		{"non-liability under 256 B", "access-payment", fxadm2NotLiable, true},
		{"no small-business exemption", "access-payment", fxadm2Franchise293B, false},
		{"no franchise threshold", "access-payment", fxadm2Threshold, false},
	})
	ids := fxadm2Rules(k, v)
	for _, id := range []string{"small-business-exemption-consumers-other-states", "public-body-vat-franchise"} {
		if slices.Contains(ids, id) {
			t.Errorf("default: rule %s fires for a public body that is not liable", id)
		}
	}
	// A ground the public body gives is printed as given.
	given := fxadm2Commune(t, k, map[string]any{"pricing.vat": "exempt", "pricing.vat_basis": questionnaire.Translated{
		textfmt.EN: "VAT not applicable, article 256 B of the French General Tax Code",
		textfmt.FR: "TVA non applicable, article 256 B du Code général des impôts",
	}})
	fxadm2Expect(t, "given ground", fxadm2Docs(t, k, given), []fxadm2Check{
		{"the ground given", "access-payment", apiTOSPhrase{textfmt.EN: "without value added tax: VAT not applicable, article 256 B", textfmt.FR: "sans taxe sur la valeur ajoutée : TVA non applicable, article 256 B"}, true},
		{"no default ground", "access-payment", apiTOSPhrase{textfmt.EN: "not a taxable person", textfmt.FR: "non-assujettissement"}, false},
	})
	// A public body that chooses the franchise is warned, not the OSS way.
	franchise := fxadm2Commune(t, k, map[string]any{"pricing.vat": "franchise"})
	ids = fxadm2Rules(k, franchise)
	if !slices.Contains(ids, "public-body-vat-franchise") || slices.Contains(ids, "small-business-exemption-consumers-other-states") {
		t.Errorf("franchise: rules %v, want public-body-vat-franchise and not the OSS warning", ids)
	}
	// A public body with a number still charges VAT by default; a company
	// without one keeps the franchise.
	if got := k.Questionnaire.Resolve(fxadm2Commune(t, k, map[string]any{"provider.vat_number": "FR 12 213502388"}))["pricing.vat"]; got != "charged" {
		t.Errorf("a public body with a VAT number resolves to %v, want charged", got)
	}
	company := exampleValues(t, k)
	company["pricing.model"] = "paid"
	delete(company, "provider.vat_number")
	delete(company, "pricing.vat")
	if got := k.Questionnaire.Resolve(company)["pricing.vat"]; got != "franchise" {
		t.Errorf("a company without a VAT number resolves to %v, want franchise", got)
	}
}

// M-2: an open licence of the Data is the consent of L. 322-1 CRPA; the
// default conditions of that article stay only for commercial data.
func TestFxadm2OpenLicenceIsConsent(t *testing.T) {
	k, _ := Lookup("api-tos")
	consentCC0 := apiTOSPhrase{
		textfmt.EN: "constitutes the Provider's consent, within the meaning of article L. 322-1 of the French Code of Relations between the Public and the Administration, to the reuse of the Data that are public information, including with modifications and without mention of their source or of the date of their last update",
		textfmt.FR: "vaut accord du Fournisseur, au sens de l'article L. 322-1 du Code des relations entre le public et l'administration, à la réutilisation des Données qui constituent des informations publiques, y compris avec modification et sans mention de leur source ni de la date de leur dernière mise à jour",
	}
	consentLicence := apiTOSPhrase{
		textfmt.EN: "on the terms of that licence, including those that govern the credit of their source",
		textfmt.FR: "dans les conditions de cette licence, dont celles qui régissent la mention de leur source",
	}
	notModified := apiTOSPhrase{
		textfmt.EN: "the User shall nonetheless not present Data that it has modified as coming from the Provider.",
		textfmt.FR: "l'Utilisateur ne présente toutefois pas comme émanant du Fournisseur des Données qu'il a modifiées.",
	}
	statutory := apiTOSPhrase{
		textfmt.EN: "shall neither alter them nor distort their meaning, as article L. 322-1",
		textfmt.FR: "ne les altère pas et n'en dénature pas le sens, comme l'exige l'article L. 322-1",
	}
	for _, attribution := range []string{"required", "none"} {
		id := "user-attribution-" + attribution
		for _, c := range []struct {
			data                        string
			cc0, licence, mod, statutes bool
		}{
			{"open-reuse", true, false, true, false},
			{"open-data-licence", false, true, true, false},
		} {
			set := map[string]any{"conditions.data": c.data, "conditions.attribution": attribution}
			if c.data == "open-data-licence" {
				set["data.licence.title"] = questionnaire.Translated{textfmt.EN: "Licence Ouverte 2.0", textfmt.FR: "Licence Ouverte 2.0"}
				set["data.licence.url"] = "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf"
			}
			docs := fxadm2Docs(t, k, fxadm2Commune(t, k, set))
			fxadm2Expect(t, c.data+" "+attribution, docs, []fxadm2Check{
				{"CC0 as consent", id, consentCC0, c.cc0},
				{"licence as consent", id, consentLicence, c.licence},
				{"modified data not the Provider's", id, notModified, c.mod},
				{"statutory conditions of L. 322-1", id, statutory, c.statutes},
			})
		}
	}
}

// M-3, M-14 (title): the Rules of an administrative service keep no
// contract mechanism; a company's Agreement keeps them.
func TestFxadm2RulesAreNoContract(t *testing.T) {
	k, _ := Lookup("api-tos")
	rules := fxadm2Docs(t, k, fxadm2Commune(t, k, nil))
	titles := map[textfmt.Lang]string{textfmt.EN: "Rules of the API Access Service and Pricing Terms", textfmt.FR: "Règlement du service d’accès à\u00a0l’API et conditions tarifaires"}
	for l, doc := range rules {
		if doc.Title != titles[l] {
			t.Errorf("%s: title %q, want %q", l, doc.Title, titles[l])
		}
		if _, ok := doc.Clause("hardship"); ok {
			t.Errorf("%s: the Rules exclude hardship under article 1195 of the Civil Code", l)
		}
		scope, _ := doc.Clause("scope")
		if want := map[textfmt.Lang]string{textfmt.EN: "constituent documents of the Rules", textfmt.FR: "documents constitutifs du Règlement"}[l]; !strings.Contains(scope.Title, want) {
			t.Errorf("%s: Article 2 is headed %q", l, scope.Title)
		}
	}
	entire := apiTOSPhrase{textfmt.EN: "the entire agreement", textfmt.FR: "l'intégralité de l'accord"}
	opposable := apiTOSPhrase{textfmt.EN: "no other document may be relied on against the Provider or a User", textfmt.FR: "aucun autre document n'est opposable au Fournisseur ni à l'Utilisateur"}
	evidence1356 := apiTOSPhrase{textfmt.EN: "(article 1356 of the French Civil Code)", textfmt.FR: "(article 1356 du Code civil)"}
	evidence := apiTOSPhrase{textfmt.EN: "are evidence of the facts they record, unless proven otherwise.", textfmt.FR: "font preuve des faits qu'ils constatent, sauf preuve contraire."}
	endForBreach := apiTOSPhrase{textfmt.EN: "because the User ends its Registration on account of a breach by the Provider.", textfmt.FR: "par la fin de l'Inscription à laquelle procède l'Utilisateur en raison d'un manquement du Fournisseur."}
	rescission := apiTOSPhrase{textfmt.EN: "résiliation or résolution", textfmt.FR: "sa résiliation ou sa résolution"}
	ownCommitment := apiTOSPhrase{textfmt.EN: "The Provider applies the rules of this article to Consumers, whether or not the provisions it cites apply to them as of right.", textfmt.FR: "Le Fournisseur applique aux Consommateurs les règles du présent article, que les dispositions qu'il cite leur soient ou non applicables de plein droit."}
	formNote := apiTOSPhrase{textfmt.EN: "withdraw from your Registration. The “contract” to which the form refers means your Registration with the service.", textfmt.FR: "vous rétracter de votre Inscription. Le « contrat » que mentionne le formulaire désigne votre Inscription au service."}
	fxadm2Expect(t, "rules", rules, []fxadm2Check{
		{"no entire agreement", "scope-documents", entire, false},
		{"no other document may be relied on", "scope-documents", opposable, true},
		{"no evidence agreement", "evidence", evidence1356, false},
		{"records as evidence", "evidence", evidence, true},
		{"end of the Registration for breach", "term-effects", endForBreach, true},
		{"no rescission", "term-effects", rescission, false},
		{"consumer rules as the Provider's commitment", "consumer", ownCommitment, true},
		{"the form's contract is the Registration", "annex-withdrawal", formNote, true},
	})
	// An industrial and commercial service contracts: the same clauses stay.
	spic := fxadm2Docs(t, k, fxadm2Commune(t, k, map[string]any{"provider.public_activity": "industrial-commercial", "provider.administrative_court": nil}))
	fxadm2Expect(t, "spic", spic, []fxadm2Check{
		{"entire agreement", "scope-documents", entire, true},
		{"evidence agreement", "evidence", evidence1356, true},
		{"rescission", "term-effects", rescission, true},
		{"no such commitment", "consumer", ownCommitment, false},
	})
	for l, doc := range spic {
		if _, ok := doc.Clause("hardship"); !ok {
			t.Errorf("spic %s: no hardship clause", l)
		}
		if strings.HasPrefix(doc.Title, "R") {
			t.Errorf("spic %s: title %q", l, doc.Title)
		}
	}
}

// M-7: a territorial mediator is no consumer mediator; its mediation is
// one of the Code of Administrative Justice.
func TestFxadm2TerritorialMediator(t *testing.T) {
	k, _ := Lookup("api-tos")
	territorial := apiTOSPhrase{
		textfmt.EN: "to the following mediator, the territorial mediator set up by the Provider under article L. 1112-24 of the French General Code of Local Authorities",
		textfmt.FR: "au médiateur suivant, médiateur territorial institué par le Fournisseur en application de l'article L. 1112-24 du Code général des collectivités territoriales",
	}
	consumer := apiTOSPhrase{textfmt.EN: "to the following consumer mediator", textfmt.FR: "au médiateur de la consommation suivant"}
	cja := apiTOSPhrase{textfmt.EN: "as provided in article L. 213-6 of that Code, to which article L. 1112-24", textfmt.FR: "dans les conditions que prévoit l'article L. 213-6 de ce code, auquel renvoie l'article L. 1112-24"}
	for _, terr := range []bool{true, false} {
		docs := fxadm2Docs(t, k, fxadm2Commune(t, k, map[string]any{"consumer.mediator_territorial": terr}))
		fxadm2Expect(t, map[bool]string{true: "territorial", false: "consumer"}[terr], docs, []fxadm2Check{
			{"territorial mediator", "consumer-mediation", territorial, terr},
			{"consumer mediator", "consumer-mediation", consumer, !terr},
			{"interruption under L. 213-6 CJA", "jurisdiction", cja, terr},
		})
		for l, doc := range docs {
			c, _ := doc.Clause("consumer-mediation")
			if strings.Contains(c.Title, map[textfmt.Lang]string{textfmt.EN: "Consumer", textfmt.FR: "consommation"}[l]) == terr {
				t.Errorf("%v %s: heading %q", terr, l, c.Title)
			}
		}
	}
}

// M-4, M-8, M-10: continuity by substitution, the act that sets the
// prices cited as such, and no means of payment assumed for a public body.
func TestFxadm2ContinuityActAndPayment(t *testing.T) {
	k, _ := Lookup("api-tos")
	act := questionnaire.Translated{
		textfmt.EN: "resolution 2027-012 of the municipal council (conseil municipal) of 18 January 2027",
		textfmt.FR: "délibération du conseil municipal n° 2027-012 du 18 janvier 2027",
	}
	public := fxadm2Docs(t, k, fxadm2Commune(t, k, map[string]any{"pricing.act": act}))
	substitution := apiTOSPhrase{
		textfmt.EN: "such as by the creation of a new commune (commune nouvelle, articles L. 2113-1 and following of the French General Code of Local Authorities), the public person that succeeds it is substituted for it",
		textfmt.FR: "telle la création d'une commune nouvelle (articles L. 2113-1 et suivants du Code général des collectivités territoriales), la personne publique qui lui succède lui est substituée",
	}
	delegation := apiTOSPhrase{textfmt.EN: "in particular under a public service delegation (délégation de service public), it remains bound", textfmt.FR: "notamment par une délégation de service public, reste tenu"}
	successors := apiTOSPhrase{textfmt.EN: "successors in title", textfmt.FR: "ayants cause"}
	byAct := apiTOSPhrase{textfmt.EN: "The prices are set by the following act: " + act[textfmt.EN] + ".", textfmt.FR: "Les prix sont fixés par l'acte suivant : " + act[textfmt.FR] + "."}
	noticeMeans := apiTOSPhrase{textfmt.EN: "The sums due shall be paid by the means of payment stated in the notice of sums payable.", textfmt.FR: "Les sommes dues se règlent par les moyens de paiement qu'indique l'avis des sommes à payer."}
	card := apiTOSPhrase{textfmt.EN: " paid by bank card", textfmt.FR: " se règlent par carte bancaire"}
	fxadm2Expect(t, "commune", public, []fxadm2Check{
		{"substitution", "term-continuity", substitution, true},
		{"delegation", "term-continuity", delegation, true},
		{"no successors in title", "term-continuity", successors, false},
		{"the act cited", "access-price", byAct, true},
		{"means on the notice", "access-payment", noticeMeans, true},
		{"no card assumed", "access-payment", card, false},
	})
	company := exampleValues(t, k)
	company["pricing.model"] = "paid"
	delete(company, "pricing.payment_methods")
	fxadm2Expect(t, "company", fxadm2Docs(t, k, company), []fxadm2Check{
		{"successors in title", "term-continuity", successors, true},
		{"no substitution", "term-continuity", substitution, false},
		{"card by default", "access-payment", card, true},
	})
}

// M-5: a regulation caps neither the commune's liability nor the User's
// towards it (CE, sect., 19 March 1971, Mergui): the cap binds only a
// public buyer, and the service credits add to the User's rights.
func TestFxadm2NoCapByRegulation(t *testing.T) {
	k, _ := Lookup("api-tos")
	scope := apiTOSPhrase{
		textfmt.EN: "apply only towards a User for which the Rules are the terms of a public contract, as provided in Article\u00a012.2; towards other Users, the Provider is liable, under the rules of administrative liability, for the direct and certain damage caused by its fault",
		textfmt.FR: "ne s'appliquent qu'envers l'Utilisateur pour lequel le Règlement constitue les conditions d'un marché public, dans les conditions de l'article\u00a012.2 ; à l'égard des autres Utilisateurs, le Fournisseur répond, dans les conditions du droit de la responsabilité administrative, des dommages directs et certains causés par sa faute",
	}
	exclusive := apiTOSPhrase{textfmt.EN: "Those remedies are the only compensation due", textfmt.FR: "Ces mesures de compensation constituent la seule indemnisation due"}
	for _, c := range []struct {
		name     string
		set      map[string]any
		admin    bool
		exclusif bool
	}{
		{"commune", map[string]any{"liability.cap": "amount"}, true, false},
		{"spic", map[string]any{"liability.cap": "amount", "provider.public_activity": "industrial-commercial", "provider.administrative_court": nil}, false, true},
	} {
		fxadm2Expect(t, c.name, fxadm2Docs(t, k, fxadm2Commune(t, k, c.set)), []fxadm2Check{
			{"cap confined to public buyers", "liability-limit", scope, c.admin},
			{"service credits exclusive", "warranty-disclaimer", exclusive, c.exclusif},
		})
	}
}

// M-6(a): a French public body's developer site is bound by the digital
// accessibility duty of article 47 of law no. 2005-102.
func TestFxadm2Accessibility(t *testing.T) {
	k, _ := Lookup("api-tos")
	a11y := apiTOSPhrase{
		textfmt.EN: "laid down by article 47 of Law no. 2005-102 of 11 February 2005, and the Provider shall publish the accessibility statement that article requires.",
		textfmt.FR: "que fixe l'article 47 de la loi n° 2005-102 du 11 février 2005, et le Fournisseur publie la déclaration d'accessibilité qu'exige cet article.",
	}
	fxadm2Expect(t, "commune", fxadm2Docs(t, k, fxadm2Commune(t, k, nil)), []fxadm2Check{{"accessibility", "spec-reference", a11y, true}})
	fxadm2Expect(t, "company", fxadm2Docs(t, k, exampleValues(t, k)), []fxadm2Check{{"accessibility", "spec-reference", a11y, false}})
}
