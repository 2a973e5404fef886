package templates

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxadminDocs assembles, in both languages, the paid API terms for
// business and consumer users of a commune running an administrative
// public service under public accounting (admin), or of a company, each
// as controller of the personal data in requests; set adjusts the answers.
func fxadminDocs(t *testing.T, admin bool, set func(questionnaire.Values)) map[textfmt.Lang]*document.Document {
	t.Helper()
	docs := published12a(t, func(v questionnaire.Values) {
		if admin {
			v["provider.type"], v["provider.name"] = "public-body", "Commune de Saint-Malo"
			v["provider.legal_form"] = "commune"
			v["provider.public_activity"], v["provider.public_category"] = "administrative", "local"
			v["provider.public_accounting"] = true
		} else {
			v["provider.type"], v["provider.name"] = "company", providerNames["company"]
		}
		v["pricing.model"], v["audience"] = "paid", "business-and-consumers"
		v["pricing.payment_days"] = 30
		v["pricing.payment_methods"] = []string{"card", "transfer"}
		v["consumer.mediator_name"] = "Médiateur de la ville"
		v["personal_data.processed"], v["personal_data.role"] = true, "controller"
		if set != nil {
			set(v)
		}
	})
	if len(docs) != 2 {
		t.Fatalf("documents in %d languages, want 2", len(docs))
	}
	return docs
}

// fxadminAll is the text of every clause of doc.
func fxadminAll(doc *document.Document) string {
	var b strings.Builder
	for _, c := range doc.Clauses {
		b.WriteString(c.Body)
		b.WriteString("\n\n")
	}
	return b.String()
}

type fxadminCheck struct {
	why, id string // id "" is the whole document
	p       apiTOSPhrase
	want    bool
}

func fxadminRun(t *testing.T, docs map[textfmt.Lang]*document.Document, checks []fxadminCheck) {
	t.Helper()
	for l, doc := range docs {
		for _, c := range checks {
			text := fxadminAll(doc)
			if c.id != "" {
				text = clauseText(doc, c.id)
			}
			if got := r2adminHas(l, text, c.p[l]); got != c.want {
				t.Errorf("%s, %s: %s: %q present %v, want %v", l, c.id, c.why, c.p[l], got, c.want)
			}
		}
	}
}

// The court of an administrative public service, stated once for the
// payment clause and the disputes clause (CJA R. 312-1).
var fxadminCourt = apiTOSPhrase{
	textfmt.EN: "the territorially competent administrative court (tribunal administratif), as a rule the one within whose jurisdiction the authority that took the contested decision has its seat (article R. 312-1 of the French Code of Administrative Justice)",
	textfmt.FR: "le tribunal administratif territorialement compétent, en principe celui dans le ressort duquel a son siège l'autorité qui a pris la décision contestée (article R. 312-1 du Code de justice administrative)",
}

// BC-8 / BD-2, BC-7 / BD-3, BD-4, BD-9: a commune's paid administrative
// service, for consumers and businesses, has one payment regime (the
// public accountant's recovery on a notice of sums payable), one court
// rule in 3.4 and 12.2, the public task as the GDPR basis, and the
// Registration as the name of the relationship.
func TestFxadminCommune(t *testing.T) {
	docs := fxadminDocs(t, true, func(v questionnaire.Values) { delete(v, "provider.administrative_court") })
	fxadminRun(t, docs, []fxadminCheck{
		// BC-7 / BD-3
		{"the revenue order and the public accountant", "access-payment", apiTOSPhrase{
			textfmt.EN: "are the subject of a revenue order (titre de recettes) that the Provider issues and that its public accountant collects, the accountant alone being entitled to receive them; the revenue order is issued as soon as the service it covers has been performed",
			textfmt.FR: "font l'objet d'un titre de recettes qu'émet le Fournisseur et que recouvre son comptable public, seul habilité à les encaisser ; le titre de recettes est émis dès que la prestation qu'il couvre a été réalisée",
		}, true},
		{"payable within the time the notice states, the answers' days", "access-payment", apiTOSPhrase{
			textfmt.EN: "The sums are payable to the public accountant within the time stated in the notice of sums payable, namely thirty (30) days of its date of issue.",
			textfmt.FR: "Les sommes sont payables au comptable public dans le délai qu'indique l'avis des sommes à payer, soit trente (30) jours à compter de sa date d'émission.",
		}, true},
		{"card paid online on the notice", "access-payment", apiTOSPhrase{
			textfmt.EN: "The sums due shall be paid by bank card or by bank transfer, payment by bank card being made online on that notice.",
			textfmt.FR: "Les sommes dues se règlent par carte bancaire ou par virement bancaire, le paiement par carte bancaire s'effectuant en ligne sur cet avis.",
		}, true},
		{"the routes to contest (CGCT L. 1617-5)", "access-payment", apiTOSPhrase{
			textfmt.EN: "A dispute over the sums due shall be raised within two months of receipt of the revenue order",
			textfmt.FR: "La contestation des sommes dues est formée dans un délai de deux mois à compter de la réception du titre de recettes",
		}, true},
		{"the enforcement judge for acts of enforcement", "access-payment", apiTOSPhrase{
			textfmt.EN: "before the enforcement judge (juge de l'exécution) (article L. 1617-5 of the French General Code of Local Authorities)",
			textfmt.FR: "le juge de l'exécution (article L. 1617-5 du Code général des collectivités territoriales)",
		}, true},
		{"statutory interest only, no commercial penalties", "access-payment", apiTOSPhrase{
			textfmt.EN: "bears interest at the statutory rate from formal notice; the Provider claims neither the late-payment penalties nor the fixed indemnity of forty euros for recovery costs that articles L. 441-10 and D. 441-5 of the French Commercial Code provide for commercial relations",
			textfmt.FR: "porte intérêt au taux légal à compter de la mise en demeure ; le Fournisseur ne réclame ni les pénalités de retard ni l'indemnité forfaitaire pour frais de recouvrement de quarante euros que prévoient, pour les relations commerciales, les articles L. 441-10 et D. 441-5 du Code de commerce",
		}, true},
		{"no commercial invoice with a due date", "access-payment", apiTOSPhrase{textfmt.EN: "Invoices are payable", textfmt.FR: "Les factures sont payables"}, false},
		{"no invoice issued under L. 441-9", "access-payment", apiTOSPhrase{textfmt.EN: "article L. 441-9", textfmt.FR: "article L. 441-9"}, false},
		{"no discount clause", "access-payment", apiTOSPhrase{textfmt.EN: "No discount is granted", textfmt.FR: "Aucun escompte"}, false},
		{"no ECB-rate penalties", "access-payment", apiTOSPhrase{textfmt.EN: "most recent refinancing operation", textfmt.FR: "opération de refinancement la plus récente"}, false},
		{"the VAT mention on the notices", "access-payment", apiTOSPhrase{textfmt.EN: "the invoices also state", textfmt.FR: "portent également les factures"}, false},
		// BC-8 / BD-2: one rule, one wording, both places.
		{"the court in 3.4", "access-payment", fxadminCourt, true},
		{"the court in 12.2", "jurisdiction", apiTOSPhrase{
			textfmt.EN: "fall within the jurisdiction of the administrative courts, save those that the law assigns to the judicial courts, and are brought before " + fxadminCourt[textfmt.EN],
			textfmt.FR: "relèvent de la juridiction administrative, sauf ceux que la loi attribue à la juridiction judiciaire, et sont portés devant " + fxadminCourt[textfmt.FR],
		}, true},
		{"no court left to the nature of the claim", "", apiTOSPhrase{textfmt.EN: "according to the nature of the claim", textfmt.FR: "selon la nature de la créance"}, false},
		{"no court left to the ordinary rules", "jurisdiction", apiTOSPhrase{textfmt.EN: "the competent court is determined by the ordinary rules", textfmt.FR: "la juridiction compétente est déterminée selon les règles ordinaires"}, false},
		{"no court named without an answer", "", apiTOSPhrase{textfmt.EN: "the Administrative Court of", textfmt.FR: "soit, pour les décisions du Fournisseur"}, false},
		// BD-4
		{"the public task for requests and security", "data-personal", apiTOSPhrase{
			textfmt.EN: "It bases the answering of requests, whether the data concern the User itself or other persons, and the securing of the API on the performance of the task carried out in the public interest with which it is vested (point (e)), and not on the performance of a contract",
			textfmt.FR: "Il fonde la réponse aux requêtes, que les données concernent l'Utilisateur lui-même ou d'autres personnes, et la sécurité de l'API sur l'exécution de la mission d'intérêt public dont il est investi (point e)), et non sur l'exécution d'un contrat",
		}, true},
		{"no contract basis", "", apiTOSPhrase{textfmt.EN: "(point (b))", textfmt.FR: "(point b))"}, false},
		// BD-9
		{"the Registration defined once", "definitions", apiTOSPhrase{
			textfmt.EN: "**“Registration”** means a User's adherence (adhésion) to the Rules, which takes effect as provided in",
			textfmt.FR: "**« Inscription »** désigne l'adhésion d'un Utilisateur au Règlement, qui prend effet dans les conditions de l'",
		}, true},
		{"the Registration starts with access", "scope-acceptance", apiTOSPhrase{textfmt.EN: "The Registration takes effect on that acceptance.", textfmt.FR: "L'Inscription prend effet à cette acceptation."}, true},
		{"the duration of the Registration", "term-duration", apiTOSPhrase{
			textfmt.EN: "The User's Registration has effect for an indefinite term from the date on which it takes effect under",
			textfmt.FR: "L'Inscription vaut pour une durée indéterminée à compter de sa prise d'effet dans les conditions de l'",
		}, true},
		{"the User ends its Registration", "term-user", apiTOSPhrase{textfmt.EN: "The User may end its Registration at any time", textfmt.FR: "L'Utilisateur peut mettre fin à son Inscription à tout moment"}, true},
		{"survival after the end of the Registration", "term-effects", apiTOSPhrase{textfmt.EN: "continue to apply after the User's Registration ends", textfmt.FR: "continuent de s'appliquer après la fin de l'Inscription"}, true},
		{"no acceptance used as a relationship", "", apiTOSPhrase{textfmt.EN: "its acceptance of the Rules", textfmt.FR: "adhésion au Règlement prend"}, false},
		{"no acceptance as a duration", "", apiTOSPhrase{textfmt.EN: "User's acceptance of the Rules ends", textfmt.FR: "fin de l'adhésion au Règlement"}, false},
	})
}

// BC-8 / BD-2: given the city of the administrative court, the terms name
// it in both places, after the rule.
func TestFxadminCommuneCourtNamed(t *testing.T) {
	docs := fxadminDocs(t, true, func(v questionnaire.Values) { v["provider.administrative_court"] = "Rennes" })
	named := apiTOSPhrase{
		textfmt.EN: fxadminCourt[textfmt.EN] + ", that is, for the Provider's decisions, the Administrative Court of Rennes",
		textfmt.FR: fxadminCourt[textfmt.FR] + ", soit, pour les décisions du Fournisseur, le tribunal administratif de Rennes",
	}
	fxadminRun(t, docs, []fxadminCheck{
		{"the court named in 3.4", "access-payment", named, true},
		{"the court named in 12.2", "jurisdiction", named, true},
	})
	// A city that begins with a vowel takes « d' ».
	docs = fxadminDocs(t, true, func(v questionnaire.Values) { v["provider.administrative_court"] = "Orléans" })
	fxadminRun(t, docs, []fxadminCheck{
		{"elision before a vowel", "jurisdiction", apiTOSPhrase{textfmt.EN: "the Administrative Court of Orléans", textfmt.FR: "le tribunal administratif d'Orléans"}, true},
	})
}

// The company's Agreement keeps the commercial regime, its court clause,
// the contract basis of the GDPR and the Agreement's own wording.
func TestFxadminCompanyUnchanged(t *testing.T) {
	docs := fxadminDocs(t, false, func(v questionnaire.Values) { v["provider.administrative_court"] = "Rennes" })
	fxadminRun(t, docs, []fxadminCheck{
		{"invoices payable within the days", "access-payment", apiTOSPhrase{
			textfmt.EN: "Invoices are payable within thirty (30) days of their date of issue. No discount is granted for early payment.",
			textfmt.FR: "Les factures sont payables dans un délai de trente (30) jours à compter de leur date d'émission. Aucun escompte n'est accordé en cas de paiement anticipé.",
		}, true},
		{"commercial penalties and the 40-euro indemnity", "access-payment", apiTOSPhrase{
			textfmt.EN: "and a fixed indemnity of forty euros for recovery costs, under articles L. 441-10 and D. 441-5 of the French Commercial Code",
			textfmt.FR: "ainsi qu'une indemnité forfaitaire pour frais de recouvrement de quarante euros, en application des articles L. 441-10 et D. 441-5 du Code de commerce",
		}, true},
		{"no revenue order", "", apiTOSPhrase{textfmt.EN: "revenue order", textfmt.FR: "titre de recettes"}, false},
		{"no notice of sums payable", "", apiTOSPhrase{textfmt.EN: "notice of sums payable", textfmt.FR: "avis des sommes à payer"}, false},
		{"no administrative court", "", apiTOSPhrase{textfmt.EN: "tribunal administratif", textfmt.FR: "tribunal administratif"}, false},
		{"the contract basis for the User's own data", "data-personal", apiTOSPhrase{
			textfmt.EN: "It bases the answering of requests on the performance of the Agreement where the data concern the User itself (point (b))",
			textfmt.FR: "Il fonde la réponse aux requêtes sur l'exécution du Contrat lorsque les données concernent l'Utilisateur lui-même (point b))",
		}, true},
		{"the Agreement is terminated", "term-user", apiTOSPhrase{textfmt.EN: "terminate the Agreement", textfmt.FR: "résilier le Contrat"}, true},
		{"no Registration defined", "definitions", apiTOSPhrase{textfmt.EN: "Registration", textfmt.FR: "Inscription"}, false},
		{"no Registration", "", apiTOSPhrase{textfmt.EN: "User's Registration", textfmt.FR: "l'Inscription"}, false},
	})
}
