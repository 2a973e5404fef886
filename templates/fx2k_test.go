package templates

import (
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review RK (a commune's free administrative open-data API): the terms of
// a public-body provider use the answers it gave and the vocabulary of a
// regulation, in every public-service variant, while private providers
// keep their text.

// fx2kCase is one provider variant the class fixes must hold for.
type fx2kCase struct {
	name           string
	administrative bool
	paid           bool
	public         bool
}

var fx2kCases = []fx2kCase{
	{"administrative free", true, false, true},
	{"administrative paid", true, true, true},
	{"industrial-commercial free", false, false, true},
	{"industrial-commercial paid", false, true, true},
	{"company free", false, false, false},
}

// fx2kValues builds the answers of a variant; set overrides them.
func fx2kValues(t *testing.T, k *Kind, c fx2kCase, set map[string]any) questionnaire.Values {
	t.Helper()
	var v questionnaire.Values
	switch {
	case c.administrative:
		v = fxadm2Commune(t, k, nil)
		if !c.paid {
			v["pricing.model"] = "free"
		}
	case c.public:
		v = publicValues(t, k)
		v["provider.public_category"] = "local"
		v["provider.public_activity"] = "industrial-commercial"
		if c.paid {
			v["pricing.model"] = "paid"
		} else {
			v["pricing.model"] = "free"
		}
	default:
		v = exampleValues(t, k)
		v["pricing.model"] = "free"
	}
	if !c.paid {
		for _, key := range []string{"pricing.vat", "pricing.vat_basis", "pricing.payment_methods"} {
			delete(v, key)
		}
	}
	for key, x := range set {
		if x == nil {
			delete(v, key)
			continue
		}
		v[key] = x
	}
	return v
}

func fx2kDocs(t *testing.T, k *Kind, v questionnaire.Values) map[textfmt.Lang]*document.Document {
	t.Helper()
	return fxadm2Docs(t, k, v)
}

var (
	fx2kAdminLiability = apiTOSPhrase{
		textfmt.EN: "The Provider is liable, under the rules of administrative liability",
		textfmt.FR: "Le Fournisseur répond, dans les conditions du droit de la responsabilité administrative",
	}
	fx2kNoUserCapped = apiTOSPhrase{
		textfmt.EN: "apply to no User",
		textfmt.FR: "ne s'appliquent à aucun Utilisateur",
	}
	fx2kCapAmount = apiTOSPhrase{
		textfmt.EN: "for all causes combined, is limited to five hundred euros (EUR",
		textfmt.FR: "est limitée à cinq cents (500)\u00a0euros",
	}
	fx2kCapPaid = apiTOSPhrase{
		textfmt.EN: "the higher of the following two amounts",
		textfmt.FR: "au plus élevé des deux montants suivants",
	}
)

// RK-1: a free administrative public service prints one liability
// regime, administrative liability, with no cap that a later sentence
// disapplies, and the questionnaire does not ask for a cap; every other
// variant keeps its cap.
func TestFx2kLiabilityAdministrative(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range fx2kCases {
		v := fx2kValues(t, k, c, map[string]any{"liability.cap": "amount", "liability.cap_amount": 500})
		docs := fx2kDocs(t, k, v)
		freeAdmin := c.administrative && !c.paid
		fxadm2Expect(t, c.name, docs, []fxadm2Check{
			{"administrative liability", "liability-limit", fx2kAdminLiability, freeAdmin},
			{"no self-cancelling cap", "liability-limit", fx2kNoUserCapped, false},
			{"fixed cap", "liability-limit", fx2kCapAmount, !c.paid && !freeAdmin},
			{"paid cap", "liability-limit", fx2kCapPaid, c.paid},
		})
		q, ok := k.Questionnaire.Question("liability.cap")
		if !ok {
			t.Fatal("no question liability.cap")
		}
		if got := k.Questionnaire.Visible(q, k.Questionnaire.Resolve(v)); got == freeAdmin {
			t.Errorf("%s: liability.cap asked: %v", c.name, got)
		}
	}
}

// fx2kCapped reports whether the terms cap liability for the resolved
// answers v: a free administrative public service caps nothing, whatever
// the answer on the cap (review RK, RK-1).
func fx2kCapped(v questionnaire.Values) bool {
	freeAdministrative := v["provider.type"] == "public-body" && v["provider.public_activity"] != "industrial-commercial" && v["pricing.model"] != "paid"
	return v["liability.cap"] != nil && v["liability.cap"] != "none" && !freeAdministrative
}

var (
	fx2kCompensation = apiTOSPhrase{
		textfmt.EN: "The withdrawal of a given User's access on grounds of the general interest unrelated to that User's conduct, or the application, without that notice, of a change that neither the law nor a decision of a court or authority requires, gives a right to compensation for the direct and certain loss resulting from it",
		textfmt.FR: "Le retrait de l'accès d'un Utilisateur déterminé pour un motif d'intérêt général étranger à son comportement, ou l'application, sans ces préavis, d'une modification que n'imposent ni la loi ni une décision de justice ou d'une autorité, ouvre droit à l'indemnisation du préjudice direct et certain qui en résulte",
	}
	fx2kNoCompensationWithNotice = apiTOSPhrase{
		textfmt.EN: "a change applied with that notice gives no right to compensation.",
		textfmt.FR: "une modification appliquée avec ces préavis n'ouvre droit à aucune indemnité.",
	}
	fx2kWithdrawalGround = apiTOSPhrase{
		textfmt.EN: "on grounds of the general interest relating to the security or the working of the service, by a reasoned decision taken as provided in the last paragraph of Article",
		textfmt.FR: "pour un motif d'intérêt général tenant à la sécurité ou au fonctionnement du service, par une décision motivée prise dans les conditions du dernier alinéa de l'article",
	}
	fx2kOldExpenses = apiTOSPhrase{
		textfmt.EN: "the expenses that the User shows it incurred",
		textfmt.FR: "des dépenses que l'Utilisateur justifie avoir exposées",
	}
)

// RK-2 and RK-11: the general-interest power of an administrative public
// service compensates only an individual withdrawal not caused by the
// User and a change applied without notice; withdrawal is confined to the
// security or working of the service and follows the procedure of the
// breach article. Other providers have no such power.
func TestFx2kGeneralInterestCompensation(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range fx2kCases {
		docs := fx2kDocs(t, k, fx2kValues(t, k, c, nil))
		fxadm2Expect(t, c.name, docs, []fxadm2Check{
			{"compensation limited by law", "term-provider", fx2kCompensation, c.administrative},
			{"no compensation with notice", "term-provider", fx2kNoCompensationWithNotice, c.administrative},
			{"withdrawal ground and procedure", "term-provider", fx2kWithdrawalGround, c.administrative},
			{"no open-ended expenses", "term-provider", fx2kOldExpenses, false},
		})
	}
}

var (
	fx2kHVDNoPrice = apiTOSPhrase{
		textfmt.EN: "nevertheless remain available free of charge through an API and as a bulk download (article 14(1) of Directive (EU) 2019/1024): no price may be introduced for making them available.",
		textfmt.FR: "demeurent toutefois accessibles gratuitement par API et en téléchargement en masse (article 14, paragraphe 1, de la directive (UE) 2019/1024) : aucun prix ne peut être instauré pour leur mise à disposition.",
	}
	fx2kHVDClosure = apiTOSPhrase{
		textfmt.EN: "Closing the API does not release the Provider from keeping the datasets that the Documentation designates as high-value datasets",
		textfmt.FR: "La fermeture de l'API ne dispense pas le Fournisseur de maintenir accessibles gratuitement",
	}
)

// RK-8: the answer on high-value datasets is asked of every public body
// and used whether access is free or paid: no price may be introduced
// for them, and closing the API does not end their availability.
func TestFx2kHighValueDatasets(t *testing.T) {
	k, _ := Lookup("api-tos")
	q, _ := k.Questionnaire.Question("pricing.high_value")
	for _, c := range fx2kCases {
		for _, hvd := range []bool{true, false} {
			v := fx2kValues(t, k, c, map[string]any{"pricing.high_value": hvd})
			on := hvd && c.public
			if got := k.Questionnaire.Visible(q, k.Questionnaire.Resolve(v)); got != c.public {
				t.Errorf("%s: high-value question asked %v", c.name, got)
			}
			fxadm2Expect(t, c.name, fx2kDocs(t, k, v), []fxadm2Check{
				{"no price for high-value datasets", "access-price", fx2kHVDNoPrice, on && !c.paid},
				{"closure keeps high-value datasets", "term-provider", fx2kHVDClosure, on},
			})
		}
	}
}

var fx2kMissionBasis = apiTOSPhrase{
	textfmt.EN: "As article 6(3) of the GDPR requires, that task is laid down by the following provisions: ",
	textfmt.FR: "Conformément à l'article 6, paragraphe 3, du RGPD, cette mission est définie par les dispositions suivantes : ",
}

// RK-6: the text that vests a public body with its task is printed with
// the basis of the processing of account and connection data, even when
// the API receives no personal data; a private provider has no such task.
func TestFx2kPublicTaskBasisPrinted(t *testing.T) {
	k, _ := Lookup("api-tos")
	basis := questionnaire.Translated{textfmt.EN: "article L. 1231-1 of the French Transport Code", textfmt.FR: "article L. 1231-1 du code des transports"}
	for _, c := range fx2kCases {
		v := fx2kValues(t, k, c, map[string]any{"personal_data.processed": false, "provider.public_mission_basis": basis})
		fxadm2Expect(t, c.name, fx2kDocs(t, k, v), []fxadm2Check{
			// An industrial and commercial public service bases the
			// connection data on its legitimate interest (RM-5): only an
			// administrative one rests them on its task.
			{"task basis", "data-users", fx2kMissionBasis, c.administrative},
			{"answer printed", "data-users", apiTOSPhrase{textfmt.EN: "French Transport Code.", textfmt.FR: "code des transports."}, c.administrative},
		})
	}
}

// fx2kHeading is the heading of a clause, or "" without it.
func fx2kHeading(doc *document.Document, id string) string {
	c, ok := doc.Clause(id)
	if !ok {
		return ""
	}
	return c.Title
}

// RK-5: the Rules of an administrative public service speak of the end
// of a Registration, not of termination of a contract, and cite no
// article of the Civil Code on contracts for force majeure; every other
// provider keeps the vocabulary of its contract.
func TestFx2kAdministrativeVocabulary(t *testing.T) {
	k, _ := Lookup("api-tos")
	headings := map[string]apiTOSPhrase{
		"term":          {textfmt.EN: "Term and end of the Registration", textfmt.FR: "Durée et fin de l'Inscription"},
		"term-user":     {textfmt.EN: "End of the Registration by the User", textfmt.FR: "Fin de l'Inscription à l'initiative de l'Utilisateur"},
		"term-provider": {textfmt.EN: "End of the Registration by the Provider", textfmt.FR: "Fin de l'Inscription à l'initiative du Fournisseur"},
		"term-breach":   {textfmt.EN: "Suspension and withdrawal of access for breach", textfmt.FR: "Suspension et retrait de l'accès pour manquement"},
	}
	article1218 := apiTOSPhrase{textfmt.EN: "article 1218 of the French Civil Code", textfmt.FR: "article 1218 du Code civil"}
	parties := apiTOSPhrase{textfmt.EN: "as parties to", textfmt.FR: "en leur qualité de parties"}
	for _, c := range fx2kCases {
		v := fx2kValues(t, k, c, map[string]any{"conditions.data": "open-data-licence"})
		docs := fx2kDocs(t, k, v)
		for l, doc := range docs {
			for id, p := range headings {
				if got := fx2kHeading(doc, id) == textfmt.Typeset(l, p[l]); got != c.administrative {
					t.Errorf("%s %s: heading of %s %q", c.name, l, id, fx2kHeading(doc, id))
				}
			}
		}
		fxadm2Expect(t, c.name, docs, []fxadm2Check{
			{"article 1218", "liability-force-majeure", article1218, !c.administrative},
			{"users as parties", "data-open-data-licence", parties, !c.administrative},
		})
	}
}

// RK-10: the Rules do not pronounce on the legality of their own
// implementing decisions; the User may challenge them before the judge.
func TestFx2kWithdrawalChallenge(t *testing.T) {
	k, _ := Lookup("api-tos")
	challenge := apiTOSPhrase{
		textfmt.EN: "The User may challenge the decision by which the Provider so ends its Registration",
		textfmt.FR: "L'Utilisateur peut contester la décision par laquelle le Fournisseur met ainsi fin à son Inscription",
	}
	unlawful := apiTOSPhrase{textfmt.EN: "is unlawful if the breach", textfmt.FR: "est illégale si le manquement"}
	perils := apiTOSPhrase{textfmt.EN: "at its own risk", textfmt.FR: "à ses risques et périls"}
	for _, c := range fx2kCases {
		fxadm2Expect(t, c.name, fx2kDocs(t, k, fx2kValues(t, k, c, nil)), []fxadm2Check{
			{"challenge", "term-breach", challenge, c.administrative},
			{"no self-declared illegality", "term-breach", unlawful, false},
			{"private risk", "term-breach", perils, !c.administrative},
		})
	}
}

// RK-3, RK-25: Rules of a free administrative service give no indemnity,
// so the heading of 9.5 promises none; other variants keep theirs.
func TestFx2kThirdPartyHeading(t *testing.T) {
	k, _ := Lookup("api-tos")
	want := apiTOSPhrase{textfmt.EN: "User's liability towards third parties", textfmt.FR: "Responsabilité de l'Utilisateur à l'égard des tiers"}
	for _, c := range fx2kCases {
		for l, doc := range fx2kDocs(t, k, fx2kValues(t, k, c, nil)) {
			if got := fx2kHeading(doc, "liability-indemnity") == textfmt.Typeset(l, want[l]); got != (c.administrative && !c.paid) {
				t.Errorf("%s %s: heading of 9.5 %q", c.name, l, fx2kHeading(doc, "liability-indemnity"))
			}
		}
	}
}

// RK-4: refusing a price ends the User's Registration, not the Rules,
// which stay in force for everyone else.
func TestFx2kSummaryRefusalEndsRegistration(t *testing.T) {
	k, _ := Lookup("api-tos")
	reg := apiTOSPhrase{textfmt.EN: "the User's refusal would end that User's Registration, at no cost", textfmt.FR: "son refus mettrait fin à son Inscription, sans frais"}
	contract := apiTOSPhrase{textfmt.EN: "the User's refusal would end the Agreement, at no cost", textfmt.FR: "son refus mettrait fin au Contrat, sans frais"}
	for _, c := range fx2kCases {
		if c.paid {
			continue
		}
		v := fx2kValues(t, k, c, map[string]any{"personal_data.processed": false})
		fxadm2Expect(t, c.name, fx2kDocs(t, k, v), []fxadm2Check{
			{"registration ends", "summary", reg, c.administrative},
			{"agreement ends", "summary", contract, !c.administrative},
		})
	}
}

// RK-23: the English severability clause is not a calque of « réputé non
// écrit » and is not circular, for every provider.
func TestFx2kSeverabilityEnglish(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range fx2kCases {
		doc := fx2kDocs(t, k, fx2kValues(t, k, c, nil))[textfmt.EN]
		body := clauseText(doc, "severability")
		if !containsTypeset(textfmt.EN, body, "it shall be disregarded only to the extent of its invalidity") || containsTypeset(textfmt.EN, body, "it is deemed unwritten only") {
			t.Errorf("%s: severability %q", c.name, body)
		}
	}
}

// RK-13: disputes with an administrative public service go to the
// administrative court; 12.2 no longer suggests a consumer's option of
// court that exists only in civil and commercial matters.
func TestFx2kNoConsumerForumInAdministrativeDisputes(t *testing.T) {
	k, _ := Lookup("api-tos")
	forum := apiTOSPhrase{textfmt.EN: "and a Consumer also has the rights set out in", textfmt.FR: "le Consommateur bénéficiant en outre des droits prévus à"}
	for _, c := range fx2kCases {
		v := fx2kValues(t, k, c, map[string]any{"audience": "business-and-consumers"})
		fxadm2Expect(t, c.name, fx2kDocs(t, k, v), []fxadm2Check{
			{"consumer forum in 12.2", "jurisdiction", forum, !c.administrative},
		})
	}
}

// RK-24: English puts "the" before a provider's name that begins with a
// French common noun, in the definition as on the title page.
func TestFx2kProviderNameArticle(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := fx2kValues(t, k, fx2kCases[0], nil)
	doc := fx2kDocs(t, k, v)[textfmt.EN]
	if !containsTypeset(textfmt.EN, clauseText(doc, "definitions"), "identified at the head of these terms, the Commune de Rennes,") {
		t.Errorf("definition without the article: %s", clauseText(doc, "definitions"))
	}
	company := fx2kDocs(t, k, fx2kValues(t, k, fx2kCases[4], nil))[textfmt.EN]
	if containsTypeset(textfmt.EN, clauseText(company, "definitions"), "head of these terms, the ") {
		t.Error("a company's name given an article")
	}
}
