package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review M2 (second reading of the Commune de Rennes terms): public buyers,
// indemnity, SCCs, mediation and time limits, VAT, set-off, default
// purposes, and the RCS warning for an administrative public service.

func containsTypeset(l textfmt.Lang, text, phrase string) bool {
	return strings.Contains(text, textfmt.Typeset(l, phrase))
}

// M2-1: one status for public buyers, the acheteur of article L. 1210-1
// of the Public Procurement Code, stated once in 12.2 and referred to by
// the definition of the Registration and by the caps of 9.3.
func TestFxm3PublicBuyer(t *testing.T) {
	k, _ := Lookup("api-tos")
	definition := apiTOSPhrase{
		textfmt.EN: "it does not make the Rules a contract, save towards a User that is a buyer within the meaning of article L. 1210-1 of the French Public Procurement Code, as provided in Article",
		textfmt.FR: "elle ne fait pas du Règlement un contrat, sauf à l'égard de l'Utilisateur qui est un acheteur au sens de l'article L. 1210-1 du Code de la commande publique, dans les conditions de l'article",
	}
	notContract := apiTOSPhrase{
		textfmt.EN: "it does not make the Rules a contract.",
		textfmt.FR: "elle ne fait pas du Règlement un contrat.",
	}
	buyer := apiTOSPhrase{
		textfmt.EN: "as regards that User, the terms of a public contract, which is an administrative contract where that buyer is a legal person governed by public law (article L. 6 of that Code)",
		textfmt.FR: "constitue à son égard les conditions d'un marché public, qui est un contrat administratif lorsque cet acheteur est une personne morale de droit public (article L. 6 de ce code)",
	}
	buyerScope := apiTOSPhrase{
		textfmt.EN: "Where the User is a buyer within the meaning of article L. 1210-1 of the French Public Procurement Code that acquires paid access",
		textfmt.FR: "Lorsque l'Utilisateur est un acheteur au sens de l'article L. 1210-1 du Code de la commande publique qui acquiert l'accès payant",
	}
	capsPaid := apiTOSPhrase{
		textfmt.EN: "the exclusions and the caps set out in this article apply only towards a User for which the Rules are the terms of a public contract",
		textfmt.FR: "les exclusions et les plafonds prévus au présent article ne s'appliquent qu'envers l'Utilisateur pour lequel le Règlement constitue les conditions d'un marché public",
	}
	capsFree := apiTOSPhrase{
		textfmt.EN: "the exclusions and the caps set out in this article apply to no User, as access is not acquired under a public contract",
		textfmt.FR: "les exclusions et les plafonds prévus au présent article ne s'appliquent à aucun Utilisateur, l'accès n'étant pas acquis dans le cadre d'un marché public",
	}
	oldBasis := apiTOSPhrase{
		textfmt.EN: "which the Rules of the administrative public service are not",
		textfmt.FR: "que n'est pas le Règlement du service public administratif",
	}
	newBasis := apiTOSPhrase{
		textfmt.EN: "and not on the performance of a contract, for which that processing is not necessary.",
		textfmt.FR: "et non sur l'exécution d'un contrat, à laquelle ces traitements ne sont pas nécessaires.",
	}
	paid := fxadm2Commune(t, k, map[string]any{"liability.cap": "amount", "personal_data.processed": true, "personal_data.role": "controller"})
	docs := fxadm2Docs(t, k, paid)
	// The article number of the jurisdiction clause depends on the
	// options; read it from the document rather than fix it.
	for l, doc := range docs {
		def, jur := clauseText(doc, "definitions"), clauseText(doc, "jurisdiction")
		if !containsTypeset(l, jur, buyer[l]) || !containsTypeset(l, jur, buyerScope[l]) {
			t.Errorf("commune %s: 12.2 lacks the buyer's status", l)
		}
		if !containsTypeset(l, def, definition[l]) {
			t.Errorf("commune %s: the definition of the Registration does not carve out buyers:\n%s", l, def)
		}
		if containsTypeset(l, def, notContract[l]) {
			t.Errorf("commune %s: the definition still says the Rules are never a contract", l)
		}
	}
	fxadm2Expect(t, "paid commune", docs, []fxadm2Check{
		{"caps for buyers only", "liability-limit", capsPaid, true},
		{"no caps for anyone", "liability-limit", capsFree, false},
		{"no 'not a contract' basis", "data-personal", oldBasis, false},
		{"basis without contract", "data-personal", newBasis, true},
	})
	free := fxadm2Commune(t, k, map[string]any{"pricing.model": "free", "liability.cap": "amount"})
	fdocs := fxadm2Docs(t, k, free)
	// A free commune caps nothing and says so once (review RK, RK-1).
	fxadm2Expect(t, "free commune", fdocs, []fxadm2Check{
		{"no self-cancelling caps", "liability-limit", capsFree, false},
		{"administrative liability", "liability-limit", fx2kAdminLiability, true},
		{"caps for buyers", "liability-limit", capsPaid, false},
		{"no buyer", "jurisdiction", buyerScope, false},
	})
	for l, doc := range fdocs {
		if !containsTypeset(l, clauseText(doc, "definitions"), notContract[l]) {
			t.Errorf("free commune %s: the Registration should never make the Rules a contract", l)
		}
	}
	// A company's paid access: the same buyer, in its Agreement.
	company := exampleValues(t, k)
	company["pricing.model"] = "paid"
	fxadm2Expect(t, "company", fxadm2Docs(t, k, company), []fxadm2Check{{"buyer", "jurisdiction", buyerScope, true}})
}

// M2-2: a regulation creates no indemnity; only a buyer under a public
// contract gives it, other Users answer for their faults.
func TestFxm3Indemnity(t *testing.T) {
	k, _ := Lookup("api-tos")
	buyer := apiTOSPhrase{
		textfmt.EN: "A User for which the Rules are the terms of a public contract, as provided in Article",
		textfmt.FR: "L'Utilisateur pour lequel le Règlement constitue les conditions d'un marché public, dans les conditions de l'article",
	}
	indemnity := apiTOSPhrase{textfmt.EN: "shall indemnify the Provider against any claim", textfmt.FR: "garantit le Fournisseur contre toute réclamation"}
	others := apiTOSPhrase{
		textfmt.EN: "Any other User is liable, under the ordinary rules, for the harmful consequences of its faults",
		textfmt.FR: "Tout autre Utilisateur répond, dans les conditions du droit commun, des conséquences dommageables de ses fautes",
	}
	every := apiTOSPhrase{
		textfmt.EN: "The User is liable, under the ordinary rules, for the harmful consequences of its faults, in particular where the Provider's liability is sought by a third party on account of the User Content or of an Application; the Provider may bring a recourse action against it.",
		textfmt.FR: "L'Utilisateur répond, dans les conditions du droit commun, des conséquences dommageables de ses fautes, notamment lorsque la responsabilité du Fournisseur est recherchée par un tiers à raison du Contenu de l'Utilisateur ou d'une Application ; le Fournisseur peut exercer contre lui une action récursoire.",
	}
	fxadm2Expect(t, "paid commune", fxadm2Docs(t, k, fxadm2Commune(t, k, nil)), []fxadm2Check{
		{"buyer indemnifies", "liability-indemnity", buyer, true},
		{"indemnity", "liability-indemnity", indemnity, true},
		{"others liable for faults", "liability-indemnity", others, true},
	})
	fxadm2Expect(t, "free commune", fxadm2Docs(t, k, fxadm2Commune(t, k, map[string]any{"pricing.model": "free"})), []fxadm2Check{
		{"no indemnity", "liability-indemnity", indemnity, false},
		{"every User liable for faults", "liability-indemnity", every, true},
	})
	fxadm2Expect(t, "company", fxadm2Docs(t, k, exampleValues(t, k)), []fxadm2Check{
		{"indemnity", "liability-indemnity", indemnity, true},
		{"no fault clause", "liability-indemnity", others, false},
		{"no buyer", "liability-indemnity", buyer, false},
	})
}

// M2-3: in a regulation, the SCCs form a separate contract.
func TestFxm3SCC(t *testing.T) {
	k, _ := Lookup("api-tos")
	separate := apiTOSPhrase{
		textfmt.EN: "those clauses form between the Provider and that User a contract separate from the Rules, concluded by the User's acceptance of the Rules; they prevail over the Rules in the event of contradiction (clause 5 of those clauses)",
		textfmt.FR: "ces clauses forment entre le Fournisseur et cet Utilisateur un contrat distinct du Règlement, conclu par l'acceptation du Règlement par l'Utilisateur ; elles prévalent sur le Règlement en cas de contradiction (clause 5 de ces clauses)",
	}
	incorporated := apiTOSPhrase{textfmt.EN: "by reference, and their annexes", textfmt.FR: "par référence, et leurs annexes"}
	set := map[string]any{"personal_data.processed": true, "personal_data.role": "controller", "personal_data.returns": true}
	v := fxadm2Commune(t, k, set)
	docs := fxadm2Docs(t, k, v)
	found := false
	for l, doc := range docs {
		for _, c := range doc.Clauses {
			if containsTypeset(l, c.Body, separate[l]) {
				found = true
			}
			if containsTypeset(l, c.Body, incorporated[l]) {
				t.Errorf("commune %s: SCCs incorporated into the Rules by reference in %s", l, c.ID)
			}
		}
	}
	if !found {
		t.Skip("the SCC clause is not reached by these answers")
	}
}

// M2-5: every mediator variant of an administrative service says whether
// the referral interrupts the two-month time limit.
func TestFxm3MediationTimeLimit(t *testing.T) {
	k, _ := Lookup("api-tos")
	notInterrupt := apiTOSPhrase{
		textfmt.EN: "the referral to the mediator interrupts the two-month time limit for an action before the court (article R. 421-1 of the French Code of Administrative Justice) only as provided in article L. 213-6 of that Code",
		textfmt.FR: "la saisine du médiateur n'interrompt le délai de recours contentieux de deux mois (article R. 421-1 du Code de justice administrative) que dans les conditions de l'article L. 213-6 de ce code",
	}
	territorial := apiTOSPhrase{
		textfmt.EN: "mediation interrupts the two-month time limit for an action before the court (article R. 421-1 of the French Code of Administrative Justice) only as provided in article L. 213-6 of that Code, to which article L. 1112-24 of the French General Code of Local Authorities refers",
		textfmt.FR: "la médiation n'interrompt le délai de recours contentieux de deux mois (article R. 421-1 du Code de justice administrative) que dans les conditions que prévoit l'article L. 213-6 de ce code, auquel renvoie l'article L. 1112-24 du Code général des collectivités territoriales",
	}
	fxadm2Expect(t, "consumer mediator", fxadm2Docs(t, k, fxadm2Commune(t, k, nil)), []fxadm2Check{
		{"no interruption", "consumer-mediation", notInterrupt, true},
		{"territorial", "jurisdiction", territorial, false},
	})
	fxadm2Expect(t, "territorial mediator", fxadm2Docs(t, k, fxadm2Commune(t, k, map[string]any{"consumer.mediator_territorial": true})), []fxadm2Check{
		{"interruption", "jurisdiction", territorial, true},
		{"no interruption", "consumer-mediation", notInterrupt, false},
	})
	c := exampleValues(t, k)
	c["audience"] = "business-and-consumers"
	fxadm2Expect(t, "company", fxadm2Docs(t, k, c), []fxadm2Check{{"no administrative time limit", "consumer-mediation", notInterrupt, false}})
}

// M2-6: a public body states the ground of its VAT position; the terms
// provide for its becoming liable, and 10.6 lists the refusal.
func TestFxm3VAT(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := fxadm2Commune(t, k, nil)
	delete(v, "pricing.vat_basis")
	r := k.Questionnaire.Resolve(v)
	missing := false
	for _, qq := range k.Questionnaire.Missing(r) {
		if qq.Key == "pricing.vat_basis" {
			missing = true
		}
	}
	if !missing {
		t.Error("a public body's VAT ground is not required")
	}
	liable := apiTOSPhrase{
		textfmt.EN: "If the Provider becomes liable for value added tax on this service, in particular following a decision of the tax authorities, it shall inform Users by e-mail; for Users other than Consumers, the tax is then added to the prices",
		textfmt.FR: "Si le Fournisseur devient redevable de la taxe sur la valeur ajoutée au titre de ce service, notamment à la suite d'une décision de l'administration fiscale, il en informe les Utilisateurs par courrier électronique ; pour les Utilisateurs autres que les Consommateurs, la taxe s'ajoute alors aux prix",
	}
	refusal := apiTOSPhrase{
		textfmt.EN: "because the User terminates it on refusing the addition of value added tax",
		textfmt.FR: "par la résiliation de l’Utilisateur qui refuse l’ajout de la taxe sur la valeur ajoutée",
	}
	judge := apiTOSPhrase{
		textfmt.EN: "before the enforcement judge (juge de l'exécution) (article L. 1617-5 of the French General Code of Local Authorities)",
		textfmt.FR: "le juge de l'exécution (article L. 1617-5 du Code général des collectivités territoriales)",
	}
	setOff := apiTOSPhrase{
		textfmt.EN: "such as the unpaid price, late-payment interest and, for a buyer subject to the French Public Procurement Code, the interest for late payment and the fixed indemnity for recovery costs under that Code;",
		textfmt.FR: "telles que le prix impayé, les intérêts de retard et, pour un acheteur soumis au Code de la commande publique, les intérêts moratoires et l'indemnité forfaitaire pour frais de recouvrement ;",
	}
	penalties := apiTOSPhrase{textfmt.EN: "late-payment penalties or interest", textfmt.FR: "les pénalités ou intérêts de retard"}
	docs := fxadm2Docs(t, k, fxadm2Commune(t, k, nil))
	fxadm2Expect(t, "commune", docs, []fxadm2Check{
		{"becoming liable", "access-payment", liable, true},
		{"enforcement judge", "access-payment", judge, true},
		{"set-off without penalties", "access-payment", setOff, true},
		{"no penalties", "access-payment", penalties, false},
		{"refusal ends the Registration", "term-effects", refusal, true},
	})
	company := exampleValues(t, k)
	company["pricing.model"] = "paid"
	fxadm2Expect(t, "company", fxadm2Docs(t, k, company), []fxadm2Check{
		{"penalties", "access-payment", penalties, true},
		{"no public set-off", "access-payment", setOff, false},
	})
}

// M2-10, M2-11: the public task's provisions and the withdrawal period.
func TestFxm3Wording(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := fxadm2Commune(t, k, map[string]any{"personal_data.processed": true, "personal_data.role": "controller",
		"provider.public_mission_basis": questionnaire.Translated{textfmt.EN: "article L. 2121-29 of the French General Code of Local Authorities", textfmt.FR: "article L. 2121-29 du Code général des collectivités territoriales"}})
	fxadm2Expect(t, "commune", fxadm2Docs(t, k, v), []fxadm2Check{
		{"provisions", "data-personal", apiTOSPhrase{
			textfmt.EN: "that task is laid down by the following provisions:",
			textfmt.FR: "cette mission est définie par les dispositions suivantes :",
		}, true},
		{"withdrawal from acceptance of the Rules", "consumer-withdrawal", apiTOSPhrase{textfmt.EN: "days of accepting the Rules", textfmt.FR: "Inscription"}, true},
		{"no dangling them", "consumer-withdrawal", apiTOSPhrase{textfmt.EN: "days of accepting them", textfmt.FR: "\x00"}, false},
	})
}

// M-11: no purpose is printed that the Provider did not declare.
func TestFxm3Purposes(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := fxadm2Commune(t, k, map[string]any{"personal_data.processed": true, "personal_data.role": "controller"})
	delete(v, "personal_data.purposes")
	fxadm2Expect(t, "controller, no purposes", fxadm2Docs(t, k, v), []fxadm2Check{
		{"only requests and security", "data-personal", apiTOSPhrase{
			textfmt.EN: "it processes them to answer the requests and to secure the API, and for those purposes alone.",
			textfmt.FR: "il les traite pour répondre aux requêtes et assurer la sécurité de l'API, et à ces seules fins.",
		}, true},
		{"no default purposes", "data-personal", apiTOSPhrase{textfmt.EN: "production of statistics", textfmt.FR: "établissement de statistiques"}, false},
	})
	both := fxadm2Commune(t, k, map[string]any{"personal_data.processed": true, "personal_data.role": "both"})
	delete(both, "personal_data.purposes")
	missing := false
	for _, qq := range k.Questionnaire.Missing(k.Questionnaire.Resolve(both)) {
		missing = missing || qq.Key == "personal_data.purposes"
	}
	if !missing {
		t.Error("a provider that is also a processor may leave its own purposes unsaid")
	}
}

// The RCS warning: an administrative public service is not registered;
// an EPIC is, and keeps its registration without a warning.
func TestFxm3AdministrativeRCS(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		name string
		set  map[string]any
		want bool
	}{
		{"commune with RCS", map[string]any{"provider.registration": "RCS Paris 123 456 782"}, true},
		{"commune, registre du commerce", map[string]any{"provider.registration": "Registre du commerce de Rennes 123 456 782"}, true},
		{"commune without RCS", map[string]any{"provider.registration": nil}, false},
		{"EPIC with RCS", map[string]any{"provider.registration": "RCS Rennes 123 456 782", "provider.legal_form": "établissement public local à caractère industriel et commercial (EPIC)"}, false},
		{"industrial service with RCS", map[string]any{"provider.registration": "RCS Rennes 123 456 782", "provider.public_activity": "industrial-commercial", "provider.administrative_court": nil}, false},
	} {
		got := slices.Contains(fxadm2Rules(k, fxadm2Commune(t, k, c.set)), "public-body-administrative-rcs")
		if got != c.want {
			t.Errorf("%s: RCS warning %v, want %v", c.name, got, c.want)
		}
	}
	company := exampleValues(t, k)
	if slices.Contains(fxadm2Rules(k, company), "public-body-administrative-rcs") {
		t.Error("a company is warned about its RCS registration")
	}
}
