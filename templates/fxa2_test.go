package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// The safety limit states itself what it cannot exclude: liability for
// personal injury and for gross negligence or wilful misconduct (art.
// 1231-3 C. civ.; R. 212-1, 6° C. consom.), and liability for defective
// products where that regime applies (art. 1245 ff., 1245-14 C. civ.),
// instead of a bare "without prejudice" to the liability clause; for
// commercial and open data alike (review fxa2, FXA2-1).
func TestFxa2SafetyCarveOut(t *testing.T) {
	carveOut := apiTOSPhrase{
		textfmt.EN: "That limit does not relieve the Provider of liability for gross negligence or wilful misconduct (article 1231-3 of the French Civil Code) or for personal injury, nor, where that regime applies, of liability for defective products (articles 1245 and following of the French Civil Code); its liability remains governed by",
		textfmt.FR: "Cette limite ne l'exonère ni de sa responsabilité en cas de faute lourde ou dolosive (article 1231-3 du Code civil) ou de dommage corporel, ni, dans la mesure où ce régime s'applique, de la responsabilité du fait des produits défectueux (articles 1245 et suivants du Code civil) ; sa responsabilité demeure régie par",
	}
	bare := apiTOSPhrase{
		textfmt.EN: "such use, without prejudice to",
		textfmt.FR: "un tel usage, sans préjudice de",
	}
	for _, data := range []string{"commercial", "open-reuse"} {
		for _, audience := range []string{"business", "business-and-consumers"} {
			for _, critical := range []bool{false, true} {
				set := func(v questionnaire.Values) {
					v["conditions.data"], v["audience"], v["safety.critical"] = data, audience, critical
				}
				for l, doc := range published12a(t, set) {
					what := fmt.Sprintf("%s data=%s %s critical=%v", l, data, audience, critical)
					if got := carveOut.in(doc, "liability-safety"); got != critical {
						t.Errorf("%s: safety carve-out present: %v, want %v", what, got, critical)
					}
					if bare.in(doc, "liability-safety") {
						t.Errorf("%s: safety limit still rests on a bare cross-reference", what)
					}
				}
			}
		}
	}
}

// Whatever its role for the data in requests, the Provider is controller
// of the account and connection data (6.1): the terms tell every data
// subject which rights they have against it, where to exercise them (its
// data protection officer, if any) and where to complain (GDPR, art.
// 13(2)(b) and (d), 15 to 22 and 77) (review fxa2, FXA2-2).
func TestFxa2DataSubjectRights(t *testing.T) {
	rights := apiTOSPhrase{
		textfmt.EN: "Any data subject may exercise, in respect of the processing for which the Provider is controller, the rights conferred by articles 15 to 22 of the GDPR",
		textfmt.FR: "Toute personne concernée peut exercer, à l'égard des traitements dont le Fournisseur est responsable, les droits que lui reconnaissent les articles 15 à 22 du RGPD",
	}
	complaint := apiTOSPhrase{
		textfmt.EN: "or with the supervisory authority of the Member State of his or her habitual residence, place of work or place of the alleged infringement (article 77 of the GDPR)",
		textfmt.FR: "ou auprès de l'autorité de contrôle de l'État membre de sa résidence habituelle, de son lieu de travail ou du lieu où la violation aurait été commise (article 77 du RGPD)",
	}
	cnil := apiTOSPhrase{
		textfmt.EN: "the Provider's supervisory authority, the Commission nationale de l'informatique et des libertés (CNIL), or",
		textfmt.FR: "de l'autorité de contrôle du Fournisseur, la Commission nationale de l'informatique et des libertés (CNIL), ou",
	}
	dpo := apiTOSPhrase{textfmt.EN: "and to object, by writing to <https://dpo.example>", textfmt.FR: "et d'opposition, par écrit à l'adresse <https://dpo.example>"}
	for _, p := range providers13a {
		for _, processed := range []bool{false, true} {
			for _, role := range []string{"processor", "controller", "both"} {
				for _, withDPO := range []bool{false, true} {
					set := func(v questionnaire.Values) {
						p.set(v)
						v["personal_data.processed"], v["personal_data.role"] = processed, role
						v["personal_data.authority"] = ""
						if withDPO {
							v["provider.dpo_contact"] = "https://dpo.example"
						}
					}
					for l, doc := range published12a(t, set) {
						what := fmt.Sprintf("%s %s processed=%v %s dpo=%v", l, p.name, processed, role, withDPO)
						for _, ph := range []apiTOSPhrase{rights, complaint, cnil} {
							if !ph.in(doc, "data-users") {
								t.Errorf("%s: 6.1 does not say %q", what, ph[l])
							}
						}
						if got := dpo.in(doc, "data-users"); got != withDPO {
							t.Errorf("%s: rights exercised with the data protection officer: %v, want %v", what, got, withDPO)
						}
					}
				}
			}
		}
	}
}

// Free access for which Consumers provide Personal Data processed for
// the Provider's own purposes owes the guarantee of conformity only while
// they provide them (C. consom., art. L. 224-25-2); a Consumer may object
// to that processing without losing access. A Provider that chose to
// apply the guarantee voluntarily applies it to that Consumer too; where
// it did not, or where the guarantee is owed whatever the Consumer does
// (a price, a licence in Contributions), nothing is added; an
// administrative public service applies it voluntarily to every Consumer
// already (review fxa2, FXA2-3).
func TestFxa2VoluntaryGuaranteeAfterObjection(t *testing.T) {
	extended := apiTOSPhrase{
		textfmt.EN: "The Provider also applies that guarantee voluntarily, on the same terms, to a Consumer whose Personal Data it does not process for those purposes, in particular because he or she has objected to that processing.",
		textfmt.FR: "Le Fournisseur applique en outre volontairement cette garantie, dans les mêmes termes, au Consommateur dont il ne traite pas de Données personnelles pour ces finalités, notamment parce qu'il s'y est opposé.",
	}
	for _, p := range providers13a {
		for _, price := range []string{"free", "paid"} {
			for _, role := range []string{"processor", "controller"} {
				for _, published := range []bool{false, true} {
					for _, voluntary := range []bool{false, true} {
						set := func(v questionnaire.Values) {
							p.set(v)
							v["audience"], v["pricing.model"] = "business-and-consumers", price
							v["personal_data.processed"], v["personal_data.role"] = true, role
							v["contributions.published"], v["consumer.voluntary_guarantee"] = published, voluntary
						}
						want := !p.admin && price == "free" && role == "controller" && !published && voluntary
						for l, doc := range published12a(t, set) {
							what := fmt.Sprintf("%s %s %s %s published=%v voluntary=%v", l, p.name, price, role, published, voluntary)
							if got := extended.in(doc, "consumer-guarantee"); got != want {
								t.Errorf("%s: guarantee extended to a Consumer who objects: %v, want %v", what, got, want)
							}
						}
					}
				}
			}
		}
	}
}

// The information given to Consumers before they accept names the
// functionality, compatibility and interoperability of the digital
// service and the possibility of recourse to a mediator (C. consom., art.
// L. 111-1, L. 616-1); none of it where the API is closed to Consumers
// (review fxa2, FXA2-4).
func TestFxa2ConsumerInformationItems(t *testing.T) {
	interop := apiTOSPhrase{
		textfmt.EN: "the essential characteristics of the API, including its functionality, compatibility and interoperability, as described in the Documentation",
		textfmt.FR: "les caractéristiques essentielles de l'API, dont sa fonctionnalité, sa compatibilité et son interopérabilité, que décrit la Documentation",
	}
	mediator := apiTOSPhrase{
		textfmt.EN: "the possibility of recourse to the mediator named in",
		textfmt.FR: "la possibilité de recourir au médiateur désigné à",
	}
	for _, p := range providers13a {
		for _, price := range []string{"free", "paid"} {
			for _, audience := range []string{"business", "business-and-consumers"} {
				set := func(v questionnaire.Values) {
					p.set(v)
					v["audience"], v["pricing.model"] = audience, price
				}
				consumers := audience == "business-and-consumers"
				for l, doc := range published12a(t, set) {
					what := fmt.Sprintf("%s %s %s %s", l, p.name, price, audience)
					if got := interop.in(doc, "consumer-information"); got != consumers {
						t.Errorf("%s: functionality and interoperability named: %v, want %v", what, got, consumers)
					}
					wantMediator := consumers && mediatorNamed(doc)
					if got := mediator.in(doc, "consumer-information"); got != wantMediator {
						t.Errorf("%s: mediator named in the information: %v, want %v", what, got, wantMediator)
					}
				}
			}
		}
	}
}

// mediatorNamed reports whether doc's mediation clause names a mediator
// rather than the complaints procedure and the Défenseur des droits.
func mediatorNamed(doc *document.Document) bool {
	for _, c := range doc.Clauses {
		if c.ID == "consumer-mediation" {
			return !strings.Contains(c.Title, "Défenseur des droits")
		}
	}
	return false
}

// The clause on users' data states the legal basis of each processing it
// sets out (GDPR, art. 13(1)(c)): the contract for the User's own data,
// the legitimate interest of a private provider or of an industrial and
// commercial public service for the data of others (review RM-5), the
// public task alone for an administrative public service, and a legal obligation for the invoices
// of paid access (review fxa2, FXA2-6).
func TestFxa2UsersDataLegalBasis(t *testing.T) {
	contract := apiTOSPhrase{
		textfmt.EN: "The processing set out in this article is based on the performance of the Agreement where the data concern the User itself (article 6(1)(b) of the GDPR)",
		textfmt.FR: "Le Fournisseur fonde les traitements prévus au présent article sur l'exécution du Contrat lorsque les données concernent l'Utilisateur lui-même (article 6, paragraphe 1, point b), du RGPD)",
	}
	interest := apiTOSPhrase{
		textfmt.EN: "on the Provider's legitimate interest in providing",
		textfmt.FR: "sur son intérêt légitime à fournir",
	}
	task := apiTOSPhrase{
		textfmt.EN: "on the performance of the task carried out in the public interest with which it is vested (point (e))",
		textfmt.FR: "sur l'exécution de la mission d'intérêt public dont il est investi (point e))",
	}
	adminTask := apiTOSPhrase{
		textfmt.EN: "The processing set out in this article is based on the performance of the task carried out in the public interest with which it is vested (article 6(1)(e) of the GDPR)",
		textfmt.FR: "Le Fournisseur fonde les traitements prévus au présent article sur l'exécution de la mission d'intérêt public dont il est investi (article 6, paragraphe 1, point e), du RGPD)",
	}
	invoices := apiTOSPhrase{
		textfmt.EN: "and the keeping of invoices on compliance with its legal obligations (point (c))",
		textfmt.FR: "et la conservation des factures sur le respect de ses obligations légales (point c))",
	}
	for _, p := range providers13a {
		for _, price := range []string{"free", "paid"} {
			set := func(v questionnaire.Values) {
				p.set(v)
				v["pricing.model"] = price
			}
			for l, doc := range published12a(t, set) {
				what := fmt.Sprintf("%s %s %s", l, p.name, price)
				for _, c := range []struct {
					p    apiTOSPhrase
					want bool
				}{
					{contract, !p.admin},
					{interest, !p.admin},
					{task, false},
					{adminTask, p.admin},
					{invoices, price == "paid"},
				} {
					if got := c.p.in(doc, "data-users"); got != c.want {
						t.Errorf("%s: 6.1 says %q: %v, want %v", what, c.p[l], got, c.want)
					}
				}
			}
		}
	}
}
